"""Layout controls: Container, Column, Row, Stack, ListView, GridView, ResponsiveRow, SafeArea.

Async-era spellings are translated here: ``Container(image_src=..., image_fit=...)`` becomes
the 1.0.5 ``image`` map, ``url_target`` joins ``url``, ``on_scroll_interval`` is
``scroll_interval``, and ``SafeArea(left=False)`` means "do not avoid intrusions on the left"
(a number still positions the control, as 1.0.5 has it).
"""

from __future__ import annotations

from typing import Any

from flet.controls.base import (
    AlignmentProp,
    AnimationProp,
    ColorProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    Scrollable,
    StrProp,
    UrlLinked,
    ValueProp,
    scroll_wire,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop
from flet.values.wire import WireValue

__all__ = [
    "Column",
    "Container",
    "GridView",
    "ListView",
    "ResponsiveRow",
    "Row",
    "SafeArea",
    "Stack",
]

#: A number or a map of breakpoint names to numbers (``{"sm": 6, "md": 4}``).
RESPONSIVE = (int, float, dict)

# async-era Container fields that 1.0.5 folds into its ``image`` (a DecorationImage map)
_IMAGE_FIELDS = {
    "image_src": "src",
    "image_src_base64": "src",
    "image_repeat": "repeat",
    "image_fit": "fit",
    "image_opacity": "opacity",
}


class Container(UrlLinked, LayoutControl):
    control_type = "Container"
    positional = ("content", "padding", "margin", "alignment", "bgcolor", "gradient")
    # the client's Container sizes and spaces itself (protocol §8.3)
    internals = {"skip_properties": ["width", "height", "margin"]}

    content = Child()
    padding = InsetsProp()
    alignment = AlignmentProp()
    bgcolor = ColorProp()
    gradient = ValueProp()
    blend_mode = StrProp()
    border = ValueProp()
    border_radius = RadiusProp()
    shape = StrProp()
    clip_behavior = StrProp()
    ink = Prop(bool)
    ink_color = ColorProp()
    animate = AnimationProp()
    blur = ValueProp(int, float, tuple, list)
    shadow = ValueProp(list)
    theme = ValueProp()
    dark_theme = ValueProp()
    theme_mode = StrProp()
    color_filter = ValueProp()
    ignore_interactions = Prop(bool)
    foreground_decoration = ValueProp()
    adaptive = Prop(bool)
    on_click = Event()
    on_tap_down = Event()
    on_long_press = Event()
    on_hover = Event()

    # Python-side: combined into the wire ``image`` and ``url`` by before_update
    image = ValueProp(sent=False)
    image_src = StrProp(sent=False)
    image_src_base64 = StrProp(sent=False)
    image_repeat = StrProp(sent=False)
    image_fit = StrProp(sent=False)
    image_opacity = NumberProp(sent=False)
    _wire_image = ValueProp(wire="image")

    def before_update(self) -> None:
        super().before_update()
        self._wire_image = self._image_map()

    def _image_map(self) -> Any:
        legacy = {
            key: getattr(self, name)
            for name, key in _IMAGE_FIELDS.items()
            if getattr(self, name) is not None
        }
        if not legacy:
            return self.image
        image = self.image.to_wire() if isinstance(self.image, WireValue) else self.image
        return {**(image or {}), **legacy}


class _Scrollable(Scrollable, LayoutControl):
    """Scrolling shared by Column, Row, ListView, GridView and ResponsiveRow."""

    scroll = Prop((str, bool, dict, WireValue), encode=scroll_wire)
    auto_scroll = Prop(bool)
    auto_scroll_animation = AnimationProp()
    scroll_interval = NumberProp()
    on_scroll_interval = Alias("scroll_interval")  # async-era name
    adaptive = Prop(bool)
    on_scroll = Event()


class _Flex(_Scrollable):
    internals = {"host_expanded": True}

    controls = Children()
    alignment = StrProp()
    spacing = NumberProp(default=10)
    tight = Prop(bool)
    wrap = Prop(bool)
    run_spacing = NumberProp()
    run_alignment = StrProp()


class Column(_Flex):
    control_type = "Column"
    positional = ("controls", "alignment", "horizontal_alignment", "spacing", "tight", "wrap")

    horizontal_alignment = StrProp()
    intrinsic_width = Prop(bool)


class Row(_Flex):
    control_type = "Row"
    positional = ("controls", "alignment", "vertical_alignment", "spacing", "tight", "wrap")

    vertical_alignment = StrProp()
    intrinsic_height = Prop(bool)


class Stack(LayoutControl):
    control_type = "Stack"
    positional = ("controls", "clip_behavior", "alignment", "fit")
    internals = {"host_positioned": True}

    controls = Children()
    clip_behavior = StrProp()
    alignment = AlignmentProp()
    fit = StrProp()
    adaptive = Prop(bool)


class _ScrollingList(_Scrollable):
    controls = Children()
    horizontal = Prop(bool)
    reverse = Prop(bool)
    padding = InsetsProp()
    clip_behavior = StrProp()
    semantic_child_count = Prop(int)
    cache_extent = NumberProp()
    build_controls_on_demand = Prop(bool)


class ListView(_ScrollingList):
    control_type = "ListView"
    positional = ("controls", "horizontal", "spacing", "item_extent", "first_item_prototype")

    spacing = NumberProp()
    item_extent = NumberProp()
    first_item_prototype = Prop(bool)
    prototype_item = Child()
    divider_thickness = NumberProp()


class GridView(_ScrollingList):
    control_type = "GridView"
    positional = ("controls", "horizontal", "runs_count", "max_extent", "spacing", "run_spacing")

    runs_count = Prop(int)
    max_extent = NumberProp()
    spacing = NumberProp()
    run_spacing = NumberProp()
    child_aspect_ratio = NumberProp()


class ResponsiveRow(_Scrollable):
    """A row whose children take ``col`` of ``columns`` (a number or ``{"sm": 6, ...}``)."""

    control_type = "ResponsiveRow"
    positional = ("controls", "columns", "alignment", "vertical_alignment", "spacing")

    controls = Children()
    columns = Prop(RESPONSIVE)
    alignment = StrProp()
    vertical_alignment = StrProp()
    spacing = Prop(RESPONSIVE)
    run_spacing = Prop(RESPONSIVE)
    breakpoints = Prop(dict)


class _Side(Prop):
    """``SafeArea.left`` (top, right, bottom): a number positions the control (1.0.5); a bool
    (async era) sets ``avoid_intrusions_left``."""

    def __init__(self) -> None:
        super().__init__((int, float))

    def __set__(self, obj: Control, value: Any) -> None:
        if isinstance(value, bool):
            setattr(obj, f"avoid_intrusions_{self.name}", value)
        else:
            super().__set__(obj, value)


class SafeArea(LayoutControl):
    control_type = "SafeArea"
    positional = ("content",)

    content = Child()
    avoid_intrusions_left = Prop(bool)
    avoid_intrusions_top = Prop(bool)
    avoid_intrusions_right = Prop(bool)
    avoid_intrusions_bottom = Prop(bool)
    maintain_bottom_view_padding = Prop(bool)
    minimum_padding = InsetsProp()
    minimum = Alias("minimum_padding")  # async-era name
    adaptive = Prop(bool)
    left = _Side()
    top = _Side()
    right = _Side()
    bottom = _Side()
