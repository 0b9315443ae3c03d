"""Charts: the async-era ``LineChart``, ``BarChart`` and ``PieChart`` in the Flet 1.0.5 shape.

The 1.0.5 web client draws them with its compiled-in charts extension (fl_chart), reading the
names of the ``flet-charts`` package: the era's ``data_points``, ``bar_groups``, ``bar_rods``,
``rod_stack_items``, ``groups_space``, ``bars_space``, ``bg_color``, ``bg_gradient``,
``stroke_cap_round``, ``labels_interval``, ``labels_size`` and ``animate`` go out as ``points``,
``groups``, ``rods``, ``stack_items``, ``spacing``, ``spacing``, ``bgcolor``,
``background_gradient``, ``rounded_stroke_cap``, ``label_spacing``, ``label_size`` and
``animation`` (the 1.0 names are accepted too). The chart-wide ``tooltip_*`` properties become
the one ``tooltip`` map the client reads; a point's or a rod's own ``tooltip`` text, style and
alignment travel in its ``_internals``, where the client looks for them.

The client reports touches and hovers as one ``event`` (``on_chart_event``, or ``on_event`` as
1.0 spells it), only when what is touched changes; handlers get a :class:`LineChartEvent`
(``e.type``, ``e.spots``), :class:`BarChartEvent` (``e.group_index``, ``e.rod_index``,
``e.stack_item_index``) or :class:`PieChartEvent` (``e.section_index``, ``e.local_x``...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from flet.controls.base import (
    AnimationProp,
    ColorProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    ValueProp,
    either,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop, PropertyError
from flet.core.snapshot import encode_value
from flet.events.base import ControlEvent
from flet.values._plain import DataValue
from flet.values.gradients import Gradient
from flet.values.wire import WireValue

__all__ = [
    "BarChart",
    "BarChartEvent",
    "BarChartGroup",
    "BarChartRod",
    "BarChartRodStackItem",
    "ChartAxis",
    "ChartAxisLabel",
    "ChartCirclePoint",
    "ChartCrossPoint",
    "ChartEventType",
    "ChartGridLines",
    "ChartPointLine",
    "ChartPointShape",
    "ChartSquarePoint",
    "LineChart",
    "LineChartData",
    "LineChartDataPoint",
    "LineChartEvent",
    "LineChartEventSpot",
    "PieChart",
    "PieChartEvent",
    "PieChartEventType",
    "PieChartSection",
    "TooltipDirection",
]

Number = int | float
#: A point or line style: ``True`` (the default look), ``False`` (hidden) or a value object.
STYLE_OR_BOOL = (bool, dict, WireValue)


# -- value objects -------------------------------------------------------------------------


@dataclass(slots=True)
class ChartGridLines(DataValue):
    """Grid lines every ``interval`` units: ``ft.ChartGridLines(interval=1, color="grey")``."""

    interval: Number | None = None
    color: str | None = None
    width: Number | None = None
    dash_pattern: list[int] | None = None


@dataclass(slots=True)
class ChartPointLine(DataValue):
    """The line from a point down to the axis (``below_line``, ``selected_below_line``)."""

    color: str | None = None
    width: Number | None = None
    dash_pattern: list[int] | None = None
    gradient: Gradient | None = None


@dataclass(slots=True)
class ChartPointShape(DataValue):
    """Base of the shapes a line chart draws at its points."""


@dataclass(slots=True)
class ChartCirclePoint(ChartPointShape):
    color: str | None = None
    radius: Number | None = None
    stroke_color: str | None = None
    stroke_width: Number | None = None
    wire_type: ClassVar[str | None] = "ChartCirclePoint"


@dataclass(slots=True)
class ChartSquarePoint(ChartPointShape):
    color: str | None = None
    size: Number | None = None
    stroke_color: str | None = None
    stroke_width: Number | None = None
    wire_type: ClassVar[str | None] = "ChartSquarePoint"


@dataclass(slots=True)
class ChartCrossPoint(ChartPointShape):
    color: str | None = None
    size: Number | None = None
    width: Number | None = None
    wire_type: ClassVar[str | None] = "ChartCrossPoint"


class ChartEventType(StrEnum):
    """What happened on a chart (``e.type``); compares equal to the client's string."""

    PAN_END = "panEnd"
    PAN_CANCEL = "panCancel"
    POINTER_EXIT = "pointerExit"
    LONG_PRESS_END = "longPressEnd"
    TAP_UP = "tapUp"
    TAP_CANCEL = "tapCancel"
    POINTER_ENTER = "pointerEnter"
    POINTER_HOVER = "pointerHover"
    PAN_DOWN = "panDown"
    PAN_START = "panStart"
    PAN_UPDATE = "panUpdate"
    LONG_PRESS_MOVE_UPDATE = "longPressMoveUpdate"
    LONG_PRESS_START = "longPressStart"
    TAP_DOWN = "tapDown"
    UNDEFINED = "undefined"


