"""Text and Icon."""

from __future__ import annotations

from flet.controls.base import ColorProp, IconProp, LayoutControl, NumberProp, StrProp, TextProp
from flet.core.props import Alias, Event, Prop

__all__ = ["Icon", "Text"]


class Text(LayoutControl):
    control_type = "Text"
    positional = ("value",)

    value = TextProp()
    size = NumberProp()
    weight = StrProp()
    italic = Prop(bool)
    color = ColorProp()
    bgcolor = ColorProp()
    text_align = StrProp()
    font_family = StrProp()
    max_lines = Prop(int)
    overflow = StrProp()
    selectable = Prop(bool)
    no_wrap = Prop(bool)
    style = Prop(dict)
    theme_style = StrProp()
    semantics_label = StrProp()
    on_tap = Event()


class Icon(LayoutControl):
    control_type = "Icon"
    positional = ("icon",)

    icon = IconProp()
    name = Alias("icon")  # seed-era spelling: ft.Icon(name=ft.icons.ADD)
    color = ColorProp()
    size = NumberProp()
    semantics_label = StrProp()
