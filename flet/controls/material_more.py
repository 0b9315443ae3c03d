"""More Material controls: SegmentedButton, ExpansionPanelList, MenuBar, AutoComplete,
ReorderableListView, and the ``Badge`` a control's ``badge`` takes.

Async-era spellings are translated here: a ``Segment``'s ``icon``/``label`` and a menu item's
``content`` take a control or (1.0.5) a value; ``SegmentedButton.selected`` is a set of
segment values (a list on the wire) and ``on_change`` gets it as JSON text in ``e.data``;
``ExpansionPanelList.on_change`` gets the panel's index as text in ``e.data`` (and
``e.index``/``e.expanded``); ``Badge(text=...)`` is the 1.0.5 ``label``.
"""

from __future__ import annotations

from collections.abc import Iterable
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
from flet.controls.layout import ListView, _Scrollable
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop, PropertyError
from flet.core.snapshot import encode_value
from flet.values.material import AutoCompleteSuggestion

__all__ = [
    "AutoComplete",
    "Badge",
    "ExpansionPanel",
    "ExpansionPanelList",
    "MenuBar",
    "MenuItemButton",
    "ReorderableListView",
    "Segment",
    "SegmentedButton",
    "SubmenuButton",
]

SELECTION = (set, frozenset, list, tuple)


def _selection(value: Iterable[Any]) -> set[str]:
    return {str(item) for item in value}


def _selection_wire(value: set[str]) -> list[str]:
    return sorted(value)


def _offset_wire(value: Any) -> Any:
    """An offset as the client reads it: ``(x, y)`` (async era) becomes ``{"x", "y"}``."""
    if isinstance(value, tuple | list) and len(value) == 2:
        return {"x": value[0], "y": value[1]}
    return encode_value(value)


class Badge(Control):
    """A small label over a control: ``ft.IconButton(ft.Icons.MAIL, badge=ft.Badge(text="3"))``.

    ``text`` (async era) is the 1.0.5 ``label``; ``small_size`` alone draws a dot.
    """

    control_type = "Badge"
    positional = ("text",)

    label, _label_value, _label_control = either("label")
    text = Alias("label")
    offset = ValueProp(tuple, list, encode=_offset_wire)
    alignment = AlignmentProp()
    bgcolor = ColorProp()
    label_visible = Prop(bool, default=True)
    large_size = NumberProp()
    padding = InsetsProp()
    small_size = NumberProp()
    text_color = ColorProp()
    text_style = ValueProp()


# -- SegmentedButton ---------------------------------------------------------------------------


class Segment(Control):
    """One segment of a SegmentedButton: its ``value`` and an ``icon`` and/or a ``label``."""

    control_type = "Segment"
    positional = ("value", "icon", "label")

    value = StrProp()
    icon, _icon_value, _icon_control = either("icon", IconProp)
    label, _label_value, _label_control = either("label")

    def before_update(self) -> None:
        if self.value is None:
            raise PropertyError("Segment needs a value: pass ft.Segment(value='a', label=...).")
        if self.icon is None and self.label is None:
            raise PropertyError(
                f"Segment {self.value!r} shows nothing: give it an icon, a label or both."
            )


class SegmentedButton(LayoutControl):
    """A row of segments, one (or, with ``allow_multiple_selection``, several) selected."""

    control_type = "SegmentedButton"
    prepare_always = True  # before_update checks the segments' visibility
    positional = ("segments",)

    segments = Children()
    style = ValueProp()
    allow_empty_selection = Prop(bool, default=False)
    allow_multiple_selection = Prop(bool, default=False)
    selected = Prop(SELECTION, default=None, encode=_selection_wire, decode=_selection, client=True)
    selected_icon, _selected_icon_value, _selected_icon_control = either("selected_icon", IconProp)
    show_selected_icon = Prop(bool, default=True)
    direction = StrProp()
    padding = InsetsProp()
    on_change = Event()

    def before_update(self) -> None:
        segments = [s for s in self.segments if s.visible]
        if not segments:
            raise PropertyError("SegmentedButton needs segments: pass segments=[ft.Segment(...)].")
        picked = self.selected or set()
        if not picked and not self.allow_empty_selection:
            raise PropertyError(
                "SegmentedButton.selected is empty: select a segment's value "
                "(selected={'a'}) or set allow_empty_selection=True."
            )
        if len(picked) > 1 and not self.allow_multiple_selection:
            raise PropertyError(
                f"SegmentedButton.selected has {len(picked)} values: keep one or set "
                "allow_multiple_selection=True."
            )


# -- ExpansionPanelList ------------------------------------------------------------------------


