"""SnackBar: a short message at the bottom of the page (also used for handler errors)."""

from __future__ import annotations

from flet.controls.base import ColorProp, StrProp
from flet.core.control import Control
from flet.core.props import Child, Event, Prop

__all__ = ["SnackBar"]


class SnackBar(Control):
    control_type = "SnackBar"
    positional = ("content",)

    content = Child()
    open = Prop(bool, default=False, client=True)
    action = StrProp()
    duration = Prop((int, dict))
    bgcolor = ColorProp()
    show_close_icon = Prop(bool)
    on_action = Event()
    on_dismiss = Event()
