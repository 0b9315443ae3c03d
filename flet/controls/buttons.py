"""Buttons: ElevatedButton (sent as ``Button``), FloatingActionButton, IconButton.

The 1.0.5 client reads a button's colours from ``_internals.style`` (protocol §8.3), so
``color``, ``bgcolor`` and ``elevation`` are kept in Python and merged there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flet.controls.base import ColorProp, IconProp, LayoutControl, NumberProp, StrProp, TextProp
from flet.core.props import Child, Event, Prop

__all__ = ["Button", "ElevatedButton", "FloatingActionButton", "IconButton"]


class _StyledButton(LayoutControl):
    color = ColorProp(sent=False)
    bgcolor = ColorProp(sent=False)
    elevation = NumberProp(sent=False)
    style = Prop(dict, sent=False)

    on_click = Event()
    on_long_press = Event()
    on_hover = Event()
    on_focus = Event()
    on_blur = Event()

    def wire_internals(self) -> Mapping[str, Any]:
        style = dict(self.style or {})
        for name in ("color", "bgcolor", "elevation"):
            value = getattr(self, name)
            if value is not None:
                style[name] = value
        if not style:
            return type(self).internals
        return {**type(self).internals, "style": style}


class Button(_StyledButton):
    """A Material button; ``content`` is its text (or a control)."""

    control_type = "Button"
    positional = ("text",)

    text = TextProp(wire="content")
    content = Child()
    icon = IconProp()
    icon_color = ColorProp()
    autofocus = Prop(bool)
    url = StrProp()


class ElevatedButton(Button):
    """The seed-era name; the 1.0.5 client knows it as ``Button``."""


class IconButton(_StyledButton):
    control_type = "IconButton"
    positional = ("icon",)

    icon = IconProp()
    icon_color = ColorProp()
    icon_size = NumberProp()
    selected = Prop(bool)
    selected_icon = IconProp()
    selected_icon_color = ColorProp()
    autofocus = Prop(bool)
    url = StrProp()


class FloatingActionButton(LayoutControl):
    control_type = "FloatingActionButton"
    positional = ("text",)

    text = TextProp(wire="content")
    content = Child()
    icon = IconProp()
    bgcolor = ColorProp()
    foreground_color = ColorProp()
    mini = Prop(bool)
    elevation = NumberProp()
    shape = Prop(dict)
    autofocus = Prop(bool)
    url = StrProp()
    on_click = Event()
