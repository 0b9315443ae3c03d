"""DropdownM2: the Material 2 dropdown, with its ``Option`` (``ft.dropdownm2.Option``).

Flet 1.0 moved ``ft.Dropdown`` to the Material 3 menu and kept the look the async era knew
as ``DropdownM2``. The 1.0.5 client (main.dart.js) reads its ``value``, ``options`` (``Option``
controls: ``key``, ``text``, ``content``, ``alignment``, ``text_style``, ``disabled``; an
option sends ``click``), ``alignment``, ``autofocus``, ``hint`` and ``disabled_hint`` (the
SDK's ``hint_content``/``disabled_hint_content``), ``select_icon``, ``elevation``,
``menu_border_radius`` (else ``border_radius``), ``item_height``, ``max_menu_height``,
``select_icon_size``, ``enable_feedback``, ``padding``, the select icon colours,
``options_fill_horizontally`` and the decoration of a form field (label, border, fill...,
as a TextField). Picking an option writes ``value`` back and sends ``change`` with the key;
it also sends ``focus``, ``blur`` and ``click``, and has the method ``focus``.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    IconProp,
    InsetsProp,
    NumberProp,
    RadiusProp,
    TextProp,
    ValueProp,
    call_client,
    either,
)
from flet.controls.inputs import FormField
from flet.core.control import Control
from flet.core.props import Child, Children, Event, Prop, PropertyError

__all__ = ["DropdownM2", "Option"]


class Option(Control):
    """One choice of a DropdownM2: ``key`` is what ``value`` holds, ``text`` what is shown."""

    control_type = "Option"
    positional = ("key", "text", "content")

    key = Prop((str, int, float), decode=str)
    text = TextProp()
    content = Child()
    alignment = AlignmentProp()
    text_style = ValueProp()
    on_click = Event()

    def before_update(self) -> None:
        if self.key is None and self.text is None:
            raise PropertyError("Option needs key=... or text=... (the other defaults to it)")


class DropdownM2(FormField):
    """Pick one of ``options`` (Material 2 look); ``value`` is the picked option's key."""

    control_type = "DropdownM2"
    positional = ("value", "options")

    value = Prop((str, int, float), client=True, decode=str)
    options = Children()
    alignment = AlignmentProp()
    autofocus = Prop(bool)
    hint_content = Child(wire="hint")
    disabled_hint_content = Child(wire="disabled_hint")
    select_icon, _select_icon_value, _select_icon_control = either("select_icon", IconProp)
    elevation = NumberProp(default=8)
    menu_border_radius = RadiusProp()
    item_height = NumberProp()
    max_menu_height = NumberProp()
    select_icon_size = NumberProp(default=24)
    enable_feedback = Prop(bool)
    padding = InsetsProp()
    select_icon_enabled_color = ColorProp()
    select_icon_disabled_color = ColorProp()
    options_fill_horizontally = Prop(bool, default=True)

    on_change = Event()
    on_focus = Event()
    on_blur = Event()
    on_click = Event()

    def before_update(self) -> None:
        # as in Flet: a background colour shows only on a filled field
        colored = any(c is not None for c in (self.bgcolor, self.fill_color, self.focused_bgcolor))
        self._filled = True if self.filled is None and colored else self.filled
        for option in self.options:
            if not isinstance(option, Option):
                raise PropertyError(
                    f"DropdownM2.options takes ft.dropdownm2.Option(...) items, not "
                    f"{type(option).__name__}"
                )

    def focus(self) -> Awaitable[Any]:
        """Move the keyboard focus here (sync or ``await``-ed)."""
        return call_client(self, "focus")

    def focus_async(self) -> Awaitable[Any]:
        return self.focus()

    def __contains__(self, option: object) -> bool:
        return option in self.options
