"""Tabs: the async-era ``Tabs(tabs=[Tab(text=..., content=...)])`` in the 1.0.5 shape.

The 1.0.5 client draws tabs as ``Tabs{length, selected_index, content}`` whose content holds a
``TabBar{tabs}`` and a ``TabBarView{controls}`` (protocol §12.3). An app's ``Tabs.tabs`` list
stays in Python; before each update the Tabs control derives that structure from it, with the
column, bar and view created once so their ids stay stable. Each ``Tab`` goes into the bar and
its ``content`` into the view (a control can be in one place only). The client echoes
``selected_index`` and sends ``change`` on the Tabs control; a tab click is the bar's ``click``,
forwarded to ``Tabs.on_click``.

Apps written for 1.0 may pass ``length`` and ``content`` (their own TabBar / TabBarView)
instead of ``tabs``; that content is sent as it is.
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
from flet.core.props import Alias, Child, Children, Event, Prop, PropertyError, held

__all__ = ["Tab", "TabBar", "TabBarView", "Tabs"]

DURATION = (int, float, dict)


class Tab(Control):
    """One tab: its label (``text`` or ``tab_content``), ``icon``, and the ``content`` it shows."""

    control_type = "Tab"
    positional = ("text", "content", "tab_content", "icon")

    text = TextProp(wire="label")
    tab_content = Child(wire="label")
    label = Either("text", "tab_content")
    _icon = IconProp(wire="icon")
    _icon_control = Child(wire="icon")
    icon = Either("_icon", "_icon_control")
    height = NumberProp()
    icon_margin = InsetsProp()
    adaptive = Prop(bool)
    # shown by the Tabs' TabBarView, never sent as part of the tab
    content = Prop(Control, sent=False)

    _blank: Control | None = None

    def view_content(self) -> Control:
        """What the Tabs' view shows for this tab: its content, or a blank kept for it."""
        if self.content is not None:
            return self.content  # type: ignore[no-any-return]
        if self._blank is None:
            self._blank = _EmptyTab()
        return self._blank


class TabBar(LayoutControl):
    control_type = "TabBar"
    positional = ("tabs",)

    tabs = Children()
    scrollable = Prop(bool)
    tab_alignment = StrProp()
    divider_color = ColorProp()
    divider_height = NumberProp()
    indicator_color = ColorProp()
    indicator = ValueProp()
    indicator_padding = InsetsProp()
    indicator_size = StrProp()
    indicator_animation = StrProp()
    indicator_thickness = NumberProp()
    secondary = Prop(bool)
    label_color = ColorProp()
    label_padding = InsetsProp()
    label_text_style = ValueProp()
    unselected_label_color = ColorProp()
    unselected_label_text_style = ValueProp()
    overlay_color = ValueProp(str)
    enable_feedback = Prop(bool)
    mouse_cursor = StrProp()
    padding = InsetsProp()
    splash_border_radius = RadiusProp()
    adaptive = Prop(bool)
    on_click = Event()
    on_hover = Event()


class TabBarView(LayoutControl):
    control_type = "TabBarView"
    positional = ("controls",)

    controls = Children()
    clip_behavior = StrProp()
    viewport_fraction = NumberProp()
    adaptive = Prop(bool)


class _TabsColumn(Control):
    """The column holding the bar and the view (``host_expanded`` lets the view expand)."""

    control_type = "Column"
    internals = {"host_expanded": True}

    controls = Children()
    expand = Prop((bool, int))
    spacing = NumberProp()


class _EmptyTab(Control):
    """What the view shows for a tab without content."""

    control_type = "Container"


class _PythonList(Prop):
    """A list of controls kept in Python only; the wire shape is derived from it."""

    def __init__(self) -> None:
        super().__init__(list, sent=False)

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return held(obj, self.name, list)

    def accept(self, obj: Control, value: Any) -> Any:
        items = list(value or [])
        for item in items:
            if not isinstance(item, Tab):
                raise PropertyError(
                    f"{type(obj).__name__}.{self.name} holds ft.Tab controls, not "
                    f"{type(item).__name__} ({item!r}); wrap it in ft.Tab(content=...)."
                )
        return items


class _Handler(Prop):
    """An event handler kept in Python: the event comes from a derived control."""

    def __init__(self) -> None:
        super().__init__(sent=False)

    def accept(self, obj: Control, value: Any) -> Any:
        if value is not None and not callable(value):
            raise PropertyError(
                f"{type(obj).__name__}.{self.name} takes a function, not {value!r}; "
                "pass a def, an async def or a lambda."
            )
        return value


