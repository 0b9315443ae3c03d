"""The Flet 1.0 charts the async era did not have: candlestick, radar and scatter charts.

The 1.0.5 web client draws them with its compiled-in charts extension (fl_chart), reading the
names of the ``flet-charts`` package, which are the names here. Like the line and bar charts
(:mod:`flet.controls.charts`), a candlestick or scatter chart keeps its ``tooltip`` settings in
one map, and a spot's own ``tooltip`` (its text, or a :class:`ChartDataPointTooltip`) travels
in the spot's ``_internals``, where the client looks for it.

The client reports touches and hovers as one ``event`` (``on_event``; ``on_chart_event`` is
accepted as the era's charts spell it). Handlers get a :class:`CandlestickChartEvent` or
:class:`ScatterChartEvent` (``e.type``, ``e.spot_index``) or a :class:`RadarChartEvent`
(``e.data_set_index``, ``e.entry_index``, ``e.entry_value``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flet.controls.base import (
    AnimationProp,
    ColorProp,
    LayoutControl,
    NumberProp,
    StrProp,
    ValueProp,
)
from flet.controls.charts import (
    ChartEvent,
    _animation,
    _Chart,
    _event_type,
    _float,
    _index,
    _point_tooltip,
    _PointTooltip,
)
from flet.core.control import Control
from flet.core.props import Alias, Children, Prop, PropertyError
from flet.events.base import ControlEvent
from flet.values._plain import DataValue
from flet.values.borders import BorderSide
from flet.values.wire import WireValue

__all__ = [
    "CandlestickChart",
    "CandlestickChartEvent",
    "CandlestickChartSpot",
    "CandlestickChartSpotTooltip",
    "CandlestickChartTooltip",
    "ChartDataPointTooltip",
    "ChartErrorRange",
    "ChartHorizontalAlignment",
    "ChartTooltip",
    "RadarChart",
    "RadarChartEvent",
    "RadarChartTitle",
    "RadarDataSet",
    "RadarDataSetEntry",
    "RadarShape",
    "ScatterChart",
    "ScatterChartEvent",
    "ScatterChartSpot",
    "ScatterChartSpotTooltip",
    "ScatterChartTooltip",
]

Number = int | float
#: A duration: milliseconds, or a map of its parts (``{"seconds": 1}``).
DURATION = (int, float, dict, WireValue)


# -- value objects -------------------------------------------------------------------------


class ChartHorizontalAlignment(StrEnum):
    """Where a tooltip sits beside the touched spot (``flet_charts.HorizontalAlignment``)."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class RadarShape(StrEnum):
    """The shape of a radar chart's grid: ``POLYGON`` (the default) or ``CIRCLE``."""

    CIRCLE = "circle"
    POLYGON = "polygon"


@dataclass(slots=True)
class ChartTooltip(DataValue):
    """A chart's tooltip settings (``CandlestickChart.tooltip``, ``ScatterChart.tooltip``).

    Fields left ``None`` keep the client's defaults.
    """

    bgcolor: str | None = None
    border_radius: Any = None
    padding: Any = None
    max_width: Number | None = None
    rotation: Number | None = None
    horizontal_offset: Number | None = None
    horizontal_alignment: ChartHorizontalAlignment | str | None = None
    border_side: BorderSide | dict[str, Any] | None = None
    fit_inside_horizontally: bool | None = None
    fit_inside_vertically: bool | None = None
    show_on_top_of_chart_box_area: bool | None = None


#: The 1.0 names of the chart tooltip settings; the client reads the same map for each.
CandlestickChartTooltip = ChartTooltip
ScatterChartTooltip = ChartTooltip


@dataclass(slots=True)
class ChartDataPointTooltip(DataValue):
    """A spot's tooltip: its ``text`` (a scatter spot shows its ``y`` without one) and look."""

    text: str | None = None
    text_style: Any = None
    text_align: str | None = None
    rtl: bool | None = None
    bottom_margin: Number | None = None


CandlestickChartSpotTooltip = ChartDataPointTooltip
ScatterChartSpotTooltip = ChartDataPointTooltip


