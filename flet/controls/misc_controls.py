"""DateRangePicker, KeyboardListener, MergeSemantics, Shimmer, ContextMenu and AutofillGroup.

None of them existed in the async era (0.21-0.25), so they take the Flet 1.0.5 names and
shapes, which the 1.0.5 client reads:

- ``DateRangePicker`` is a dialog like :class:`~flet.DatePicker`: set ``open = True`` (or call
  ``pick_date_range()``); when the user closes it the client echoes ``start_value``,
  ``end_value`` and ``open: false``, then sends ``change`` (if a range was picked) and
  ``dismiss``, so handlers read ``e.control.start_value`` and ``e.control.end_value``.
- ``KeyboardListener`` sends ``key_down``, ``key_up`` and ``key_repeat`` while its ``content``
  has the focus; the client's data is the key's label only (``{"key": "A"}``): a modifier is a
  key of its own (``"Shift Left"``), with its own down and up events.
- ``ContextMenu`` opens ``items`` (or the per-button ``primary_items``...) on a right click or
  long press; ``on_select`` reads the chosen :class:`~flet.PopupMenuItem` as ``e.item``.
"""

from __future__ import annotations

from collections.abc import Awaitable
from enum import StrEnum
from typing import Any, ClassVar

from flet.controls.base import ColorProp, IconProp, LayoutControl, StrProp, ValueProp, call_client
from flet.controls.pickers import DateProp
from flet.core.control import Control
from flet.core.props import Child, Children, Event, Prop, PropertyError
from flet.core.snapshot import encode_value

__all__ = [
    "AutofillGroup",
    "AutofillGroupDisposeAction",
    "ContextMenu",
    "DateRangePicker",
    "KeyboardListener",
    "MergeSemantics",
    "Shimmer",
    "ShimmerDirection",
]


def _needs_content(control: Control) -> None:
    content = getattr(control, "content", None)
    if content is None or not content.visible:
        kind = type(control).__name__
        raise PropertyError(
            f"{kind} needs visible content: pass {kind}(content=ft.Text(...)) or another control."
        )


class DateRangePicker(Control):
    """A dialog to pick a range of days: ``start_value`` to ``end_value``."""

    control_type = "DateRangePicker"
    dialog: ClassVar[bool] = True
    positional = ("open", "start_value", "end_value")

    open = Prop(bool, default=False, client=True)
    start_value = DateProp(client=True)
    end_value = DateProp(client=True)
    first_date = DateProp()
    last_date = DateProp()
    current_date = DateProp()
    modal = Prop(bool)
    locale = ValueProp()
    keyboard_type = StrProp()
    entry_mode = StrProp()
    save_text = StrProp()
    help_text = StrProp()
    cancel_text = StrProp()
    confirm_text = StrProp()
    error_format_text = StrProp()
    error_invalid_text = StrProp()
    error_invalid_range_text = StrProp()
    field_start_hint_text = StrProp()
    field_end_hint_text = StrProp()
    field_start_label_text = StrProp()
    field_end_label_text = StrProp()
    switch_to_calendar_icon = IconProp()
    switch_to_input_icon = IconProp()
    barrier_color = ColorProp()
    on_change = Event()
    on_dismiss = Event()

    def pick_date_range(self) -> Awaitable[None]:
        """Open the picker (sync or ``await``-ed)."""
        self.open = True
        return self.update()

    pick_date_range_async = pick_date_range


class KeyboardListener(Control):
    """Reports the keys pressed while ``content`` has the focus (``autofocus`` takes it at
    once); handlers read ``e.key``."""

    control_type = "KeyboardListener"
    positional = ("content",)

    content = Child()
    autofocus = Prop(bool)
    include_semantics = Prop(bool)
    on_key_down = Event()
    on_key_up = Event()
    on_key_repeat = Event()

    def before_update(self) -> None:
        if self.content is None:
            raise PropertyError(
                "KeyboardListener needs content: pass KeyboardListener(content=ft.Text(...))."
            )

    def focus(self) -> Awaitable[Any]:
        """Give the listener the keyboard focus (sync or ``await``-ed)."""
        return call_client(self, "focus")

    focus_async = focus


class MergeSemantics(Control):
    """Makes screen readers read ``content`` and its descendants as one node."""

    control_type = "MergeSemantics"
    positional = ("content",)

    content = Child()


class ShimmerDirection(StrEnum):
    LTR = "ltr"
    RTL = "rtl"
    TTB = "ttb"
    BTT = "btt"


def _duration(value: Any) -> Any:
    return encode_value(value)


class Shimmer(LayoutControl):
    """Sweeps a highlight over ``content`` (a loading placeholder): ``base_color`` and
    ``highlight_color``, or a ``gradient``."""

    control_type = "Shimmer"
    positional = ("content",)

    content = Child()
    gradient = ValueProp()
    base_color = ColorProp()
    highlight_color = ColorProp()
    period = ValueProp(int, float, encode=_duration)
    direction = StrProp()
    loop = Prop(int)

    def before_update(self) -> None:
        _needs_content(self)
        if self.gradient is None and (self.base_color is None or self.highlight_color is None):
            raise PropertyError(
                "Shimmer needs its colours: pass base_color=... and highlight_color=..., "
                "or gradient=ft.LinearGradient(colors=[...])."
            )
        if self.loop is not None and self.loop < 0:
            raise PropertyError(f"Shimmer.loop counts sweeps (0 = forever), not {self.loop}.")


class ContextMenu(LayoutControl):
    """A menu of ``PopupMenuItem``s opened over ``content`` by a mouse button (right click by
    default) or from Python with :meth:`open`; ``on_select`` gets ``e.item``."""

    control_type = "ContextMenu"
    positional = ("content", "items")

    content = Child()
    items = Children()
    primary_items = Children()
    secondary_items = Children()
    tertiary_items = Children()
    primary_trigger = StrProp()
    secondary_trigger = StrProp()
    tertiary_trigger = StrProp()
    on_select = Event()
    on_dismiss = Event()

    def before_update(self) -> None:
        _needs_content(self)

    def open(self, global_position: Any = None, local_position: Any = None) -> Awaitable[Any]:
        """Open ``items`` at a position (``ft.Offset`` or ``(x, y)``; sync or ``await``-ed)."""
        args = {
            "global_position": _offset(global_position),
            "local_position": _offset(local_position),
        }
        return call_client(self, "open", args)

    open_async = open


def _offset(value: Any) -> Any:
    if isinstance(value, tuple | list) and len(value) == 2:
        return {"x": value[0], "y": value[1]}
    return encode_value(value) if value is not None else None


class AutofillGroupDisposeAction(StrEnum):
    COMMIT = "commit"
    CANCEL = "cancel"


class AutofillGroup(Control):
    """Groups the text fields of a form so the browser fills them in together."""

    control_type = "AutofillGroup"
    positional = ("content",)

    content = Child()
    dispose_action = StrProp()

    def before_update(self) -> None:
        _needs_content(self)
