"""AnimatedSwitcher, ShaderMask, Semantics, SelectionArea, Pagelet, WindowDragArea,
InteractiveViewer, RotatedBox, TransparentPointer, Hero and PageView on the wire, and their
events through the simulated client."""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

TEXT = {"_c": "Text", "value": "x"}


def test_animated_switcher_sends_the_async_era_milliseconds_and_swaps_content():
    async def scenario():
        switcher = ft.AnimatedSwitcher(
            ft.Text("one"),
            transition=ft.AnimatedSwitcherTransition.SCALE,
            duration=500,
            reverse_duration=100,
            switch_in_curve=ft.AnimationCurve.BOUNCE_OUT,
        )

        def main(page):
            page.add(switcher)

        client, _ = await start(main)
        await client.settle()
        shown = client.find("AnimatedSwitcher").props
        assert {k: v for k, v in shown.items() if k != "content"} == {
            "transition": "scale",
            "duration": 500,
            "reverse_duration": 100,
            "switch_in_curve": "bounceOut",
        }
        switcher.content = ft.Text("two")
        switcher.update()
        await client.settle(0.05)
        return client.find("AnimatedSwitcher").props["content"].props["value"]

    assert run(scenario()) == "two"


def test_shader_mask_sends_its_gradient():
    mask = ft.ShaderMask(
        ft.Text("x"),
        shader=ft.RadialGradient(center=ft.alignment.center, radius=1, colors=["red", "blue"]),
        blend_mode=ft.BlendMode.MULTIPLY,
        border_radius=10,
    )
    view = client_view(mask)
    assert view["shader"]["_type"] == "radial"
    assert view["shader"]["colors"] == ["red", "blue"]
    assert (view["blend_mode"], view["border_radius"], view["content"]) == ("multiply", 10, TEXT)
    with pytest.raises(ft.PropertyError, match="needs a shader"):
        ft.ShaderMask(ft.Text("x")).before_update()


def test_semantics_wire_shape_and_tap():
    async def scenario():
        seen = []

        def main(page):
            page.add(
                ft.Semantics(
                    ft.Text("x"), label="Go", button=True, hint_text="opens", on_tap=seen.append
                )
            )

        client, _ = await start(main)
        node = client.find("Semantics")
        assert {k: v for k, v in node.props.items() if k != "content"} == {
            "label": "Go",
            "button": True,
            "hint_text": "opens",
            "on_tap": True,
        }
        client.fire(node, "tap")
        await client.settle(0.05)
        return [e.name for e in seen]

    assert run(scenario()) == ["tap"]


def test_selection_area_reports_the_selected_text():
    async def scenario():
        seen = []

        def main(page):
            page.add(
                ft.SelectionArea(ft.Text("some text"), on_change=lambda e: seen.append(e.data))
            )

        client, _ = await start(main)
        client.fire(client.find("SelectionArea"), "change", "some")
        await client.settle(0.05)
        return seen

    assert run(scenario()) == ["some"]


def test_pagelet_takes_the_async_era_bottom_app_bar_name():
    pagelet = ft.Pagelet(
        content=ft.Text("x"),
        appbar=ft.AppBar(title=ft.Text("t")),
        bottom_app_bar=ft.BottomAppBar(bgcolor="blue"),
        floating_action_button=ft.FloatingActionButton(icon=ft.Icons.ADD),
        floating_action_button_location=ft.FloatingActionButtonLocation.CENTER_DOCKED,
        bgcolor="amber",
        height=300,
    )
    view = client_view(pagelet)
    assert view["bottom_appbar"] == {"_c": "BottomAppBar", "bgcolor": "blue"}
    assert pagelet.bottom_app_bar is pagelet.bottom_appbar
    assert (view["bgcolor"], view["height"], view["content"]) == ("amber", 300, TEXT)
    assert view["floating_action_button_location"] == "centerDocked"
    assert view["appbar"]["_c"] == "AppBar"


def test_pagelet_show_drawer_without_a_drawer_says_what_to_set():
    with pytest.raises(ft.PropertyError, match="Pagelet has no drawer"):
        ft.Pagelet(content=ft.Text("x")).show_drawer()


@pytest.mark.parametrize(
    "make",
    [
        lambda: ft.AnimatedSwitcher(),
        lambda: ft.SelectionArea(),
        lambda: ft.Pagelet(),
        lambda: ft.WindowDragArea(),
        lambda: ft.InteractiveViewer(),
        lambda: ft.Hero(tag="t"),
        lambda: ft.Hero(tag="t", content=ft.Text("x", visible=False)),
    ],
)
def test_wrappers_without_visible_content_are_refused_in_python(make):
    with pytest.raises(ft.PropertyError, match="needs visible content"):
        make().before_update()


def test_small_wrappers_on_the_wire():
    assert client_view(ft.RotatedBox(quarter_turns=1, content=ft.Text("x"))) == {
        "_c": "RotatedBox",
        "quarter_turns": 1,
        "content": TEXT,
    }
    assert client_view(ft.TransparentPointer(ft.Text("x"))) == {
        "_c": "TransparentPointer",
        "content": TEXT,
    }
    assert client_view(ft.WindowDragArea(ft.Text("x"), maximizable=False)) == {
        "_c": "WindowDragArea",
        "maximizable": False,
        "content": TEXT,
    }
    assert client_view(ft.Hero("photo", ft.Text("x"))) == {
        "_c": "Hero",
        "tag": "photo",
        "content": TEXT,
    }
    with pytest.raises(ft.PropertyError, match="needs a tag"):
        ft.Hero(content=ft.Text("x")).before_update()


def test_interactive_viewer_wire_shape_and_scale_bounds():
    viewer = ft.InteractiveViewer(
        ft.Text("x"),
        min_scale=0.5,
        max_scale=4,
        boundary_margin=ft.margin.all(20),
        on_interaction_end=lambda e: None,
    )
    view = client_view(viewer)
    assert {k: v for k, v in view.items() if k != "boundary_margin"} == {
        "_c": "InteractiveViewer",
        "min_scale": 0.5,
        "max_scale": 4,
        "on_interaction_end": True,
        "content": TEXT,
    }
    with pytest.raises(ft.PropertyError, match="at most max_scale"):
        ft.InteractiveViewer(ft.Text("x"), min_scale=3, max_scale=2).before_update()


def test_page_view_wire_shape_and_page_change():
    async def scenario():
        seen = []

        def main(page):
            page.add(
                ft.PageView(
                    [ft.Text("a"), ft.Text("b")],
                    viewport_fraction=0.8,
                    horizontal=False,
                    on_change=lambda e: seen.append(e.data),
                    height=200,
                )
            )

        client, _ = await start(main)
        pages = client.find("PageView")
        assert {k: v for k, v in pages.props.items() if k != "controls"} == {
            "viewport_fraction": 0.8,
            "horizontal": False,
            "on_change": True,
            "height": 200,
        }
        client.fire(pages, "change", 1)
        await client.settle(0.05)
        return seen

    assert run(scenario()) == ["1"]
