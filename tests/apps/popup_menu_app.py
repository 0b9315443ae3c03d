# A PopupMenuButton in an AppBar; an item click shows what was chosen.
import flet as ft


def main(page: ft.Page):
    chosen = ft.Text("nothing chosen")

    def check_item_clicked(e):
        e.control.checked = not e.control.checked
        chosen.value = f"{e.control.text}: {'on' if e.control.checked else 'off'}"
        page.update()

    page.appbar = ft.AppBar(
        leading=ft.Icon(ft.icons.PALETTE),
        title=ft.Text("AppBar Example"),
        center_title=False,
        bgcolor=ft.colors.SURFACE_VARIANT,
        actions=[
            ft.IconButton(ft.icons.WB_SUNNY_OUTLINED),
            ft.PopupMenuButton(
                items=[
                    ft.PopupMenuItem(text="Item 1"),
                    ft.PopupMenuItem(),  # divider
                    ft.PopupMenuItem(
                        text="Checked item", checked=False, on_click=check_item_clicked
                    ),
                ]
            ),
        ],
    )
    page.add(chosen)


ft.app(target=main)
