"""The Cupertino (iOS-style) controls, with the async era's names on the 1.0.5 wire.

The client echoes what the user changes (a switch's or checkbox's ``value``, a slider's thumb,
a text field's text) before it sends ``change`` (protocol §10.1). CupertinoAlertDialog and
CupertinoBottomSheet are dialogs: ``page.open(...)``, ``page.dialog = ...`` and
``page.overlay.append(...)`` all show them through the page's dialog host. A
CupertinoActionSheet is drawn inside a CupertinoBottomSheet, as the era's examples did.

Async-era spellings translated: ``text=`` is the 1.0.5 ``content``; ``CupertinoButton``'s
number ``min_size`` is a square ``{"width", "height"}`` size and ``disabled_color`` is
``disabled_bgcolor``; ``CupertinoSwitch(active_color=, track_color=)`` are
``active_track_color``/``inactive_track_color`` and ``active_thumb_image``/
``inactive_thumb_image`` the ``..._src`` properties; ``CupertinoTextField(shadow=)`` is
``shadows``; ``is_default_action``/``is_destructive_action`` of the dialog and action-sheet
actions are ``default``/``destructive``.
"""

from __future__ import annotations

from collections.abc import Awaitable
from enum import StrEnum
from typing import Any

from flet.controls.base import (
    AlignmentProp,
    AnimationProp,
    ColorProp,
    IconProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    UrlLinked,
    ValueProp,
    call_client,
    either,
)
from flet.controls.dialogs import _Dialog
from flet.controls.inputs import Initially, StateProp, TextField
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop, PropertyError
from flet.values.wire import WireValue

__all__ = [
    "CupertinoActionSheet",
    "CupertinoActionSheetAction",
    "CupertinoActivityIndicator",
    "CupertinoAlertDialog",
    "CupertinoBottomSheet",
    "CupertinoButton",
    "CupertinoButtonSize",
    "CupertinoCheckbox",
    "CupertinoDialogAction",
    "CupertinoFilledButton",
    "CupertinoListTile",
    "CupertinoRadio",
    "CupertinoSlider",
    "CupertinoSwitch",
    "CupertinoTextField",
    "CupertinoTintedButton",
    "OverlayVisibilityMode",
]


