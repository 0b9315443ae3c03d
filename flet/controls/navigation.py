"""Navigation: AppBar, BottomAppBar, NavigationBar, NavigationRail, NavigationDrawer.

The 1.0.5 client takes an icon or a label as either a value or a control under one wire name
(``icon: 65604`` or ``icon: {"_c": "Icon", ...}``). Apps of the async era wrote the control form
under another name (``icon_content=``, ``label_content=``); both spellings land on the same wire
key. ``selected_index`` is echoed by the client before it sends ``change`` with the index.
"""

from __future__ import annotations

from typing import Any

from flet.controls.base import (
    ColorProp,
    Either,
    IconProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    TextProp,
    ValueProp,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop, PropertyError

__all__ = [
    "AppBar",
    "BottomAppBar",
    "NavigationBar",
    "NavigationBarDestination",
    "NavigationDestination",
    "NavigationDrawer",
    "NavigationDrawerDestination",
    "NavigationRail",
    "NavigationRailDestination",
]

DURATION = (int, float, dict)


class AppBar(Control):
    control_type = "AppBar"
    positional = ("leading",)

    leading = Child()
    leading_width = NumberProp()
    automatically_imply_leading = Prop(bool)
    _title = TextProp(wire="title")
    _title_control = Child(wire="title")
    title = Either("_title", "_title_control")
    center_title = Prop(bool)
    toolbar_height = NumberProp()
    color = ColorProp()
    bgcolor = ColorProp()
    elevation = NumberProp()
    elevation_on_scroll = NumberProp()
    shadow_color = ColorProp()
    surface_tint_color = ColorProp(sent=False)  # not in the 1.0.5 client
    clip_behavior = StrProp()
    force_material_transparency = Prop(bool)
    secondary = Prop(bool)
    is_secondary = Alias("secondary")
    title_spacing = NumberProp()
    exclude_header_semantics = Prop(bool)
    actions = Children()
    actions_padding = InsetsProp()
    toolbar_opacity = NumberProp()
    title_text_style = ValueProp()
    toolbar_text_style = ValueProp()
    shape = ValueProp()
    adaptive = Prop(bool)


def _notch_shape(value: str | dict[str, Any]) -> dict[str, Any]:
    """``ft.NotchShape.CIRCULAR`` (async era) → ``{"_type": "circular"}`` (1.0.5)."""
    return {"_type": str(value)} if isinstance(value, str) else value


class BottomAppBar(LayoutControl):
    control_type = "BottomAppBar"
    positional = ("content",)

    content = Child()
    bgcolor = ColorProp()
    shadow_color = ColorProp()
    surface_tint_color = ColorProp(sent=False)  # not in the 1.0.5 client
    padding = InsetsProp()
    clip_behavior = StrProp()
    shape = Prop((str, dict), encode=_notch_shape)
    notch_margin = NumberProp()
    elevation = NumberProp()
    border_radius = RadiusProp()


class _Destination(Control):
    """``icon`` / ``selected_icon`` as a code or a control, in both spellings."""

    _icon = IconProp(wire="icon")
    icon_content = Child(wire="icon")
    icon = Either("_icon", "icon_content")
    _selected_icon = IconProp(wire="selected_icon")
    selected_icon_content = Child(wire="selected_icon")
    selected_icon = Either("_selected_icon", "selected_icon_content")


class NavigationBarDestination(_Destination):
    control_type = "NavigationBarDestination"
    positional = ("label", "icon", "icon_content", "selected_icon", "selected_icon_content")

    label = StrProp()
    bgcolor = ColorProp()
    adaptive = Prop(bool)


class NavigationDestination(NavigationBarDestination):
    """The async-era name of :class:`NavigationBarDestination` (sent as that type)."""


class NavigationBar(LayoutControl):
    control_type = "NavigationBar"
    positional = ("destinations",)

    destinations = Children()
    selected_index = Prop(int, default=0, client=True)
    bgcolor = ColorProp()
    label_behavior = StrProp()
    label_padding = InsetsProp()
    elevation = NumberProp()
    shadow_color = ColorProp()
    indicator_color = ColorProp()
    indicator_shape = ValueProp()
    surface_tint_color = ColorProp(sent=False)  # not in the 1.0.5 client
    border = ValueProp()
    animation_duration = Prop(DURATION)
    overlay_color = ValueProp(str)
    adaptive = Prop(bool)
    on_change = Event()


class NavigationRailDestination(_Destination):
    control_type = "NavigationRailDestination"
    positional = (
        "icon",
        "icon_content",
        "selected_icon",
        "selected_icon_content",
        "label",
        "label_content",
    )

    _label = TextProp(wire="label")
    label_content = Child(wire="label")
    label = Either("_label", "label_content")
    padding = InsetsProp()
    indicator_color = ColorProp()
    indicator_shape = ValueProp()


class NavigationRail(LayoutControl):
    control_type = "NavigationRail"
    positional = ("destinations",)

    destinations = Children()
    selected_index = Prop(int, client=True)  # None: no destination selected
    elevation = NumberProp()
    extended = Prop(bool)
    label_type = StrProp()
    bgcolor = ColorProp()
    indicator_color = ColorProp()
    indicator_shape = ValueProp()
    leading = Child()
    trailing = Child()
    pin_leading_to_top = Prop(bool)
    pin_trailing_to_bottom = Prop(bool)
    scrollable = Prop(bool)
    min_width = NumberProp()
    min_extended_width = NumberProp()
    group_alignment = NumberProp()
    selected_label_text_style = ValueProp()
    unselected_label_text_style = ValueProp()
    use_indicator = Prop(bool)
    on_change = Event()


class NavigationDrawerDestination(_Destination):
    control_type = "NavigationDrawerDestination"
    positional = ("label", "icon", "icon_content", "selected_icon", "selected_icon_content")

    _label = TextProp(wire="label")
    label_content = Child(wire="label")
    label = Either("_label", "label_content")
    bgcolor = ColorProp()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.icon is None:
            raise PropertyError(
                "NavigationDrawerDestination needs an icon (icon=ft.Icons.… or icon_content=); "
                "the 1.0.5 client cannot draw a destination without one."
            )


class NavigationDrawer(Control):
    """A drawer: ``page.drawer`` / ``page.end_drawer`` (the view opens it by a method call).

    ``open`` and ``position`` are kept in Python for the page, which shows the drawer with
    the view's ``show_drawer`` / ``show_end_drawer`` methods (the 1.0.5 client has no
    ``open`` property on drawers).
    """

    control_type = "NavigationDrawer"
    positional = ("controls", "open", "selected_index")

    controls = Children()
    open = Prop(bool, default=False, sent=False)
    position = StrProp(sent=False)
    selected_index = Prop(int, default=0, client=True)
    bgcolor = ColorProp()
    elevation = NumberProp()
    width = NumberProp()
    indicator_color = ColorProp()
    indicator_shape = ValueProp()
    shadow_color = ColorProp()
    surface_tint_color = ColorProp(sent=False)  # not in the 1.0.5 client
    tile_padding = InsetsProp()
    adaptive = Prop(bool)
    on_change = Event()
    on_dismiss = Event()
