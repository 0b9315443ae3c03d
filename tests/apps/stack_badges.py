# A Stack of an avatar and a status dot; a button toggles the online status.
import flet as ft


def main(page: ft.Page):
    dot = ft.Container(
        content=ft.CircleAvatar(bgcolor=ft.colors.GREEN, radius=5),
        alignment=ft.alignment.bottom_left,
    )
    status = ft.Text("online")

    def toggle(e):
        online = dot.content.bgcolor == ft.colors.GREEN
        dot.content.bgcolor = ft.colors.GREY if online else ft.colors.GREEN
        status.value = "offline" if online else "online"
        page.update()

    page.add(
        ft.Stack(
            [
                ft.CircleAvatar(
                    foreground_image_src="https://avatars.githubusercontent.com/u/5041459?s=88&v=4"
                ),
                dot,
            ],
            width=40,
            height=40,
        ),
        status,
        ft.OutlinedButton("Toggle status", on_click=toggle),
    )


ft.app(target=main)
