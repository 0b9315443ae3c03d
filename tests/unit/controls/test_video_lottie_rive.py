"""Video, Lottie and Rive: the era's names on the 1.0.5 client's wire.

What the client reads is taken from its main.dart.js (flet-web 1.0.5): Video reads
``playlist`` (maps of ``resource``/``http_headers``/``extras``), ``controls`` (``null`` draws
no controls, ``{"_type": "adaptive"}`` the adaptive ones), ``volume`` 0-100 and the other
player settings; its methods take ``position`` (ms) and ``media_index``; it sends ``load``,
``error``, ``complete``, ``track_change`` (the index), ``enter_fullscreen`` and
``exit_fullscreen``. Lottie reads ``src`` (URL, asset, base64 text or bytes); Rive reads
``art_board`` and ``use_art_board_size``.
"""

import datetime as dt

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

CLIP = "https://example.org/clip.mp4"
OTHER = "https://example.org/other.mp4"


def test_video_golden_sample_with_the_era_names():
    video = ft.Video(
        playlist=[
            ft.VideoMedia(CLIP, http_headers={"X-Key": "1"}, extras={"title": "one"}),
            ft.VideoMedia(OTHER),
        ],
        autoplay=True,
        muted=True,
        playlist_mode=ft.PlaylistMode.LOOP,
        fill_color=ft.Colors.BLUE_400,
        volume=40,
        playback_rate=1.5,
        filter_quality=ft.FilterQuality.HIGH,
        fit=ft.ImageFit.COVER,
        aspect_ratio=16 / 9,
        on_loaded=print,
        on_enter_fullscreen=print,
        on_exit_fullscreen=print,
        on_error=print,
        on_completed=print,
        on_track_changed=print,
    )
    assert client_view(video) == {
        "_c": "Video",
        "playlist": [
            {"resource": CLIP, "http_headers": {"X-Key": "1"}, "extras": {"title": "one"}},
            {"resource": OTHER},
        ],
        "controls": {"_type": "adaptive"},
        "autoplay": True,
        "muted": True,
        "playlist_mode": "loop",
        "fill_color": "blue400",
        "volume": 40,
        "playback_rate": 1.5,
        "filter_quality": "high",
        "fit": "cover",
        "aspect_ratio": 16 / 9,
        "on_load": True,
        "on_enter_fullscreen": True,
        "on_exit_fullscreen": True,
        "on_error": True,
        "on_complete": True,
        "on_track_change": True,
    }


def test_show_controls_false_sends_no_controls_and_bad_values_are_refused():
    view = client_view(ft.Video(ft.VideoMedia(CLIP), show_controls=False))
    assert view == {"_c": "Video", "playlist": [{"resource": CLIP}]}
    with pytest.raises(ft.PropertyError, match="volume takes a number from 0 to 100"):
        ft.Video(volume=101)
    with pytest.raises(ft.PropertyError, match=r"wrap a URL as ft.VideoMedia\('a.mp4'\)"):
        ft.Video(playlist=["a.mp4"])
    with pytest.raises(ft.PropertyError, match="resource"):
        ft.VideoMedia("")


def test_video_methods_reach_the_client_and_answers_come_back_in_the_era_units():
    seen = []

    def main(page: ft.Page):
        video = ft.Video([ft.VideoMedia(CLIP), ft.VideoMedia(OTHER)])

        async def go(_):
            video.play()
            video.pause()
            video.play_or_pause()
            video.stop()
            video.next()
            video.previous()
            video.seek(2500)
            video.jump_to(-1)
            await video.jump_to_async(0)
            seen.append(await video.is_playing())
            seen.append(await video.is_completed_async())
            seen.append(await video.get_duration())
            seen.append(await video.get_current_position_async())

        page.add(video, ft.ElevatedButton("Go", on_click=go))

    answers = {
        f"Video.{name}": (lambda _c, _a: None)
        for name in ("play", "pause", "play_or_pause", "stop", "next", "previous", "seek")
    }
    answers["Video.jump_to"] = lambda _c, _a: None
    answers["Video.is_playing"] = lambda _c, _a: True
    answers["Video.is_completed"] = lambda _c, _a: False
    answers["Video.get_duration"] = lambda _c, _a: dt.timedelta(minutes=1, milliseconds=5)
    answers["Video.get_current_position"] = lambda _c, _a: dt.timedelta(seconds=3)

    async def scenario():
        client, _ = await start(main, methods=answers)
        await client.click(client.find(text="Go"), settle=0.05)
        return client

    client = run(scenario())
    assert [(c["name"], c["args"]) for c in client.calls()] == [
        ("play", {}),
        ("pause", {}),
        ("play_or_pause", {}),
        ("stop", {}),
        ("next", {}),
        ("previous", {}),
        ("seek", {"position": 2500}),
        ("jump_to", {"media_index": 1}),
        ("jump_to", {"media_index": 0}),
        ("is_playing", {}),
        ("is_completed", {}),
        ("get_duration", {}),
        ("get_current_position", {}),
    ]
    assert seen == [True, False, 60005, 3000]
    with pytest.raises(
        IndexError, match=r"the playlist has 2 item\(s\); pass an index from -2 to 1"
    ):
        ft.Video([ft.VideoMedia(CLIP), ft.VideoMedia(OTHER)]).jump_to(2)