#: The async era's name for the pie chart's event types.
PieChartEventType = ChartEventType


class TooltipDirection(StrEnum):
    """Where a bar's tooltip opens (``BarChart.tooltip_direction``).

    The era's ``UP`` and ``DOWN`` never reached fl_chart (their strings were not its names);
    here they mean what they say: above and below the bar.
    """

    AUTO = "auto"
    TOP = "top"
    BOTTOM = "bottom"
    UP = "top"
    DOWN = "bottom"


# -- events --------------------------------------------------------------------------------


def _index(value: Any) -> int | None:
    """An index the client reported, or ``None`` where it sent none (or something else)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _event_type(value: Any) -> str:
    if not isinstance(value, str):
        return ChartEventType.UNDEFINED
    try:
        return ChartEventType(value)
    except ValueError:
        return value


@dataclass(frozen=True, slots=True)
class LineChartEventSpot:
    """One touched point: ``spot.bar_index`` (its series) and ``spot.spot_index``.

    Async-era handlers read the spots as maps (``spot["spot_index"]``); that works too.
    """

    bar_index: int
    spot_index: int

    def __getitem__(self, key: str) -> int:
        if key in ("bar_index", "spot_index"):
            return int(getattr(self, key))
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in ("bar_index", "spot_index") else default


@dataclass(slots=True)
class LineChartEvent(ControlEvent):
    """``e.type`` (a :class:`ChartEventType`) and ``e.spots``, the points under the pointer."""

    type: str
    spots: list[LineChartEventSpot]


@dataclass(slots=True)
class BarChartEvent(ControlEvent):
    """``e.type`` and the bar under the pointer: ``e.group_index``, ``e.rod_index``..."""

    type: str
    group_index: int | None
    rod_index: int | None
    stack_item_index: int | None


@dataclass(slots=True)
class PieChartEvent(ControlEvent):
    """``e.type``, ``e.section_index`` (``None`` off the sections), ``e.local_x``/``local_y``."""

    type: str
    section_index: int | None
    local_x: float | None
    local_y: float | None


def _line_event(event: ControlEvent) -> LineChartEvent:
    data = event.data if isinstance(event.data, dict) else {}
    spots = []
    for item in data.get("spots") or ():
        if isinstance(item, dict):
            bar, spot = _index(item.get("bar_index")), _index(item.get("spot_index"))
            if bar is not None and spot is not None:
                spots.append(LineChartEventSpot(bar, spot))
    return LineChartEvent(
        event.target,
        event.name,
        event.data,
        event.control,
        event.page,
        _event_type(data.get("type")),
        spots,
    )


def _bar_event(event: ControlEvent) -> BarChartEvent:
    data = event.data if isinstance(event.data, dict) else {}
    return BarChartEvent(
        event.target,
        event.name,
        event.data,
        event.control,
        event.page,
        _event_type(data.get("type")),
        _index(data.get("group_index")),
        _index(data.get("rod_index")),
        _index(data.get("stack_item_index")),
    )


def _pie_event(event: ControlEvent) -> PieChartEvent:
    data = event.data if isinstance(event.data, dict) else {}
    return PieChartEvent(
        event.target,
        event.name,
        event.data,
        event.control,
        event.page,
        _event_type(data.get("type")),
        _index(data.get("section_index")),
        _float(data.get("local_x")),
        _float(data.get("local_y")),
    )


class _TypedHandler:
    """Calls a chart handler with the typed event built from the client's ``event``."""

    __slots__ = ("build", "handler")

    def __init__(self, handler: Callable[..., Any], build: Callable[[Any], Any]) -> None:
        self.handler = handler
        self.build = build

    def __call__(self, event: Any) -> Any:
        return self.handler(self.build(event))


