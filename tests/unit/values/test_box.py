"""Shadows, blur, colour filters, decoration images and box decorations."""

from __future__ import annotations

import base64

import flet as ft


def test_box_shadow_async_era_positional_order() -> None:
    shadow = ft.BoxShadow(1, 15, ft.Colors.BLUE_GREY_300, ft.Offset(0, 0), ft.BlurStyle.OUTER)
    assert shadow.to_wire() == {
        "spread_radius": 1,
        "blur_radius": 15,
        "color": "bluegrey300",
        "offset": {"x": 0, "y": 0},
        "blur_style": "outer",
    }


def test_box_shadow_offset_as_a_pair_and_old_enum_name() -> None:
    shadow = ft.BoxShadow(blur_radius=4, offset=(2, 3), blur_style=ft.ShadowBlurStyle.NORMAL)
    assert shadow.to_wire() == {
        "blur_radius": 4,
        "offset": {"x": 2, "y": 3},
        "blur_style": "normal",
    }


def test_blur() -> None:
    assert ft.Blur(10, 12).to_wire() == {"sigma_x": 10, "sigma_y": 12}
    assert ft.Blur(1, 1, ft.BlurTileMode.MIRROR).to_wire()["tile_mode"] == "mirror"


def test_color_filter() -> None:
    assert ft.ColorFilter("red", ft.BlendMode.SRC_IN).to_wire() == {
        "color": "red",
        "blend_mode": "srcIn",
    }


def test_decoration_image_src_base64_is_sent_as_bytes() -> None:
    data = b"\x89PNG fake"
    image = ft.DecorationImage(src_base64=base64.b64encode(data).decode(), fit=ft.ImageFit.COVER)
    assert image.to_wire() == {"src": data, "fit": "cover"}
    assert ft.DecorationImage(src="bg.png", opacity=0.5).to_wire() == {
        "src": "bg.png",
        "opacity": 0.5,
    }


def test_box_decoration_shadow_is_sent_as_shadows() -> None:
    deco = ft.BoxDecoration(
        bgcolor="white",
        border=ft.border.all(1, "black"),
        border_radius=4,
        shadow=ft.BoxShadow(blur_radius=3),
        gradient=ft.LinearGradient(["red", "blue"]),
        shape=ft.BoxShape.RECTANGLE,
    )
    wire = deco.to_wire()
    assert wire["shadows"] == {"blur_radius": 3}
    assert "shadow" not in wire
    assert wire["gradient"]["_type"] == "linear"
    assert wire["border"]["top"] == {"width": 1, "color": "black"}
    assert wire["shape"] == "rectangle"
    assert wire["bgcolor"] == "white" and wire["border_radius"] == 4


def test_box_constraints() -> None:
    assert ft.BoxConstraints(max_width=300).to_wire() == {"max_width": 300}
