"""Seed-era ``ft.animation``: ``ft.animation.Animation(300, ft.AnimationCurve.EASE_IN)``."""

from __future__ import annotations

from flet.values.animation import Animation, AnimationStyle
from flet.values.enums_painting import AnimationCurve

__all__ = ["Animation", "AnimationCurve", "AnimationStyle", "implicit"]


def implicit(duration: int, curve: AnimationCurve | str | None = None) -> Animation:
    """An implicit animation of ``duration`` milliseconds (async-era helper)."""
    return Animation(duration=duration, curve=curve)
