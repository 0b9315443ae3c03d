"""Duration, Animation (and ft.animation), AnimationStyle, Scale and Rotate."""

from __future__ import annotations

import math

import flet as ft


def test_duration_sends_its_non_zero_parts() -> None:
    assert ft.Duration(milliseconds=500).to_wire() == {"milliseconds": 500}
    assert ft.Duration(seconds=1, minutes=2).to_wire() == {"seconds": 1, "minutes": 2}
    assert ft.Duration(0, 250, 1).in_milliseconds == 1250


def test_animation_positional_duration_and_curve() -> None:
    assert ft.Animation(300, ft.AnimationCurve.EASE_IN).to_wire() == {
        "duration": 300,
        "curve": "easeIn",
    }
    assert ft.animation.Animation(1000, "bounceOut").to_wire() == {
        "duration": 1000,
        "curve": "bounceOut",
    }
    assert ft.animation.implicit(200).to_wire() == {"duration": 200}
    assert ft.Animation(ft.Duration(seconds=1)).to_wire() == {"duration": {"seconds": 1}}


def test_animation_style() -> None:
    style = ft.AnimationStyle(duration=200, reverse_curve=ft.AnimationCurve.DECELERATE)
    assert style.to_wire() == {"duration": 200, "reverse_curve": "decelerate"}


def test_scale_and_rotate() -> None:
    assert ft.Scale(1.5).to_wire() == {"scale": 1.5}
    assert ft.Scale(scale_x=2, alignment=ft.alignment.top_left).to_wire() == {
        "scale_x": 2,
        "alignment": {"x": -1, "y": -1},
    }
    assert ft.Rotate(math.pi, ft.alignment.center).to_wire() == {
        "angle": math.pi,
        "alignment": {"x": 0, "y": 0},
    }
