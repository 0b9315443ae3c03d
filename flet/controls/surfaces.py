"""Surfaces: Card, Divider, VerticalDivider, ExpansionTile, Placeholder.

Async-era spellings: ``Card(color=...)`` is 1.0.5's ``bgcolor``, ``is_semantic_container`` is
``semantic_container``, ``ExpansionTile(initially_expanded=True)`` is ``expanded`` (which the
client keeps up to date when the user opens or closes the tile).
"""

from __future__ import annotations

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    ValueProp,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop

__all__ = ["Card", "Divider", "ExpansionTile", "Placeholder", "VerticalDivider"]


class Card(LayoutControl):
    control_type = "Card"
    positional = ("content", "margin", "elevation", "color", "shadow_color")
    # the client's Card applies its margin itself (protocol §8.3)
    internals = {"skip_properties": ["margin"]}

    content = Child()
    elevation = NumberProp()
    bgcolor = ColorProp()
    color = Alias("bgcolor")  # async-era name
    shadow_color = ColorProp()
    shape = ValueProp()
    clip_behavior = StrProp()
    semantic_container = Prop(bool)
    is_semantic_container = Alias("semantic_container")  # async-era name
    show_border_on_foreground = Prop(bool)
    variant = StrProp()
    adaptive = Prop(bool)
    # async era only: Material 3 in the 1.0.5 client has no surface tint on cards
    surface_tint_color = ColorProp(sent=False)


class _Divider(Control):
    thickness = NumberProp()
    color = ColorProp()
    leading_indent = NumberProp()
    trailing_indent = NumberProp()
    radius = RadiusProp()


class Divider(_Divider):
    """A horizontal line; ``height`` is the space it takes."""

    control_type = "Divider"
    positional = ("height", "thickness", "color", "leading_indent", "trailing_indent")

    height = NumberProp()


class VerticalDivider(_Divider):
    """A vertical line; ``width`` is the space it takes."""

    control_type = "VerticalDivider"
    positional = ("width", "thickness", "color", "leading_indent", "trailing_indent")

    width = NumberProp()


class ExpansionTile(LayoutControl):
    control_type = "ExpansionTile"
    positional = ("title", "controls", "subtitle", "leading", "trailing")

    title = Child()
    controls = Children()
    subtitle = Child()
    leading = Child()
    trailing = Child()
    controls_padding = InsetsProp()
    tile_padding = InsetsProp()
    affinity = StrProp()
    expanded_alignment = AlignmentProp()
    expanded_cross_axis_alignment = StrProp()
    clip_behavior = StrProp()
    maintain_state = Prop(bool)
    text_color = ColorProp()
    icon_color = ColorProp()
    shape = ValueProp()
    bgcolor = ColorProp()
    collapsed_bgcolor = ColorProp()
    collapsed_icon_color = ColorProp()
    collapsed_text_color = ColorProp()
    collapsed_shape = ValueProp()
    dense = Prop(bool)
    enable_feedback = Prop(bool)
    show_trailing_icon = Prop(bool)
    min_tile_height = NumberProp()
    expanded = Prop(bool, default=False, client=True)
    initially_expanded = Alias("expanded")  # async-era name
    visual_density = StrProp()
    animation_style = ValueProp()
    adaptive = Prop(bool)
    on_change = Event()


class Placeholder(LayoutControl):
    control_type = "Placeholder"
    positional = ("content", "color", "fallback_height", "fallback_width", "stroke_width")

    content = Child()
    color = ColorProp()
    fallback_height = NumberProp()
    fallback_width = NumberProp()
    stroke_width = NumberProp()
