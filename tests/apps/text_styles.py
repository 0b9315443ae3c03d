# Text styles, spans and a font size slider.
import flet as ft


def main(page: ft.Page):
    sample = ft.Text("Size 20", size=20, weight=ft.FontWeight.W_600, italic=True)

    def resize(e):
        sample.size = int(e.control.value)
        sample.value = f"Size {sample.size}"
        page.update()

    page.add(
        ft.Text("Display Large", style=ft.TextThemeStyle.DISPLAY_LARGE),
        ft.Text(
            spans=[
                ft.TextSpan("Greetings, ", ft.TextStyle(color=ft.colors.BLUE)),
                ft.TextSpan(
                    "planet",
                    ft.TextStyle(weight=ft.FontWeight.BOLD, decoration=ft.TextDecoration.UNDERLINE),
                ),
            ]
        ),
        ft.Text(
            "Clipped with an ellipsis " * 5,
            max_lines=1,
            overflow=ft.TextOverflow.ELLIPSIS,
            width=200,
        ),
        sample,
        ft.Slider(min=10, max=40, value=20, on_change=resize),
    )


ft.app(target=main)
