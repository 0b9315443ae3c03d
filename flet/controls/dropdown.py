"""Dropdown and its DropdownOption (``ft.dropdown.Option`` in the async era).

The 1.0.5 client draws ``Dropdown`` as a Material 3 menu: picking an option echoes ``value``
and sends ``select`` with the option's key (protocol §10.1). ``on_change`` (async era) and
``on_select`` (1.0.5) are two names of one handler, sent as ``on_select``; setting either one
replaces the handler. The async era's Material 2 dropdown had properties the menu has no
equivalent for (``alignment``, ``item_height``, ``select_icon_size``...): they are accepted and
kept in Python only. ``max_menu_height`` is ``menu_height``, ``select_icon`` is
``trailing_icon`` and ``prefix_icon`` is ``leading_icon``.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from flet.controls.base import (
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
from flet.controls.inputs import BorderProp, StateProp
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop

__all__ = ["Dropdown", "DropdownOption"]


class DropdownOption(Control):
    """One option: ``key`` is what ``Dropdown.value`` holds, ``text`` what is shown.

    Either may be left out (the client uses the other one for both).
    """

    control_type = "DropdownOption"
    positional = ("key", "text", "content")

    key = Prop((str, int, float), decode=str)  # a number is its text, as value is
    text = TextProp()
    content = Child()
    leading_icon, _leading_icon_value, _leading_icon_control = either("leading_icon", IconProp)
    trailing_icon, _trailing_icon_value, _trailing_icon_control = either("trailing_icon", IconProp)
    style = ValueProp()

    # async era (Material 2 menu items), kept in Python only
    alignment = Prop(sent=False)
    text_style = Prop(sent=False)
    on_click = Prop(sent=False)


class Dropdown(LayoutControl):
    """Pick one of ``options``; ``value`` is the picked option's key."""

    control_type = "Dropdown"
    positional = ("value", "options")

    # async era: a number is kept as its text, as Flet stored it (Dropdown(value=1) reads "1")
    value = Prop((str, int, float), client=True, decode=str)
    options = Children()
    text = StrProp(client=True)
    autofocus = Prop(bool)
    text_align = StrProp()
    elevation = StateProp()
    enable_filter = Prop(bool)
    enable_search = Prop(bool)
    editable = Prop(bool)
    menu_height = NumberProp()
    menu_width = NumberProp()
    menu_style = ValueProp()
    expanded_insets = InsetsProp()
    selected_suffix = Child()
    input_filter = ValueProp()
    capitalization = StrProp()
    trailing_icon, _trailing_icon_value, _trailing_icon_control = either("trailing_icon", IconProp)
    leading_icon, _leading_icon_value, _leading_icon_control = either("leading_icon", IconProp)
    selected_trailing_icon, _selected_trailing_icon_value, _selected_trailing_icon_control = either(
        "selected_trailing_icon", IconProp
    )
    bgcolor = StateProp()
    error_style = ValueProp()
    error_text = StrProp()
    text_size = NumberProp()
    text_style = ValueProp()
    label, _label_value, _label_control = either("label")
    label_style = ValueProp()
    border = BorderProp()
    border_radius = RadiusProp()
    border_width = NumberProp()
    border_color = ColorProp()
    focused_border_width = NumberProp()
    focused_border_color = ColorProp()
    color = ColorProp()
    content_padding = InsetsProp()
    dense = Prop(bool)
    filled = Prop(bool)
    fill_color = ColorProp()
    hover_color = ColorProp()
    hint_text = StrProp()
    hint_style = ValueProp()
    helper_text = StrProp()
    helper_style = ValueProp()

    on_change = Event(wire="on_select")
    on_text_change = Event()
    on_focus = Event()
    on_blur = Event()

    on_select = Alias("on_change")  # the 1.0.5 name
    max_menu_height = Alias("menu_height")
    select_icon = Alias("trailing_icon")
    prefix_icon = Alias("leading_icon")

    # async era (Material 2 dropdown), no 1.0.5 equivalent: kept in Python only
    alignment = Prop(sent=False)
    hint_content = Prop(sent=False)
    icon_content = Prop(sent=False)
    disabled_hint_content = Prop(sent=False)
    item_height = Prop(sent=False)
    select_icon_size = Prop(sent=False)
    icon_size = Prop(sent=False)
    enable_feedback = Prop(sent=False)
    padding = Prop(sent=False)
    select_icon_enabled_color = Prop(sent=False)
    icon_enabled_color = Prop(sent=False)
    select_icon_disabled_color = Prop(sent=False)
    icon_disabled_color = Prop(sent=False)
    options_fill_horizontally = Prop(sent=False)
    icon = Prop(sent=False)
    focused_color = Prop(sent=False)
    focused_bgcolor = Prop(sent=False)
    focus_color = Prop(sent=False)
    helper = Prop(sent=False)
    counter = Prop(sent=False)
    counter_text = Prop(sent=False)
    counter_style = Prop(sent=False)
    error = Prop(sent=False)
    prefix = Prop(sent=False)
    prefix_text = Prop(sent=False)
    prefix_style = Prop(sent=False)
    suffix = Prop(sent=False)
    suffix_icon = Prop(sent=False)
    suffix_text = Prop(sent=False)
    suffix_style = Prop(sent=False)
    align_label_with_hint = Prop(sent=False)
    hint_fade_duration = Prop(sent=False)
    hint_max_lines = Prop(sent=False)
    helper_max_lines = Prop(sent=False)
    error_max_lines = Prop(sent=False)
    prefix_icon_size_constraints = Prop(sent=False)
    suffix_icon_size_constraints = Prop(sent=False)
    size_constraints = Prop(sent=False)
    collapsed = Prop(sent=False)
    on_click = Prop(sent=False)

    def focus(self) -> Awaitable[Any]:
        """Move the keyboard focus here (sync or ``await``-ed)."""
        return call_client(self, "focus")

    def focus_async(self) -> Awaitable[Any]:
        return self.focus()

    def __contains__(self, option: object) -> bool:
        return option in self.options
