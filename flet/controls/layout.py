"""Layout controls: Container, Column, Row, Stack."""

from __future__ import annotations

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
)
from flet.core.props import Child, Children, Event, Prop

__all__ = ["Column", "Container", "Row", "Stack"]


class Container(LayoutControl):
    control_type = "Container"
    positional = ("content",)
    # the client's Container sizes and spaces itself (protocol §8.3)
    internals = {"skip_properties": ["width", "height", "margin"]}

    content = Child()
    padding = InsetsProp()
    alignment = AlignmentProp()
    bgcolor = ColorProp()
    border = Prop(dict)
    border_radius = RadiusProp()
    gradient = Prop(dict)
    shape = StrProp()
    clip_behavior = StrProp()
    ink = Prop(bool)
    image = Prop(dict)
    blur = Prop((int, float, dict))
    shadow = Prop((dict, list))
    url = StrProp()
    on_click = Event()
    on_long_press = Event()
    on_hover = Event()


class _Flex(LayoutControl):
    internals = {"host_expanded": True}
    positional = ("controls",)

    controls = Children()
    alignment = StrProp()
    spacing = NumberProp(default=10)
    tight = Prop(bool)
    wrap = Prop(bool)
    run_spacing = NumberProp()
    scroll = StrProp()
    auto_scroll = Prop(bool)
    on_scroll = Event()


class Column(_Flex):
    control_type = "Column"
    horizontal_alignment = StrProp()


class Row(_Flex):
    control_type = "Row"
    vertical_alignment = StrProp()


class Stack(LayoutControl):
    control_type = "Stack"
    positional = ("controls",)
    internals = {"host_positioned": True}

    controls = Children()
    alignment = AlignmentProp()
    clip_behavior = StrProp()
    fit = StrProp()
