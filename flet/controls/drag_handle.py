"""ReorderableDragHandle: the part of a ReorderableListView item that starts a drag.

The 1.0.5 client (main.dart.js) registers ``ReorderableDragHandle``; it reads ``content`` and
``mouse_cursor``. Put one inside each item of a ``ReorderableListView`` created with
``show_default_drag_handles=False``: the item then moves only when dragged by its handle.
"""

from __future__ import annotations

from flet.controls.base import LayoutControl, StrProp
from flet.core.props import Child, Prop, PropertyError

__all__ = ["ReorderableDragHandle"]


class ReorderableDragHandle(LayoutControl):
    """Drag this (``content``) to move its item in a ReorderableListView."""

    control_type = "ReorderableDragHandle"
    positional = ("content",)

    content = Child()
    mouse_cursor = StrProp()
    adaptive = Prop(bool)

    def before_update(self) -> None:
        if self.content is None or not self.content.visible:
            raise PropertyError(
                "ReorderableDragHandle needs a visible content=... (e.g. ft.Icon(ft.Icons.MENU))"
            )