class ChartEvent(Event):
    """``on_chart_event``: sent as ``on_event``; the handler gets the chart's typed event."""

    def __init__(self, build: Callable[[Any], Any]) -> None:
        super().__init__(wire="on_event")
        self.build = build

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        value = super().__get__(obj, owner)
        return value.handler if isinstance(value, _TypedHandler) else value

    def accept(self, obj: Control, value: Any) -> Any:
        handler = super().accept(obj, value)
        return None if handler is None else _TypedHandler(handler, self.build)


# -- tooltips ------------------------------------------------------------------------------

#: Async-era chart ``tooltip_*`` properties and the key each has in the 1.0.5 ``tooltip`` map.
_CHART_TOOLTIP = {
    "tooltip_bgcolor": "bgcolor",
    "tooltip_rounded_radius": "border_radius",
    "tooltip_margin": "margin",
    "tooltip_padding": "padding",
    "tooltip_max_content_width": "max_width",
    "tooltip_rotate_angle": "rotation",
    "tooltip_horizontal_offset": "horizontal_offset",
    "tooltip_border_side": "border_side",
    "tooltip_fit_inside_horizontally": "fit_inside_horizontally",
    "tooltip_fit_inside_vertically": "fit_inside_vertically",
    "tooltip_show_on_top_of_chart_box_area": "show_on_top_of_chart_box_area",
    "tooltip_direction": "direction",
}


def _animation(value: Any) -> Any:
    """``animate=False`` as the client reads it: no animation (it takes no ``false``)."""
    return 0 if value is False else encode_value(value)


class _ChartTooltip(Prop):
    """A chart's ``tooltip``: the 1.0 map of tooltip settings, kept in Python.

    In the async era ``tooltip`` was the hover text of any control; a chart shows per-point
    tooltips instead, so text is refused with the names to use.
    """

    def __init__(self) -> None:
        super().__init__((dict, WireValue), sent=False)

    def accept(self, obj: Control, value: Any) -> Any:
        if isinstance(value, str):
            raise PropertyError(
                f"{type(obj).__name__}.tooltip takes the chart's tooltip settings (a dict such "
                "as {'bgcolor': 'blue'}), not text: a chart shows one tooltip per point; set "
                "its text with tooltip= on the data point or rod, and its look with "
                "tooltip_bgcolor=, tooltip_padding=..."
            )
        return super().accept(obj, value)


def _chart_tooltip(chart: Control) -> dict[str, Any]:
    wire = encode_value(chart._values.get("tooltip")) or {}
    for name, key in _CHART_TOOLTIP.items():
        value = chart._values.get(name)
        if value is not None:
            wire[key] = encode_value(value)
    return dict(wire)


def _point_tooltip(item: Control) -> dict[str, Any]:
    """A point's or a rod's tooltip as the client reads it from ``_internals``."""
    tooltip = item._values.get("tooltip")
    wire: dict[str, Any] = {}
    if isinstance(tooltip, dict | WireValue):
        wire.update(encode_value(tooltip))
    elif tooltip is not None:
        wire["text"] = str(tooltip)
    style, align = item._values.get("tooltip_style"), item._values.get("tooltip_align")
    if style is not None:
        wire["text_style"] = encode_value(style)
    if align is not None:
        wire["text_align"] = encode_value(align)
    return wire


