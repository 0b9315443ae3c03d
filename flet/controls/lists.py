"""Lists and data: ListTile, DataTable with DataColumn, DataRow and DataCell.

Async-era spellings translated here: ``ListTile(url_target=...)`` (sent inside ``url``),
``ListTile(bgcolor_activated=...)`` (the tile's ``splash_color``),
``DataRow(on_select_changed=...)`` (the client's ``select_change`` event), and a column's
``on_sort`` handler reads ``e.column_index`` and ``e.ascending`` as it did in 0.25 (the
client sends ``{"ci": index, "asc": ascending}``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from flet.controls.base import (
    ColorProp,
    Either,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    TextProp,
    ValueProp,
)
from flet.controls.buttons import STATE_COLOR, Linked
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop

__all__ = ["DataCell", "DataColumn", "DataRow", "DataTable", "DataTableError", "ListTile"]


class ListTile(Linked):
    control_type = "ListTile"

    title = Either("title_text", "title_control")
    title_text = TextProp(wire="title")
    title_control = Child(wire="title")
    subtitle = Either("subtitle_text", "subtitle_control")
    subtitle_text = TextProp(wire="subtitle")
    subtitle_control = Child(wire="subtitle")
    leading = Child()
    trailing = Child()
    is_three_line = Prop(bool)
    content_padding = InsetsProp()
    bgcolor = ColorProp()
    splash_color = ColorProp()
    hover_color = ColorProp()
    selected = Prop(bool)
    dense = Prop(bool)
    autofocus = Prop(bool)
    toggle_inputs = Prop(bool)
    selected_color = ColorProp()
    selected_tile_color = ColorProp()
    style = StrProp()
    enable_feedback = Prop(bool)
    horizontal_spacing = NumberProp()
    min_leading_width = NumberProp()
    min_vertical_padding = NumberProp()
    title_alignment = StrProp()
    icon_color = ColorProp()
    text_color = ColorProp()
    shape = ValueProp()
    visual_density = StrProp()
    mouse_cursor = StrProp()
    title_text_style = ValueProp()
    subtitle_text_style = ValueProp()
    leading_and_trailing_text_style = ValueProp()
    min_height = NumberProp()
    adaptive = Prop(bool)
    on_click = Event()
    on_long_press = Event()

    bgcolor_activated = Alias("splash_color")  # async-era spelling


# -- DataTable -----------------------------------------------------------------------------


class DataTableError(ValueError):
    """A DataTable the client cannot draw (rows and columns do not match)."""


class _SortHandler:
    """Calls an ``on_sort`` handler with ``e.column_index`` and ``e.ascending`` readable."""

    __slots__ = ("handler",)

    def __init__(self, handler: Callable[..., Any]) -> None:
        self.handler = handler

    def __call__(self, event: Any) -> Any:
        data = event.data if isinstance(event.data, dict) else {}
        named = {"column_index": data.get("ci"), "ascending": data.get("asc")}
        return self.handler(dataclasses.replace(event, data={**data, **named}))


class SortEvent(Event):
    """``on_sort``: the handler is kept as given; the session calls it through a translator."""

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        value = super().__get__(obj, owner)
        return value.handler if isinstance(value, _SortHandler) else value

    def accept(self, obj: Control, value: Any) -> Any:
        handler = super().accept(obj, value)
        return None if handler is None else _SortHandler(handler)


class DataColumn(Control):
    """A column heading; ``on_sort`` gets ``e.column_index`` and ``e.ascending``."""

    control_type = "DataColumn"
    positional = ("label",)
    # Flet 1.0.5 sends this on every column: the column draws its tooltip itself.
    internals = {"skip_properties": ["tooltip"]}

    label = Either("label_text", "label_control")
    label_text = TextProp(wire="label")
    label_control = Child(wire="label")
    numeric = Prop(bool)
    heading_row_alignment = StrProp()
    on_sort = SortEvent()


class DataCell(Control):
    control_type = "DataCell"
    positional = ("content",)

    content = Either("text", "content_control")
    text = TextProp(wire="content")
    content_control = Child(wire="content")
    placeholder = Prop(bool)
    show_edit_icon = Prop(bool)
    on_tap = Event()
    on_double_tap = Event()
    on_long_press = Event()
    on_tap_cancel = Event()
    on_tap_down = Event()


class DataRow(Control):
    """A row; ``on_select_change`` gets the new selection as ``e.data`` (a bool).

    The client does not change ``selected`` itself: the handler sets it, as in the async era.
    """

    control_type = "DataRow"
    positional = ("cells",)

    cells = Children()
    color = Prop(STATE_COLOR)
    selected = Prop(bool)
    on_long_press = Event()
    on_select_change = Event()

    on_select_changed = Alias("on_select_change")  # async-era spelling


class DataTable(LayoutControl):
    control_type = "DataTable"
    prepare_always = True  # before_update checks the rows' and cells' visibility
    positional = ("columns",)

    columns = Children()
    rows = Children()
    sort_ascending = Prop(bool, default=False)
    show_checkbox_column = Prop(bool)
    sort_column_index = Prop(int)
    show_bottom_border = Prop(bool)
    border = ValueProp()
    border_radius = RadiusProp()
    # The 1.0.5 client reads this key with a typo; Flet's own "horizontal_lines" is ignored.
    horizontal_lines = ValueProp(wire="horizontal_lLines")
    vertical_lines = ValueProp()
    checkbox_horizontal_margin = NumberProp()
    column_spacing = NumberProp()
    data_row_color = Prop(STATE_COLOR)
    data_row_min_height = NumberProp()
    data_row_max_height = NumberProp()
    data_text_style = ValueProp()
    bgcolor = ColorProp()
    gradient = ValueProp()
    divider_thickness = NumberProp()
    heading_row_color = Prop(STATE_COLOR)
    heading_row_height = NumberProp()
    heading_text_style = ValueProp()
    horizontal_margin = NumberProp()
    clip_behavior = StrProp()
    on_select_all = Event()

    def before_update(self) -> None:
        columns = sum(1 for c in self.columns if c.visible)
        if columns == 0:
            raise DataTableError("DataTable needs at least one visible DataColumn in columns.")
        for n, row in enumerate(r for r in self.rows if r.visible):
            cells = sum(1 for c in row.cells if c.visible)
            if cells != columns:
                raise DataTableError(
                    f"DataTable row {n} has {cells} visible cell(s) but the table has "
                    f"{columns} visible column(s); give every DataRow one DataCell per column."
                )
        index = self.sort_column_index
        if index is not None and not 0 <= index < columns:
            raise DataTableError(
                f"DataTable.sort_column_index is {index} but the table has {columns} visible "
                f"column(s); use 0 to {columns - 1}, or None for no sort arrow."
            )
