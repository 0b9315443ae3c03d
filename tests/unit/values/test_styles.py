"""TextStyle, StrutStyle and ButtonStyle: exact wire maps and async-era spellings."""

from __future__ import annotations

import flet as ft


def test_text_style_sends_only_what_is_set() -> None:
    style = ft.TextStyle(size=20, weight=ft.FontWeight.BOLD, italic=True, color=ft.Colors.RED)
    assert style.to_wire() == {"size": 20, "weight": "bold", "italic": True, "color": "red"}
    assert ft.TextStyle().to_wire() == {}


def test_text_style_positional_order_is_the_async_eras() -> None:
    style = ft.TextStyle(14, 1.5, ft.FontWeight.W_600)
    assert style.to_wire() == {"size": 14, "height": 1.5, "weight": "w600"}


def test_text_style_decorations_shadow_and_fallback() -> None:
    style = ft.TextStyle(
        decoration=ft.TextDecoration.UNDERLINE | ft.TextDecoration.LINE_THROUGH,
        decoration_style=ft.TextDecorationStyle.DASHED,
        decoration_color="blue",
        shadow=ft.BoxShadow(blur_radius=2, color="black", offset=ft.Offset(1, 1)),
        overflow=ft.TextOverflow.ELLIPSIS,
        baseline=ft.TextBaseline.ALPHABETIC,
        font_family_fallback=["Roboto"],
        letter_spacing=0.5,
    )
    assert style.to_wire() == {
        "decoration": 5,
        "decoration_style": "dashed",
        "decoration_color": "blue",
        "shadow": {"blur_radius": 2, "color": "black", "offset": {"x": 1, "y": 1}},
        "overflow": "ellipsis",
        "baseline": "alphabetic",
        "font_family_fallback": ["Roboto"],
        "letter_spacing": 0.5,
    }


def test_text_style_is_mutable_and_comparable() -> None:
    """As the async era's dataclasses were: ``style.size = 4`` changes what is sent."""
    assert ft.TextStyle(size=3) == ft.TextStyle(size=3)
    style = ft.TextStyle(size=3)
    style.size = 4
    assert style == ft.TextStyle(size=4)
    assert style.to_wire() == {"size": 4}


def test_strut_style() -> None:
    assert ft.StrutStyle(size=12, leading=0.5, force_strut_height=True).to_wire() == {
        "size": 12,
        "leading": 0.5,
        "force_strut_height": True,
    }


def test_button_style_plain_values() -> None:
    style = ft.ButtonStyle(
        color="white",
        bgcolor=ft.Colors.BLUE,
        elevation=2,
        padding=ft.padding.symmetric(horizontal=20, vertical=10),
        shape=ft.RoundedRectangleBorder(radius=8),
        side=ft.BorderSide(1, "black"),
        text_style=ft.TextStyle(size=16),
        alignment=ft.alignment.center,
        animation_duration=300,
        visual_density=ft.VisualDensity.COMPACT,
        mouse_cursor=ft.MouseCursor.CLICK,
    )
    assert style.to_wire() == {
        "color": "white",
        "bgcolor": "blue",
        "elevation": 2,
        "padding": {"left": 20, "top": 10, "right": 20, "bottom": 10},
        "shape": {"_type": "roundedRectangle", "radius": 8},
        "side": {"width": 1, "color": "black"},
        "text_style": {"size": 16},
        "alignment": {"x": 0, "y": 0},
        "animation_duration": 300,
        "visual_density": "compact",
        "mouse_cursor": "click",
    }


def test_button_style_per_state_maps_use_the_1_0_5_state_names() -> None:
    style = ft.ButtonStyle(
        color={ft.ControlState.HOVERED: "red", ft.ControlState.DEFAULT: "blue"},
        bgcolor={ft.MaterialState.PRESSED: "green", ft.MaterialState.DEFAULT: "white"},
        shape={
            ft.ControlState.HOVERED: ft.RoundedRectangleBorder(radius=20),
            ft.ControlState.DEFAULT: ft.RoundedRectangleBorder(radius=2),
        },
        elevation={"pressed": 0, "": 5},
    )
    assert style.to_wire() == {
        "color": {"hovered": "red", "default": "blue"},
        "bgcolor": {"pressed": "green", "default": "white"},
        "shape": {
            "hovered": {"_type": "roundedRectangle", "radius": 20},
            "default": {"_type": "roundedRectangle", "radius": 2},
        },
        "elevation": {"pressed": 0, "default": 5},
    }


def test_material_state_is_control_state_with_default_named_default() -> None:
    assert ft.MaterialState is ft.ControlState
    assert ft.MaterialState.DEFAULT == "default"
    assert ft.ControlState.SCROLLED_UNDER == "scrolledUnder"


def test_button_style_surface_tint_color_stays_in_python() -> None:
    style = ft.ButtonStyle(surface_tint_color="red", overlay_color="blue")
    assert style.surface_tint_color == "red"
    assert style.to_wire() == {"overlay_color": "blue"}