class _PointTooltip(Prop):
    """A point's or rod's tooltip: its text (or a 1.0 map), sent in ``_internals``."""

    def __init__(self) -> None:
        super().__init__((str, int, float, dict, WireValue), sent=False)


# -- axes ----------------------------------------------------------------------------------


class _Step(Prop):
    """A label step: a number other than 0 (the chart would never reach the next label)."""

    def __init__(self, wire: str) -> None:
        super().__init__((int, float), wire=wire)

    def accept(self, obj: Control, value: Any) -> Any:
        if value == 0 and not isinstance(value, bool):
            raise PropertyError(
                f"{type(obj).__name__}.{self.name} is 0, which never reaches the next label; "
                "pass a positive step, or None to let the chart choose."
            )
        return super().accept(obj, value)


class _StackColor(Prop):
    """A stack item's colour: the client cannot draw a stack item without one."""

    def __init__(self) -> None:
        super().__init__(str)

    def accept(self, obj: Control, value: Any) -> Any:
        if value is None:
            raise PropertyError(
                f"{type(obj).__name__} needs a color (the client cannot draw a stack item "
                "without one); pass color=ft.Colors.BLUE or another colour."
            )
        return super().accept(obj, value)


class ChartAxisLabel(Control):
    """The label at ``value`` on an axis: ``ft.ChartAxisLabel(value=1, label=ft.Text("Jan"))``."""

    control_type = "ChartAxisLabel"
    positional = ("value", "label")

    value = NumberProp()
    label, _label_text, _label_control = either("label")


class ChartAxis(Control):
    """One side of a chart: its ``title``, and ``labels`` (or numbers every ``labels_interval``)."""

    control_type = "ChartAxis"
    positional = ("title", "title_size", "show_labels", "labels")

    title = Child()
    title_size = NumberProp()
    show_labels = Prop(bool)
    labels = Children()
    labels_interval = _Step(wire="label_spacing")
    labels_size = NumberProp(wire="label_size")
    label_spacing = Alias("labels_interval")
    label_size = Alias("labels_size")
    show_min = Prop(bool)
    show_max = Prop(bool)


class _Chart(LayoutControl):
    """What the line and bar charts share: frame, grid, axes, range, tooltip and event."""

    # Flet 1.0.5 sends these: the chart draws ``tooltip`` itself, not as a hover tooltip.
    internals: ClassVar[dict[str, Any]] = {"skip_properties": ["tooltip"]}

    animate = AnimationProp(wire="animation", encode=_animation)
    animation = Alias("animate")
    interactive = Prop(bool, default=True)
    bgcolor = ColorProp()
    border = ValueProp()
    horizontal_grid_lines = ValueProp()
    vertical_grid_lines = ValueProp()
    left_axis = Child()
    top_axis = Child()
    right_axis = Child()
    bottom_axis = Child()
    baseline_y = NumberProp()
    min_y = NumberProp()
    max_y = NumberProp()

    tooltip = _ChartTooltip()
    tooltip_bgcolor = ColorProp(sent=False)
    tooltip_rounded_radius = RadiusProp(sent=False)
    tooltip_margin = NumberProp(sent=False)
    tooltip_padding = InsetsProp(sent=False)
    tooltip_max_content_width = NumberProp(sent=False)
    tooltip_rotate_angle = NumberProp(sent=False)
    tooltip_horizontal_offset = NumberProp(sent=False)
    tooltip_border_side = ValueProp(sent=False)
    tooltip_fit_inside_horizontally = Prop(bool, sent=False)
    tooltip_fit_inside_vertically = Prop(bool, sent=False)
    # the era's constructor spelled two of them twice
    tooltip_tooltip_horizontal_offset = Alias("tooltip_horizontal_offset")
    tooltip_tooltip_border_side = Alias("tooltip_border_side")
    _tooltip_wire = Prop(dict, wire="tooltip")

    def before_update(self) -> None:
        # always sent, as Flet 1.0.5 does: without it the client ignores the points' tooltips
        self._tooltip_wire = _chart_tooltip(self)


