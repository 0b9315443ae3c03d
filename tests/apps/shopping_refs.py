# A shopping list built with ft.Ref: refs to a field and a column, items removed by click.
import flet as ft


def main(page: ft.Page):
    item = ft.Ref[ft.TextField]()
    items = ft.Ref[ft.Column]()
    total = ft.Ref[ft.Text]()

    def refresh_total():
        total.current.value = f"{len(items.current.controls)} items"

    def remove(e):
        items.current.controls.remove(e.control.data)
        refresh_total()
        page.update()

    def add(e):
        row = ft.Row()
        row.controls = [
            ft.Text(item.current.value),
            ft.IconButton(
                ft.icons.CLOSE, data=row, tooltip=f"remove {item.current.value}", on_click=remove
            ),
        ]
        items.current.controls.append(row)
        item.current.value = ""
        refresh_total()
        page.update()

    page.add(
        ft.Row(
            [
                ft.TextField(ref=item, label="Item", on_submit=add),
                ft.IconButton(ft.icons.ADD, tooltip="Add item", on_click=add),
            ]
        ),
        ft.Column(ref=items),
        ft.Text("0 items", ref=total),
    )


ft.app(target=main)