@dataclass(slots=True)
class ChartErrorRange(DataValue):
    """An error bar around a scatter spot: ``lower_by`` below and ``upper_by`` above it."""

    lower_by: Number
    upper_by: Number

    def __post_init__(self) -> None:
        for name in ("lower_by", "upper_by"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                raise PropertyError(
                    f"ChartErrorRange.{name} is {value!r}; pass a number >= 0 (the distance "
                    "of the bar's end from the spot)."
                )

    @classmethod
    def symmetric(cls, value: Number) -> ChartErrorRange:
        """The same distance below and above."""
        return cls(value, value)


class _Minimum(Prop):
    """A number with a lower (and maybe an upper) bound the client needs."""

    def __init__(self, low: Number, high: Number | None = None, **kw: Any) -> None:
        super().__init__((int, float), **kw)
        self.low, self.high = low, high

    def accept(self, obj: Control, value: Any) -> Any:
        value = super().accept(obj, value)
        if value is None:
            return None
        if value < self.low or (self.high is not None and value > self.high):
            bounds = f">= {self.low}" if self.high is None else f"from {self.low} to {self.high}"
            raise PropertyError(
                f"{type(obj).__name__}.{self.name} is {value!r}; pass a number {bounds}."
            )
        return value


# -- events --------------------------------------------------------------------------------


@dataclass(slots=True)
class CandlestickChartEvent(ControlEvent):
    """``e.type`` (a ``ChartEventType``) and ``e.spot_index`` (``None`` off the candles)."""

    type: str
    spot_index: int | None


@dataclass(slots=True)
class ScatterChartEvent(ControlEvent):
    """``e.type`` (a ``ChartEventType``) and ``e.spot_index`` (``None`` off the spots)."""

    type: str
    spot_index: int | None


@dataclass(slots=True)
class RadarChartEvent(ControlEvent):
    """``e.type``, and the touched entry: ``e.data_set_index``, ``e.entry_index``, its value."""

    type: str
    data_set_index: int | None
    entry_index: int | None
    entry_value: float | None


def _data(event: ControlEvent) -> dict[str, Any]:
    return event.data if isinstance(event.data, dict) else {}


def _candlestick_event(event: ControlEvent) -> CandlestickChartEvent:
    data = _data(event)
    return CandlestickChartEvent(
        event.target,
        event.name,
        event.data,
        event.control,
        event.page,
        _event_type(data.get("type")),
        _index(data.get("spot_index")),
    )


def _scatter_event(event: ControlEvent) -> ScatterChartEvent:
    data = _data(event)
    return ScatterChartEvent(
        event.target,
        event.name,
        event.data,
        event.control,
        event.page,
        _event_type(data.get("type")),
        _index(data.get("spot_index")),
    )


def _radar_event(event: ControlEvent) -> RadarChartEvent:
    data = _data(event)
    return RadarChartEvent(
        event.target,
        event.name,
        event.data,
        event.control,
        event.page,
        _event_type(data.get("type")),
        _index(data.get("data_set_index")),
        _index(data.get("entry_index")),
        _float(data.get("entry_value")),
    )


# -- candlestick and scatter charts --------------------------------------------------------


class _SpotChart(_Chart):
    """What the candlestick and scatter charts add to the line and bar charts' frame."""

    baseline_x = NumberProp()
    min_x = NumberProp()
    max_x = NumberProp()
    rotation_quarter_turns = Prop(int)
    show_tooltips_for_selected_spots_only = Prop(bool)
    long_press_duration = Prop(DURATION)
    tooltip_show_on_top_of_chart_box_area = Prop(bool, sent=False)
    spots = Children()


class CandlestickChartSpot(Control):
    """One candle: ``fch.CandlestickChartSpot(x=0, open=22.6, high=28.3, low=21.4, close=24)``."""

    control_type = "CandlestickChartSpot"
    positional = ("x", "open", "high", "low", "close")

    x = NumberProp()
    open = NumberProp()
    high = NumberProp()
    low = NumberProp()
    close = NumberProp()
    selected = Prop(bool)
    show_tooltip = Prop(bool, default=True)
    tooltip = _PointTooltip()

    def wire_internals(self) -> dict[str, Any]:
        return {"tooltip": _point_tooltip(self)}


class CandlestickChart(_SpotChart):
    """Open/high/low/close candles: ``fch.CandlestickChart(spots=[...], min_y=20, max_y=30)``."""

    control_type = "CandlestickChart"
    positional = ("spots",)

    touch_spot_threshold = NumberProp()
    on_event = ChartEvent(_candlestick_event)
    on_chart_event = Alias("on_event")


class ScatterChartSpot(Control):
    """A dot at ``(x, y)``: ``fch.ScatterChartSpot(x=2, y=3, radius=8, color="blue")``."""

    control_type = "ScatterChartSpot"
    positional = ("x", "y")

    x = NumberProp()
    y = NumberProp()
    radius = NumberProp()
    color = ColorProp()
    render_priority = Prop(int)
    x_error = ValueProp()
    y_error = ValueProp()
    selected = Prop(bool)
    show_tooltip = Prop(bool, default=True)
    tooltip = _PointTooltip()
    label_text = StrProp()
    label_text_style = ValueProp()
    point = Prop((bool, dict, WireValue))

    def wire_internals(self) -> dict[str, Any]:
        return {"tooltip": _point_tooltip(self)}


class ScatterChart(_SpotChart):
    """Dots on a plane: ``fch.ScatterChart(spots=[fch.ScatterChartSpot(x=1, y=2), ...])``."""

    control_type = "ScatterChart"
    positional = ("spots",)

    on_event = ChartEvent(_scatter_event)
    on_chart_event = Alias("on_event")


# -- radar chart ---------------------------------------------------------------------------


def _check_entries(entries: list[Any]) -> None:
    if len(entries) in (1, 2):
        raise PropertyError(
            f"RadarDataSet has {len(entries)} entries; a radar shape needs 0 or at least 3 "
            "(one per axis of the chart)."
        )


def _check_data_sets(data_sets: list[Any]) -> None:
    counts = {len(data_set.entries) for data_set in data_sets if isinstance(data_set, RadarDataSet)}
    if len(counts) > 1:
        raise PropertyError(
            f"RadarChart's data sets have {sorted(counts)} entries; give every data set the "
            "same number of entries (one per axis)."
        )


class _Checked(Children):
    """Children checked when they are set (and again before each update, as lists change)."""

    def __init__(self, check: Any) -> None:
        super().__init__()
        self.check = check

    def accept(self, obj: Control, value: Any) -> Any:
        items = super().accept(obj, value)
        self.check(items)
        return items


class RadarChartTitle(Control):
    """The title of one axis of a radar chart: ``fch.RadarChartTitle(text="speed")``."""

    control_type = "RadarChartTitle"
    positional = ("text", "angle")

    text = StrProp()
    angle = NumberProp()
    position_percentage_offset = _Minimum(0, 1)
    text_spans = Children()


class RadarDataSetEntry(Control):
    """One value of a data set: ``fch.RadarDataSetEntry(130)``."""

    control_type = "RadarDataSetEntry"
    positional = ("value",)

    value = NumberProp()


class RadarDataSet(Control):
    """One filled shape of a radar chart: its ``entries``, one per axis."""

    control_type = "RadarDataSet"
    positional = ("entries",)

    entries = _Checked(_check_entries)
    fill_color = ColorProp()
    fill_gradient = ValueProp()
    border_color = ColorProp()
    border_width = NumberProp()
    entry_radius = NumberProp()

    def before_update(self) -> None:
        _check_entries(self.entries)


class RadarChart(LayoutControl):
    """Data sets drawn around a centre, one axis per entry: ``fch.RadarChart(data_sets=[...])``."""

    control_type = "RadarChart"
    positional = ("data_sets", "titles")

    data_sets = _Checked(_check_data_sets)
    titles = Children()
    title_text_style = ValueProp()
    title_position_percentage_offset = _Minimum(0, 1)
    radar_bgcolor = ColorProp()
    radar_border_side = ValueProp()
    radar_shape = Prop((RadarShape, str))
    border = ValueProp()
    center_min_value = Prop(bool)
    tick_count = _Minimum(1)
    ticks_text_style = ValueProp()
    tick_border_side = ValueProp()
    grid_border_side = ValueProp()
    animate = AnimationProp(wire="animation", encode=_animation)
    animation = Alias("animate")
    interactive = Prop(bool, default=True)
    long_press_duration = Prop(DURATION)
    touch_spot_threshold = NumberProp()
    on_event = ChartEvent(_radar_event)
    on_chart_event = Alias("on_event")

    def before_update(self) -> None:
        _check_data_sets(self.data_sets)
