"""``from flet.matplotlib_chart import MatplotlibChart``, as apps of Flet 0.21-0.25 import it.

The control lives in :mod:`flet.controls.figure_charts` (also ``ft.MatplotlibChart``). Unlike
the era's module, importing this one does not need matplotlib: the app imports matplotlib.
"""

from flet.controls.figure_charts import ChartLibraryMissingError, MatplotlibChart

__all__ = ["ChartLibraryMissingError", "MatplotlibChart"]
