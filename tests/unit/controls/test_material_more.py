"""SegmentedButton, ExpansionPanelList, the menus, AutoComplete, ReorderableListView, Badge
and the ``ft.Tooltip`` value on the wire, and their events through the simulated client.

Event data is what the 1.0.5 client sends (read from its main.dart.js): a SegmentedButton
echoes ``selected`` then sends ``change`` with the list; an ExpansionPanelList echoes the
panel's ``expanded`` then sends ``change`` with ``{"index", "expanded", "data"}``.
"""

import pytest

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def session(make, act):
    """Show ``make(seen)``, let the simulated client ``act``; return what handlers saw."""

    async def scenario():
        seen = []

        def main(page):
            page.add(make(seen))

        client, _ = await start(main)
        await act(client)
        await client.settle(0.05)
        return seen

    return run(scenario())


async def echo(client, control, props, event=None, data=None):
    client.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": props})
    control.props.update(props)
    if event is not None:
        client.fire(control, event, data)
    await client.settle()


# -- SegmentedButton ---------------------------------------------------------------------------


def segmented(**kw):
    return ft.SegmentedButton(
        segments=[
            ft.Segment(value="s", label=ft.Text("Small"), icon=ft.Icon(ft.Icons.LOOKS_ONE)),
            ft.Segment(value="m", label="Medium"),
            ft.Segment(value="l", icon=ft.Icons.LOOKS_3),
        ],
        **kw,
    )


def test_segmented_button_wire_shape_takes_controls_or_values_for_icon_and_label():
    button = segmented(
        selected={"m"},
        selected_icon=ft.Icon(ft.Icons.CHECK),
        show_selected_icon=False,
        style=ft.ButtonStyle(bgcolor={ft.ControlState.SELECTED: "blue"}),
        on_change=lambda e: None,
    )
    assert client_view(button) == {
        "_c": "SegmentedButton",
        "selected": ["m"],
        "selected_icon": {"_c": "Icon", "icon": ft.Icons.CHECK},
        "show_selected_icon": False,
        "style": {"bgcolor": {"selected": "blue"}},
        "on_change": True,
        "segments": [
            {
                "_c": "Segment",
                "value": "s",
                "icon": {"_c": "Icon", "icon": ft.Icons.LOOKS_ONE},
                "label": {"_c": "Text", "value": "Small"},
            },
            {"_c": "Segment", "value": "m", "label": "Medium"},
            {"_c": "Segment", "value": "l", "icon": ft.Icons.LOOKS_3},
        ],
    }


def test_segmented_button_selection_reaches_python_as_the_async_era_read_it():
    def make(seen):
        def changed(e):
            seen.append((e.data, e.control.selected))

        return segmented(selected={"s"}, allow_multiple_selection=True, on_change=changed)

    async def act(client):
        button = client.find("SegmentedButton")
        await echo(client, button, {"selected": ["s", "l"]}, "change", ["s", "l"])

    assert session(make, act) == [('["s", "l"]', {"s", "l"})]


def test_segmented_button_selected_accepts_a_list_and_reads_as_a_set():
    button = segmented(selected=["s", "l"], allow_multiple_selection=True)
    assert button.selected == {"s", "l"}
    assert client_view(button)["selected"] == ["l", "s"]


@pytest.mark.parametrize(
    ("kw", "fix"),
    [
        ({"selected": set()}, "allow_empty_selection=True"),
        ({}, "allow_empty_selection=True"),
        ({"selected": {"s", "m"}}, "allow_multiple_selection=True"),
    ],
)
def test_segmented_button_selection_the_client_would_refuse_is_refused_in_python(kw, fix):
    with pytest.raises(ft.PropertyError, match=fix):
        segmented(**kw).before_update()


def test_a_segment_needs_an_icon_or_a_label():
    with pytest.raises(ft.PropertyError, match="give it an icon, a label or both"):
        ft.Segment("x").before_update()
    with pytest.raises(ft.PropertyError, match="needs segments"):
        ft.SegmentedButton(allow_empty_selection=True).before_update()


# -- ExpansionPanelList ------------------------------------------------------------------------


def panels(on_change=None):
    return ft.ExpansionPanelList(
        expand_icon_color="amber",
        elevation=8,
        divider_color="red",
        on_change=on_change,
        controls=[
            ft.ExpansionPanel(header=ft.Text("One"), content=ft.Text("1"), bgcolor="blue"),
            ft.ExpansionPanel(ft.Text("Two"), ft.Text("2"), expanded=True, can_tap_header=True),
        ],
    )


