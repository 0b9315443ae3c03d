"""Geolocator, PermissionHandler, Flashlight, SecureStorage and AudioRecorder through the
simulated client: the async era's names go out in the 1.0.5 wire shape (the extension
packages' Dart sources), and the client's answers come back typed.
"""

import datetime as dt

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start

POSITION = {
    "latitude": 48.8584,
    "longitude": 2.2945,
    "speed": 0.0,
    "altitude": 35.0,
    "timestamp": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    "accuracy": 12.5,
    "altitude_accuracy": 0.0,
    "heading": 0.0,
    "heading_accuracy": 0.0,
    "speed_accuracy": 0.0,
    "floor": None,
    "mocked": False,
}


def service(client, kind):
    services = client.page.props["_services"].props["_services"]
    return next(c for c in services if c.type == kind)


def test_geolocator_current_position_sends_the_1_0_configuration_and_reads_the_map():
    seen = []

    async def scenario():
        geo = ft.Geolocator(
            location_settings=ft.GeolocatorSettings(
                accuracy=ft.GeolocatorPositionAccuracy.HIGH, distance_filter=5
            )
        )

        async def where(_):
            seen.append(await geo.get_current_position())
            seen.append(await geo.request_permission())
            seen.append(await geo.is_location_service_enabled())

        def main(page: ft.Page):
            page.overlay.append(geo)
            page.add(ft.ElevatedButton("where", on_click=where))

        client, _ = await start(
            main,
            methods={
                "Geolocator.get_current_position": lambda _c, _a: POSITION,
                "Geolocator.request_permission": lambda _c, _a: "whileInUse",
                "Geolocator.is_location_service_enabled": lambda _c, _a: True,
            },
        )
        await client.click(client.find("Button", "where"), settle=0.05)
        return service(client, "Geolocator").props, client.calls()

    props, calls = run(scenario())
    assert props["configuration"] == {"accuracy": "high", "distance_filter": 5}
    assert calls[0]["args"] == {
        "configuration": {
            "accuracy": "high",
            "distance_filter": 5,
            "time_limit": {"milliseconds": 25000},
        }
    }
    position = seen[0]
    assert (position.latitude, position.longitude, position.accuracy) == (48.8584, 2.2945, 12.5)
    assert position.timestamp == POSITION["timestamp"]
    assert position.is_mocked is False
    assert seen[1:] == [ft.GeolocatorPermissionStatus.WHILE_IN_USE, True]


def test_geolocator_position_change_event_and_error():
    seen = []

    async def scenario():
        def moved(e: ft.GeolocatorPositionChangeEvent):
            seen.append((e.latitude, e.longitude, e.position.accuracy))

        geo = ft.Geolocator(on_position_change=moved, on_error=lambda e: seen.append(e.data))

        def main(page: ft.Page):
            page.overlay.append(geo)
            page.add(ft.Text("x"))

        client, _ = await start(main)
        control = service(client, "Geolocator")
        client.fire(control, "position_change", {"position": POSITION})
        client.fire(control, "error", "Location permission denied: no message.")
        await client.settle()

    run(scenario())
    assert seen == [(48.8584, 2.2945, 12.5), "Location permission denied: no message."]


def test_geolocator_refuses_what_a_browser_has_not():
    geo = ft.Geolocator()
    with pytest.raises(ft.UnsupportedInBrowserError, match="get_current_position"):
        geo.get_last_known_position()
    with pytest.raises(ft.FletUnsupportedPlatformException, match="address bar"):
        geo.open_app_settings()
    with pytest.raises(ft.PropertyError, match="takes GeolocatorSettings"):
        ft.Geolocator(location_settings={"accuracy": "best"})


def test_permission_handler_era_and_1_0_names_send_get_status_and_request():
    seen = []

    async def scenario():
        ph = ft.PermissionHandler()

        async def check(_):
            seen.append(await ph.check_permission(ft.PermissionType.LOCATION))
            seen.append(await ph.request_permission(ft.PermissionType.MICROPHONE))
            seen.append(await ph.get_status(ft.Permission.CAMERA))

        def main(page: ft.Page):
            page.overlay.append(ph)
            page.add(ft.ElevatedButton("check", on_click=check))

        answers = {"location": "granted", "microphone": "permanentlyDenied", "camera": "denied"}
        client, _ = await start(
            main,
            methods={
                "PermissionHandler.get_status": lambda _c, a: answers[a["permission"]],
                "PermissionHandler.request": lambda _c, a: answers[a["permission"]],
            },
        )
        await client.click(client.find("Button", "check"), settle=0.05)
        return [(c["name"], c["args"]) for c in client.calls()]

    calls = run(scenario())
    assert calls == [
        ("get_status", {"permission": "location"}),
        ("request", {"permission": "microphone"}),
        ("get_status", {"permission": "camera"}),
    ]
    assert seen == [
        ft.PermissionStatus.GRANTED,
        ft.PermissionStatus.PERMANENTLY_DENIED,
        ft.PermissionStatus.DENIED,
    ]
    with pytest.raises(ValueError, match=r"PermissionType\.LOCATION"):
        ft.PermissionHandler().check_permission("gps")


