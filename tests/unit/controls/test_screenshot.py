"""Screenshot: ``capture`` is a client method whose answer (PNG bytes) reaches Python."""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_wire_shape_and_capture_returns_the_clients_bytes():
    assert client_view(ft.Screenshot(ft.Text("hi"))) == {
        "_c": "Screenshot",
        "content": {"_c": "Text", "value": "hi"},
    }
    got = []
    shot = ft.Screenshot(ft.Text("hi"))

    async def capture(_):
        got.append(await shot.capture(pixel_ratio=2, delay=ft.Duration(milliseconds=50)))

    async def scenario():
        client, _ = await start(
            lambda page: page.add(shot, ft.TextButton("Capture", on_click=capture)),
            methods={"Screenshot.capture": lambda _c, _a: PNG},
        )
        await client.click(client.find(text="Capture"), settle=0.05)
        return client

    client = run(scenario())
    assert got == [PNG]
    assert client.calls()[0]["args"] == {"pixel_ratio": 2, "delay": {"milliseconds": 50}}


def test_a_screenshot_needs_content():
    with pytest.raises(ft.PropertyError, match="content"):
        ft.Screenshot().before_update()


def test_reorderable_drag_handle_wire_shape_and_needs_content():
    view = client_view(ft.ReorderableDragHandle(ft.Icon(ft.Icons.MENU), mouse_cursor="grab"))
    assert view["_c"] == "ReorderableDragHandle"
    assert view["mouse_cursor"] == "grab"
    assert view["content"]["_c"] == "Icon"
    with pytest.raises(ft.PropertyError, match="visible content"):
        ft.ReorderableDragHandle().before_update()
