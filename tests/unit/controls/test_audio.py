"""Audio: an overlay control of the async era, a service of the 1.0.5 client.

The client's Audio service (1.0.5 main.dart.js) reads ``src``, ``autoplay``, ``volume``,
``balance``, ``playback_rate``, ``release_mode``; its methods are ``play``/``seek`` (with a
``position`` in milliseconds), ``pause``, ``resume``, ``release``, ``get_duration`` and
``get_current_position`` (answered with durations); it sends ``loaded``,
``duration_change`` ``{duration}``, ``position_change`` ``{position: ms}``, ``state_change``
``{state}`` and ``seek_complete``.
"""

import datetime as dt

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

URL = "https://example.org/ambient.mp3"


def in_overlay(page, control):
    page.overlay.append(control)


def test_audio_golden_sample_goes_to_the_services_with_the_era_names():
    audio = ft.Audio(
        src=URL,
        autoplay=True,
        volume=0.5,
        balance=-0.25,
        playback_rate=1.5,
        release_mode=ft.ReleaseMode.LOOP,
        on_loaded=print,
        on_duration_changed=print,
        on_position_changed=print,
        on_state_changed=print,
        on_seek_complete=print,
    )

    async def scenario():
        def main(page):
            page.overlay.append(audio)
            page.update()

        client, _ = await start(main)
        services = client.page.props["_services"].props["_services"]
        overlay = client.page.props["_overlay"].props.get("controls", [])
        return services, overlay

    services, overlay = run(scenario())
    assert overlay == []
    [shown] = [c for c in services if c.type == "Audio"]
    assert shown.props == {
        "src": URL,
        "autoplay": True,
        "volume": 0.5,
        "balance": -0.25,
        "playback_rate": 1.5,
        "release_mode": "loop",
        "on_loaded": True,
        "on_duration_change": True,
        "on_position_change": True,
        "on_state_change": True,
        "on_seek_complete": True,
    }


def test_src_base64_is_sent_as_src_and_a_missing_source_is_refused():
    assert client_view(ft.Audio(src_base64="SUQz\nBAAA"), in_overlay)["src"] == "SUQzBAAA"
    with pytest.raises(ft.PropertyError, match="volume takes a number from 0 to 1"):
        ft.Audio(src=URL, volume=1.5)
    with pytest.raises(ft.PropertyError, match="src"):
        ft.Audio().before_update()


def test_methods_reach_the_client_with_positions_in_milliseconds():
    def main(page: ft.Page):
        audio = ft.Audio(src=URL)
        page.overlay.append(audio)

        async def controls(_):
            audio.play()
            audio.pause()
            audio.resume()
            audio.seek(2500)
            audio.play(position_milliseconds=1000)
            await audio.release_async()
            page.add(
                ft.Text(f"{await audio.get_duration()} {await audio.get_current_position_async()}")
            )

        page.add(ft.ElevatedButton("Go", on_click=controls))

    answers = {
        "Audio.get_duration": lambda _c, _a: dt.timedelta(minutes=3, milliseconds=5),
        "Audio.get_current_position": lambda _c, _a: dt.timedelta(seconds=12, microseconds=900),
        "Audio.play": lambda _c, _a: None,
        "Audio.pause": lambda _c, _a: None,
        "Audio.resume": lambda _c, _a: None,
        "Audio.seek": lambda _c, _a: None,
        "Audio.release": lambda _c, _a: None,
    }

    async def scenario():
        client, _ = await start(main, methods=answers)
        await client.click(client.find(text="Go"), settle=0.05)
        return client

    client = run(scenario())
    assert [(c["name"], c["args"]) for c in client.calls()] == [
        ("play", {}),
        ("pause", {}),
        ("resume", {}),
        ("seek", {"position": 2500}),
        ("play", {"position": 1000}),
        ("release", {}),
        ("get_duration", {}),
        ("get_current_position", {}),
    ]
    assert "180005 12000" in client.texts()


def test_events_arrive_typed_with_the_era_data():
    seen = []

    def main(page: ft.Page):
        page.overlay.append(
            ft.Audio(
                src=URL,
                on_loaded=lambda e: seen.append(("loaded", e.data)),
                on_duration_changed=lambda e: seen.append(("duration", e.duration, e.data)),
                on_position_changed=lambda e: seen.append(("position", e.position, e.data)),
                on_state_changed=lambda e: seen.append(("state", e.state, e.data)),
                on_seek_complete=lambda e: seen.append(("seek", e.data)),
            )
        )
        page.update()

    async def scenario():
        client, _ = await start(main)
        services = client.page.props["_services"].props["_services"]
        [audio] = [c for c in services if c.type == "Audio"]
        client.fire(audio, "loaded")
        client.fire(
            audio, "duration_change", {"duration": dt.timedelta(seconds=61, milliseconds=250)}
        )
        client.fire(audio, "position_change", {"position": 3000})
        client.fire(audio, "state_change", {"state": "playing"})
        client.fire(audio, "seek_complete")
        await client.settle(0.05)

    run(scenario())
    assert seen == [
        ("loaded", None),
        ("duration", 61250, "61250"),
        ("position", 3000, "3000"),
        ("state", ft.AudioState.PLAYING, "playing"),
        ("seek", None),
    ]
    assert isinstance(ft.AudioStateChangeEvent, type)


def test_a_question_the_browser_does_not_answer_times_out_after_wait_timeout():
    errors = []

    def main(page: ft.Page):
        audio = ft.Audio(src=URL)
        page.overlay.append(audio)

        async def ask(_):
            try:
                await audio.get_current_position(wait_timeout=0.05)
            except TimeoutError as exc:
                errors.append(str(exc))

        page.add(ft.ElevatedButton("Ask", on_click=ask))

    async def scenario():
        client, _ = await start(main, unanswered={"get_current_position"})
        await client.click(client.find(text="Ask"), settle=0.3)

    run(scenario())
    assert len(errors) == 1 and "Audio.get_current_position() within 0.05 s" in errors[0]