#: Tabs properties of the async era that the 1.0.5 client reads from the TabBar.
_BAR_PROPS = {
    "scrollable": "scrollable",
    "tab_alignment": "tab_alignment",
    "divider_color": "divider_color",
    "divider_height": "divider_height",
    "indicator_color": "indicator_color",
    "indicator_padding": "indicator_padding",
    "indicator_thickness": "indicator_thickness",
    "is_secondary": "secondary",
    "label_color": "label_color",
    "label_padding": "label_padding",
    "label_text_style": "label_text_style",
    "unselected_label_color": "unselected_label_color",
    "unselected_label_text_style": "unselected_label_text_style",
    "overlay_color": "overlay_color",
    "enable_feedback": "enable_feedback",
    "mouse_cursor": "mouse_cursor",
    "padding": "padding",
    "splash_border_radius": "splash_border_radius",
}


class Tabs(LayoutControl):
    control_type = "Tabs"
    prepare_always = True  # the bar and the view are derived from the tabs' properties
    positional = ("tabs", "selected_index")

    tabs = _PythonList()
    selected_index = Prop(int, default=0, client=True)
    length = Prop(int)
    animation_duration = Prop(DURATION)
    adaptive = Prop(bool)
    on_change = Event()
    on_click = _Handler()  # the bar's click, forwarded (see _bar_clicked)
    # a 1.0-style content (TabBar + TabBarView); without it, derived from ``tabs``
    content = Prop(Control, sent=False)
    _body = Child(wire="content")
    # the client cannot build a Tabs of length 0 (it draws a grey error area): hide it instead
    _empty_hidden = Prop(bool, wire="visible")

    # async-era Tabs properties the client reads from the TabBar / TabBarView
    scrollable = Prop(bool, sent=False)
    tab_alignment = StrProp(sent=False)
    divider_color = ColorProp(sent=False)
    divider_height = NumberProp(sent=False)
    indicator_color = ColorProp(sent=False)
    indicator_border_radius = RadiusProp(sent=False)
    indicator_border_side = ValueProp(sent=False)
    indicator_padding = InsetsProp(sent=False)
    indicator_tab_size = Prop(bool, sent=False)
    indicator_thickness = NumberProp(sent=False)
    is_secondary = Prop(bool, sent=False)
    secondary = Alias("is_secondary")
    label_color = ColorProp(sent=False)
    label_padding = InsetsProp(sent=False)
    label_text_style = ValueProp(sent=False)
    unselected_label_color = ColorProp(sent=False)
    unselected_label_text_style = ValueProp(sent=False)
    overlay_color = ValueProp(str, sent=False)
    enable_feedback = Prop(bool, sent=False)
    mouse_cursor = StrProp(sent=False)
    padding = InsetsProp(sent=False)
    splash_border_radius = RadiusProp(sent=False)
    clip_behavior = StrProp(sent=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._bar = TabBar()
        self._view = TabBarView(expand=True)
        self._column = _TabsColumn(expand=True, spacing=0)

    def before_update(self) -> None:
        if self.content is not None:
            self._body = self.content
            return
        shown = [tab for tab in self.tabs if tab.visible]
        self.length = len(shown)
        self._empty_hidden = False if not shown else None
        self._fill_bar(shown)
        self._view.controls = [tab.view_content() for tab in shown]
        self._view.clip_behavior = self.clip_behavior
        has_content = any(tab.content is not None for tab in shown)
        self._column.controls = [self._bar, self._view] if has_content else [self._bar]
        self._body = self._column

    def _fill_bar(self, shown: list[Tab]) -> None:
        bar = self._bar
        bar.tabs = shown
        for ours, theirs in _BAR_PROPS.items():
            setattr(bar, theirs, getattr(self, ours))
        bar.indicator_size = _indicator_size(self.indicator_tab_size)
        bar.indicator = _indicator(self)
        bar.on_click = self._bar_clicked if self.on_click is not None else None

    def _bar_clicked(self, e: Any) -> Any:
        e.control = self
        return self.on_click(e)


def _indicator_size(tab_size: bool | None) -> str | None:
    if tab_size is None:
        return None
    return "tab" if tab_size else "label"


def _indicator(tabs: Tabs) -> dict[str, Any] | None:
    """The async-era indicator border side / radius as a 1.0.5 UnderlineTabIndicator."""
    side, radius = tabs.indicator_border_side, tabs.indicator_border_radius
    if side is None and radius is None:
        return None
    if side is None:
        side = {"width": tabs.indicator_thickness or 2, "color": tabs.indicator_color or "primary"}
    indicator: dict[str, Any] = {"border_side": side}
    if radius is not None:
        indicator["border_radius"] = radius
    return indicator
