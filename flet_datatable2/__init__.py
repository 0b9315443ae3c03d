"""``import flet_datatable2 as fdt``: Flet 1.0's import name of DataTable2 (see
``flet.controls.datatable2``)."""

from flet.controls.datatable2 import *  # noqa: F403
from flet.controls.datatable2 import __all__ as __all__
