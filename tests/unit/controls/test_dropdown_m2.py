"""DropdownM2 (Flet 1.0's Material 2 dropdown) with ``ft.dropdownm2.Option``.

The client reads ``options`` (``Option``: key, text, content...), the Material 2 menu
settings, the form-field decoration, and ``hint``/``disabled_hint`` for the SDK's
``hint_content``/``disabled_hint_content``; a pick writes ``value`` back and sends ``change``.
"""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def test_wire_shape():
    view = client_view(
        ft.DropdownM2(
            value="b",
            options=[ft.dropdownm2.Option("a", "Apple"), ft.dropdownm2.Option("b")],
            label="Fruit",
            hint_content=ft.Text("Pick one"),
            item_height=48,
            max_menu_height=200,
            select_icon=ft.Icons.ARROW_DROP_DOWN,
            bgcolor="yellow",
            on_change=print,
        )
    )
    assert view["_c"] == "DropdownM2"
    assert view["options"] == [
        {"_c": "Option", "key": "a", "text": "Apple"},
        {"_c": "Option", "key": "b"},
    ]
    assert view["hint"] == {"_c": "Text", "value": "Pick one"}
    assert view["label"] == "Fruit" and view["filled"] is True
    assert view["item_height"] == 48 and view["max_menu_height"] == 200
    assert isinstance(view["select_icon"], int)
    assert view["on_change"] is True
    assert "elevation" not in view  # the client's default (8)


def test_a_pick_reaches_value_and_on_change():
    seen = []
    dd = ft.DropdownM2(
        options=[ft.dropdownm2.Option("a"), ft.dropdownm2.Option("b")],
        on_change=lambda e: seen.append((e.data, e.control.value)),
    )

    async def scenario():
        client, _ = await start(lambda page: page.add(dd))
        await client.type_text(client.find("DropdownM2"), "b")

    run(scenario())
    assert dd.value == "b"
    assert seen == [("b", "b")]


def test_options_must_be_dropdownm2_options():
    with pytest.raises(ft.PropertyError, match=r"dropdownm2\.Option"):
        ft.DropdownM2(options=[ft.dropdown.Option("a")]).before_update()
    with pytest.raises(ft.PropertyError, match=r"key=\.\.\. or text=\.\.\."):
        ft.dropdownm2.Option().before_update()