class CupertinoButtonSize(StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class OverlayVisibilityMode(StrEnum):
    """When a CupertinoTextField's prefix, suffix or clear button shows."""

    NEVER = "never"
    EDITING = "editing"
    NOT_EDITING = "notEditing"
    ALWAYS = "always"


def _square(value: Any) -> Any:
    """The era's number ``min_size`` (a square side) as the 1.0.5 ``Size`` map."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {"width": value, "height": value}
    return value


def _unit(value: Any) -> Any:
    """Clamped into 0..1, as the era's ``opacity_on_click`` setter did."""
    return max(0.0, min(float(value), 1.0))


# -- buttons ---------------------------------------------------------------------------------


class CupertinoButton(UrlLinked, LayoutControl):
    """An iOS-style button; ``text`` (or ``content``) is its label."""

    control_type = "CupertinoButton"
    positional = ("text", "icon", "icon_color", "content")

    url = Prop(str, sent=False)
    content, _content_value, _content_control = either("content")
    text = Alias("content")
    icon, _icon_value, _icon_control = either("icon", IconProp)
    icon_color = ColorProp()
    bgcolor = ColorProp()
    color = ColorProp()
    disabled_bgcolor = ColorProp()
    opacity_on_click = Prop((int, float), default=0.4, decode=_unit)
    min_size = Prop((int, float, dict, WireValue), encode=_square)
    size = StrProp(default="large")
    padding = InsetsProp()
    alignment = AlignmentProp()
    border_radius = RadiusProp()
    autofocus = Prop(bool)
    focus_color = ColorProp()
    mouse_cursor = StrProp()
    on_click = Event()
    on_long_press = Event()
    on_focus = Event()
    on_blur = Event()

    disabled_color = Alias("disabled_bgcolor")  # async era (deprecated in 0.24)

    def focus(self) -> Awaitable[Any]:
        """Move the keyboard focus to this button (sync or ``await``-ed)."""
        return call_client(self, "focus")


class CupertinoFilledButton(CupertinoButton):
    control_type = "CupertinoFilledButton"


class CupertinoTintedButton(CupertinoButton):
    control_type = "CupertinoTintedButton"


# -- toggles and sliders ---------------------------------------------------------------------


class CupertinoSwitch(LayoutControl):
    control_type = "CupertinoSwitch"
    positional = ("label", "value", "label_position")

    label = StrProp()
    value = Initially(bool, False, client=True)
    label_position = StrProp()
    thumb_color = ColorProp()
    focus_color = ColorProp()
    autofocus = Prop(bool)
    on_label_color = ColorProp()
    off_label_color = ColorProp()
    active_thumb_image_src = StrProp()
    inactive_thumb_image_src = StrProp()
    active_track_color = ColorProp()
    inactive_thumb_color = ColorProp()
    inactive_track_color = ColorProp()
    track_outline_color = StateProp()
    track_outline_width = StateProp()
    thumb_icon = StateProp()
    on_change = Event()
    on_focus = Event()
    on_blur = Event()
    on_image_error = Event()

    # async era
    active_color = Alias("active_track_color")
    track_color = Alias("inactive_track_color")
    active_thumb_image = Alias("active_thumb_image_src")
    inactive_thumb_image = Alias("inactive_thumb_image_src")


class CupertinoSlider(LayoutControl):
    """``value`` follows the thumb (read as a float); unset, it starts at ``min``."""

    control_type = "CupertinoSlider"
    positional = ("value", "min", "max", "divisions")

    value = NumberProp(client=True, decode=float)
    min = Initially((int, float), 0.0)
    max = Initially((int, float), 1.0)
    divisions = Prop(int)
    active_color = ColorProp()
    thumb_color = ColorProp()
    on_change = Event()
    on_change_start = Event()
    on_change_end = Event()
    on_focus = Event()
    on_blur = Event()

    def before_update(self) -> None:
        if self.value is None:
            self.value = self.min


class CupertinoCheckbox(LayoutControl):
    control_type = "CupertinoCheckbox"
    positional = ("label", "label_position", "value")

    label = StrProp()
    label_position = StrProp()
    spacing = NumberProp(default=10)
    value = Initially(bool, False, client=True)
    tristate = Prop(bool)
    autofocus = Prop(bool)
    check_color = ColorProp()
    active_color = ColorProp()
    focus_color = ColorProp()
    fill_color = StateProp()
    shape = ValueProp()
    mouse_cursor = StrProp()
    semantics_label = StrProp()
    border_side = StateProp()
    on_change = Event()
    on_focus = Event()
    on_blur = Event()

    # async era, no 1.0.5 equivalent (the client derives the unchecked colour): Python only
    inactive_color = ColorProp(sent=False)


class CupertinoRadio(LayoutControl):
    """One choice of a RadioGroup; the group holds the selected ``value``."""

    control_type = "CupertinoRadio"
    positional = ("label", "value", "label_position")

    label = StrProp()
    value = StrProp()
    label_position = StrProp()
    fill_color = ColorProp()
    active_color = ColorProp()
    inactive_color = ColorProp()
    autofocus = Prop(bool)
    use_checkmark_style = Prop(bool)
    toggleable = Prop(bool)
    focus_color = ColorProp()
    mouse_cursor = StrProp()
    on_focus = Event()
    on_blur = Event()


# -- text field ------------------------------------------------------------------------------


class CupertinoTextField(TextField):
    """An iOS-style text field; ``value`` follows what the user types."""

    control_type = "CupertinoTextField"
    # the era took the placeholder first (TextField takes the value)
    positional = ("placeholder_text", "value")  # type: ignore[assignment]

    placeholder_text = StrProp()
    placeholder_style = ValueProp()
    gradient = ValueProp()
    blend_mode = StrProp()
    shadows = Prop((dict, list, WireValue))
    prefix_visibility_mode = StrProp()
    suffix_visibility_mode = StrProp()
    clear_button_visibility_mode = StrProp()
    clear_button_semantics_label = StrProp()
    image = ValueProp()
    padding = InsetsProp()

    shadow = Alias("shadows")  # async era


# -- dialogs and sheets ----------------------------------------------------------------------


class CupertinoDialogAction(Control):
    """A button of a CupertinoAlertDialog."""

    control_type = "CupertinoDialogAction"
    positional = ("text", "content", "is_default_action", "is_destructive_action")

    content, _content_value, _content_control = either("content")
    text = Alias("content")
    default = Prop(bool)
    destructive = Prop(bool)
    text_style = ValueProp()
    on_click = Event()

    # async era
    is_default_action = Alias("default")
    is_destructive_action = Alias("destructive")


class CupertinoAlertDialog(_Dialog):
    control_type = "CupertinoAlertDialog"
    positional = ("open", "modal", "title", "content", "actions")

    modal = Prop(bool)
    title, _title_value, _title_control = either("title")
    content = Child()
    actions = Children()
    inset_animation = AnimationProp()
    barrier_color = ColorProp()

    def before_update(self) -> None:
        if self.open and self.title is None and self.content is None and not self.actions:
            self.open = False  # not shown: the error is reported instead of drawn
            raise PropertyError(
                "CupertinoAlertDialog has nothing to show (the client would draw an error "
                "box); give it a title, content or actions."
            )


class CupertinoActionSheetAction(LayoutControl):
    """A button of a CupertinoActionSheet."""

    control_type = "CupertinoActionSheetAction"
    positional = ("text", "content", "is_default_action", "is_destructive_action")

    content, _content_value, _content_control = either("content")
    text = Alias("content")
    default = Prop(bool)
    destructive = Prop(bool)
    mouse_cursor = StrProp()
    on_click = Event()

    # async era
    is_default_action = Alias("default")
    is_destructive_action = Alias("destructive")


class CupertinoActionSheet(LayoutControl):
    """An iOS action sheet: a title, a message, actions and a cancel button."""

    control_type = "CupertinoActionSheet"
    positional = ("title", "message", "actions", "cancel")

    title, _title_value, _title_control = either("title")
    message, _message_value, _message_control = either("message")
    actions = Children()
    cancel = Child()


class CupertinoBottomSheet(_Dialog):
    """A modal sheet sliding up from the bottom (holds a CupertinoActionSheet, a picker...)."""

    control_type = "CupertinoBottomSheet"
    positional = ("content", "open", "modal")

    content = Child()
    modal = Prop(bool)
    bgcolor = ColorProp()
    height = NumberProp()
    padding = InsetsProp()


# -- display ---------------------------------------------------------------------------------


class CupertinoActivityIndicator(LayoutControl):
    control_type = "CupertinoActivityIndicator"
    positional = ("radius", "color", "animating")

    radius = NumberProp(default=10)
    color = ColorProp()
    animating = Prop(bool, default=True)
    progress = NumberProp()


class CupertinoListTile(UrlLinked, LayoutControl):
    control_type = "CupertinoListTile"
    positional = ("title", "subtitle", "leading", "trailing")

    url = Prop(str, sent=False)
    title, _title_value, _title_control = either("title")
    subtitle, _subtitle_value, _subtitle_control = either("subtitle")
    leading, _leading_value, _leading_control = either("leading", IconProp)
    trailing, _trailing_value, _trailing_control = either("trailing", IconProp)
    additional_info, _additional_info_value, _additional_info_control = either("additional_info")
    bgcolor = ColorProp()
    bgcolor_activated = ColorProp()
    padding = InsetsProp()
    toggle_inputs = Prop(bool)
    leading_size = NumberProp()
    leading_to_title = NumberProp()
    notched = Prop(bool)
    on_click = Event()
