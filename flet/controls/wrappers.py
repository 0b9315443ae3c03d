"""Controls that wrap one ``content`` (or a few pages): AnimatedSwitcher, ShaderMask, Semantics,
SelectionArea, Pagelet, WindowDragArea, InteractiveViewer, RotatedBox, TransparentPointer,
Hero and PageView.

Async-era spellings are translated here: ``AnimatedSwitcher.duration`` in milliseconds is sent
as the client reads it (a number of ms), ``Pagelet.bottom_app_bar`` is the 1.0.5
``bottom_appbar``. The client refuses a wrapper without content with an error box, so these
are refused in Python first, naming the fix.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, ClassVar

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    ValueProp,
    call_client,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop, PropertyError
from flet.core.snapshot import encode_value

__all__ = [
    "AnimatedSwitcher",
    "Hero",
    "InteractiveViewer",
    "PageView",
    "Pagelet",
    "RotatedBox",
    "SelectionArea",
    "Semantics",
    "ShaderMask",
    "TransparentPointer",
    "WindowDragArea",
]

DURATION = (int, float, dict)


def _needs_content(control: Control) -> None:
    content = getattr(control, "content", None)
    if content is None or not content.visible:
        kind = type(control).__name__
        raise PropertyError(
            f"{kind} needs visible content: pass {kind}(content=ft.Text(...)) or another control."
        )


class _Wrapper(LayoutControl):
    """A control drawn around its required ``content``."""

    positional: ClassVar[tuple[str, ...]] = ("content",)

    content = Child()

    def before_update(self) -> None:
        _needs_content(self)


class AnimatedSwitcher(_Wrapper):
    """Animates (``transition``) from the old ``content`` to a new one set in Python."""

    control_type = "AnimatedSwitcher"

    duration = Prop(DURATION)
    reverse_duration = Prop(DURATION)
    switch_in_curve = StrProp()
    switch_out_curve = StrProp()
    transition = StrProp()


class ShaderMask(LayoutControl):
    """Paints ``content`` through ``shader`` (a gradient), mixed by ``blend_mode``."""

    control_type = "ShaderMask"
    positional = ("content", "shader", "blend_mode")

    content = Child()
    shader = ValueProp()
    blend_mode = StrProp()
    border_radius = RadiusProp()

    def before_update(self) -> None:
        if self.shader is None:
            raise PropertyError(
                "ShaderMask needs a shader: pass shader=ft.LinearGradient(colors=[...])."
            )


class Semantics(Control):
    """Describes ``content`` to screen readers (``label``, ``button``, ``value``...)."""

    control_type = "Semantics"
    positional = ("content", "label")

    content = Child()
    label = StrProp()
    identifier = StrProp()
    expanded = Prop(bool)
    hidden = Prop(bool)
    selected = Prop(bool)
    button = Prop(bool)
    obscured = Prop(bool)
    multiline = Prop(bool)
    focusable = Prop(bool)
    read_only = Prop(bool)
    focus = Prop(bool)
    slider = Prop(bool)
    toggled = Prop(bool)
    max_value_length = NumberProp()
    checked = Prop(bool)
    value = StrProp()
    increased_value = StrProp()
    decreased_value = StrProp()
    hint_text = StrProp()
    on_tap_hint_text = StrProp()
    on_long_press_hint_text = StrProp()
    current_value_length = Prop(int)
    heading_level = Prop(int)
    exclude_semantics = Prop(bool, default=False)
    mixed = Prop(bool)
    container = Prop(bool, default=False)
    live_region = Prop(bool)
    textfield = Prop(bool)
    link = Prop(bool)
    header = Prop(bool)
    image = Prop(bool)
    on_tap = Event()
    on_double_tap = Event()
    on_increase = Event()
    on_decrease = Event()
    on_dismiss = Event()
    on_scroll_left = Event()
    on_scroll_right = Event()
    on_scroll_up = Event()
    on_scroll_down = Event()
    on_copy = Event()
    on_cut = Event()
    on_paste = Event()
    on_long_press = Event()
    on_move_cursor_forward_by_character = Event()
    on_move_cursor_backward_by_character = Event()
    on_did_gain_accessibility_focus = Event()
    on_did_lose_accessibility_focus = Event()
    on_set_text = Event()


class SelectionArea(Control):
    """Lets the user select and copy the text inside ``content``; ``on_change`` gets it."""

    control_type = "SelectionArea"
    positional = ("content",)

    content = Child()
    on_change = Event()

    def before_update(self) -> None:
        _needs_content(self)


def _location_wire(value: Any) -> Any:
    if isinstance(value, tuple | list) and len(value) == 2:
        return {"x": value[0], "y": value[1]}
    return encode_value(value)


class Pagelet(_Wrapper):
    """A page inside a page: its own ``appbar``, ``navigation_bar``, drawers and FAB."""

    control_type = "Pagelet"

    appbar = Child()
    navigation_bar = Child()
    bottom_appbar = Child()
    bottom_app_bar = Alias("bottom_appbar")  # async-era name
    bottom_sheet = Child()
    drawer = Child()
    end_drawer = Child()
    floating_action_button = Child()
    floating_action_button_location = Prop((str, dict, tuple, list), encode=_location_wire)
    bgcolor = ColorProp()
    adaptive = Prop(bool)

    def _open(self, name: str, drawer: Control | None) -> Awaitable[Any]:
        if drawer is None:
            raise PropertyError(
                f"Pagelet has no {name.removeprefix('show_')}: set it "
                f"(pagelet.{name.removeprefix('show_')} = ft.NavigationDrawer(...)) first."
            )
        return call_client(self, name)

    def show_drawer(self) -> Awaitable[Any]:
        return self._open("show_drawer", self.drawer)

    def close_drawer(self) -> Awaitable[Any]:
        return call_client(self, "close_drawer")

    def show_end_drawer(self) -> Awaitable[Any]:
        return self._open("show_end_drawer", self.end_drawer)

    def close_end_drawer(self) -> Awaitable[Any]:
        return call_client(self, "close_end_drawer")

    show_drawer_async = show_drawer
    close_drawer_async = close_drawer
    show_end_drawer_async = show_end_drawer
    close_end_drawer_async = close_end_drawer


class WindowDragArea(_Wrapper):
    """Drags the desktop window by ``content``; in a browser it draws ``content`` only."""

    control_type = "WindowDragArea"

    maximizable = Prop(bool, default=True)
    on_double_tap = Event()
    on_drag_start = Event()
    on_drag_end = Event()


class InteractiveViewer(_Wrapper):
    """Lets the user pan and zoom ``content``."""

    control_type = "InteractiveViewer"

    pan_enabled = Prop(bool, default=True)
    scale_enabled = Prop(bool, default=True)
    trackpad_scroll_causes_scale = Prop(bool, default=False)
    constrained = Prop(bool, default=True)
    max_scale = NumberProp(default=2.5)
    min_scale = NumberProp(default=0.8)
    interaction_end_friction_coefficient = NumberProp()
    scale_factor = NumberProp(default=200)
    clip_behavior = StrProp()
    alignment = AlignmentProp()
    boundary_margin = InsetsProp()
    interaction_update_interval = Prop(int, default=200)
    on_interaction_start = Event()
    on_interaction_update = Event()
    on_interaction_end = Event()

    def before_update(self) -> None:
        super().before_update()
        low, high = self.min_scale, self.max_scale
        if low is not None and high is not None and not 0 < low <= high:
            raise PropertyError(
                f"InteractiveViewer: min_scale ({self.min_scale}) must be above 0 and at "
                f"most max_scale ({self.max_scale})."
            )


class RotatedBox(LayoutControl):
    """Turns ``content`` by ``quarter_turns`` quarter turns clockwise (layout turns too)."""

    control_type = "RotatedBox"
    positional = ("quarter_turns", "content")

    quarter_turns = Prop(int, default=0)
    content = Child()


class TransparentPointer(LayoutControl):
    """Lets pointer events pass through ``content`` to the controls below it in a Stack."""

    control_type = "TransparentPointer"
    positional = ("content",)

    content = Child()


class Hero(_Wrapper):
    """Flies ``content`` to the Hero with the same ``tag`` on the next route's view."""

    control_type = "Hero"
    positional = ("tag", "content")

    tag = StrProp()
    transition_on_user_gestures = Prop(bool, default=False)

    def before_update(self) -> None:
        super().before_update()
        if not self.tag:
            raise PropertyError("Hero needs a tag: pass ft.Hero(tag='photo', content=...).")


class PageView(LayoutControl):
    """Pages (``controls``) the user swipes between; ``on_change`` gets the page's index."""

    control_type = "PageView"
    positional = ("controls",)

    controls = Children()
    selected_index = Prop(int, default=0)
    keep_page = Prop(bool, default=True)
    horizontal = Prop(bool, default=True)
    reverse = Prop(bool, default=False)
    viewport_fraction = NumberProp(default=1)
    snap = Prop(bool, default=True)
    implicit_scrolling = Prop(bool, default=False)
    pad_ends = Prop(bool, default=True)
    clip_behavior = StrProp()
    on_change = Event()
