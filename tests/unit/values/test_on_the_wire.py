"""Value objects on real controls reach the simulated client in the shape the 1.0.5 client reads."""

from __future__ import annotations

from typing import Any

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def test_container_with_gradient_border_shadow_and_radius() -> None:
    box = ft.Container(
        ft.Text("box"),
        gradient=ft.LinearGradient(
            begin=ft.alignment.top_left, end=ft.alignment.bottom_right, colors=["red", "blue"]
        ),
        border=ft.border.all(2, ft.Colors.BLACK),
        border_radius=ft.border_radius.all(12),
        shadow=ft.BoxShadow(
            spread_radius=1, blur_radius=8, color=ft.Colors.with_opacity(0.3, "black")
        ),
        blur=ft.Blur(4, 4),
        animate=ft.animation.Animation(300, ft.AnimationCurve.EASE_OUT),
    )
    side = {"width": 2, "color": "black"}
    assert client_view(box) == {
        "_c": "Container",
        "_internals": {"skip_properties": ["width", "height", "margin"]},
        "content": {"_c": "Text", "value": "box"},
        "gradient": {
            "_type": "linear",
            "colors": ["red", "blue"],
            "begin": {"x": -1, "y": -1},
            "end": {"x": 1, "y": 1},
        },
        "border": {"top": side, "right": side, "bottom": side, "left": side},
        "border_radius": {"top_left": 12, "top_right": 12, "bottom_left": 12, "bottom_right": 12},
        "shadow": {"spread_radius": 1, "blur_radius": 8, "color": "black,0.3"},
        "blur": {"sigma_x": 4, "sigma_y": 4},
        "animate": {"duration": 300, "curve": "easeOut"},
    }


def test_text_with_text_style() -> None:
    text = ft.Text(
        "styled",
        style=ft.TextStyle(
            size=24,
            weight=ft.FontWeight.W_700,
            italic=True,
            color=ft.Colors.BLUE_700,
            decoration=ft.TextDecoration.UNDERLINE,
            shadow=[ft.BoxShadow(blur_radius=2, color="grey", offset=ft.Offset(1, 1))],
        ),
    )
    assert client_view(text) == {
        "_c": "Text",
        "value": "styled",
        "style": {
            "size": 24,
            "weight": "w700",
            "italic": True,
            "color": "blue700",
            "decoration": 1,
            "shadow": [{"blur_radius": 2, "color": "grey", "offset": {"x": 1, "y": 1}}],
        },
    }


def test_button_with_button_style_travels_in_internals() -> None:
    button = ft.ElevatedButton(
        "Go",
        style=ft.ButtonStyle(
            color={ft.ControlState.HOVERED: "white", ft.ControlState.DEFAULT: "black"},
            bgcolor={ft.MaterialState.HOVERED: "blue", ft.MaterialState.DEFAULT: "grey"},
            shape=ft.RoundedRectangleBorder(radius=4),
            padding=ft.padding.all(12),
            side=ft.BorderSide(1, "red"),
        ),
    )
    view = client_view(button)
    assert view["_c"] == "Button"
    assert view["content"] == "Go"
    style = view["_internals"]["style"]
    assert style["color"] == {"hovered": "white", "default": "black"}
    assert style["bgcolor"] == {"hovered": "blue", "default": "grey"}
    assert style["shape"] == {"_type": "roundedRectangle", "radius": 4}
    assert style["padding"] == {"left": 12, "top": 12, "right": 12, "bottom": 12}
    assert style["side"] == {"width": 1, "color": "red"}


def test_page_theme_reaches_the_page() -> None:
    async def scenario() -> dict[str, Any]:
        def main(page: Any) -> None:
            page.theme = ft.Theme(color_scheme_seed="green")
            page.dark_theme = ft.Theme(color_scheme_seed=ft.Colors.INDIGO, use_material3=True)
            page.theme_mode = ft.ThemeMode.DARK
            page.add(ft.Text("themed"))

        client, _task = await start(main)
        await client.settle(0.6)
        return client.index[1].props

    props = run(scenario())
    assert props["theme"] == {"color_scheme_seed": "green", "page_transitions": {}}
    assert props["dark_theme"] == {
        "color_scheme_seed": "indigo",
        "use_material3": True,
        "page_transitions": {},
    }
    assert props["theme_mode"] == "dark"
