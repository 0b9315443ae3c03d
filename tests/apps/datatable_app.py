# A DataTable sorted by clicking a column heading; a row can be selected.
import flet as ft

PEOPLE = [("John", "Smith", 43), ("Jack", "Brown", 19), ("Alice", "Wong", 25)]


def main(page: ft.Page):
    state = {"asc": True}
    picked = ft.Text("no row selected")

    def select(e):
        e.control.selected = not e.control.selected
        picked.value = (
            f"selected {e.control.cells[0].content.value}"
            if e.control.selected
            else "no row selected"
        )
        page.update()

    def rows():
        people = sorted(PEOPLE, key=lambda p: p[2], reverse=not state["asc"])
        return [
            ft.DataRow(
                cells=[
                    ft.DataCell(ft.Text(first)),
                    ft.DataCell(ft.Text(last)),
                    ft.DataCell(ft.Text(str(age))),
                ],
                on_select_changed=select,
            )
            for first, last, age in people
        ]

    def sort(e):
        state["asc"] = e.ascending
        table.sort_ascending = e.ascending
        table.rows = rows()
        page.update()

    table = ft.DataTable(
        columns=[
            ft.DataColumn(ft.Text("First name")),
            ft.DataColumn(ft.Text("Last name")),
            ft.DataColumn(ft.Text("Age"), numeric=True, on_sort=sort),
        ],
        rows=rows(),
        sort_column_index=2,
        sort_ascending=True,
        border=ft.border.all(1, "grey"),
        show_checkbox_column=True,
    )
    page.add(picked, table)


ft.app(target=main)
