# ExpansionTiles with ListTiles inside; expanding one is reported.
import flet as ft


def main(page: ft.Page):
    log = ft.Text("all collapsed")

    def changed(e):
        log.value = f"{e.control.title.value}: {'expanded' if e.data == 'true' else 'collapsed'}"
        page.update()

    page.add(
        ft.ExpansionTile(
            title=ft.Text("ExpansionTile 1"),
            subtitle=ft.Text("Trailing expansion arrow icon"),
            affinity=ft.TileAffinity.PLATFORM,
            maintain_state=True,
            collapsed_text_color=ft.colors.RED,
            text_color=ft.colors.RED,
            controls=[ft.ListTile(title=ft.Text("This is sub-tile number 1"))],
            on_change=changed,
        ),
        ft.ExpansionTile(
            title=ft.Text("ExpansionTile 2"),
            affinity=ft.TileAffinity.LEADING,
            initially_expanded=True,
            controls=[ft.ListTile(title=ft.Text("This is sub-tile number 2"))],
            on_change=changed,
        ),
        log,
    )


ft.app(target=main)
