# A NavigationDrawer opened from a button; picking a destination closes it.
import flet as ft


def main(page: ft.Page):
    picked = ft.Text("drawer closed")

    def handle_change(e):
        picked.value = f"picked item {e.control.selected_index}"
        page.close(drawer)
        page.update()

    drawer = ft.NavigationDrawer(
        on_change=handle_change,
        controls=[
            ft.Container(height=12),
            ft.NavigationDrawerDestination(label="Item 1", icon=ft.icons.DOOR_BACK_DOOR_OUTLINED),
            ft.Divider(thickness=2),
            ft.NavigationDrawerDestination(
                icon_content=ft.Icon(ft.icons.MAIL_OUTLINED), label="Item 2"
            ),
            ft.NavigationDrawerDestination(icon=ft.icons.PHONE_OUTLINED, label="Item 3"),
        ],
    )
    page.add(picked, ft.ElevatedButton("Show drawer", on_click=lambda e: page.open(drawer)))


ft.app(target=main)
