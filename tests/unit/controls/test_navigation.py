"""AppBar, BottomAppBar, NavigationBar, NavigationRail, NavigationDrawer on the wire.

Shapes follow protocol §12.3 and the 1.0.5 SDK (field names are wire keys; an icon or label
is a value or a control under one key). Events follow what the 1.0.5 client sends for all
three navigation controls (checked in its main.dart.js): an UPDATE_CONTROL_PROPS echo of
``selected_index``, then ``change`` with the index as an int.
"""

import pytest

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

HOME, HOME_OUTLINED, BOOKMARK, BOOKMARK_BORDER = 69217, 69227, 66413, 66422
MENU, SETTINGS, SEARCH = 70185, 72245, 72141


def on_view(slot):
    return lambda page, control: setattr(page, slot, control)


async def select(client, control, index):
    """What the client does when the user picks destination ``index``."""
    client.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": {"selected_index": index}})
    control.props["selected_index"] = index
    client.fire(control, "change", index)
    await client.settle()


def picked(make, find_type, index):
    """Show ``make(seen)``; pick ``index`` on the client; return what the handler saw."""

    async def scenario():
        seen = []

        def main(page):
            page.add(make(seen))

        client, _ = await start(main)
        before = len(client.patches())
        await select(client, client.find(find_type), index)
        return seen, len(client.patches()) - before

    return run(scenario())


# -- AppBar ----------------------------------------------------------------------------------


def test_appbar_shape():
    bar = ft.AppBar(
        leading=ft.Icon(ft.Icons.MENU),
        leading_width=40,
        automatically_imply_leading=False,
        title=ft.Text("Title"),
        center_title=True,
        toolbar_height=64,
        color="white",
        bgcolor="blue",
        elevation=2,
        actions=[ft.IconButton(ft.Icons.SEARCH)],
    )
    assert client_view(bar, place=on_view("appbar")) == {
        "_c": "AppBar",
        "leading": {"_c": "Icon", "icon": MENU},
        "leading_width": 40,
        "automatically_imply_leading": False,
        "title": {"_c": "Text", "value": "Title"},
        "center_title": True,
        "toolbar_height": 64,
        "color": "white",
        "bgcolor": "blue",
        "elevation": 2,
        "actions": [{"_c": "IconButton", "icon": SEARCH}],
    }


def test_appbar_title_as_text_and_async_era_names():
    bar = ft.AppBar(title="Plain", is_secondary=True, surface_tint_color="red")
    assert bar.secondary is True and bar.title == "Plain"
    assert client_view(bar, place=on_view("appbar")) == {
        "_c": "AppBar",
        "title": "Plain",
        "secondary": True,
    }


def test_value_or_control_keeps_the_last_one_set():
    bar = ft.AppBar(title="Plain")
    text = ft.Text("Rich")
    bar.title = text
    assert bar.title is text and bar._title is None
    bar.title = "Plain again"
    assert bar.title == "Plain again" and bar._title_control is None


# -- BottomAppBar ----------------------------------------------------------------------------


def test_bottom_appbar_notch_shape_becomes_a_typed_map():
    bar = ft.BottomAppBar(
        ft.Row([ft.IconButton(ft.Icons.MENU)]),
        bgcolor="blue50",
        shape=ft.NotchShape.CIRCULAR,
        notch_margin=6,
        padding=10,
        surface_tint_color="red",
    )
    view = client_view(bar, place=on_view("bottom_appbar"))
    assert view["shape"] == {"_type": "circular"}
    assert view["content"]["_c"] == "Row"
    assert {k: v for k, v in view.items() if k != "content"} == {
        "_c": "BottomAppBar",
        "bgcolor": "blue50",
        "shape": {"_type": "circular"},
        "notch_margin": 6,
        "padding": 10,
    }


def test_bottom_appbar_shape_as_a_1_0_5_map_is_sent_as_given():
    bar = ft.BottomAppBar(shape={"_type": "circular", "inverted": True})
    assert client_view(bar, place=on_view("bottom_appbar"))["shape"] == {
        "_type": "circular",
        "inverted": True,
    }


# -- NavigationBar ---------------------------------------------------------------------------


