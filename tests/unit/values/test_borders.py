"""BorderSide, Border (and ft.border), outlined shapes and text-field borders."""

from __future__ import annotations

import pytest

import flet as ft
from flet.values.borders import input_border


def test_border_side_positional_width_color() -> None:
    assert ft.BorderSide(2, ft.Colors.RED).to_wire() == {"width": 2, "color": "red"}
    side = ft.BorderSide(1, "blue", ft.BorderSideStrokeAlign.OUTSIDE, ft.BorderStyle.SOLID)
    assert side.to_wire() == {"width": 1, "color": "blue", "stroke_align": 1.0, "style": "solid"}
    assert ft.BorderSide.none().to_wire() == {"width": 0, "style": "none"}


def test_border_all_only_symmetric() -> None:
    side = {"width": 1, "color": "red"}
    assert ft.border.all(1, "red").to_wire() == {
        "top": side,
        "right": side,
        "bottom": side,
        "left": side,
    }
    assert ft.border.only(bottom=ft.BorderSide(2, "black")).to_wire() == {
        "bottom": {"width": 2, "color": "black"}
    }
    wire = ft.border.symmetric(vertical=ft.BorderSide(1), horizontal=ft.BorderSide(3)).to_wire()
    assert wire == {
        "top": {"width": 1},
        "bottom": {"width": 1},
        "left": {"width": 3},
        "right": {"width": 3},
    }
    assert ft.Border.all(side=ft.BorderSide(4)).to_wire()["left"] == {"width": 4}
    assert ft.border.Border is ft.Border and ft.border.BorderSide is ft.BorderSide


def test_border_positional_order_is_top_right_bottom_left() -> None:
    a, b = ft.BorderSide(1), ft.BorderSide(2)
    border = ft.Border(a, b)
    assert border.top == a and border.right == b and border.bottom is None


@pytest.mark.parametrize(
    ("shape", "wire"),
    [
        (ft.StadiumBorder(), {"_type": "stadium"}),
        (ft.RoundedRectangleBorder(radius=10), {"_type": "roundedRectangle", "radius": 10}),
        (ft.RoundedRectangleBorder(5), {"_type": "roundedRectangle", "radius": 5}),
        (
            ft.RoundedRectangleBorder(radius=ft.border_radius.only(top_left=4)),
            {
                "_type": "roundedRectangle",
                "radius": {"top_left": 4, "top_right": 0, "bottom_left": 0, "bottom_right": 0},
            },
        ),
        (ft.CircleBorder(), {"_type": "circle"}),
        (
            ft.CircleBorder(side=ft.BorderSide(1, "red"), eccentricity=0.5),
            {"_type": "circle", "side": {"width": 1, "color": "red"}, "eccentricity": 0.5},
        ),
        (ft.BeveledRectangleBorder(radius=3), {"_type": "beveledRectangle", "radius": 3}),
        (ft.ContinuousRectangleBorder(radius=30), {"_type": "continuousRectangle", "radius": 30}),
    ],
)
def test_outlined_shapes(shape: ft.OutlinedBorder, wire: dict[str, object]) -> None:
    assert isinstance(shape, ft.OutlinedBorder)
    assert shape.to_wire() == wire


def test_input_borders() -> None:
    assert input_border(ft.InputBorder.OUTLINE) == {"_type": "outline"}
    assert input_border("UNDERLINE") == {"_type": "underline"}
    assert input_border(ft.InputBorder.NONE) == {"_type": "none"}
    assert input_border(ft.OutlineInputBorder(border_radius=8, gap_padding=2)) == {
        "_type": "outline",
        "border_radius": 8,
        "gap_padding": 2,
    }
    assert ft.UnderlineInputBorder(side=ft.BorderSide(2)).to_wire() == {
        "_type": "underline",
        "side": {"width": 2},
    }
    assert ft.NoInputBorder().to_wire() == {"_type": "none"}
    with pytest.raises(ValueError):
        input_border("dotted")
