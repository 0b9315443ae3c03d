"""Gradients carry ``_type``; the alignments they default to are sent as Flet sends them."""

from __future__ import annotations

import math

import flet as ft


def test_linear_gradient_defaults_left_to_right() -> None:
    assert ft.LinearGradient([ft.Colors.RED, ft.Colors.BLUE]).to_wire() == {
        "_type": "linear",
        "colors": ["red", "blue"],
        "begin": {"x": -1, "y": 0},
        "end": {"x": 1, "y": 0},
    }


def test_linear_gradient_async_era_keywords() -> None:
    gradient = ft.LinearGradient(
        begin=ft.alignment.top_center,
        end=ft.alignment.bottom_center,
        colors=["#ff0000", "#0000ff"],
        stops=[0.2, 0.8],
        tile_mode=ft.GradientTileMode.MIRROR,
        rotation=math.pi / 4,
    )
    assert gradient.to_wire() == {
        "_type": "linear",
        "colors": ["#ff0000", "#0000ff"],
        "begin": {"x": 0, "y": -1},
        "end": {"x": 0, "y": 1},
        "stops": [0.2, 0.8],
        "tile_mode": "mirror",
        "rotation": math.pi / 4,
    }


def test_radial_gradient() -> None:
    gradient = ft.RadialGradient(["yellow", "blue"], center=ft.Alignment(0, -0.25), radius=1.4)
    assert gradient.to_wire() == {
        "_type": "radial",
        "colors": ["yellow", "blue"],
        "center": {"x": 0, "y": -0.25},
        "radius": 1.4,
    }


def test_sweep_gradient() -> None:
    gradient = ft.SweepGradient(["red", "green"], start_angle=0.0, end_angle=math.pi)
    assert gradient.to_wire() == {
        "_type": "sweep",
        "colors": ["red", "green"],
        "center": {"x": 0, "y": 0},
        "start_angle": 0.0,
        "end_angle": math.pi,
    }
    assert isinstance(gradient, ft.Gradient)
