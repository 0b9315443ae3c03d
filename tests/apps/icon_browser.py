# An icon browser: typing filters a GridView of icons by name.
import flet as ft

NAMES = ["ADD", "ALARM", "ALARM_ON", "BOOK", "BOOKMARK", "CALL", "DELETE", "EDIT", "HOME", "SEARCH"]


def main(page: ft.Page):
    grid = ft.GridView(expand=1, runs_count=5, max_extent=120, spacing=5, run_spacing=5)
    found = ft.Text()

    def show(filter_text):
        grid.controls.clear()
        for name in NAMES:
            if filter_text.upper() in name:
                grid.controls.append(
                    ft.Column(
                        [ft.Icon(getattr(ft.icons, name), size=40), ft.Text(name.lower(), size=12)],
                        horizontal_alignment=ft.CrossAxisAlignment.CENTER,
                    )
                )
        found.value = f"{len(grid.controls)} icons"

    def search_changed(e):
        show(e.control.value)
        page.update()

    show("")
    page.add(
        ft.TextField(label="Search icons", prefix_icon=ft.icons.SEARCH, on_change=search_changed),
        found,
        grid,
    )


ft.app(target=main)
