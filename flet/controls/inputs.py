"""Inputs: TextField and Checkbox. Their ``value`` is echoed by the client as the user types."""

from __future__ import annotations

from flet.controls.base import ColorProp, IconProp, LayoutControl, NumberProp, StrProp
from flet.core.props import Alias, Event, Prop

__all__ = ["Checkbox", "TextField"]


class TextField(LayoutControl):
    control_type = "TextField"

    value = Prop(str, client=True)
    label = StrProp()
    hint_text = StrProp()
    helper = StrProp()
    error = StrProp()
    prefix = StrProp()
    suffix = StrProp()
    prefix_icon = IconProp()
    suffix_icon = IconProp()
    password = Prop(bool)
    can_reveal_password = Prop(bool)
    multiline = Prop(bool)
    min_lines = Prop(int)
    max_lines = Prop(int)
    max_length = Prop(int)
    read_only = Prop(bool)
    keyboard_type = StrProp()
    text_align = StrProp()
    autofocus = Prop(bool)
    border = StrProp()
    filled = Prop(bool)
    bgcolor = ColorProp()
    color = ColorProp()
    text_size = NumberProp()
    on_change = Event()
    on_submit = Event()
    on_focus = Event()
    on_blur = Event()
    on_click = Event()

    # seed-era spellings
    helper_text = Alias("helper")
    error_text = Alias("error")
    prefix_text = Alias("prefix")
    suffix_text = Alias("suffix")


class Checkbox(LayoutControl):
    control_type = "Checkbox"

    label = StrProp()
    value = Prop(bool, client=True)
    tristate = Prop(bool)
    label_position = StrProp()
    check_color = ColorProp()
    active_color = ColorProp()
    autofocus = Prop(bool)
    on_change = Event()
    on_focus = Event()
    on_blur = Event()
