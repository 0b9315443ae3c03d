"""Buttons: the Button family, the IconButton family, FloatingActionButton, PopupMenuButton, Chip.

The 1.0.5 client reads a button's colours from ``_internals.style`` (protocol §8.3): ``style``
(a ``ft.ButtonStyle`` or a dict) and the async-era shortcuts ``color``, ``bgcolor`` and
``elevation`` are kept in Python and merged there. Async-era spellings are translated:
``ElevatedButton`` is sent as ``Button``, ``text=`` as ``content``, ``url_target=`` as the
``{"url", "target"}`` map the client reads, ``PopupMenuItem(text=...)`` as ``content``,
``Chip(label_style=..., click_elevation=...)`` as ``label_text_style``/``elevation_on_click``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    Either,
    IconProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    StrProp,
    TextProp,
    UrlLinked,
    ValueProp,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop, PropertyError
from flet.core.snapshot import encode_value

__all__ = [
    "Button",
    "Chip",
    "ElevatedButton",
    "FilledButton",
    "FilledIconButton",
    "FilledTonalButton",
    "FilledTonalIconButton",
    "FloatingActionButton",
    "IconButton",
    "OutlinedButton",
    "OutlinedIconButton",
    "PopupMenuButton",
    "PopupMenuItem",
    "TextButton",
]

#: A colour, or a map of colours by widget state (``{"hovered": "red", "": "blue"}``).
STATE_COLOR = (str, dict)


def style_map(style: Any, **overrides: Any) -> dict[str, Any]:
    """A ButtonStyle (value object or dict) as a wire map, with the set ``overrides`` on top."""
    merged = dict(encode_value(style) or {}) if style is not None else {}
    merged.update({k: encode_value(v) for k, v in overrides.items() if v is not None})
    return merged


class Linked(UrlLinked, LayoutControl):
    """A visual control that opens ``url`` (a string) when clicked."""

    url = StrProp(sent=False)


class _Pressable(Linked):
    autofocus = Prop(bool)
    adaptive = Prop(bool)
    on_click = Event()
    on_long_press = Event()
    on_hover = Event()
    on_focus = Event()
    on_blur = Event()


# -- the Button family ---------------------------------------------------------------------


class _LabelledButton(_Pressable):
    """A button with a label (``content``) and an icon; ``style`` goes to ``_internals``."""

    positional = ("text",)

    text = TextProp(wire="content")
    content = Either("text", "content_control")
    content_control = Child(wire="content")
    icon = IconProp()
    icon_color = ColorProp()
    clip_behavior = StrProp()
    style = ValueProp(sent=False)

    def style_overrides(self) -> dict[str, Any] | None:
        """Fields merged over ``style``, or ``None`` when there is no style to send."""
        return {} if self.style is not None else None

    def wire_internals(self) -> Mapping[str, Any]:
        overrides = self.style_overrides()
        if overrides is None:
            return type(self).internals
        return {**type(self).internals, "style": style_map(self.style, **overrides)}


class Button(_LabelledButton):
    """A Material button; ``content`` is its text (or a control).

    As Flet 1.0.5 does, a merged style carries ``elevation`` (1 unless set).
    """

    control_type = "Button"

    color = ColorProp(sent=False)
    bgcolor = ColorProp(sent=False)
    elevation = NumberProp(sent=False)

    def style_overrides(self) -> dict[str, Any] | None:
        shortcuts = (self.color, self.bgcolor, self.elevation)
        if self.style is None and all(v is None for v in shortcuts):
            return None
        elevation = self.elevation
        if elevation is None:
            elevation = style_map(self.style).get("elevation", 1)
        return {"color": self.color, "bgcolor": self.bgcolor, "elevation": elevation}


class ElevatedButton(Button):
    """The async-era name; the 1.0.5 client knows it as ``Button``."""


class FilledButton(ElevatedButton):
    control_type = "FilledButton"


class FilledTonalButton(ElevatedButton):
    control_type = "FilledTonalButton"


class OutlinedButton(_LabelledButton):
    control_type = "OutlinedButton"


class TextButton(_LabelledButton):
    control_type = "TextButton"


# -- the IconButton family -----------------------------------------------------------------


class IconButton(_Pressable):
    """An icon button; ``bgcolor``, ``visual_density`` and ``mouse_cursor`` join ``style``."""

    control_type = "IconButton"
    positional = ("icon",)

    icon = IconProp()
    content = Child()
    icon_color = ColorProp()
    icon_size = NumberProp()
    selected = Prop(bool)
    selected_icon = IconProp()
    selected_icon_color = ColorProp()
    highlight_color = ColorProp()
    disabled_color = ColorProp()
    hover_color = ColorProp()
    focus_color = ColorProp()
    splash_color = ColorProp()
    splash_radius = NumberProp()
    alignment = AlignmentProp()
    padding = InsetsProp()
    enable_feedback = Prop(bool)
    size_constraints = ValueProp()
    bgcolor = ColorProp(sent=False)
    visual_density = StrProp(sent=False)
    mouse_cursor = StrProp(sent=False)
    style = ValueProp(sent=False)

    def wire_internals(self) -> Mapping[str, Any]:
        merged = (self.bgcolor, self.visual_density, self.mouse_cursor)
        if self.style is None and all(v is None for v in merged):
            return type(self).internals
        style = style_map(
            self.style,
            bgcolor=self.bgcolor,
            visual_density=self.visual_density,
            mouse_cursor=self.mouse_cursor,
        )
        return {**type(self).internals, "style": style}


class FilledIconButton(IconButton):
    control_type = "FilledIconButton"


class FilledTonalIconButton(IconButton):
    control_type = "FilledTonalIconButton"


class OutlinedIconButton(IconButton):
    control_type = "OutlinedIconButton"


# -- FloatingActionButton ------------------------------------------------------------------


class FloatingActionButton(Linked):
    control_type = "FloatingActionButton"
    positional = ("text",)

    text = TextProp(wire="content")
    content = Either("text", "content_control")
    content_control = Child(wire="content")
    icon = IconProp()
    bgcolor = ColorProp()
    foreground_color = ColorProp()
    focus_color = ColorProp()
    hover_color = ColorProp()
    splash_color = ColorProp()
    mini = Prop(bool)
    shape = ValueProp()
    clip_behavior = StrProp()
    elevation = NumberProp()
    disabled_elevation = NumberProp()
    focus_elevation = NumberProp()
    highlight_elevation = NumberProp()
    hover_elevation = NumberProp()
    enable_feedback = Prop(bool)
    mouse_cursor = StrProp()
    autofocus = Prop(bool)
    on_click = Event()


# -- PopupMenuButton -----------------------------------------------------------------------


class PopupMenuItem(Control):
    """One menu entry; with neither text, content nor icon it is a divider.

    A checkable item (``checked`` not ``None``) sends the new checked state as ``e.data``;
    the handler sets ``checked`` itself, as in the async era.
    """

    control_type = "PopupMenuItem"
    positional = ("text",)

    text = TextProp(wire="content")
    content = Either("text", "content_control")
    content_control = Child(wire="content")
    icon = IconProp()
    checked = Prop(bool)
    height = NumberProp()
    padding = InsetsProp()
    label_text_style = ValueProp()
    mouse_cursor = StrProp()
    on_click = Event()


class PopupMenuButton(LayoutControl):
    control_type = "PopupMenuButton"
    positional = ("content",)

    content = Either("text", "content_control")
    text = TextProp(wire="content")
    content_control = Child(wire="content")
    items = Children()
    icon = IconProp()
    bgcolor = ColorProp()
    icon_color = ColorProp()
    shadow_color = ColorProp()
    icon_size = NumberProp()
    splash_radius = NumberProp()
    elevation = NumberProp()
    menu_position = StrProp()
    clip_behavior = StrProp()
    enable_feedback = Prop(bool)
    shape = ValueProp()
    padding = InsetsProp()
    menu_padding = InsetsProp()
    style = ValueProp()
    popup_animation_style = ValueProp()
    size_constraints = ValueProp()
    on_open = Event()
    on_cancel = Event()
    on_select = Event()
    on_cancelled = Alias("on_cancel")  # async-era spelling


# -- Chip ----------------------------------------------------------------------------------


class Chip(LayoutControl):
    """A chip: an action chip (``on_click``) or a selectable one (``on_select``), not both.

    The client reports ``selected`` when the user toggles it; the model has it before
    ``on_select`` runs.
    """

    control_type = "Chip"
    positional = ("label",)

    label = Either("label_text", "label_control")
    label_text = TextProp(wire="label")
    label_control = Child(wire="label")
    leading = Child()
    selected = Prop(bool, client=True)
    selected_color = ColorProp()
    elevation = NumberProp()
    bgcolor = ColorProp()
    show_checkmark = Prop(bool)
    check_color = ColorProp()
    shadow_color = ColorProp()
    shape = ValueProp()
    padding = InsetsProp()
    delete_icon = Child()
    delete_icon_tooltip = StrProp()
    delete_icon_color = ColorProp()
    disabled_color = ColorProp()
    label_padding = InsetsProp()
    label_text_style = ValueProp()
    selected_shadow_color = ColorProp()
    autofocus = Prop(bool)
    color = Prop(STATE_COLOR)
    elevation_on_click = NumberProp()
    clip_behavior = StrProp()
    visual_density = StrProp()
    border_side = ValueProp()
    leading_size_constraints = ValueProp()
    delete_icon_size_constraints = ValueProp()
    enable_animation_style = ValueProp()
    select_animation_style = ValueProp()
    leading_drawer_animation_style = ValueProp()
    delete_drawer_animation_style = ValueProp()
    mouse_cursor = StrProp()
    on_click = Event()
    on_delete = Event()
    on_select = Event()
    on_focus = Event()
    on_blur = Event()

    # async-era spellings
    label_style = Alias("label_text_style")
    click_elevation = Alias("elevation_on_click")

    def before_update(self) -> None:
        if self.on_click is not None and self.on_select is not None:
            raise PropertyError(
                "Chip: on_click and on_select cannot both be set (the client would show an "
                "error box instead of the chip); use on_select for a chip the user selects, "
                "or on_click for an action chip."
            )