# -- line chart ----------------------------------------------------------------------------


class LineChartDataPoint(Control):
    """A point of a series: ``ft.LineChartDataPoint(x, y, tooltip="...")``."""

    control_type = "LineChartDataPoint"
    positional = ("x", "y", "selected", "show_tooltip", "tooltip")

    x = NumberProp()
    y = NumberProp()
    selected = Prop(bool)
    show_tooltip = Prop(bool, default=True)
    tooltip = _PointTooltip()
    tooltip_style = ValueProp(sent=False)
    tooltip_align = StrProp(sent=False)
    point = Prop(STYLE_OR_BOOL)
    selected_point = Prop(STYLE_OR_BOOL)
    show_above_line = Prop(bool, default=True)
    show_below_line = Prop(bool, default=True)
    selected_below_line = Prop(STYLE_OR_BOOL)

    def before_update(self) -> None:
        # the client needs both (the era read an unset one as 0.0)
        if self.x is None:
            self.x = 0
        if self.y is None:
            self.y = 0

    def wire_internals(self) -> dict[str, Any]:
        return {"tooltip": _point_tooltip(self)}


class LineChartData(Control):
    """One series of a line chart: its ``data_points`` and how the line is drawn."""

    control_type = "LineChartData"
    positional = ("data_points", "curved", "color", "gradient", "stroke_width")

    data_points = Children(wire="points")
    points = Alias("data_points")
    curved = Prop(bool)
    color = ColorProp()
    gradient = ValueProp()
    stroke_width = NumberProp()
    stroke_cap_round = Prop(bool, wire="rounded_stroke_cap")
    rounded_stroke_cap = Alias("stroke_cap_round")
    rounded_stroke_join = Prop(bool)
    prevent_curve_over_shooting = Prop(bool)
    prevent_curve_over_shooting_threshold = NumberProp()
    curve_smoothness = NumberProp()
    step_direction = NumberProp()
    dash_pattern = Prop(list)
    shadow = ValueProp()
    above_line_bgcolor = ColorProp()
    above_line_gradient = ValueProp()
    above_line_cutoff_y = NumberProp()
    above_line = ValueProp()
    below_line_bgcolor = ColorProp()
    below_line_gradient = ValueProp()
    below_line_cutoff_y = NumberProp()
    below_line = ValueProp()
    selected_below_line = Prop(STYLE_OR_BOOL)
    point = Prop(STYLE_OR_BOOL)
    selected_point = Prop(STYLE_OR_BOOL)


class LineChart(_Chart):
    """Lines through points: ``ft.LineChart(data_series=[ft.LineChartData(data_points=...)])``."""

    control_type = "LineChart"
    positional = ("data_series", "animate", "interactive")
    internals: ClassVar[dict[str, Any]] = {
        "skip_properties": ["tooltip"],
        "skip_inherited_notifier": True,
    }

    data_series = Children()
    point_line_start = NumberProp()
    point_line_end = NumberProp()
    baseline_x = NumberProp()
    min_x = NumberProp()
    max_x = NumberProp()
    tooltip_show_on_top_of_chart_box_area = Prop(bool, sent=False)
    on_chart_event = ChartEvent(_line_event)
    on_event = Alias("on_chart_event")


# -- bar chart -----------------------------------------------------------------------------


class BarChartRodStackItem(Control):
    """A coloured stretch of a rod, from ``from_y`` to ``to_y``."""

    control_type = "BarChartRodStackItem"
    positional = ("from_y", "to_y", "color", "border_side")

    from_y = NumberProp()
    to_y = NumberProp()
    color = _StackColor()
    border_side = ValueProp()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.color is None:
            type(self).color.accept(self, None)  # refuses, naming the fix

    def before_update(self) -> None:
        if self.from_y is None:  # the client needs it; the era read it as 0
            self.from_y = 0