def test_expansion_panel_list_wire_shape():
    assert client_view(panels()) == {
        "_c": "ExpansionPanelList",
        "elevation": 8,
        "divider_color": "red",
        "expand_icon_color": "amber",
        "controls": [
            {
                "_c": "ExpansionPanel",
                "bgcolor": "blue",
                "header": {"_c": "Text", "value": "One"},
                "content": {"_c": "Text", "value": "1"},
            },
            {
                "_c": "ExpansionPanel",
                "expanded": True,
                "can_tap_header": True,
                "header": {"_c": "Text", "value": "Two"},
                "content": {"_c": "Text", "value": "2"},
            },
        ],
    }


def test_expanding_a_panel_reaches_python_with_the_index_as_the_async_era_gave_it():
    def make(seen):
        def changed(e: ft.ExpansionPanelListChangeEvent):
            seen.append((e.data, e.index, e.expanded, e.control.controls[0].expanded))

        return panels(on_change=changed)

    async def act(client):
        first = client.find_all("ExpansionPanel")[0]
        client.send(Action.UPDATE_CONTROL_PROPS, {"id": first.id, "props": {"expanded": True}})
        data = {"index": 0, "expanded": True, "data": 0}
        client.fire(client.find("ExpansionPanelList"), "change", data)

    assert session(make, act) == [("0", 0, True, True)]


def test_expansion_panel_list_holds_panels_only():
    with pytest.raises(ft.PropertyError, match=r"ft\.ExpansionPanel"):
        ft.ExpansionPanelList(controls=[ft.Text("x")]).before_update()


# -- menus -------------------------------------------------------------------------------------


def test_menu_bar_submenus_and_items_on_the_wire():
    bar = ft.MenuBar(
        style=ft.MenuStyle(
            bgcolor="red", surface_tint_color="blue", alignment=ft.alignment.top_left
        ),
        controls=[
            ft.SubmenuButton(
                content=ft.Text("File"),
                menu_style=ft.MenuStyle(elevation={ft.ControlState.HOVERED: 4}),
                alignment_offset=(0, 4),
                on_open=lambda e: None,
                controls=[
                    ft.MenuItemButton(
                        content=ft.Text("Save"),
                        leading=ft.Icon(ft.Icons.SAVE),
                        close_on_click=False,
                        on_click=lambda e: None,
                    ),
                    ft.MenuItemButton("Quit"),
                ],
            )
        ],
    )
    assert client_view(bar) == {
        "_c": "MenuBar",
        "style": {"alignment": {"x": -1, "y": -1}, "bgcolor": "red"},
        "controls": [
            {
                "_c": "SubmenuButton",
                "menu_style": {"elevation": {"hovered": 4}},
                "alignment_offset": {"x": 0, "y": 4},
                "on_open": True,
                "content": {"_c": "Text", "value": "File"},
                "controls": [
                    {
                        "_c": "MenuItemButton",
                        "close_on_click": False,
                        "on_click": True,
                        "content": {"_c": "Text", "value": "Save"},
                        "leading": {"_c": "Icon", "icon": ft.Icons.SAVE},
                    },
                    {"_c": "MenuItemButton", "content": "Quit"},
                ],
            }
        ],
    }


def test_a_menu_item_click_reaches_its_handler():
    def make(seen):
        item = ft.MenuItemButton("Open", on_click=lambda e: seen.append(e.control.content))
        return ft.MenuBar([ft.SubmenuButton("File", [item])])

    async def act(client):
        await client.click(client.find("MenuItemButton"))

    assert session(make, act) == ["Open"]


def test_an_empty_menu_bar_is_refused():
    with pytest.raises(ft.PropertyError, match="MenuBar needs controls"):
        ft.MenuBar().before_update()


# -- AutoComplete ------------------------------------------------------------------------------


def test_auto_complete_suggestions_and_select_event():
    def make(seen):
        def picked(e: ft.AutoCompleteSelectEvent):
            seen.append((e.index, e.selection, e.control.value))

        return ft.AutoComplete(
            suggestions=[
                ft.AutoCompleteSuggestion(key="one 1", value="One"),
                ft.AutoCompleteSuggestion(key="two 2", value="Two"),
            ],
            on_select=picked,
        )

    async def act(client):
        auto = client.find("AutoComplete")
        assert auto.props["suggestions"] == [
            {"key": "one 1", "value": "One"},
            {"key": "two 2", "value": "Two"},
        ]
        data = {"index": 1, "selection": {"key": "two 2", "value": "Two"}}
        await echo(client, auto, {"value": "Two"}, "select", data)

    [(index, selection, value)] = session(make, act)
    assert (index, value) == (1, "Two")
    assert selection == ft.AutoCompleteSuggestion(key="two 2", value="Two")


