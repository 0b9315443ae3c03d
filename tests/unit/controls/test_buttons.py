"""Buttons, IconButtons, FloatingActionButton, PopupMenuButton and Chip: wire shapes and events."""

import pytest

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def noop(e):
    return None


# -- the Button family ---------------------------------------------------------------------


def test_button_golden_sample_with_icon():
    sent = client_view(ft.Button("OK", icon=ft.Icons.CHECK, on_click=noop))
    assert sent == {"_c": "Button", "content": "OK", "icon": 66861, "on_click": True}


def test_button_colours_travel_only_in_internals_style_as_flet_sends_them():
    sent = client_view(ft.Button("OK", bgcolor="red", color="white", on_click=noop))
    assert sent == {
        "_c": "Button",
        "content": "OK",
        "on_click": True,
        "_internals": {"style": {"color": "white", "bgcolor": "red", "elevation": 1}},
    }


def test_elevated_button_async_era_spellings_reach_the_client_as_button():
    sent = client_view(
        ft.ElevatedButton("OK", icon=ft.icons.CHECK, icon_color="green", on_click=noop)
    )
    assert sent == {
        "_c": "Button",
        "content": "OK",
        "icon": 66861,
        "icon_color": "green",
        "on_click": True,
    }
    assert client_view(ft.ElevatedButton(text="Go"))["content"] == "Go"


@pytest.mark.parametrize(
    ("cls", "wire_type"),
    [
        (ft.FilledButton, "FilledButton"),
        (ft.FilledTonalButton, "FilledTonalButton"),
        (ft.OutlinedButton, "OutlinedButton"),
        (ft.TextButton, "TextButton"),
    ],
)
def test_each_button_kind_has_its_client_type(cls, wire_type):
    sent = client_view(cls("Go", icon="add", on_click=noop, on_long_press=noop, autofocus=True))
    assert sent == {
        "_c": wire_type,
        "content": "Go",
        "icon": 65604,
        "autofocus": True,
        "on_click": True,
        "on_long_press": True,
    }


def test_filled_buttons_merge_colours_like_elevated_ones():
    sent = client_view(ft.FilledButton("Go", bgcolor="green", elevation=3))
    assert sent["_internals"] == {"style": {"bgcolor": "green", "elevation": 3}}
    assert isinstance(ft.FilledButton("x"), ft.ElevatedButton)


def test_style_dict_is_merged_with_the_shortcuts_on_top():
    style = {"padding": 20, "color": "blue", "elevation": 4, "shape": None}
    sent = client_view(ft.ElevatedButton("Go", style=style, color="white"))
    assert sent["_internals"] == {"style": {"padding": 20, "color": "white", "elevation": 4}}
    assert "style" not in sent and "color" not in sent


def test_outlined_and_text_buttons_send_their_style_in_internals_without_an_elevation():
    for cls in (ft.OutlinedButton, ft.TextButton):
        sent = client_view(cls("Go", style={"color": {"hovered": "red", "": "blue"}}))
        assert sent["_internals"] == {"style": {"color": {"hovered": "red", "": "blue"}}}


def test_a_button_without_style_sends_no_internals():
    assert "_internals" not in client_view(ft.OutlinedButton("Go"))
    assert "_internals" not in client_view(ft.ElevatedButton("Go"))


def test_button_style_value_object_is_sent_as_its_map():
    style = ft.ButtonStyle(color="white", bgcolor="blue", padding=10)
    sent = client_view(ft.ElevatedButton("Go", style=style))
    assert sent["_internals"]["style"] == {
        **style.to_wire(),
        "color": "white",
        "bgcolor": "blue",
        "elevation": 1,
    }


def test_content_takes_a_control_or_text():
    sent = client_view(ft.ElevatedButton(content=ft.Row([ft.Text("a")])))
    assert sent["content"]["_c"] == "Row"
    button = ft.Button(content="OK")  # the 1.0 spelling
    assert (button.content, button.text) == ("OK", "OK")
    assert client_view(button)["content"] == "OK"


