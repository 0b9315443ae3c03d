"""Gestures and drag and drop: GestureDetector, Draggable, DragTarget, Dismissible.

The client sends each gesture only if its handler is set (``on_pan_update`` and so on); the
handlers get the typed events of :mod:`flet.events` (``ft.DragUpdateEvent``...). A
DragTarget's events carry ``e.src_id``, the Draggable's id, which ``page.get_control`` turns
back into the Draggable as in the async era.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from flet.controls.base import LayoutControl, NumberProp, StrProp, ValueProp, call_client
from flet.core.control import Control
from flet.core.props import Child, Event, Prop, PropertyError

__all__ = ["Dismissible", "DragTarget", "Draggable", "GestureDetector"]

DURATION = (int, float, dict)


def _needs_content(control: Control) -> None:
    if getattr(control, "content", None) is None:
        kind = type(control).__name__
        raise PropertyError(
            f"{kind} needs content: pass {kind}(content=ft.Container(...)) or another control."
        )


class GestureDetector(LayoutControl):
    """Reports taps, drags, pans, scales, hovers and scrolls over its ``content``."""

    control_type = "GestureDetector"
    positional = ("content", "mouse_cursor", "drag_interval")

    content = Child()
    mouse_cursor = StrProp()
    drag_interval = Prop(int, default=0)
    hover_interval = Prop(int, default=0)
    multi_tap_touches = Prop(int, default=0)
    exclude_from_semantics = Prop(bool, default=False)
    trackpad_scroll_causes_scale = Prop(bool, default=False)
    allowed_devices = Prop(list)
    adaptive = Prop(bool)
    on_tap = Event()
    on_tap_down = Event()
    on_tap_up = Event()
    on_tap_move = Event()
    on_tap_cancel = Event()
    on_multi_tap = Event()
    on_multi_long_press = Event()
    on_secondary_tap = Event()
    on_secondary_tap_down = Event()
    on_secondary_tap_up = Event()
    on_secondary_tap_cancel = Event()
    on_tertiary_tap_down = Event()
    on_tertiary_tap_up = Event()
    on_tertiary_tap_cancel = Event()
    on_long_press = Event()
    on_long_press_down = Event()
    on_long_press_cancel = Event()
    on_long_press_start = Event()
    on_long_press_move_update = Event()
    on_long_press_up = Event()
    on_long_press_end = Event()
    on_secondary_long_press = Event()
    on_secondary_long_press_down = Event()
    on_secondary_long_press_cancel = Event()
    on_secondary_long_press_start = Event()
    on_secondary_long_press_move_update = Event()
    on_secondary_long_press_up = Event()
    on_secondary_long_press_end = Event()
    on_double_tap = Event()
    on_double_tap_down = Event()
    on_double_tap_cancel = Event()
    on_horizontal_drag_down = Event()
    on_horizontal_drag_start = Event()
    on_horizontal_drag_update = Event()
    on_horizontal_drag_end = Event()
    on_horizontal_drag_cancel = Event()
    on_vertical_drag_down = Event()
    on_vertical_drag_start = Event()
    on_vertical_drag_update = Event()
    on_vertical_drag_end = Event()
    on_vertical_drag_cancel = Event()
    on_pan_down = Event()
    on_pan_start = Event()
    on_pan_update = Event()
    on_pan_end = Event()
    on_pan_cancel = Event()
    on_right_pan_start = Event()
    on_right_pan_update = Event()
    on_right_pan_end = Event()
    on_scale_start = Event()
    on_scale_update = Event()
    on_scale_end = Event()
    on_force_press_start = Event()
    on_force_press_peak = Event()
    on_force_press_update = Event()
    on_force_press_end = Event()
    on_hover = Event()
    on_enter = Event()
    on_exit = Event()
    on_scroll = Event()


class Draggable(Control):
    """A control the user can drag to a DragTarget of the same ``group``."""

    control_type = "Draggable"
    positional = ("group", "content", "content_when_dragging", "content_feedback")

    group = StrProp(default="default")
    content = Child()
    content_when_dragging = Child()
    content_feedback = Child()
    axis = StrProp()
    affinity = StrProp()
    max_simultaneous_drags = Prop(int)
    on_drag_start = Event()
    on_drag_complete = Event()

    def before_update(self) -> None:
        _needs_content(self)


class DragTarget(Control):
    """Accepts a Draggable of the same ``group`` dropped on its ``content``.

    ``on_will_accept`` (``e.data`` is ``"true"`` when the groups match), ``on_accept``
    (``page.get_control(e.src_id)`` is the Draggable), ``on_move`` and ``on_leave``.
    """

    control_type = "DragTarget"
    positional = ("group", "content")

    group = StrProp(default="default")
    content = Child()
    on_will_accept = Event()
    on_accept = Event()
    on_move = Event()
    on_leave = Event()

    def before_update(self) -> None:
        _needs_content(self)


class Dismissible(LayoutControl):
    """``content`` the user can swipe away in ``dismiss_direction``, over ``background``
    (and ``secondary_background`` for the other way).

    With ``on_confirm_dismiss`` the swipe waits for ``confirm_dismiss(True)`` (go) or
    ``confirm_dismiss(False)`` (spring back). Remove the control in ``on_dismiss``.
    """

    control_type = "Dismissible"
    positional = ("content", "background", "secondary_background", "dismiss_direction")

    content = Child()
    background = Child()
    secondary_background = Child()
    dismiss_direction = StrProp()
    dismiss_thresholds = ValueProp()
    movement_duration = Prop(DURATION)
    resize_duration = Prop(DURATION)
    cross_axis_end_offset = NumberProp(default=0)
    adaptive = Prop(bool)
    on_dismiss = Event()
    on_update = Event()
    on_confirm_dismiss = Event()
    on_resize = Event()

    def before_update(self) -> None:
        _needs_content(self)
        if _shown(self.secondary_background) and not _shown(self.background):
            raise PropertyError(
                "Dismissible.secondary_background is shown only with a background: "
                "set background too (it is used for the first swipe direction)."
            )

    def confirm_dismiss(self, dismiss: bool) -> Awaitable[Any]:
        """Answer ``on_confirm_dismiss``: ``True`` dismisses, ``False`` springs back."""
        if not isinstance(dismiss, bool):
            raise PropertyError(
                f"Dismissible.confirm_dismiss takes True or False, not {dismiss!r}."
            )
        return call_client(self, "confirm_dismiss", {"dismiss": dismiss})

    confirm_dismiss_async = confirm_dismiss


def _shown(control: Control | None) -> bool:
    return control is not None and bool(getattr(control, "visible", True))
