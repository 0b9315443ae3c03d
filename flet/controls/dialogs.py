"""Dialogs: AlertDialog, BottomSheet, Banner, SnackBar (also used for handler errors).

They live in the page's ``_dialogs`` host and show while ``open`` is true. When the user
dismisses one, the client echoes ``open: false`` and then sends ``dismiss``. SnackBar and
Banner also echo ``_dismissed: true`` and, while it is set, the client never shows them again;
so when the app opens one of them again (the async-era ``page.snack_bar.open = True``), the
flag is cleared on the wire in the same update.
"""

from __future__ import annotations

from typing import Any, ClassVar

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    Either,
    IconProp,
    InsetsProp,
    NumberProp,
    StrProp,
    TextProp,
    ValueProp,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop

__all__ = ["AlertDialog", "Banner", "BottomSheet", "SnackBar"]

DURATION = (int, float, dict)


class _Dialog(Control):
    """What every dialog-like control has: ``open`` (echoed) and ``on_dismiss``."""

    #: The page puts dialog-like controls into its ``_dialogs`` host.
    dialog: ClassVar[bool] = True

    open = Prop(bool, default=False, client=True)
    adaptive = Prop(bool)
    on_dismiss = Event()


class _ReopenableDialog(_Dialog):
    """A dialog the client marks ``_dismissed`` once closed; opening it again clears that."""

    _dismissed = Prop(bool, client=True)

    def before_update(self) -> None:
        if self.open and self._dismissed:
            self._dismissed = None


class AlertDialog(_Dialog):
    control_type = "AlertDialog"
    positional = ("modal", "title", "content", "actions")

    modal = Prop(bool)
    _title = TextProp(wire="title")
    _title_control = Child(wire="title")
    title = Either("_title", "_title_control")
    content = Child()
    actions = Children()
    icon = Child()
    bgcolor = ColorProp()
    elevation = NumberProp()
    title_padding = InsetsProp()
    content_padding = InsetsProp()
    actions_padding = InsetsProp()
    actions_alignment = StrProp()
    shape = ValueProp()
    inset_padding = InsetsProp()
    icon_padding = InsetsProp()
    action_button_padding = InsetsProp()
    surface_tint_color = ColorProp(sent=False)  # not in the 1.0.5 client
    shadow_color = ColorProp()
    icon_color = ColorProp()
    scrollable = Prop(bool)
    actions_overflow_button_spacing = NumberProp()
    alignment = AlignmentProp()
    content_text_style = ValueProp()
    title_text_style = ValueProp()
    clip_behavior = StrProp()
    semantics_label = StrProp()
    barrier_color = ColorProp()


class BottomSheet(_Dialog):
    control_type = "BottomSheet"
    positional = ("content", "open")

    content = Child()
    elevation = NumberProp()
    bgcolor = ColorProp()
    dismissible = Prop(bool)
    draggable = Prop(bool)
    enable_drag = Alias("draggable")
    show_drag_handle = Prop(bool)
    use_safe_area = Prop(bool)
    scrollable = Prop(bool)
    is_scroll_controlled = Alias("scrollable")
    fullscreen = Prop(bool)
    maintain_bottom_view_insets_padding = Prop(bool)
    animation_style = ValueProp()
    size_constraints = ValueProp()
    clip_behavior = StrProp()
    shape = ValueProp()
    barrier_color = ColorProp()


class Banner(_ReopenableDialog):
    control_type = "Banner"
    positional = ("content", "actions", "open", "leading")

    _content = TextProp(wire="content")
    _content_control = Child(wire="content")
    content = Either("_content", "_content_control")
    actions = Children()
    _leading = IconProp(wire="leading")
    _leading_control = Child(wire="leading")
    leading = Either("_leading", "_leading_control")
    leading_padding = InsetsProp()
    content_padding = InsetsProp()
    force_actions_below = Prop(bool)
    bgcolor = ColorProp()
    surface_tint_color = ColorProp(sent=False)  # not in the 1.0.5 client
    shadow_color = ColorProp()
    divider_color = ColorProp()
    elevation = NumberProp()
    margin = InsetsProp()
    content_text_style = ValueProp()
    min_action_bar_height = NumberProp()
    on_visible = Event()


class _SnackBarAction(Control):
    """A SnackBar's action button with colours (Flet 1.0.5 sends it with type ``SnackBar``)."""

    control_type = "SnackBar"

    label = StrProp()
    text_color = ColorProp()
    on_click = Event()


class SnackBar(_ReopenableDialog):
    """A short message at the bottom of the page.

    ``action`` is the label of its button; with ``action_color`` the button is sent as an
    action control whose click reaches ``on_action`` as well.
    """

    control_type = "SnackBar"
    positional = ("content", "open")

    _content = TextProp(wire="content")
    _content_control = Child(wire="content")
    content = Either("_content", "_content_control")
    action = StrProp()
    action_color = ColorProp(sent=False)
    _action_control = Child(wire="action")
    behavior = StrProp()
    dismiss_direction = StrProp()
    show_close_icon = Prop(bool)
    close_icon_color = ColorProp()
    bgcolor = ColorProp()
    duration = Prop(DURATION)
    margin = InsetsProp()
    padding = InsetsProp()
    width = NumberProp()
    elevation = NumberProp()
    shape = ValueProp()
    clip_behavior = StrProp()
    action_overflow_threshold = NumberProp()
    persist = Prop(bool)
    on_action = Event()
    on_visible = Event()

    _button: _SnackBarAction | None = None

    def before_update(self) -> None:
        super().before_update()
        if self.action is None or self.action_color is None:
            self._action_control = None
            return
        if self._button is None:
            self._button = _SnackBarAction()
        button = self._button
        button.label = self.action
        button.text_color = self.action_color
        button.on_click = self._action_clicked if self.on_action is not None else None
        self._action_control = button

    def _action_clicked(self, e: Any) -> Any:
        e.control = self
        return self.on_action(e)
