"""Text, TextSpan (a child of ``Text.spans``) and Icon."""

from __future__ import annotations

from typing import Any

from flet.controls.base import (
    ColorProp,
    IconProp,
    LayoutControl,
    NumberProp,
    StrProp,
    TextProp,
    UrlLinked,
    ValueProp,
)
from flet.core.control import Control
from flet.core.props import Alias, Children, Event, Prop
from flet.values.wire import WireValue

__all__ = ["Icon", "Text", "TextSpan"]


class _TextStyleProp(Prop):
    """``Text.style``: a text style; a theme style name (async era, deprecated there too)
    sets ``theme_style`` instead."""

    def __init__(self) -> None:
        super().__init__((dict, WireValue))

    def __set__(self, obj: Control, value: Any) -> None:
        if isinstance(value, str):
            obj.theme_style = value  # type: ignore[attr-defined]
        else:
            super().__set__(obj, value)


class Text(LayoutControl):
    control_type = "Text"
    positional = ("value",)

    value = TextProp()
    spans = Children()
    text_align = StrProp()
    font_family = StrProp()
    font_family_fallback = Prop(list)
    size = NumberProp()
    weight = StrProp()
    italic = Prop(bool)
    style = _TextStyleProp()
    theme_style = StrProp()
    max_lines = Prop(int)
    overflow = StrProp()
    selectable = Prop(bool)
    no_wrap = Prop(bool)
    color = ColorProp()
    bgcolor = ColorProp()
    semantics_label = StrProp()
    show_selection_cursor = Prop(bool)
    enable_interactive_selection = Prop(bool)
    selection_cursor_width = NumberProp()
    selection_cursor_height = NumberProp()
    selection_cursor_color = ColorProp()
    on_tap = Event()
    on_selection_change = Event()


class TextSpan(UrlLinked):
    """A run of text inside ``Text.spans`` (drawn by its Text, never alone)."""

    control_type = "TextSpan"
    positional = ("text", "style", "spans", "url", "url_target")

    text = TextProp()
    style = ValueProp()
    spans = Children()
    semantics_label = StrProp()
    spell_out = Prop(bool)
    on_click = Event()
    on_enter = Event()
    on_exit = Event()


class Icon(LayoutControl):
    control_type = "Icon"
    positional = ("icon", "color", "size")

    icon = IconProp()
    name = Alias("icon")  # async-era spelling: ft.Icon(name=ft.icons.ADD)
    color = ColorProp()
    size = NumberProp()
    semantics_label = StrProp()
    shadows = ValueProp(list)
    fill = NumberProp()
    apply_text_scaling = Prop(bool)
    grade = NumberProp()
    weight = NumberProp()
    optical_size = NumberProp()
    blend_mode = StrProp()
