"""Motion sensors, ShakeDetector, SemanticsService, BrowserContextMenu and the services a
browser has no way to reach (Magnetometer, Barometer, ScreenBrightness, StoragePaths),
through the simulated client, in the 1.0.5 client's wire shape (main.dart.js).
"""

import datetime as dt

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start


def service(client, kind):
    services = client.page.props["_services"].props["_services"]
    return next(c for c in services if c.type == kind)


def test_accelerometer_sends_its_settings_and_gets_typed_readings_and_errors():
    seen = []
    stamp = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)

    async def scenario():
        sensor = ft.Accelerometer(
            interval=dt.timedelta(milliseconds=50),
            cancel_on_error=False,
            on_reading=lambda e: seen.append((e.x, e.y, e.z, e.timestamp)),
            on_error=lambda e: seen.append(e.message),
        )

        def main(page: ft.Page):
            page.overlay.append(sensor)
            page.add(ft.Text("x"))

        client, _ = await start(main)
        control = service(client, "Accelerometer")
        client.fire(control, "reading", {"x": 0.1, "y": 9.8, "z": -0.2, "timestamp": stamp})
        client.fire(control, "error", {"message": "no sensor"})
        await client.settle()
        return control.props

    props = run(scenario())
    assert props["interval"] == {"microseconds": 50000}
    assert props["cancel_on_error"] is False
    assert "enabled" not in props  # the client's default
    assert seen == [(0.1, 9.8, -0.2, stamp), "no sensor"]


def test_gyroscope_and_user_accelerometer_take_milliseconds_or_a_duration():
    assert ft.Gyroscope(interval=ft.Duration(milliseconds=20)).interval == ft.Duration(
        milliseconds=20
    )
    assert ft.UserAccelerometer(interval=100).interval == 100


def test_shake_detector_settings_and_event():
    seen = []

    async def scenario():
        shake = ft.ShakeDetector(minimum_shake_count=2, on_shake=lambda e: seen.append(e.name))

        def main(page: ft.Page):
            page.overlay.append(shake)
            page.add(ft.Text("x"))

        client, _ = await start(main)
        control = service(client, "ShakeDetector")
        client.fire(control, "shake")
        await client.settle()
        return control.props

    props = run(scenario())
    assert props["minimum_shake_count"] == 2
    assert seen == ["shake"]


def test_semantics_service_and_browser_context_menu_call_the_client():
    seen = []

    async def scenario():
        speech = ft.SemanticsService()
        menu = ft.BrowserContextMenu()

        async def go(_):
            await speech.announce_message("Saved", assertiveness=ft.Assertiveness.ASSERTIVE)
            seen.append(await speech.get_accessibility_features())
            await menu.disable()
            seen.append(menu.disabled)
            await menu.enable()
            seen.append(menu.disabled)

        def main(page: ft.Page):
            page.overlay.extend([speech, menu])
            page.add(ft.ElevatedButton("go", on_click=go))

        client, _ = await start(
            main,
            methods={
                "SemanticsService.announce_message": lambda _c, _a: None,
                "SemanticsService.get_accessibility_features": lambda _c, _a: {
                    "reduce_motion": True,
                    "bold_text": False,
                },
                "BrowserContextMenu.disable_menu": lambda _c, _a: None,
                "BrowserContextMenu.enable_menu": lambda _c, _a: None,
            },
        )
        await client.click(client.find("Button", "go"), settle=0.05)
        return [(c["name"], c["args"]) for c in client.calls()]

    calls = run(scenario())
    assert calls == [
        ("announce_message", {"message": "Saved", "rtl": False, "assertiveness": "assertive"}),
        ("get_accessibility_features", {}),
        ("disable_menu", {}),
        ("enable_menu", {}),
    ]
    assert seen[0] == ft.AccessibilityFeatures(reduce_motion=True)
    assert seen[1:] == [True, False]


@pytest.mark.parametrize("kind", [ft.Magnetometer, ft.Barometer, ft.ScreenBrightness])
def test_services_a_browser_cannot_reach_are_refused_at_construction(kind):
    with pytest.raises(ft.UnsupportedInBrowserError, match="only in Android and iOS apps"):
        kind()


def test_storage_paths_refuses_every_directory():
    paths = ft.StoragePaths()
    with pytest.raises(ft.UnsupportedInBrowserError, match="client_storage"):
        paths.get_application_documents_directory()
    with pytest.raises(ft.UnsupportedInBrowserError, match="FilePicker"):
        paths.get_temporary_directory()