def test_playlist_add_and_remove_change_the_playlist_the_client_holds():
    first, second = ft.VideoMedia(CLIP), ft.VideoMedia(OTHER)

    def main(page: ft.Page):
        video = ft.Video([first])

        async def add(_):
            video.playlist_add(second)

        async def remove(_):
            await video.playlist_remove_async(first)

        page.add(
            video,
            ft.ElevatedButton("Add", on_click=add),
            ft.ElevatedButton("Remove", on_click=remove),
        )

    async def scenario():
        client, _ = await start(main)
        shown = client.find(type="Video")
        before = list(shown.props["playlist"])
        await client.click(client.find(text="Add"), settle=0.05)
        added = list(shown.props["playlist"])
        await client.click(client.find(text="Remove"), settle=0.05)
        return before, added, shown.props["playlist"], client.calls()

    before, added, removed, calls = run(scenario())
    assert before == [{"resource": CLIP}]
    assert added == [{"resource": CLIP}, {"resource": OTHER}]
    assert removed == [{"resource": OTHER}]
    assert calls == []


def test_video_events_arrive_with_the_era_data():
    seen = []

    def main(page: ft.Page):
        page.add(
            ft.Video(
                [ft.VideoMedia(CLIP), ft.VideoMedia(OTHER)],
                on_loaded=lambda e: seen.append(("loaded", e.data)),
                on_enter_fullscreen=lambda e: seen.append(("enter", e.data)),
                on_exit_fullscreen=lambda e: seen.append(("exit", e.data)),
                on_error=lambda e: seen.append(("error", e.data)),
                on_completed=lambda e: seen.append(("completed", e.data)),
                on_track_changed=lambda e: seen.append(("track", e.data)),
            )
        )

    async def scenario():
        client, _ = await start(main)
        video = client.find(type="Video")
        client.fire(video, "load")
        client.fire(video, "enter_fullscreen")
        client.fire(video, "exit_fullscreen")
        client.fire(video, "error", "Failed to load media")
        client.fire(video, "complete", True)
        client.fire(video, "track_change", 1)
        await client.settle(0.05)

    run(scenario())
    assert seen == [
        ("loaded", None),
        ("enter", None),
        ("exit", None),
        ("error", "Failed to load media"),
        ("completed", "true"),
        ("track", "1"),
    ]


def test_lottie_golden_sample_and_src_base64_sent_as_src():
    lottie = ft.Lottie(
        src="https://example.org/loader.json",
        repeat=False,
        reverse=True,
        animate=True,
        background_loading=True,
        filter_quality=ft.FilterQuality.MEDIUM,
        fit=ft.ImageFit.CONTAIN,
        width=120,
        on_error=print,
    )
    assert client_view(lottie) == {
        "_c": "Lottie",
        "src": "https://example.org/loader.json",
        "repeat": False,
        "reverse": True,
        "animate": True,
        "background_loading": True,
        "filter_quality": "medium",
        "fit": "contain",
        "width": 120,
        "on_error": True,
    }
    assert client_view(ft.Lottie(src_base64="eyJ2Ijoi\nNS43In0="))["src"] == "eyJ2IjoiNS43In0="
    assert client_view(ft.Lottie(src=b'{"v":"5.7"}'))["src"] == b'{"v":"5.7"}'
    with pytest.raises(ft.PropertyError, match="Lottie needs src"):
        ft.Lottie().before_update()


def test_lottie_error_reaches_the_handler():
    seen = []

    def main(page: ft.Page):
        page.add(ft.Lottie("missing.json", on_error=lambda e: seen.append(e.data)))

    async def scenario():
        client, _ = await start(main)
        client.fire(client.find(type="Lottie"), "error", "Unable to load asset")
        await client.settle(0.05)

    run(scenario())
    assert seen == ["Unable to load asset"]


def test_rive_golden_sample_with_the_era_names():
    rive = ft.Rive(
        "https://example.org/vehicles.riv",
        placeholder=ft.ProgressBar(),
        artboard="Truck",
        alignment=ft.alignment.center,
        enable_antialiasing=True,
        use_artboard_size=True,
        fit=ft.ImageFit.FIT_WIDTH,
        speed_multiplier=2,
        animations=["idle"],
        state_machines=["drive"],
        width=300,
    )
    assert client_view(rive) == {
        "_c": "Rive",
        "src": "https://example.org/vehicles.riv",
        "placeholder": {"_c": "ProgressBar"},
        "art_board": "Truck",
        "alignment": {"x": 0, "y": 0},
        "use_art_board_size": True,
        "fit": "fitWidth",
        "speed_multiplier": 2,
        "animations": ["idle"],
        "state_machines": ["drive"],
        "width": 300,
    }
    assert rive.enable_antialiasing is True
    with pytest.raises(ft.PropertyError, match="Rive needs src"):
        ft.Rive().before_update()