def test_content_reads_back_the_control_and_text_replaces_it():
    label = ft.Text("x")
    button = ft.TextButton(content=label)
    assert button.content is label
    button.content = "plain"
    assert (button.content, button.content_control) == ("plain", None)


def test_url_alone_is_a_string_and_with_url_target_a_map():
    assert client_view(ft.TextButton("x", url="https://flet.dev"))["url"] == "https://flet.dev"
    sent = client_view(ft.ElevatedButton("x", url="https://flet.dev", url_target="_blank"))
    assert sent["url"] == {"url": "https://flet.dev", "target": "_blank"}
    assert "url_target" not in sent


def test_button_click_reaches_the_handler_with_its_control():
    async def scenario():
        seen = []

        def main(page):
            page.add(ft.FilledTonalButton("tap", on_click=lambda e: seen.append(e.control.text)))

        client, _ = await start(main)
        await client.click(client.find("FilledTonalButton", "tap"))
        assert seen == ["tap"]

    run(scenario())


# -- the IconButton family -----------------------------------------------------------------


def test_icon_button_sends_icon_code_and_its_props():
    sent = client_view(
        ft.IconButton(
            icon=ft.icons.DELETE,
            icon_color="red",
            icon_size=30,
            tooltip="Delete",
            selected=False,
            selected_icon=ft.Icons.FAVORITE,
            on_click=noop,
        )
    )
    assert sent == {
        "_c": "IconButton",
        "icon": 67411,
        "icon_color": "red",
        "icon_size": 30,
        "tooltip": "Delete",
        "selected": False,
        "selected_icon": 68258,
        "on_click": True,
    }


def test_icon_button_bgcolor_and_density_merge_into_internals_style():
    sent = client_view(
        ft.IconButton(ft.Icons.ADD, bgcolor="amber", visual_density="compact", style={"padding": 2})
    )
    assert sent["_internals"] == {
        "style": {"padding": 2, "bgcolor": "amber", "visual_density": "compact"}
    }
    assert "bgcolor" not in sent and "style" not in sent


@pytest.mark.parametrize(
    ("cls", "wire_type"),
    [
        (ft.FilledIconButton, "FilledIconButton"),
        (ft.FilledTonalIconButton, "FilledTonalIconButton"),
        (ft.OutlinedIconButton, "OutlinedIconButton"),
    ],
)
def test_icon_button_variants_have_their_client_types(cls, wire_type):
    assert client_view(cls(ft.Icons.HOME)) == {"_c": wire_type, "icon": 69217}


def test_icon_button_content_control_is_sent():
    sent = client_view(ft.IconButton(content=ft.Text("?")))
    assert sent == {"_c": "IconButton", "content": {"_c": "Text", "value": "?"}}


def test_icon_button_click():
    async def scenario():
        clicks = []

        def main(page):
            page.add(ft.IconButton(ft.icons.ADD, on_click=lambda e: clicks.append(e.name)))

        client, _ = await start(main)
        await client.click(client.find("IconButton"))
        assert clicks == ["click"]

    run(scenario())


# -- FloatingActionButton ------------------------------------------------------------------


def test_floating_action_button_text_and_icon():
    sent = client_view(ft.FloatingActionButton(icon=ft.icons.ADD, text="Add", on_click=noop))
    assert sent == {"_c": "FloatingActionButton", "content": "Add", "icon": 65604, "on_click": True}


def test_floating_action_button_colours_are_top_level():
    sent = client_view(ft.FloatingActionButton("x", bgcolor="red", mini=True, elevation=0))
    assert sent == {
        "_c": "FloatingActionButton",
        "content": "x",
        "bgcolor": "red",
        "mini": True,
        "elevation": 0,
    }


# -- PopupMenuButton -----------------------------------------------------------------------