class ExpansionPanel(LayoutControl):
    """A panel of an ExpansionPanelList: a ``header`` always shown, ``content`` when expanded."""

    control_type = "ExpansionPanel"
    positional = ("header", "content")

    header = Child()
    content = Child()
    bgcolor = ColorProp()
    expanded = Prop(bool, default=False, client=True)
    can_tap_header = Prop(bool, default=False)
    splash_color = ColorProp()
    highlight_color = ColorProp()
    adaptive = Prop(bool)


class ExpansionPanelList(_Scrollable):
    """Panels that expand and collapse; ``on_change`` gets ``e.index`` and ``e.expanded``."""

    control_type = "ExpansionPanelList"
    positional = ("controls",)

    controls = Children()
    divider_color = ColorProp()
    elevation = NumberProp(default=2)
    expanded_header_padding = InsetsProp()
    expand_icon_color = ColorProp()
    spacing = NumberProp(default=16)
    on_change = Event()

    def before_update(self) -> None:
        for panel in self.controls:
            if not isinstance(panel, ExpansionPanel):
                raise PropertyError(
                    "ExpansionPanelList.controls holds ft.ExpansionPanel(header, content) "
                    f"items, not {type(panel).__name__}."
                )


# -- menus -------------------------------------------------------------------------------------


class MenuBar(Control):
    """A bar of menus: ``controls`` are SubmenuButtons and MenuItemButtons."""

    control_type = "MenuBar"
    prepare_always = True  # before_update checks the menus' visibility
    positional = ("controls",)

    controls = Children()
    clip_behavior = StrProp()
    style = ValueProp()

    def before_update(self) -> None:
        if not any(c.visible for c in self.controls):
            raise PropertyError(
                "MenuBar needs controls: pass controls=[ft.SubmenuButton(...), ...]."
            )


class SubmenuButton(LayoutControl):
    """A menu entry that opens a submenu of ``controls``."""

    control_type = "SubmenuButton"
    positional = ("content", "controls")

    content, _content_value, _content_control = either("content")
    controls = Children()
    leading = Child()
    trailing = Child()
    clip_behavior = StrProp()
    menu_style = ValueProp()
    style = ValueProp()
    alignment_offset = ValueProp(tuple, list, encode=_offset_wire)
    on_open = Event()
    on_close = Event()
    on_hover = Event()
    on_focus = Event()
    on_blur = Event()


class MenuItemButton(LayoutControl):
    """A menu entry the user clicks (``on_click``)."""

    control_type = "MenuItemButton"
    positional = ("content",)

    content, _content_value, _content_control = either("content")
    close_on_click = Prop(bool, default=True)
    focus_on_hover = Prop(bool, default=True)
    leading = Child()
    trailing = Child()
    clip_behavior = StrProp()
    style = ValueProp()
    semantic_label = StrProp()
    autofocus = Prop(bool, default=False)
    overflow_axis = StrProp()
    on_click = Event()
    on_hover = Event()
    on_focus = Event()
    on_blur = Event()


# -- AutoComplete ------------------------------------------------------------------------------


def _suggestions(value: Iterable[Any]) -> list[Any]:
    items = list(value)
    for item in items:
        if not isinstance(item, AutoCompleteSuggestion | dict):
            raise PropertyError(
                "AutoComplete.suggestions holds ft.AutoCompleteSuggestion(key=..., value=...) "
                f"items, not {type(item).__name__} ({item!r})."
            )
    return items


class AutoComplete(LayoutControl):
    """A text field that offers ``suggestions`` matching what is typed; ``on_select`` gets
    ``e.selection`` (the AutoCompleteSuggestion) and ``e.index``."""

    control_type = "AutoComplete"
    positional = ("suggestions",)

    value = Prop(str, default="", client=True)
    suggestions = Prop(list, decode=_suggestions)
    suggestions_max_height = NumberProp(default=200)
    on_select = Event()
    on_change = Event()


# -- ReorderableListView -----------------------------------------------------------------------


class ReorderableListView(ListView):
    """A ListView whose items the user drags to reorder. ``on_reorder`` gets ``e.old_index``
    and ``e.new_index``; move the item in ``controls`` there to keep Python's list in step."""

    control_type = "ReorderableListView"

    anchor = NumberProp()
    auto_scroller_velocity_scalar = NumberProp()
    header = Child()
    footer = Child()
    show_default_drag_handles = Prop(bool, default=True)
    mouse_cursor = StrProp()
    on_reorder = Event()
    on_reorder_start = Event()
    on_reorder_end = Event()
