"""Inputs: TextField, Checkbox, Switch, Radio + RadioGroup, Slider, RangeSlider, SearchBar.

The client echoes what the user changes (``value``, ``start_value``/``end_value``) before it
sends the event (protocol §10.1), so handlers read ``e.control.value``. Async-era spellings are
translated: ``prefix_text``/``suffix_text``/``helper_text``/``error_text``/``counter_text``
become the 1.0.5 text-or-control ``prefix``/``suffix``/``helper``/``error``/``counter``;
``border=ft.InputBorder.OUTLINE`` becomes ``{"_type": "outline"}``; ``Checkbox(is_error=)`` is
``error``; ``Switch(label_style=)`` is ``label_text_style``; ``enable_scribble`` is
``enable_stylus_handwriting``; ``focus()``, ``open_view()`` and ``close_view()`` work from sync
and async code alike (an awaitable that is harmless to ignore).
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass
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
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop
from flet.values._plain import state_value
from flet.values.borders import input_border
from flet.values.wire import WireValue

__all__ = [
    "Checkbox",
    "InputFilter",
    "NumbersOnlyInputFilter",
    "Radio",
    "RadioGroup",
    "RangeSlider",
    "SearchBar",
    "Slider",
    "Switch",
    "TextField",
    "TextOnlyInputFilter",
]

# -- shared declarations ---------------------------------------------------------------------


def StateProp(*kinds: type, **kw: Any) -> Prop:
    """A value, or a map of values by widget state (``{ft.ControlState.HOVERED: "red"}``)."""
    return Prop((str, int, float, dict, WireValue, *kinds), encode=state_value, **kw)


def BorderProp(**kw: Any) -> Prop:
    """A field border: ``ft.InputBorder.OUTLINE`` (or ``"outline"``), a border object or a map."""
    return Prop((str, dict, WireValue), encode=input_border, **kw)


class Initially(Prop):
    """A property that reads as ``initial`` until set; unset, nothing is sent."""

    def __init__(self, types: type | tuple[type, ...], initial: Any, **kw: Any) -> None:
        super().__init__(types, **kw)
        self._initial = initial

    def initial(self) -> Any:
        return self._initial


class Focusable(LayoutControl):
    """A control the client focuses when its ``focus`` token changes (TextField, SearchBar)."""

    _focus_token = Prop(str, wire="focus")

    def focus(self) -> Awaitable[None]:
        """Move the keyboard focus here (sync or ``await``-ed)."""
        self._focus_token = str(int(self._focus_token or 0) + 1)
        return self.update()

    def focus_async(self) -> Awaitable[None]:
        return self.focus()


# -- input filters ---------------------------------------------------------------------------


@dataclass(slots=True)
class InputFilter(WireValue):
    """Lets through (``allow=True``) or blocks what ``regex_string`` matches as the user types."""

    regex_string: str
    allow: bool = True
    replacement_string: str = ""
    multiline: bool = False
    case_sensitive: bool = True
    unicode: bool = False
    dot_all: bool = False

    def to_wire(self) -> dict[str, Any]:
        return {
            "regex_string": self.regex_string,
            "allow": self.allow,
            "replacement_string": self.replacement_string,
            "multiline": self.multiline,
            "case_sensitive": self.case_sensitive,
            "unicode": self.unicode,
            "dot_all": self.dot_all,
        }


def NumbersOnlyInputFilter() -> InputFilter:
    return InputFilter(regex_string=r"^[0-9]*$")


def TextOnlyInputFilter() -> InputFilter:
    return InputFilter(regex_string=r"^[a-zA-Z]*$")


# -- TextField -------------------------------------------------------------------------------


class FormField(LayoutControl):
    """The decorated input area (1.0.5's FormFieldControl) that TextField and DropdownM2
    share: label, icon, border, fill, hint, helper, counter and error texts, prefix and
    suffix."""

    text_size = NumberProp()
    text_style = ValueProp()
    text_vertical_align = NumberProp()
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
    align_label_with_hint = Prop(bool)
    hover_color = ColorProp()
    hint_text = StrProp()
    hint_style = ValueProp()
    hint_fade_duration = ValueProp(int, float)
    hint_max_lines = Prop(int)
    helper, _helper_value, _helper_control = either("helper")
    helper_style = ValueProp()
    helper_max_lines = Prop(int)
    counter, _counter_value, _counter_control = either("counter")
    counter_style = ValueProp()
    error, _error_value, _error_control = either("error")
    error_style = ValueProp()
    error_max_lines = Prop(int)
    prefix, _prefix_value, _prefix_control = either("prefix")
    prefix_icon, _prefix_icon_value, _prefix_icon_control = either("prefix_icon", IconProp)
    prefix_icon_size_constraints = ValueProp()
    prefix_style = ValueProp()
    suffix, _suffix_value, _suffix_control = either("suffix")
    suffix_icon, _suffix_icon_value, _suffix_icon_control = either("suffix_icon", IconProp)
    suffix_icon_size_constraints = ValueProp()
    suffix_style = ValueProp()
    size_constraints = ValueProp()
    collapsed = Prop(bool)
    fit_parent_size = Prop(bool)

    # async-era spellings
    helper_text = Alias("helper")
    error_text = Alias("error")
    counter_text = Alias("counter")
    prefix_text = Alias("prefix")
    suffix_text = Alias("suffix")


class TextField(Focusable, FormField):
    """A text input; ``value`` follows what the user types."""

    control_type = "TextField"
    positional = ("value",)

    value = Initially((str, int, float), "", encode=str, client=True)
    selection = ValueProp()
    keyboard_type = StrProp()
    multiline = Prop(bool)
    min_lines = Prop(int)
    max_lines = Prop(int)
    max_length = Prop(int)
    password = Prop(bool)
    can_reveal_password = Prop(bool)
    read_only = Prop(bool)
    shift_enter = Prop(bool)
    ignore_up_down_keys = Prop(bool)
    text_align = StrProp()
    autofocus = Prop(bool)
    capitalization = StrProp()
    autocorrect = Prop(bool)
    enable_suggestions = Prop(bool)
    smart_dashes_type = Prop(bool)
    smart_quotes_type = Prop(bool)
    show_cursor = Prop(bool)
    cursor_color = ColorProp()
    cursor_error_color = ColorProp()
    cursor_width = NumberProp()
    cursor_height = NumberProp()
    cursor_radius = NumberProp()
    selection_color = ColorProp()
    input_filter = ValueProp()
    obscuring_character = StrProp()
    enable_interactive_selection = Prop(bool)
    enable_ime_personalized_learning = Prop(bool)
    can_request_focus = Prop(bool)
    ignore_pointers = Prop(bool)
    enable_stylus_handwriting = Prop(bool)
    animate_cursor_opacity = Prop(bool)
    always_call_on_tap = Prop(bool)
    scroll_padding = InsetsProp()
    clip_behavior = StrProp()
    keyboard_brightness = StrProp()
    mouse_cursor = StrProp()
    strut_style = ValueProp()
    autofill_hints = Prop((str, list))
    adaptive = Prop(bool)

    on_change = Event()
    on_selection_change = Event()
    on_paste_files = Event()
    on_click = Event()
    on_submit = Event()
    on_focus = Event()
    on_blur = Event()
    on_tap_outside = Event()

    # async-era spellings
    enable_scribble = Alias("enable_stylus_handwriting")

    def before_update(self) -> None:
        # as in Flet: a background colour shows only on a filled field
        colored = any(
            c is not None
            for c in (self.bgcolor, self.fill_color, self.hover_color, self.focused_color)
        )
        self._filled = True if self.filled is None and colored else self.filled


# -- toggles ---------------------------------------------------------------------------------


class Checkbox(LayoutControl):
    control_type = "Checkbox"
    positional = ("label", "value")

    label, _label_value, _label_control = either("label")
    value = Initially(bool, False, client=True)
    label_position = StrProp()
    label_style = ValueProp()
    tristate = Prop(bool)
    autofocus = Prop(bool)
    fill_color = StateProp()
    overlay_color = StateProp()
    check_color = ColorProp()
    active_color = ColorProp()
    hover_color = ColorProp()
    focus_color = ColorProp()
    semantics_label = StrProp()
    shape = ValueProp()
    splash_radius = NumberProp()
    border_side = StateProp()
    error = Prop(bool)
    visual_density = StrProp()
    mouse_cursor = StrProp()
    adaptive = Prop(bool)
    on_change = Event()
    on_focus = Event()
    on_blur = Event()

    is_error = Alias("error")  # async era


class Switch(LayoutControl):
    control_type = "Switch"
    positional = ("label",)

    label, _label_value, _label_control = either("label")
    label_position = StrProp()
    label_text_style = ValueProp()
    value = Initially(bool, False, client=True)
    autofocus = Prop(bool)
    active_color = ColorProp()
    active_track_color = ColorProp()
    focus_color = ColorProp()
    inactive_thumb_color = ColorProp()
    inactive_track_color = ColorProp()
    thumb_color = StateProp()
    thumb_icon = StateProp()
    track_color = StateProp()
    adaptive = Prop(bool)
    hover_color = ColorProp()
    splash_radius = NumberProp()
    overlay_color = StateProp()
    track_outline_color = StateProp()
    track_outline_width = StateProp()
    mouse_cursor = StrProp()
    padding = InsetsProp()
    on_change = Event()
    on_focus = Event()
    on_blur = Event()

    label_style = Alias("label_text_style")  # async era


class Radio(LayoutControl):
    """One choice of a RadioGroup; the group holds the selected ``value``."""

    control_type = "Radio"
    positional = ("label",)

    label = TextProp()
    label_position = StrProp()
    label_style = ValueProp()
    value = StrProp()
    autofocus = Prop(bool)
    fill_color = StateProp()
    active_color = ColorProp()
    overlay_color = StateProp()
    hover_color = ColorProp()
    focus_color = ColorProp()
    splash_radius = NumberProp()
    toggleable = Prop(bool)
    visual_density = StrProp()
    mouse_cursor = StrProp()
    adaptive = Prop(bool)
    on_focus = Event()
    on_blur = Event()


class RadioGroup(Control):
    """Radios anywhere inside ``content``; ``value`` is the selected Radio's value."""

    control_type = "RadioGroup"
    positional = ("content", "value")

    content = Child()
    value = StrProp(client=True)
    on_change = Event()


# -- sliders ---------------------------------------------------------------------------------


class _SliderBase(LayoutControl):
    label = StrProp()
    min = Initially((int, float), 0.0)
    max = Initially((int, float), 1.0)
    divisions = Prop(int)
    round = Prop(int)
    active_color = ColorProp()
    inactive_color = ColorProp()
    overlay_color = StateProp()
    mouse_cursor = StateProp()
    on_change = Event()
    on_change_start = Event()
    on_change_end = Event()


class Slider(_SliderBase):
    """``value`` follows the thumb; ``change`` events carry the new value."""

    control_type = "Slider"
    positional = ("value",)

    value = NumberProp(client=True, decode=float)
    autofocus = Prop(bool)
    thumb_color = ColorProp()
    interaction = StrProp()
    secondary_active_color = ColorProp()
    secondary_track_value = NumberProp()
    padding = InsetsProp()
    year_2023 = Prop(bool)
    adaptive = Prop(bool)
    on_focus = Event()
    on_blur = Event()


class RangeSlider(_SliderBase):
    """Two thumbs; the client echoes ``start_value`` and ``end_value`` before each event."""

    control_type = "RangeSlider"
    positional = ("start_value", "end_value")

    start_value = NumberProp(client=True, decode=float)
    end_value = NumberProp(client=True, decode=float)


# -- SearchBar -------------------------------------------------------------------------------


class SearchBar(Focusable):
    """A search field that opens a view of suggestions (``controls``)."""

    control_type = "SearchBar"
    positional = ("controls",)

    controls = Children()
    value = Initially(str, "", client=True)
    bar_leading = Child()
    bar_trailing = Children()
    bar_hint_text = StrProp()
    bar_bgcolor = StateProp()
    bar_overlay_color = StateProp()
    bar_shadow_color = StateProp()
    bar_elevation = StateProp()
    bar_border_side = StateProp()
    bar_shape = StateProp()
    bar_text_style = StateProp()
    bar_hint_text_style = StateProp()
    bar_padding = StateProp()
    bar_scroll_padding = InsetsProp()
    bar_size_constraints = ValueProp()
    view_leading = Child()
    view_trailing = Children()
    view_elevation = NumberProp()
    view_bgcolor = ColorProp()
    view_hint_text = StrProp()
    view_side = ValueProp()
    view_shape = ValueProp()
    view_header_text_style = ValueProp()
    view_hint_text_style = ValueProp()
    view_size_constraints = ValueProp()
    view_header_height = NumberProp()
    view_padding = InsetsProp()
    view_bar_padding = InsetsProp()
    shrink_wrap = Prop(bool)
    divider_color = ColorProp()
    capitalization = StrProp()
    full_screen = Prop(bool)
    keyboard_type = StrProp()
    autofocus = Prop(bool)
    on_tap = Event()
    on_tap_outside_bar = Event()
    on_tap_outside_view = Event()
    on_submit = Event()
    on_change = Event()
    on_focus = Event()
    on_blur = Event()

    # async era, no 1.0.5 equivalent (Material 3 dropped surface tints): kept in Python only
    bar_surface_tint_color = StateProp(sent=False)
    view_surface_tint_color = ColorProp(sent=False)

    def open_view(self) -> Awaitable[Any]:
        """Open the suggestions view."""
        return call_client(self, "open_view")

    def close_view(self, text: str | None = None) -> Awaitable[Any]:
        """Close the suggestions view, putting ``text`` (default: ``value``) in the bar."""
        if text is not None:
            self.value = text
        return call_client(self, "close_view", {"text": self.value})

    def open_view_async(self) -> Awaitable[Any]:
        return self.open_view()

    def close_view_async(self, text: str | None = None) -> Awaitable[Any]:
        return self.close_view(text)