def test_popup_menu_async_era_items_and_divider():
    menu = ft.PopupMenuButton(
        items=[
            ft.PopupMenuItem(text="Item 1", icon=ft.icons.ADD, on_click=noop),
            ft.PopupMenuItem(),
            ft.PopupMenuItem(text="Check", checked=False, on_click=noop),
            ft.PopupMenuItem(content=ft.Text("custom"), height=30, padding=4),
        ],
        on_cancelled=noop,
        icon=ft.icons.MORE_VERT,
        tooltip="More",
    )
    sent = client_view(menu)
    assert sent == {
        "_c": "PopupMenuButton",
        "icon": ft.Icons.MORE_VERT,
        "tooltip": "More",
        "on_cancel": True,
        "items": [
            {"_c": "PopupMenuItem", "content": "Item 1", "icon": 65604, "on_click": True},
            {"_c": "PopupMenuItem"},
            {"_c": "PopupMenuItem", "content": "Check", "checked": False, "on_click": True},
            {
                "_c": "PopupMenuItem",
                "content": {"_c": "Text", "value": "custom"},
                "height": 30,
                "padding": 4,
            },
        ],
    }
    assert menu.on_cancelled is noop


def test_popup_menu_button_content_and_style_are_sent():
    sent = client_view(ft.PopupMenuButton(ft.Text("Menu"), style={"bgcolor": "red"}))
    assert sent == {
        "_c": "PopupMenuButton",
        "content": {"_c": "Text", "value": "Menu"},
        "style": {"bgcolor": "red"},
    }


def test_a_checkable_item_handler_toggles_checked_from_the_click_data():
    async def scenario():
        seen = []

        def main(page):
            def toggle(e):
                seen.append(e.data)  # "true": Flet 0.25 gave scalars as text
                e.control.checked = e.data == "true"
                page.update()

            page.add(
                ft.PopupMenuButton(items=[ft.PopupMenuItem("Bold", checked=False, on_click=toggle)])
            )

        client, _ = await start(main)
        item = client.find("PopupMenuItem")
        client.fire(item, "click", True)
        await client.settle()
        assert seen == ["true"]
        assert item.props["checked"] is True

    run(scenario())


def test_popup_menu_item_text_can_be_set_after_construction():
    item = ft.PopupMenuItem()
    item.text = "later"
    assert client_view(ft.PopupMenuButton(items=[item]))["items"] == [
        {"_c": "PopupMenuItem", "content": "later"}
    ]


# -- Chip ----------------------------------------------------------------------------------


def test_chip_async_era_spellings():
    sent = client_view(
        ft.Chip(
            label=ft.Text("Apple"),
            leading=ft.Icon(ft.icons.STAR),
            bgcolor="green100",
            label_style={"size": 12},
            click_elevation=2,
            on_click=noop,
            on_delete=noop,
        )
    )
    assert sent == {
        "_c": "Chip",
        "label": {"_c": "Text", "value": "Apple"},
        "leading": {"_c": "Icon", "icon": ft.Icons.STAR},
        "bgcolor": "green100",
        "label_text_style": {"size": 12},
        "elevation_on_click": 2,
        "on_click": True,
        "on_delete": True,
    }


def test_chip_label_may_be_text():
    assert client_view(ft.Chip("Pear")) == {"_c": "Chip", "label": "Pear"}


def test_chip_with_both_click_and_select_is_refused():
    chip = ft.Chip(ft.Text("x"), on_click=noop, on_select=noop)
    with pytest.raises(ft.PropertyError, match="on_click and on_select cannot both be set"):
        chip.before_update()


def test_chip_selection_is_in_the_model_before_on_select_runs():
    async def scenario():
        seen = []

        def main(page):
            chip = ft.Chip(ft.Text("Tea"), on_select=lambda e: seen.append((e.data, chip.selected)))
            page.add(chip)

        client, _ = await start(main)
        chip = client.find("Chip")
        before = len(client.patches())
        client.send(Action.UPDATE_CONTROL_PROPS, {"id": chip.id, "props": {"selected": True}})
        client.fire(chip, "select", True)
        await client.settle()
        assert seen == [("true", True)]
        assert len(client.patches()) == before  # the echo is not sent back

    run(scenario())
