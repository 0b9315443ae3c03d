# Light and dark themes with a seed colour; an IconButton switches theme_mode.
import flet as ft


def main(page: ft.Page):
    page.theme_mode = ft.ThemeMode.LIGHT
    page.theme = ft.Theme(color_scheme_seed="green")
    page.dark_theme = ft.Theme(color_scheme_seed="indigo")
    mode = ft.Text("light mode")

    def toggle(e):
        page.theme_mode = (
            ft.ThemeMode.DARK if page.theme_mode == ft.ThemeMode.LIGHT else ft.ThemeMode.LIGHT
        )
        mode.value = f"{page.theme_mode.value} mode"
        button.icon = (
            ft.icons.LIGHT_MODE if page.theme_mode == ft.ThemeMode.DARK else ft.icons.DARK_MODE
        )
        page.update()

    button = ft.IconButton(ft.icons.DARK_MODE, tooltip="Switch theme", on_click=toggle)
    page.appbar = ft.AppBar(title=ft.Text("Themes"), actions=[button])
    page.add(mode, ft.ElevatedButton("A button"), ft.Switch(label="A switch", value=True))


ft.app(target=main)
