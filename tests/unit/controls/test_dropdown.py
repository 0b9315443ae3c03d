"""Dropdown and DropdownOption on the wire, and the async-era ``ft.dropdown.Option``."""

import pytest

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def test_dropdown_golden_sample():
    dropdown = ft.Dropdown(
        options=[ft.DropdownOption("a"), ft.DropdownOption(key="b", text="B")], value="a"
    )
    assert client_view(dropdown) == {
        "_c": "Dropdown",
        "value": "a",
        "options": [
            {"_c": "DropdownOption", "key": "a"},
            {"_c": "DropdownOption", "key": "b", "text": "B"},
        ],
    }


def test_async_era_options_and_on_change_reach_the_1_0_5_shape():
    dropdown = ft.Dropdown(
        label="Color",
        hint_text="Pick one",
        options=[ft.dropdown.Option("red"), ft.dropdown.Option(key="g", text="Green")],
        on_change=print,
        width=200,
        max_menu_height=300,
        select_icon=ft.Icons.ARROW_DROP_DOWN,
        prefix_icon="palette",
        item_height=48,
        alignment=ft.alignment.center,
        border=ft.InputBorder.OUTLINE,
    )
    assert client_view(dropdown) == {
        "_c": "Dropdown",
        "label": "Color",
        "hint_text": "Pick one",
        "width": 200,
        "menu_height": 300,
        "trailing_icon": ft.Icons.ARROW_DROP_DOWN,
        "leading_icon": ft.Icons.PALETTE,
        "border": {"_type": "outline"},
        "on_select": True,
        "options": [
            {"_c": "DropdownOption", "key": "red"},
            {"_c": "DropdownOption", "key": "g", "text": "Green"},
        ],
    }
    assert dropdown.item_height == 48  # Material 2 only: kept in Python


def test_option_is_dropdown_option():
    assert ft.dropdown.Option is ft.DropdownOption
    assert ft.dropdown.Dropdown is ft.Dropdown


def test_option_content_and_icons():
    option = ft.DropdownOption(
        "k", content=ft.Text("Shown"), leading_icon=ft.Icons.ADD, trailing_icon=ft.Icon("home")
    )
    assert client_view(ft.Dropdown(options=[option]))["options"] == [
        {
            "_c": "DropdownOption",
            "key": "k",
            "content": {"_c": "Text", "value": "Shown"},
            "leading_icon": 65604,
            "trailing_icon": {"_c": "Icon", "icon": 69217},
        }
    ]


def test_editable_dropdown_state_colours():
    dropdown = ft.Dropdown(
        editable=True,
        enable_filter=True,
        bgcolor={ft.ControlState.DEFAULT: "white"},
        error_text="required",
        on_text_change=print,
    )
    assert client_view(dropdown) == {
        "_c": "Dropdown",
        "editable": True,
        "enable_filter": True,
        "bgcolor": {"default": "white"},
        "error_text": "required",
        "on_text_change": True,
    }


def picked(**handlers):
    """Run a session with a dropdown using ``handlers``; the user picks ``b``."""

    async def scenario():
        seen = []

        def main(page):
            dropdown = ft.Dropdown(options=[ft.dropdown.Option("a"), ft.dropdown.Option("b")])
            for name, make in handlers.items():
                setattr(dropdown, name, make(seen))
            page.add(dropdown)

        client, _ = await start(main)
        control = client.find("Dropdown")
        client.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": {"value": "b"}})
        client.fire(control, "select", "b")
        await client.settle()
        return seen, control

    return run(scenario())


@pytest.mark.parametrize("name", ["on_change", "on_select"])
def test_picking_an_option_runs_on_change_or_on_select_with_the_value_current(name):
    def handler(seen):
        return lambda e: seen.append((e.name, e.data, e.control.value))

    seen, control = picked(**{name: handler})
    assert control.props["on_select"] is True
    assert seen == [("select", "b", "b")]


def test_on_select_and_on_change_are_one_handler():
    dropdown = ft.Dropdown(on_change=print)
    assert dropdown.on_select is print
    dropdown.on_select = repr
    assert dropdown.on_change is repr


def test_typed_text_is_echoed_into_text():
    async def scenario():
        seen = []

        def main(page):
            page.add(
                ft.Dropdown(
                    editable=True, on_text_change=lambda e: seen.append((e.data, e.control.text))
                )
            )

        client, _ = await start(main)
        control = client.find("Dropdown")
        client.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": {"text": "gr"}})
        client.fire(control, "text_change", "gr")
        await client.settle()
        return seen

    assert run(scenario()) == [("gr", "gr")]


def test_focus_calls_the_client_method():
    async def scenario():
        calls = []

        def main(page):
            dropdown = ft.Dropdown()
            page.add(dropdown, ft.ElevatedButton("f", on_click=lambda e: dropdown.focus()))

        client, _ = await start(main, methods={"focus": lambda c, a: calls.append(c.type)})
        await client.click(client.find("Button", "f"))
        await client.settle(1)
        return calls

    assert run(scenario()) == ["Dropdown"]
