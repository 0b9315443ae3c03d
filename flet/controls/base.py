"""Shared declarations: layout properties and the property kinds controls reuse."""

from __future__ import annotations

from typing import Any

from flet.core.control import Control
from flet.core.props import Event, Prop
from flet.values.geometry import Alignment, BorderRadius, Insets
from flet.values.icons import icon_code
from flet.values.wire import WireValue

__all__ = [
    "AlignmentProp",
    "AnimationProp",
    "ColorProp",
    "IconProp",
    "InsetsProp",
    "LayoutControl",
    "NumberProp",
    "RadiusProp",
    "StrProp",
    "TextProp",
    "ValueProp",
]

NUMBER = (int, float)


def NumberProp(default: Any = None, **kw: Any) -> Prop:
    return Prop(NUMBER, default=default, **kw)


def StrProp(default: Any = None, **kw: Any) -> Prop:
    return Prop(str, default=default, **kw)


def ColorProp(**kw: Any) -> Prop:
    """A colour: a name (``"red400"``), a theme role, ``"#rrggbb"``, or ``"red,0.5"``."""
    return Prop(str, **kw)


def TextProp(**kw: Any) -> Prop:
    """Text content; numbers are shown as text (``ft.Text(5)``)."""
    return Prop((str, int, float), encode=str, **kw)


def IconProp(**kw: Any) -> Prop:
    """An icon: a code (``ft.Icons.ADD``) or a name (``"add"``), sent as the client's code."""
    return Prop((int, str), encode=icon_code, **kw)


def InsetsProp(**kw: Any) -> Prop:
    """Padding or margin: a number for all sides, or ``ft.padding.only(...)``."""
    return Prop((int, float, Insets, dict), **kw)


def AlignmentProp(**kw: Any) -> Prop:
    return Prop((Alignment, dict), **kw)


def RadiusProp(**kw: Any) -> Prop:
    return Prop((int, float, BorderRadius, dict), **kw)


def AnimationProp(**kw: Any) -> Prop:
    """An implicit animation: ``True``, a duration in ms, or ``ft.Animation(ms, curve)``."""
    return Prop((bool, int, dict, WireValue), **kw)


def ValueProp(*kinds: type, **kw: Any) -> Prop:
    """A value object (``ft.TextStyle(...)``, ``ft.border.all(...)``) or the same as a dict.

    ``kinds`` adds other accepted types (a number for a radius, a string for a colour).
    """
    return Prop((dict, WireValue, *kinds), **kw)


class LayoutControl(Control):
    """A visual control that can be sized, positioned, transformed and animated."""

    width = NumberProp()
    height = NumberProp()
    left = NumberProp()
    top = NumberProp()
    right = NumberProp()
    bottom = NumberProp()
    align = AlignmentProp()
    margin = InsetsProp()
    rotate = ValueProp(int, float)
    scale = ValueProp(int, float)
    offset = ValueProp()
    flip = ValueProp()
    transform = ValueProp()
    aspect_ratio = NumberProp()
    animate_opacity = AnimationProp()
    animate_size = AnimationProp()
    animate_position = AnimationProp()
    animate_align = AnimationProp()
    animate_margin = AnimationProp()
    animate_rotation = AnimationProp()
    animate_scale = AnimationProp()
    animate_offset = AnimationProp()
    size_change_interval = Prop(int)
    on_size_change = Event()
    on_animation_end = Event()
