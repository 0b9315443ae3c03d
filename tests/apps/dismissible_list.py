# Dismissible items in a ListView; a dismissed item is removed.
import flet as ft


def main(page: ft.Page):
    left = ft.Text("5 items")

    def handle_dismiss(e):
        lv.controls.remove(e.control)
        left.value = f"{len(lv.controls)} items"
        page.update()

    lv = ft.ListView(
        controls=[
            ft.Dismissible(
                content=ft.ListTile(title=ft.Text(f"Item {i}")),
                dismiss_direction=ft.DismissDirection.HORIZONTAL,
                background=ft.Container(bgcolor=ft.colors.GREEN),
                secondary_background=ft.Container(bgcolor=ft.colors.RED),
                on_dismiss=handle_dismiss,
                dismiss_thresholds={ft.DismissDirection.END_TO_START: 0.2},
            )
            for i in range(5)
        ],
        expand=True,
    )
    page.add(left, lv)


ft.app(target=main)