def test_navigation_bar_golden_shape():
    bar = ft.NavigationBar(
        destinations=[
            ft.NavigationBarDestination(
                icon=ft.Icons.HOME_OUTLINED, selected_icon=ft.Icons.HOME, label="Home"
            ),
            ft.NavigationBarDestination(icon=ft.Icons.BOOKMARK_BORDER, label="Saved"),
        ],
        selected_index=1,
        label_behavior=ft.NavigationBarLabelBehavior.ALWAYS_SHOW,
        bgcolor="surface",
        on_change=print,
    )
    assert client_view(bar, place=on_view("navigation_bar")) == {
        "_c": "NavigationBar",
        "selected_index": 1,
        "label_behavior": "alwaysShow",
        "bgcolor": "surface",
        "on_change": True,
        "destinations": [
            {
                "_c": "NavigationBarDestination",
                "icon": HOME_OUTLINED,
                "selected_icon": HOME,
                "label": "Home",
            },
            {"_c": "NavigationBarDestination", "icon": BOOKMARK_BORDER, "label": "Saved"},
        ],
    }


def test_navigation_destination_and_icon_content_are_async_era_spellings():
    bar = ft.NavigationBar(
        destinations=[
            ft.NavigationDestination(
                label="Saved",
                icon_content=ft.Icon(ft.Icons.BOOKMARK_BORDER),
                selected_icon_content=ft.Icon(ft.Icons.BOOKMARK),
            ),
            ft.NavigationDestination("Home", ft.Icons.HOME),
            ft.NavigationBarDestination(label="Rich", icon=ft.Icon(ft.Icons.HOME)),
        ]
    )
    assert client_view(bar, place=on_view("navigation_bar"))["destinations"] == [
        {
            "_c": "NavigationBarDestination",
            "icon": {"_c": "Icon", "icon": BOOKMARK_BORDER},
            "selected_icon": {"_c": "Icon", "icon": BOOKMARK},
            "label": "Saved",
        },
        {"_c": "NavigationBarDestination", "label": "Home", "icon": HOME},
        {"_c": "NavigationBarDestination", "label": "Rich", "icon": {"_c": "Icon", "icon": HOME}},
    ]


def test_navigation_bar_change_reads_the_echoed_index_and_sends_nothing_back():
    def make(seen):
        return ft.NavigationBar(
            destinations=[
                ft.NavigationDestination(icon=ft.Icons.HOME, label="A"),
                ft.NavigationDestination(icon=ft.Icons.HOME, label="B"),
            ],
            on_change=lambda e: seen.append((e.data, e.control.selected_index)),
        )

    seen, patches = picked(make, "NavigationBar", 1)
    assert seen == [("1", 1)]
    assert patches == 0


def test_navigation_bar_selected_index_set_in_python_is_one_small_patch():
    async def scenario():
        bar = ft.NavigationBar(
            destinations=[
                ft.NavigationDestination(icon=ft.Icons.HOME, label="A"),
                ft.NavigationDestination(icon=ft.Icons.HOME, label="B"),
            ]
        )

        def main(page):
            page.navigation_bar = bar
            page.update()

        client, _ = await start(main)
        shown = client.find("NavigationBar")
        bar.selected_index = 1
        await bar.update()
        await client.settle()
        assert client.patches()[-1]["patch"][1:] == [[0, 0, "selected_index", 1]]
        assert shown.props["selected_index"] == 1

    run(scenario())


# -- NavigationRail --------------------------------------------------------------------------


