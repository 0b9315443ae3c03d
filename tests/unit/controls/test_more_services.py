"""HapticFeedback, Share, Wakelock, Battery and Connectivity: services of the 1.0.5 client.

Apps of the async era put ``ft.HapticFeedback()`` in ``page.overlay`` and call its methods from
sync handlers; the page moves it to the service registry, where the client runs the methods.
The answers here are the shapes the 1.0.5 client gives (main.dart.js): ``share_*`` answer
``{"status", "raw"}``, ``get_battery_level`` an int (or null), ``get_battery_state`` a state
name, ``get_connectivity`` a list of kind names; Battery sends ``state_change`` with
``{"state"}`` and Connectivity ``change`` with ``{"connectivity": [...]}``.
"""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start


def services_of(client):
    return client.page.props["_services"].props["_services"]


def service(client, kind):
    return next(c for c in services_of(client) if c.type == kind)


def test_haptic_feedback_in_the_overlay_is_a_service_called_from_sync_handlers():
    async def scenario():
        def main(page: ft.Page):
            hf = ft.HapticFeedback()
            page.overlay.append(hf)
            page.add(
                ft.ElevatedButton("heavy", on_click=lambda _: hf.heavy_impact()),
                ft.ElevatedButton("medium", on_click=lambda _: hf.medium_impact()),
                ft.ElevatedButton("light", on_click=lambda _: hf.light_impact()),
                ft.ElevatedButton("vibrate", on_click=lambda _: hf.vibrate()),
            )

        answers = {
            f"HapticFeedback.{m}": lambda _c, _a: None
            for m in ("heavy_impact", "medium_impact", "light_impact", "vibrate")
        }
        client, _ = await start(main, methods=answers)
        for label in ("heavy", "medium", "light", "vibrate"):
            await client.click(client.find("Button", label))
        overlay = client.page.props["_overlay"].props.get("controls", [])
        hf_id = service(client, "HapticFeedback").id
        return [(c["name"], c["control_id"] == hf_id) for c in client.calls()], overlay

    calls, overlay = run(scenario())
    assert calls == [
        ("heavy_impact", True),
        ("medium_impact", True),
        ("light_impact", True),
        ("vibrate", True),
    ]
    assert overlay == []


def test_share_text_uri_and_files_send_the_client_arguments_and_read_the_result():
    results = []
    png = b"\x89PNG\r\n\x1a\n" + bytes(8)

    async def scenario():
        share = ft.Share()

        async def go(_):
            results.append(await share.share_text("hello", subject="Hi"))
            results.append(await share.share_uri("https://example.org/x"))
            results.append(
                await share.share_files(
                    [ft.ShareFile.from_bytes(png, mime_type="image/png", name="a.png")],
                    text="a picture",
                )
            )

        def main(page: ft.Page):
            page.overlay.append(share)
            page.add(ft.ElevatedButton("share", on_click=go))

        client, _ = await start(
            main,
            methods={
                "Share.share_text": lambda _c, _a: {"status": "success", "raw": "ok"},
                "Share.share_uri": lambda _c, _a: {"status": "dismissed", "raw": ""},
                "Share.share_files": lambda _c, _a: {"status": "unavailable", "raw": "no"},
            },
        )
        await client.click(client.find("Button", "share"), settle=0.05)
        return client

    client = run(scenario())
    assert [c["args"] for c in client.calls()] == [
        {
            "text": "hello",
            "subject": "Hi",
            "download_fallback_enabled": True,
            "mail_to_fallback_enabled": True,
        },
        {
            "uri": "https://example.org/x",
            "download_fallback_enabled": True,
            "mail_to_fallback_enabled": True,
        },
        {
            "text": "a picture",
            "files": [{"data": png, "mime_type": "image/png", "name": "a.png"}],
            "download_fallback_enabled": True,
            "mail_to_fallback_enabled": True,
        },
    ]
    assert results == [
        ft.ShareResult(ft.ShareResultStatus.SUCCESS, "ok"),
        ft.ShareResult(ft.ShareResultStatus.DISMISSED, ""),
        ft.ShareResult(ft.ShareResultStatus.UNAVAILABLE, "no"),
    ]


def test_share_refuses_what_the_client_cannot_share():
    share = ft.Share()
    with pytest.raises(ValueError, match="at least one file"):
        share.share_files([])
    with pytest.raises(TypeError, match=r"ft.ShareFile.from_bytes"):
        share.share_files([b"raw bytes"])
    with pytest.raises(ValueError, match=r"data=b'\.\.\.'"):
        ft.ShareFile()
    with pytest.raises(ft.ControlNotMountedError, match=r"page.overlay.append"):
        share.share_text("hello")


