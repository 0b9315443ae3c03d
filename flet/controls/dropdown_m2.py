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
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    TextProp,
    ValueProp,
    call_client,
    either,
)
from flet.controls.inputs import BorderProp
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop, PropertyError

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


class DropdownM2(LayoutControl):
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

    # the decorated input area (1.0.5 FormFieldControl)
    text_size = NumberProp()
    text_style = ValueProp()
    label, _label_value, _label_control = either("label")
    label_style = ValueProp()
    icon, _icon_value, _icon_control = either("icon", IconProp)
    border = BorderProp()
    border_radius = RadiusProp()
    border_width = NumberProp()
    border_color = ColorProp()
    focused_border_width = NumberProp()
    focused_border_color = ColorProp()
    color = ColorProp()
    bgcolor = ColorProp()
    focused_color = ColorProp()
    focused_bgcolor = ColorProp()
    content_padding = InsetsProp()
    dense = Prop(bool)
    filled = Prop(bool, sent=False)
    _filled = Prop(bool, wire="filled")
    fill_color = ColorProp()
    focus_color = ColorProp()
    hover_color = ColorProp()
    hint_text = StrProp()
    hint_style = ValueProp()
    helper, _helper_value, _helper_control = either("helper")
    helper_style = ValueProp()
    counter, _counter_value, _counter_control = either("counter")
    counter_style = ValueProp()
    error, _error_value, _error_control = either("error")
    error_style = ValueProp()
    prefix, _prefix_value, _prefix_control = either("prefix")
    prefix_icon, _prefix_icon_value, _prefix_icon_control = either("prefix_icon", IconProp)
    prefix_style = ValueProp()
    suffix, _suffix_value, _suffix_control = either("suffix")
    suffix_icon, _suffix_icon_value, _suffix_icon_control = either("suffix_icon", IconProp)
    suffix_style = ValueProp()
    text_vertical_align = NumberProp()
    align_label_with_hint = Prop(bool)
    hint_fade_duration = ValueProp(int, float)
    hint_max_lines = Prop(int)
    helper_max_lines = Prop(int)
    error_max_lines = Prop(int)
    prefix_icon_size_constraints = ValueProp()
    suffix_icon_size_constraints = ValueProp()
    size_constraints = ValueProp()
    collapsed = Prop(bool)
    fit_parent_size = Prop(bool)

    on_change = Event()
    on_focus = Event()
    on_blur = Event()
    on_click = Event()

    # async-era spellings (ft.Dropdown of 0.21-0.25)
    helper_text = Alias("helper")
    error_text = Alias("error")
    counter_text = Alias("counter")
    prefix_text = Alias("prefix")
    suffix_text = Alias("suffix")

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
