"""Value objects are mutable, as the async era's dataclasses were, and their wire map follows."""

import math

import flet as ft


def test_transforms_change_in_place():
    rotate, scale, offset = ft.Rotate(0), ft.Scale(1), ft.Offset(0, 0)
    rotate.angle += math.pi / 2
    scale.scale = 1.2
    offset.x = -1
    assert rotate.to_wire() == {"angle": math.pi / 2}
    assert scale.to_wire() == {"scale": 1.2}
    assert offset.to_wire() == {"x": -1, "y": 0}


def test_geometry_borders_and_styles_change_in_place():
    radius = ft.border_radius.all(4)
    radius.top_left = 8
    assert radius.to_wire()["top_left"] == 8
    padding = ft.padding.all(1)
    padding.left = 10
    assert padding.to_wire() == {"left": 10, "top": 1, "right": 1, "bottom": 1}
    side = ft.BorderSide(1, "red")
    side.width = 3
    assert side.to_wire() == {"width": 3, "color": "red"}
    shadow = ft.BoxShadow(blur_radius=2)
    shadow.color = "black"
    assert shadow.to_wire() == {"blur_radius": 2, "color": "black"}
    animation = ft.Animation(300, ft.AnimationCurve.EASE_IN)
    animation.duration = 600
    assert animation.to_wire()["duration"] == 600


def test_changed_values_compare_by_their_fields():
    a, b = ft.Offset(1, 2), ft.Offset(1, 2)
    assert a == b
    b.y = 3
    assert a != b
