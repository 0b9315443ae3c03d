# A Card with ListTiles, a CircleAvatar and a trailing PopupMenuButton.
import flet as ft


def main(page: ft.Page):
    status = ft.Text("")

    def liked(e):
        e.control.icon = (
            ft.icons.FAVORITE
            if e.control.icon == ft.icons.FAVORITE_BORDER
            else ft.icons.FAVORITE_BORDER
        )
        status.value = "liked" if e.control.icon == ft.icons.FAVORITE else "not liked"
        page.update()

    page.add(
        ft.Card(
            content=ft.Container(
                width=500,
                content=ft.Column(
                    [
                        ft.ListTile(
                            leading=ft.CircleAvatar(content=ft.Text("AB"), bgcolor=ft.colors.AMBER),
                            title=ft.Text("The Enchanted Nightingale"),
                            subtitle=ft.Text("Music by Julie Gable. Lyrics by Sidney Stein."),
                            trailing=ft.PopupMenuButton(
                                icon=ft.icons.MORE_VERT,
                                items=[
                                    ft.PopupMenuItem(text="Item 1"),
                                    ft.PopupMenuItem(text="Item 2"),
                                ],
                            ),
                        ),
                        ft.Row(
                            [
                                ft.IconButton(
                                    ft.icons.FAVORITE_BORDER, tooltip="Like", on_click=liked
                                ),
                                ft.TextButton("Listen"),
                            ],
                            alignment=ft.MainAxisAlignment.END,
                        ),
                    ],
                    spacing=0,
                ),
                padding=ft.padding.symmetric(vertical=10),
            )
        ),
        status,
    )


ft.app(target=main)