def test_auto_complete_suggestions_must_be_suggestions():
    with pytest.raises(ft.PropertyError, match="AutoCompleteSuggestion"):
        ft.AutoComplete(suggestions=["one"])


# -- ReorderableListView -----------------------------------------------------------------------


def test_reorderable_list_view_wire_shape_and_reorder_event():
    def make(seen):
        def reordered(e: ft.OnReorderEvent):
            seen.append((e.old_index, e.new_index))
            e.control.controls.insert(e.new_index, e.control.controls.pop(e.old_index))
            e.control.update()

        return ft.ReorderableListView(
            [ft.Text("a"), ft.Text("b"), ft.Text("c")],
            header=ft.Text("head"),
            show_default_drag_handles=False,
            on_reorder=reordered,
        )

    async def act(client):
        view = client.find("ReorderableListView")
        assert view.props["show_default_drag_handles"] is False
        assert view.props["header"].props == {"value": "head"}
        client.fire(view, "reorder", {"old_index": 0, "new_index": 2})
        await client.settle(0.05)
        assert [c.props["value"] for c in view.props["controls"]] == ["b", "c", "a"]

    assert session(make, act) == [(0, 2)]


# -- Badge and Tooltip values ------------------------------------------------------------------


def test_badge_is_text_or_an_ft_badge_with_the_async_era_text():
    view = client_view(
        ft.Icon(
            ft.Icons.MAIL,
            badge=ft.Badge(text="3", bgcolor="red", offset=(2, -2), label_visible=False),
        )
    )
    assert view["badge"] == {
        "_c": "Badge",
        "label": "3",
        "bgcolor": "red",
        "offset": {"x": 2, "y": -2},
        "label_visible": False,
    }
    assert client_view(ft.Icon(ft.Icons.MAIL, badge=7))["badge"] == "7"
    with pytest.raises(ft.PropertyError):
        ft.Icon(ft.Icons.MAIL, badge={"text": "3"})


def test_tooltip_value_class_becomes_the_1_0_5_tooltip_map():
    tip = ft.Tooltip(
        message="Save",
        bgcolor="black",
        border_radius=4,
        gradient=ft.LinearGradient(colors=["red", "blue"]),
        height=40,
        padding=8,
        wait_duration=300,
        enable_tap_to_dismiss=False,
        trigger_mode=ft.TooltipTriggerMode.LONG_PRESS,
        text_style=ft.TextStyle(size=12),
    )
    assert client_view(ft.Text("x", tooltip=tip))["tooltip"] == {
        "message": "Save",
        "bgcolor": "black",
        "padding": 8,
        "wait_duration": 300,
        "trigger_mode": "long_press",
        "text_style": {"size": 12},
        "decoration": {
            "border_radius": 4,
            "gradient": {
                "_type": "linear",
                "colors": ["red", "blue"],
                "begin": {"x": -1, "y": 0},
                "end": {"x": 1, "y": 0},
            },
        },
        "size_constraints": {"min_height": 40},
        "tap_to_dismiss": False,
    }


def test_a_tooltip_change_reaches_the_client_on_the_next_update():
    async def scenario():
        tip = ft.Tooltip(message="before")
        text = ft.Text("x", tooltip=tip)

        def main(page):
            page.add(text)

        client, _ = await start(main)
        await client.settle()
        tip.message = "after"
        text.update()
        await client.settle(0.05)
        return client.find("Text").props["tooltip"]

    assert run(scenario()) == {"message": "after"}


def test_the_0_24_tooltip_wrapper_gives_back_its_content_with_the_tooltip_set():
    wrapped = ft.Tooltip(
        message="This is tooltip",
        content=ft.Text("Hover to see tooltip"),
        padding=20,
        border_radius=10,
    )
    assert isinstance(wrapped, ft.Text)
    assert client_view(wrapped) == {
        "_c": "Text",
        "value": "Hover to see tooltip",
        "tooltip": {
            "message": "This is tooltip",
            "padding": 20,
            "decoration": {"border_radius": 10},
        },
    }
    first = ft.Tooltip(ft.Icon(ft.Icons.INFO), message="info")  # 0.24: content came first
    assert isinstance(first, ft.Icon) and first.tooltip == ft.Tooltip(message="info")
    with pytest.raises(TypeError, match=r"wrap text in ft\.Text"):
        ft.Tooltip(message="m", content="not a control")
