"""Seed-era helper modules: ft.padding, ft.margin, ft.border_radius, ft.alignment."""

from __future__ import annotations

import flet as ft


def test_padding_and_margin() -> None:
    assert ft.padding.all(10).to_wire() == {"left": 10, "top": 10, "right": 10, "bottom": 10}
    assert ft.padding.symmetric(vertical=5, horizontal=8).to_wire() == {
        "left": 8,
        "top": 5,
        "right": 8,
        "bottom": 5,
    }
    assert ft.padding.only(left=3).to_wire() == {"left": 3, "top": 0, "right": 0, "bottom": 0}
    assert ft.padding.Padding(1, 2, 3, 4) == ft.margin.Margin(1, 2, 3, 4)
    assert ft.margin.symmetric(2, 4) == ft.Margin.symmetric(vertical=2, horizontal=4)
    assert ft.Padding.zero() == ft.padding.all(0)


def test_border_radius() -> None:
    assert ft.border_radius.all(8).to_wire() == {
        "top_left": 8,
        "top_right": 8,
        "bottom_left": 8,
        "bottom_right": 8,
    }
    assert ft.border_radius.horizontal(left=1, right=2) == ft.BorderRadius(1, 2, 1, 2)
    assert ft.border_radius.vertical(top=3, bottom=4) == ft.BorderRadius(3, 3, 4, 4)
    assert ft.border_radius.only(bottom_right=5) == ft.BorderRadius(0, 0, 0, 5)


def test_alignment_constants_of_both_eras() -> None:
    assert ft.alignment.center.to_wire() == {"x": 0, "y": 0}
    assert ft.alignment.bottom_right == ft.Alignment.BOTTOM_RIGHT == ft.Alignment(1, 1)
    assert ft.alignment.top_center == ft.Alignment.TOP_CENTER
    assert ft.alignment.Axis.HORIZONTAL == "horizontal"


def test_colors_with_opacity_matches_both_eras() -> None:
    assert ft.colors.with_opacity(0.5, ft.colors.RED) == "red,0.5"
    assert ft.Colors.with_opacity(0.25, ft.Colors.BLUE_200) == "blue200,0.25"
