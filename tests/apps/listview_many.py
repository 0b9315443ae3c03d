# ListView with many items and auto_scroll; more items are added on click.
import flet as ft


def main(page: ft.Page):
    page.title = "Auto-scrolling ListView"
    lv = ft.ListView(expand=1, spacing=10, padding=20, auto_scroll=True)
    for i in range(500):
        lv.controls.append(ft.Text(f"Line {i}"))
    count = ft.Text(f"{len(lv.controls)} lines")

    def add_more(e):
        start = len(lv.controls)
        for i in range(start, start + 100):
            lv.controls.append(ft.Text(f"Line {i}"))
        count.value = f"{len(lv.controls)} lines"
        page.update()

    page.add(count, ft.ElevatedButton("Add 100", on_click=add_more), lv)


ft.app(target=main)