def test_navigation_rail_shape_with_text_and_control_labels():
    rail = ft.NavigationRail(
        selected_index=0,
        label_type=ft.NavigationRailLabelType.ALL,
        min_width=100,
        leading=ft.Text("Lead"),
        destinations=[
            ft.NavigationRailDestination(
                icon=ft.Icons.HOME_OUTLINED, selected_icon=ft.Icons.HOME, label="Home"
            ),
            ft.NavigationRailDestination(
                icon_content=ft.Icon(ft.Icons.BOOKMARK_BORDER), label_content=ft.Text("Saved")
            ),
            ft.NavigationRailDestination(ft.Icons.SETTINGS, label="Settings", padding=4),
        ],
        on_change=print,
    )
    assert client_view(rail) == {
        "_c": "NavigationRail",
        "selected_index": 0,
        "label_type": "all",
        "min_width": 100,
        "on_change": True,
        "leading": {"_c": "Text", "value": "Lead"},
        "destinations": [
            {
                "_c": "NavigationRailDestination",
                "icon": HOME_OUTLINED,
                "selected_icon": HOME,
                "label": "Home",
            },
            {
                "_c": "NavigationRailDestination",
                "icon": {"_c": "Icon", "icon": BOOKMARK_BORDER},
                "label": {"_c": "Text", "value": "Saved"},
            },
            {
                "_c": "NavigationRailDestination",
                "icon": SETTINGS,
                "label": "Settings",
                "padding": 4,
            },
        ],
    }


def test_navigation_rail_label_as_a_control_is_the_1_0_5_spelling():
    dest = ft.NavigationRailDestination(icon=ft.Icons.HOME, label=ft.Text("Rich"))
    assert dest.label_content is dest.label and dest._label is None


def test_navigation_rail_change():
    def make(seen):
        return ft.NavigationRail(
            destinations=[
                ft.NavigationRailDestination(icon=ft.Icons.HOME, label="A"),
                ft.NavigationRailDestination(icon=ft.Icons.HOME, label="B"),
            ],
            on_change=lambda e: seen.append((e.data, e.control.selected_index)),
        )

    seen, patches = picked(make, "NavigationRail", 1)
    assert seen == [("1", 1)]
    assert patches == 0


# -- NavigationDrawer ------------------------------------------------------------------------


def test_navigation_drawer_shape_keeps_open_and_position_in_python():
    drawer = ft.NavigationDrawer(
        controls=[
            ft.Text("Header"),
            ft.NavigationDrawerDestination(
                label="Home",
                icon=ft.Icons.HOME_OUTLINED,
                selected_icon_content=ft.Icon(ft.Icons.HOME),
            ),
            ft.NavigationDrawerDestination("Rich", ft.Icons.HOME),
        ],
        open=True,
        position=ft.NavigationDrawerPosition.END,
        selected_index=1,
        tile_padding=8,
        on_change=print,
        on_dismiss=print,
    )
    assert client_view(drawer, place=on_view("drawer")) == {
        "_c": "NavigationDrawer",
        "selected_index": 1,
        "tile_padding": 8,
        "on_change": True,
        "on_dismiss": True,
        "controls": [
            {"_c": "Text", "value": "Header"},
            {
                "_c": "NavigationDrawerDestination",
                "label": "Home",
                "icon": HOME_OUTLINED,
                "selected_icon": {"_c": "Icon", "icon": HOME},
            },
            {"_c": "NavigationDrawerDestination", "label": "Rich", "icon": HOME},
        ],
    }
    assert drawer.open is True


def test_navigation_drawer_change_and_dismiss():
    async def scenario():
        seen = []
        drawer = ft.NavigationDrawer(
            controls=[
                ft.NavigationDrawerDestination(label="A", icon=ft.Icons.HOME),
                ft.NavigationDrawerDestination(label="B", icon=ft.Icons.HOME),
            ],
            on_change=lambda e: seen.append(("change", e.data, e.control.selected_index)),
            on_dismiss=lambda e: seen.append(("dismiss", e.data)),
        )

        def main(page):
            page.drawer = drawer
            page.update()

        client, _ = await start(main)
        shown = client.page.props["views"][0].props["drawer"]
        await select(client, shown, 1)
        client.fire(shown, "dismiss")
        await client.settle()
        assert seen == [("change", "1", 1), ("dismiss", None)]

    run(scenario())


def test_a_drawer_destination_without_an_icon_is_a_clear_error_not_an_error_box():
    with pytest.raises(ft.PropertyError, match="NavigationDrawerDestination needs an icon"):
        ft.NavigationDrawerDestination(label="Home")
    assert ft.NavigationDrawerDestination(label="Home", icon=ft.Icons.HOME).icon == ft.Icons.HOME
