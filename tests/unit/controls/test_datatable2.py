"""DataTable2 with DataColumn2 and DataRow2 (flet-datatable2 1.0.5).

The client reads the table's ``columns``/``rows`` whatever their type, a DataColumn2's
``size``/``fixed_width``, a DataRow2's ``specific_row_height``/``decoration`` and row taps,
and ``horizontal_lines`` under its own name (DataTable's client reads a misspelt key).
"""

import pytest

import flet as ft
import flet_datatable2 as fdt
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def table(**kw):
    return fdt.DataTable2(
        columns=[fdt.DataColumn2(ft.Text("Name"), size=fdt.DataColumnSize.L), ft.DataColumn("N")],
        rows=[
            fdt.DataRow2([ft.DataCell(ft.Text("a")), ft.DataCell(ft.Text("1"))], **kw),
            ft.DataRow([ft.DataCell(ft.Text("b")), ft.DataCell(ft.Text("2"))]),
        ],
        horizontal_lines=ft.BorderSide(1, "grey"),
        fixed_top_rows=1,
        data_row_height=40,
        min_width=300,
    )


def test_wire_shape_of_a_table_of_both_kinds_of_rows_and_columns():
    view = client_view(table(specific_row_height=60, on_tap=print))
    assert view["_c"] == "DataTable2"
    assert view["horizontal_lines"] == {"width": 1, "color": "grey"}
    assert view["data_row_height"] == 40 and view["min_width"] == 300
    assert "fixed_top_rows" not in view  # the client's default
    assert [c["_c"] for c in view["columns"]] == ["DataColumn2", "DataColumn"]
    assert view["columns"][0]["size"] == "l"
    assert [r["_c"] for r in view["rows"]] == ["DataRow2", "DataRow"]
    assert view["rows"][0]["specific_row_height"] == 60
    assert view["rows"][0]["on_tap"] is True


def test_a_row_tap_and_a_sort_reach_python():
    seen = []
    t = table(on_tap=lambda e: seen.append(("tap", e.data)))
    t.columns[0].on_sort = lambda e: seen.append(("sort", e.column_index, e.ascending))

    async def scenario():
        client, _ = await start(lambda page: page.add(t))
        client.fire(client.find("DataRow2"), "tap")
        client.fire(client.find("DataColumn2"), "sort", {"ci": 0, "asc": True})
        await client.settle(0.05)

    run(scenario())
    assert seen == [("tap", None), ("sort", 0, True)]


def test_what_datatable2_cannot_take_is_refused():
    with pytest.raises(ft.PropertyError, match="data_row_height"):
        fdt.DataTable2(columns=[ft.DataColumn("a")], data_row_min_height=30).before_update()
    with pytest.raises(ft.DataTableError, match="one DataCell per column"):
        fdt.DataTable2(columns=[ft.DataColumn("a")], rows=[fdt.DataRow2([])]).before_update()