class BarChartRod(Control):
    """A bar from ``from_y`` to ``to_y``; ``tooltip`` is the text shown when it is touched."""

    control_type = "BarChartRod"
    positional = ("rod_stack_items", "from_y", "to_y", "width", "color")

    rod_stack_items = Children(wire="stack_items")
    stack_items = Alias("rod_stack_items")
    from_y = NumberProp()
    to_y = NumberProp()
    width = NumberProp()
    color = ColorProp()
    gradient = ValueProp()
    border_radius = RadiusProp()
    border_side = ValueProp()
    bg_from_y = NumberProp()
    bg_to_y = NumberProp()
    bg_color = ColorProp(wire="bgcolor")
    bgcolor = Alias("bg_color")
    bg_gradient = ValueProp(wire="background_gradient")
    background_gradient = Alias("bg_gradient")
    selected = Prop(bool)
    show_tooltip = Prop(bool, default=True)
    tooltip = _PointTooltip()
    tooltip_style = ValueProp(sent=False)
    tooltip_align = StrProp(sent=False)

    def wire_internals(self) -> dict[str, Any]:
        return {"tooltip": _point_tooltip(self)}


class BarChartGroup(Control):
    """The rods drawn at one ``x``: ``ft.BarChartGroup(x=0, bar_rods=[ft.BarChartRod(...)])``."""

    control_type = "BarChartGroup"
    positional = ("x", "bar_rods", "group_vertically", "bars_space")

    x = Prop(int)
    bar_rods = Children(wire="rods")
    rods = Alias("bar_rods")
    group_vertically = Prop(bool)
    bars_space = NumberProp(wire="spacing")
    spacing = Alias("bars_space")


class BarChart(_Chart):
    """Bars in groups: ``ft.BarChart(bar_groups=[ft.BarChartGroup(...)], ...)``."""

    control_type = "BarChart"
    positional = ("bar_groups", "groups_space", "animate", "interactive")

    bar_groups = Children(wire="groups")
    groups = Alias("bar_groups")
    groups_space = NumberProp(wire="spacing")
    group_spacing = Alias("groups_space")
    group_alignment = StrProp()
    tooltip_direction = StrProp(sent=False)
    on_chart_event = ChartEvent(_bar_event)
    on_event = Alias("on_chart_event")


# -- pie chart -----------------------------------------------------------------------------


class PieChartSection(Control):
    """A slice worth ``value``: ``ft.PieChartSection(40, title="40%", color="blue")``."""

    control_type = "PieChartSection"
    positional = ("value", "radius", "color", "border_side", "title")
    # Flet 1.0.5 sends this: the section draws ``badge`` itself, not as a badge on a widget.
    internals = {"skip_properties": ["badge"]}

    value = NumberProp()
    radius = NumberProp()
    color = ColorProp()
    gradient = ValueProp()
    border_side = ValueProp()
    title = StrProp()
    title_style = ValueProp()
    title_position = NumberProp()
    badge_control = Child(wire="badge")
    badge = Alias("badge_control")
    badge_position = NumberProp()


class PieChart(LayoutControl):
    """Slices of a circle: ``ft.PieChart(sections=[ft.PieChartSection(...)], ...)``."""

    control_type = "PieChart"
    positional = ("sections", "center_space_color", "center_space_radius", "sections_space")

    sections = Children()
    center_space_color = ColorProp()
    center_space_radius = NumberProp()
    sections_space = NumberProp()
    start_degree_offset = NumberProp()
    animate = AnimationProp(wire="animation", encode=_animation)
    animation = Alias("animate")
    on_chart_event = ChartEvent(_pie_event)
    on_event = Alias("on_chart_event")
