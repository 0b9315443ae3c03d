"""``from flet.plotly_chart import PlotlyChart``, as apps of Flet 0.21-0.25 import it.

The control lives in :mod:`flet.controls.figure_charts` (also ``ft.PlotlyChart``). Unlike the
era's module, importing this one does not need plotly: the app imports plotly.
"""

from flet.controls.figure_charts import (
    ChartLibraryMissingError,
    PlotlyChart,
    PlotlyFigureTooLargeError,
)

__all__ = ["ChartLibraryMissingError", "PlotlyChart", "PlotlyFigureTooLargeError"]
