"""ListTile and DataTable (columns, rows, cells, sorting, selection): wire shapes and events."""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def noop(e):
    return None


# -- ListTile ------------------------------------------------------------------------------


def test_list_tile_async_era_shape():
    tile = ft.ListTile(
        leading=ft.Icon(ft.icons.ALBUM),
        title=ft.Text("One-line"),
        subtitle=ft.Text("Sub"),
        trailing=ft.PopupMenuButton(items=[ft.PopupMenuItem(text="Item")]),
        is_three_line=True,
        dense=True,
        selected=True,
        content_padding=ft.padding.all(4),
        on_click=noop,
        on_long_press=noop,
    )
    sent = client_view(tile)
    assert sent == {
        "_c": "ListTile",
        "leading": {"_c": "Icon", "icon": ft.Icons.ALBUM},
        "title": {"_c": "Text", "value": "One-line"},
        "subtitle": {"_c": "Text", "value": "Sub"},
        "trailing": {
            "_c": "PopupMenuButton",
            "items": [{"_c": "PopupMenuItem", "content": "Item"}],
        },
        "is_three_line": True,
        "dense": True,
        "selected": True,
        "content_padding": {"left": 4, "top": 4, "right": 4, "bottom": 4},
        "on_click": True,
        "on_long_press": True,
    }


def test_list_tile_translates_url_target_and_bgcolor_activated():
    sent = client_view(
        ft.ListTile(
            title=ft.Text("Docs"),
            url="https://flet.dev",
            url_target="_blank",
            bgcolor="white",
            bgcolor_activated="blue100",
            toggle_inputs=True,
        )
    )
    assert sent == {
        "_c": "ListTile",
        "title": {"_c": "Text", "value": "Docs"},
        "url": {"url": "https://flet.dev", "target": "_blank"},
        "bgcolor": "white",
        "splash_color": "blue100",
        "toggle_inputs": True,
    }


def test_list_tile_title_may_be_text():
    tile = ft.ListTile(title="Plain", subtitle="small")
    assert client_view(tile) == {"_c": "ListTile", "title": "Plain", "subtitle": "small"}
    assert tile.title == "Plain"


def test_list_tile_click():
    async def scenario():
        seen = []

        def main(page):
            page.add(ft.ListTile(title=ft.Text("row"), on_click=lambda e: seen.append(e.name)))

        client, _ = await start(main)
        await client.click(client.find("ListTile"))
        assert seen == ["click"]

    run(scenario())


# -- DataTable -----------------------------------------------------------------------------


def table(**kw):
    return ft.DataTable(
        columns=[
            ft.DataColumn(ft.Text("Name"), on_sort=kw.pop("on_sort", None)),
            ft.DataColumn(ft.Text("Age"), numeric=True, tooltip="years"),
        ],
        rows=[
            ft.DataRow(
                cells=[ft.DataCell(ft.Text("Ann")), ft.DataCell(ft.Text("31"))],
                selected=True,
                on_select_changed=kw.pop("on_select_changed", None),
            ),
        ],
        **kw,
    )


def test_data_table_async_era_shape():
    sent = client_view(table(sort_column_index=1, sort_ascending=True, on_sort=noop))
    assert sent == {
        "_c": "DataTable",
        "sort_column_index": 1,
        "sort_ascending": True,
        "columns": [
            {
                "_c": "DataColumn",
                "label": {"_c": "Text", "value": "Name"},
                "on_sort": True,
                "_internals": {"skip_properties": ["tooltip"]},
            },
            {
                "_c": "DataColumn",
                "label": {"_c": "Text", "value": "Age"},
                "numeric": True,
                "tooltip": "years",
                "_internals": {"skip_properties": ["tooltip"]},
            },
        ],
        "rows": [
            {
                "_c": "DataRow",
                "selected": True,
                "cells": [
                    {"_c": "DataCell", "content": {"_c": "Text", "value": "Ann"}},
                    {"_c": "DataCell", "content": {"_c": "Text", "value": "31"}},
                ],
            }
        ],
    }