def test_wakelock_enable_disable_and_is_enabled():
    seen = []

    async def scenario():
        lock = ft.Wakelock()

        async def check(_):
            seen.append(await lock.is_enabled())

        def main(page: ft.Page):
            page.overlay.append(lock)
            page.add(
                ft.ElevatedButton("on", on_click=lambda _: lock.enable()),
                ft.ElevatedButton("off", on_click=lambda _: lock.disable()),
                ft.ElevatedButton("check", on_click=check),
            )

        state = {"on": False}

        def set_to(value):
            def answer(_c, _a):
                state["on"] = value

            return answer

        client, _ = await start(
            main,
            methods={
                "Wakelock.enable": set_to(True),
                "Wakelock.disable": set_to(False),
                "Wakelock.is_enabled": lambda _c, _a: state["on"],
            },
        )
        for label in ("on", "check", "off", "check"):
            await client.click(client.find("Button", label), settle=0.05)
        return [c["name"] for c in client.calls()]

    assert run(scenario()) == ["enable", "is_enabled", "disable", "is_enabled"]
    assert seen == [True, False]


def test_battery_level_state_and_state_change_event():
    seen = []

    async def scenario():
        def on_state(e: ft.BatteryStateChangeEvent):
            seen.append(("event", e.state))

        battery = ft.Battery(on_state_change=on_state)

        async def read(_):
            seen.append(("level", await battery.get_battery_level()))
            seen.append(("state", await battery.get_battery_state()))

        def main(page: ft.Page):
            page.overlay.append(battery)
            page.add(ft.ElevatedButton("read", on_click=read))

        client, _ = await start(
            main,
            methods={
                "Battery.get_battery_level": lambda _c, _a: 87,
                "Battery.get_battery_state": lambda _c, _a: "connectedNotCharging",
            },
        )
        await client.click(client.find("Button", "read"), settle=0.05)
        control = service(client, "Battery")
        client.fire(control, "state_change", {"state": "charging"})
        await client.settle()
        return control.props.get("on_state_change")

    assert run(scenario()) is True
    assert seen == [
        ("level", 87),
        ("state", ft.BatteryState.CONNECTED_NOT_CHARGING),
        ("event", ft.BatteryState.CHARGING),
    ]


def test_battery_level_is_none_where_the_browser_does_not_tell():
    seen = []

    async def scenario():
        battery = ft.Battery()

        async def read(_):
            seen.append(await battery.get_battery_level())

        def main(page: ft.Page):
            page.overlay.append(battery)
            page.add(ft.ElevatedButton("read", on_click=read))

        client, _ = await start(main, methods={"Battery.get_battery_level": lambda _c, _a: None})
        await client.click(client.find("Button", "read"), settle=0.05)

    run(scenario())
    assert seen == [None]


def test_connectivity_get_and_change_event():
    seen = []

    async def scenario():
        def on_change(e: ft.ConnectivityChangeEvent):
            seen.append(("change", e.connectivity))

        net = ft.Connectivity(on_change=on_change)

        async def read(_):
            seen.append(("now", await net.get_connectivity()))

        def main(page: ft.Page):
            page.overlay.append(net)
            page.add(ft.ElevatedButton("read", on_click=read))

        client, _ = await start(
            main, methods={"Connectivity.get_connectivity": lambda _c, _a: ["wifi", "vpn"]}
        )
        await client.click(client.find("Button", "read"), settle=0.05)
        client.fire(service(client, "Connectivity"), "change", {"connectivity": ["none"]})
        await client.settle()

    run(scenario())
    assert seen == [
        ("now", [ft.ConnectivityType.WIFI, ft.ConnectivityType.VPN]),
        ("change", [ft.ConnectivityType.NONE]),
    ]


def test_a_service_used_before_it_was_added_joins_the_page():
    async def scenario():
        hf = ft.HapticFeedback()

        def main(page: ft.Page):
            page.add(ft.ElevatedButton("buzz", on_click=lambda _: hf.vibrate()))

        client, _ = await start(main, methods={"HapticFeedback.vibrate": lambda _c, _a: None})
        await client.click(client.find("Button", "buzz"), settle=0.05)
        return [c.type for c in services_of(client)], [c["name"] for c in client.calls()]

    kinds, calls = run(scenario())
    assert "HapticFeedback" in kinds
    assert calls == ["vibrate"]
