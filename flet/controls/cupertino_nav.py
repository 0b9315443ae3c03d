"""Cupertino bars, segmented buttons, pickers and the context menu, on the 1.0.5 wire.

The client echoes ``selected_index`` (navigation bar, segmented buttons, picker) or ``value``
(date and timer pickers) before it sends ``change`` (protocol §10.1), so handlers read the new
choice from ``e.control``. Async-era spellings translated: ``CupertinoAppBar(middle=)`` is the
1.0.5 ``title`` and ``automatically_imply_middle`` is ``automatically_imply_title``; a context
menu action's ``text=`` is ``content`` and ``is_default_action``/``is_destructive_action`` are
``default``/``destructive``. ``CupertinoTimerPicker.value`` is a number of seconds, as in the
era (a ``timedelta`` is accepted and read back as seconds).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    IconProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    StrProp,
    ValueProp,
    either,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop

__all__ = [
    "CupertinoAppBar",
    "CupertinoContextMenu",
    "CupertinoContextMenuAction",
    "CupertinoDatePicker",
    "CupertinoNavigationBar",
    "CupertinoPicker",
    "CupertinoSegmentedButton",
    "CupertinoSlidingSegmentedButton",
    "CupertinoTimerPicker",
]


# -- bars ------------------------------------------------------------------------------------


class CupertinoAppBar(Control):
    """An iOS navigation bar at the top of a page or view (``page.appbar = ...``)."""

    control_type = "CupertinoAppBar"
    positional = ("leading", "middle", "trailing")

    leading = Child()
    title, _title_value, _title_control = either("title")
    trailing = Child()
    bgcolor = ColorProp()
    automatically_imply_leading = Prop(bool)
    automatically_imply_title = Prop(bool)
    border = ValueProp()
    padding = InsetsProp()
    transition_between_routes = Prop(bool)
    previous_page_title = StrProp()
    brightness = StrProp()
    automatic_background_visibility = Prop(bool)
    enable_background_filter_blur = Prop(bool)
    large = Prop(bool)

    # async era
    middle = Alias("title")
    automatically_imply_middle = Alias("automatically_imply_title")


class CupertinoNavigationBar(LayoutControl):
    """An iOS tab bar (``page.navigation_bar = ...``) of NavigationBarDestination items."""

    control_type = "CupertinoNavigationBar"
    positional = ("destinations", "selected_index")

    destinations = Children()
    selected_index = Prop(int, default=0, client=True)
    bgcolor = ColorProp()
    active_color = ColorProp()
    inactive_color = ColorProp()
    border = ValueProp()
    icon_size = NumberProp()
    on_change = Event()


# -- segmented buttons -----------------------------------------------------------------------


class CupertinoSegmentedButton(LayoutControl):
    control_type = "CupertinoSegmentedButton"
    positional = ("controls", "selected_index")

    controls = Children()
    selected_index = Prop(int, default=0, client=True)
    selected_color = ColorProp()
    unselected_color = ColorProp()
    border_color = ColorProp()
    padding = InsetsProp()
    click_color = ColorProp()
    disabled_color = ColorProp()
    disabled_text_color = ColorProp()
    on_change = Event()


class CupertinoSlidingSegmentedButton(LayoutControl):
    control_type = "CupertinoSlidingSegmentedButton"
    positional = ("controls", "selected_index")

    controls = Children()
    selected_index = Prop(int, default=0, client=True)
    bgcolor = ColorProp()
    thumb_color = ColorProp()
    padding = InsetsProp()
    proportional_width = Prop(bool)
    on_change = Event()


# -- pickers ---------------------------------------------------------------------------------


class CupertinoPicker(LayoutControl):
    """A wheel of ``controls``; ``selected_index`` follows the wheel."""

    control_type = "CupertinoPicker"
    positional = ("controls", "item_extent", "selected_index")

    controls = Children()
    item_extent = NumberProp()
    selected_index = Prop(int, default=0, client=True)
    bgcolor = ColorProp()
    use_magnifier = Prop(bool)
    looping = Prop(bool)
    magnification = NumberProp()
    squeeze = NumberProp()
    diameter_ratio = NumberProp()
    off_axis_fraction = NumberProp()
    selection_overlay = Child()
    default_selection_overlay_bgcolor = ColorProp()
    on_change = Event()


def _as_datetime(value: dt.date) -> dt.datetime:
    """A date as its midnight; a datetime as it is (the codec sends it in UTC)."""
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day)


class _MomentProp(Prop):
    """A date or datetime; one the client reports (UTC) reads as naive local time."""

    def __init__(self, **kw: Any) -> None:
        super().__init__((dt.date,), encode=_as_datetime, **kw)

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        value = super().__get__(obj, owner)
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.astimezone().replace(tzinfo=None)
        return value


class CupertinoDatePicker(LayoutControl):
    """iOS date/time wheels; ``value`` follows them (unset, they start at now)."""

    control_type = "CupertinoDatePicker"
    positional = ("value", "first_date", "last_date")

    value = _MomentProp(client=True)
    first_date = _MomentProp()
    last_date = _MomentProp()
    locale = ValueProp(str)
    bgcolor = ColorProp()
    minute_interval = Prop(int)
    minimum_year = Prop(int)
    maximum_year = Prop(int)
    item_extent = NumberProp()
    use_24h_format = Prop(bool)
    show_day_of_week = Prop(bool)
    date_picker_mode = StrProp()
    date_order = StrProp()
    on_change = Event()


def _seconds(value: Any) -> Any:
    """A timer value as the era read it: whole seconds (a ``timedelta`` is converted)."""
    if isinstance(value, dt.timedelta):
        return int(value.total_seconds())
    return value


class CupertinoTimerPicker(LayoutControl):
    """iOS countdown wheels; ``value`` (seconds) follows them."""

    control_type = "CupertinoTimerPicker"
    positional = ("value",)

    value = Prop((int, dt.timedelta), client=True, decode=_seconds)
    alignment = AlignmentProp()
    second_interval = Prop(int)
    minute_interval = Prop(int)
    mode = StrProp()
    bgcolor = ColorProp()
    item_extent = NumberProp()
    on_change = Event()


# -- context menu ----------------------------------------------------------------------------


class CupertinoContextMenuAction(Control):
    control_type = "CupertinoContextMenuAction"
    positional = ("text", "content", "is_default_action", "is_destructive_action")

    content, _content_value, _content_control = either("content")
    text = Alias("content")
    default = Prop(bool)
    destructive = Prop(bool)
    trailing_icon = IconProp()
    adaptive = Prop(bool)
    on_click = Event()

    # async era
    is_default_action = Alias("default")
    is_destructive_action = Alias("destructive")


class CupertinoContextMenu(Control):
    """``content`` that opens a menu of ``actions`` on a long press."""

    control_type = "CupertinoContextMenu"
    positional = ("content", "actions", "enable_haptic_feedback")

    content = Child()
    actions = Children()
    enable_haptic_feedback = Prop(bool)
    adaptive = Prop(bool)