def test_data_row_on_select_changed_is_the_clients_select_change():
    row = ft.DataRow([ft.DataCell(ft.Text("x"))], on_select_changed=noop)
    sent = client_view(ft.DataTable([ft.DataColumn(ft.Text("c"))], rows=[row]))
    assert sent["rows"][0] == {
        "_c": "DataRow",
        "on_select_change": True,
        "cells": [{"_c": "DataCell", "content": {"_c": "Text", "value": "x"}}],
    }
    assert row.on_select_changed is noop


def test_data_column_and_cell_take_text_too():
    sent = client_view(ft.DataTable([ft.DataColumn("Name")], rows=[ft.DataRow([ft.DataCell("v")])]))
    assert sent["columns"][0]["label"] == "Name"
    assert sent["rows"][0]["cells"][0]["content"] == "v"


def test_data_table_styling_props():
    sent = client_view(
        table(
            border={"top": {"width": 1, "color": "grey"}},
            border_radius=10,
            horizontal_lines={"width": 1, "color": "blue"},
            vertical_lines={"width": 2},
            heading_row_color={"hovered": "red", "": "grey100"},
            data_row_color="white",
            bgcolor="yellow50",
            column_spacing=20,
            divider_thickness=0,
            show_checkbox_column=True,
            on_select_all=noop,
        )
    )
    picked = {k: v for k, v in sent.items() if k not in ("columns", "rows")}
    assert picked == {
        "_c": "DataTable",
        "border": {"top": {"width": 1, "color": "grey"}},
        "border_radius": 10,
        "horizontal_lLines": {"width": 1, "color": "blue"},  # the key the 1.0.5 client reads
        "vertical_lines": {"width": 2},
        "heading_row_color": {"hovered": "red", "": "grey100"},
        "data_row_color": "white",
        "bgcolor": "yellow50",
        "column_spacing": 20,
        "divider_thickness": 0,
        "show_checkbox_column": True,
        "on_select_all": True,
    }


def test_sort_handler_reads_column_index_and_ascending():
    async def scenario():
        seen = []

        def on_sort(e):
            seen.append((e.column_index, e.ascending, e.data["ci"], e.control.label.value))
            dt.sort_column_index, dt.sort_ascending = e.column_index, e.ascending
            dt.update()

        dt = table(on_sort=on_sort)

        def main(page):
            page.add(dt)

        client, _ = await start(main)
        column = client.find_all("DataColumn")[0]
        client.fire(column, "sort", {"ci": 0, "asc": False})
        await client.settle()
        assert seen == [(0, False, 0, "Name")]
        shown = client.find("DataTable").props
        assert (shown["sort_column_index"], shown.get("sort_ascending")) == (0, None)
        assert dt.columns[0].on_sort is on_sort

    run(scenario())


def test_async_sort_handler_is_awaited():
    async def scenario():
        seen = []

        async def on_sort(e):
            seen.append(e.ascending)

        def main(page):
            page.add(table(on_sort=on_sort))

        client, _ = await start(main)
        client.fire(client.find_all("DataColumn")[0], "sort", {"ci": 0, "asc": True})
        await client.settle()
        assert seen == [True]

    run(scenario())


def test_row_selection_handler_sets_selected():
    async def scenario():
        def on_select(e):
            e.control.selected = e.data == "true"
            e.control.update()

        def main(page):
            page.add(table(on_select_changed=on_select))

        client, _ = await start(main)
        row = client.find("DataRow")
        client.fire(row, "select_change", False)
        await client.settle()
        assert row.props["selected"] is False

    run(scenario())


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: ft.DataTable(columns=[]), "at least one visible DataColumn"),
        (
            lambda: ft.DataTable(
                [ft.DataColumn(ft.Text("a")), ft.DataColumn(ft.Text("b"))],
                rows=[ft.DataRow([ft.DataCell(ft.Text("1"))])],
            ),
            r"row 0 has 1 visible cell\(s\) but the table has 2",
        ),
        (lambda: table(sort_column_index=2), "sort_column_index is 2"),
    ],
)
def test_data_table_shapes_the_client_cannot_draw_are_refused(build, message):
    with pytest.raises(ft.DataTableError, match=message):
        build().before_update()
