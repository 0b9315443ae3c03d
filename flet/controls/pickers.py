"""DatePicker and TimePicker: dialogs the client opens when ``open`` becomes true.

They are dialogs in 1.0.5 (``dialog = True``: the page shows them from its ``_dialogs``).
The async-era ``pick_date()`` / ``pick_time()`` set ``open`` and update. When the user closes
the picker the client echoes ``value`` and ``open: false``, then sends ``change`` (if a value
was picked) and ``dismiss`` (protocol §10.1), so handlers read the picked value from
``e.control.value``.

Dates travel as the client's DateTime (protocol §5). A date is sent as that day's midnight
UTC, which the client shows as that day wherever the browser is; the date the client sends
back (local midnight, as UTC) reads in Python as a naive local ``datetime``, as in the async
era. ``date_picker_entry_mode`` / ``time_picker_entry_mode`` (async era) are ``entry_mode``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable
from typing import Any, ClassVar

from flet.controls.base import ColorProp, IconProp, InsetsProp, StrProp, ValueProp
from flet.core.control import Control
from flet.core.props import Alias, Event, Prop

__all__ = ["DatePicker", "TimePicker"]


def _as_date(value: dt.date) -> dt.date:
    """The calendar day of ``value`` (an aware datetime is taken in local time)."""
    if isinstance(value, dt.datetime):
        return _local(value).date()
    return value


def _local(value: dt.datetime) -> dt.datetime:
    """A naive local datetime: what the async era gave apps for a picked date."""
    return value if value.tzinfo is None else value.astimezone().replace(tzinfo=None)


class DateProp(Prop):
    """A calendar day: a ``date`` or ``datetime`` in, the day's midnight UTC on the wire."""

    def __init__(self, **kw: Any) -> None:
        super().__init__((dt.date,), encode=_as_date, **kw)

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        value = super().__get__(obj, owner)
        return _local(value) if isinstance(value, dt.datetime) else value


class _Picker(Control):
    """What both pickers share: opening, closing and the dialog chrome."""

    dialog: ClassVar[bool] = True

    open = Prop(bool, default=False, client=True)
    modal = Prop(bool)
    locale = ValueProp()
    entry_mode = StrProp(client=True)
    help_text = StrProp()
    cancel_text = StrProp()
    confirm_text = StrProp()
    error_invalid_text = StrProp()
    switch_to_input_icon = IconProp()
    barrier_color = ColorProp()
    adaptive = Prop(bool)
    on_change = Event()
    on_dismiss = Event()
    on_entry_mode_change = Event()

    def _show(self) -> Awaitable[None]:
        self.open = True
        return self.update()


class DatePicker(_Picker):
    """A calendar dialog; ``value`` is the picked day."""

    control_type = "DatePicker"
    positional = ("open", "value")

    value = DateProp(client=True)
    first_date = DateProp()
    last_date = DateProp()
    current_date = DateProp()
    keyboard_type = StrProp()
    date_picker_mode = StrProp()
    error_format_text = StrProp()
    field_hint_text = StrProp()
    field_label_text = StrProp()
    switch_to_calendar_icon = IconProp()
    inset_padding = InsetsProp()

    date_picker_entry_mode = Alias("entry_mode")  # async era

    def pick_date(self) -> Awaitable[None]:
        """Open the picker (async era; sync or ``await``-ed)."""
        return self._show()

    def pick_date_async(self) -> Awaitable[None]:
        return self._show()


class TimePicker(_Picker):
    """A clock dialog; ``value`` is the picked ``datetime.time``."""

    control_type = "TimePicker"
    positional = ("value", "open")

    value = Prop(dt.time, client=True)
    hour_label_text = StrProp()
    minute_label_text = StrProp()
    orientation = StrProp()
    switch_to_timer_icon = IconProp()
    hour_format = StrProp()

    time_picker_entry_mode = Alias("entry_mode")  # async era

    def pick_time(self) -> Awaitable[None]:
        """Open the picker (async era; sync or ``await``-ed)."""
        return self._show()

    def pick_time_async(self) -> Awaitable[None]:
        return self._show()
