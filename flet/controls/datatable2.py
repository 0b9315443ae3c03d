"""DataTable2 of flet-datatable2 1.0.5, with DataColumn2 and DataRow2.

DataTable2 is a DataTable with a sticky heading row, scrolling rows and relative column
sizes. The 1.0.5 client (main.dart.js) registers ``DataTable2`` and reads its ``columns``
and ``rows`` whatever their type, so plain ``DataColumn``/``DataRow`` work there too;
``DataColumn2`` adds ``size`` (``DataColumnSize``) and ``fixed_width``, ``DataRow2`` adds
``decoration``, ``specific_row_height`` and row taps (``tap``, ``double_tap``,
``secondary_tap``, ``secondary_tap_down``). Unlike DataTable's, this client reads
``horizontal_lines`` under its own name. It has no ``data_row_min_height``/
``data_row_max_height``: ``data_row_height`` sets every row's height.
"""

from __future__ import annotations

from enum import StrEnum

from flet.controls.base import AlignmentProp, ColorProp, IconProp, NumberProp, ValueProp
from flet.controls.lists import DataColumn, DataRow, DataTable
from flet.core.control import Control
from flet.core.props import Child, Event, Prop, PropertyError

__all__ = ["DataColumn2", "DataColumnSize", "DataRow2", "DataTable2"]


class DataColumnSize(StrEnum):
    """A column's share of the table width (S, M, L; see ``sm_ratio`` and ``lm_ratio``)."""

    S = "s"
    M = "m"
    L = "l"


class DataColumn2(DataColumn):
    """A DataColumn with a relative ``size`` or a ``fixed_width`` in pixels."""

    control_type = "DataColumn2"

    size = Prop(str)
    fixed_width = NumberProp()


class DataRow2(DataRow):
    """A DataRow that can be tapped as a whole and styled with ``decoration``."""

    control_type = "DataRow2"

    decoration = ValueProp()
    specific_row_height = NumberProp()
    on_tap = Event()
    on_double_tap = Event()
    on_secondary_tap = Event()
    on_secondary_tap_down = Event()


class DataTable2(DataTable):
    """A DataTable with a sticky heading, scrolling rows and sized columns."""

    control_type = "DataTable2"

    horizontal_lines = ValueProp()
    empty = Child()
    bottom_margin = NumberProp()
    lm_ratio = NumberProp(default=1.2)
    sm_ratio = NumberProp(default=0.67)
    fixed_left_columns = Prop(int, default=0)
    fixed_top_rows = Prop(int, default=1)
    fixed_columns_color = ColorProp()
    fixed_corner_color = ColorProp()
    sort_arrow_icon_color = ColorProp()
    min_width = NumberProp()
    show_heading_checkbox = Prop(bool, default=True)
    heading_checkbox_theme = ValueProp()
    data_row_checkbox_theme = ValueProp()
    sort_arrow_icon = IconProp()
    sort_arrow_animation_duration = ValueProp(int)
    visible_horizontal_scroll_bar = Prop(bool)
    visible_vertical_scroll_bar = Prop(bool)
    checkbox_alignment = AlignmentProp()
    data_row_height = NumberProp()
    heading_row_decoration = ValueProp()
    data_row_min_height = NumberProp(sent=False)
    data_row_max_height = NumberProp(sent=False)

    def before_update(self) -> None:
        super().before_update()
        for name in ("data_row_min_height", "data_row_max_height"):
            if getattr(self, name) is not None:
                raise PropertyError(
                    f"DataTable2 has no {name}; pass data_row_height=... (every row's height) "
                    "or DataRow2(specific_row_height=...) for one row."
                )
        for row in self.rows:
            if not isinstance(row, DataRow):
                raise PropertyError(f"DataTable2.rows takes DataRow or DataRow2, not {_kind(row)}")
        for column in self.columns:
            if not isinstance(column, DataColumn):
                raise PropertyError(
                    f"DataTable2.columns takes DataColumn or DataColumn2, not {_kind(column)}"
                )


def _kind(control: Control) -> str:
    return type(control).__name__
