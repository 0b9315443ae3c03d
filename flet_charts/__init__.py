"""``import flet_charts as fch``: the Flet 1.0 charts package's import name.

A thin re-export of flet-pwa's charts (``flet.controls.charts`` and
``flet.controls.more_charts``) under the names of ``flet-charts`` 1.0.5, so that 1.0 apps run
unchanged. ``MatplotlibChart`` and ``PlotlyChart`` are not here.
"""

from flet.controls.charts import (
    BarChart,
    BarChartEvent,
    BarChartGroup,
    BarChartRod,
    BarChartRodStackItem,
    ChartAxis,
    ChartAxisLabel,
    ChartCirclePoint,
    ChartCrossPoint,
    ChartEventType,
    ChartGridLines,
    ChartPointLine,
    ChartPointShape,
    ChartSquarePoint,
    LineChart,
    LineChartData,
    LineChartDataPoint,
    LineChartEvent,
    LineChartEventSpot,
    PieChart,
    PieChartEvent,
    PieChartSection,
)
from flet.controls.charts import TooltipDirection as BarChartTooltipDirection
from flet.controls.more_charts import (
    CandlestickChart,
    CandlestickChartEvent,
    CandlestickChartSpot,
    CandlestickChartSpotTooltip,
    CandlestickChartTooltip,
    ChartDataPointTooltip,
    ChartErrorRange,
    ChartTooltip,
    RadarChart,
    RadarChartEvent,
    RadarChartTitle,
    RadarDataSet,
    RadarDataSetEntry,
    RadarShape,
    ScatterChart,
    ScatterChartEvent,
    ScatterChartSpot,
    ScatterChartSpotTooltip,
    ScatterChartTooltip,
)
from flet.controls.more_charts import ChartHorizontalAlignment as HorizontalAlignment

# The 1.0 names of the tooltip settings: one map the client reads for every chart.
LineChartTooltip = ChartTooltip
BarChartTooltip = ChartTooltip
LineChartDataPointTooltip = ChartDataPointTooltip
BarChartRodTooltip = ChartDataPointTooltip

__all__ = [
    "BarChart",
    "BarChartEvent",
    "BarChartGroup",
    "BarChartRod",
    "BarChartRodStackItem",
    "BarChartRodTooltip",
    "BarChartTooltip",
    "BarChartTooltipDirection",
    "CandlestickChart",
    "CandlestickChartEvent",
    "CandlestickChartSpot",
    "CandlestickChartSpotTooltip",
    "CandlestickChartTooltip",
    "ChartAxis",
    "ChartAxisLabel",
    "ChartCirclePoint",
    "ChartCrossPoint",
    "ChartDataPointTooltip",
    "ChartErrorRange",
    "ChartEventType",
    "ChartGridLines",
    "ChartPointLine",
    "ChartPointShape",
    "ChartSquarePoint",
    "HorizontalAlignment",
    "LineChart",
    "LineChartData",
    "LineChartDataPoint",
    "LineChartDataPointTooltip",
    "LineChartEvent",
    "LineChartEventSpot",
    "LineChartTooltip",
    "PieChart",
    "PieChartEvent",
    "PieChartSection",
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