def test_flashlight_is_unavailable_in_a_browser():
    seen = []

    async def scenario():
        torch = ft.Flashlight()

        async def check(_):
            seen.append(await torch.is_available())
            try:
                torch.turn_on()
            except ft.UnsupportedInBrowserError as exc:
                seen.append(str(exc))

        def main(page: ft.Page):
            page.overlay.append(torch)
            page.add(ft.ElevatedButton("check", on_click=check))

        client, _ = await start(main)
        await client.click(client.find("Button", "check"), settle=0.05)
        return client.calls()

    assert run(scenario()) == []
    assert seen[0] is False
    assert "Android and iOS" in seen[1]


def test_secure_storage_set_get_and_friends():
    seen = []
    store: dict[str, str] = {}

    async def scenario():
        vault = ft.SecureStorage(web_options={"use_session_storage": True})

        async def go(_):
            await vault.set("token", "s3cret")
            seen.append(await vault.get("token"))
            seen.append(await vault.contains_key("token"))
            seen.append(await vault.get_all())
            await vault.remove("token")
            seen.append(await vault.get("token"))

        def main(page: ft.Page):
            page.overlay.append(vault)
            page.add(ft.ElevatedButton("go", on_click=go))

        client, _ = await start(
            main,
            methods={
                "SecureStorage.set": lambda _c, a: store.__setitem__(a["key"], a["value"]),
                "SecureStorage.get": lambda _c, a: store.get(a["key"]),
                "SecureStorage.contains_key": lambda _c, a: a["key"] in store,
                "SecureStorage.get_all": lambda _c, _a: dict(store),
                "SecureStorage.remove": lambda _c, a: store.pop(a["key"], None) and None,
            },
        )
        await client.click(client.find("Button", "go"), settle=0.05)
        return service(client, "SecureStorage").props

    props = run(scenario())
    assert props["web_options"] == {"use_session_storage": True}
    assert seen == ["s3cret", True, {"token": "s3cret"}, None]
    with pytest.raises(TypeError, match=r"json\.dumps"):
        ft.SecureStorage().set("n", 42)


def test_audio_recorder_era_settings_become_the_configuration_and_state_events_are_typed():
    seen = []

    async def scenario():
        rec = ft.AudioRecorder(
            audio_encoder=ft.AudioEncoder.OPUS,
            channels_num=1,
            on_state_changed=lambda e: seen.append((e.state, e.data)),
        )

        async def go(_):
            seen.append(await rec.start_recording("ignored.wav"))
            seen.append(await rec.is_recording())
            seen.append(await rec.stop_recording())
            seen.append(await rec.get_input_devices())

        def main(page: ft.Page):
            page.overlay.append(rec)
            page.add(ft.ElevatedButton("go", on_click=go))

        client, _ = await start(
            main,
            methods={
                "AudioRecorder.start_recording": lambda _c, _a: True,
                "AudioRecorder.is_recording": lambda _c, _a: True,
                "AudioRecorder.stop_recording": lambda _c, _a: "blob:http://127.0.0.1/x",
                "AudioRecorder.get_input_devices": lambda _c, _a: {"default": "Mic"},
            },
        )
        await client.click(client.find("Button", "go"), settle=0.05)
        control = service(client, "AudioRecorder")
        client.fire(control, "state_change", "recording")
        await client.settle()
        return control.props, client.calls()[0]["args"]

    props, start_args = run(scenario())
    assert props.get("on_state_change") is True
    assert "audio_encoder" not in props and "configuration" not in props
    assert start_args == {
        "output_path": "ignored.wav",
        "configuration": {
            "encoder": "opus",
            "suppress_noise": False,
            "cancel_echo": False,
            "auto_gain": False,
            "channels": 1,
            "sample_rate": 44100,
            "bit_rate": 128000,
        },
    }
    assert seen == [
        True,
        True,
        "blob:http://127.0.0.1/x",
        {"default": "Mic"},
        (ft.AudioRecorderState.RECORDING, "recording"),
    ]
