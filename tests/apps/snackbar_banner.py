# SnackBar and Banner, both ways the era had: page.snack_bar with open=True, and page.open.
import flet as ft


class Data:
    def __init__(self) -> None:
        self.counter = 0


d = Data()


def main(page: ft.Page):
    page.snack_bar = ft.SnackBar(content=ft.Text("Hello, world!"), action="Alright!")

    def on_click(e):
        d.counter += 1
        page.snack_bar = ft.SnackBar(ft.Text(f"Hello {d.counter}"))
        page.snack_bar.open = True
        page.update()

    def close_banner(e):
        page.close(banner)
        status.value = "banner closed"
        page.update()

    banner = ft.Banner(
        bgcolor=ft.colors.AMBER_100,
        leading=ft.Icon(ft.icons.WARNING_AMBER_ROUNDED, color=ft.colors.AMBER, size=40),
        content=ft.Text("Oops, there were some errors while trying to delete the file."),
        actions=[
            ft.TextButton("Retry", on_click=close_banner),
            ft.TextButton("Ignore", on_click=close_banner),
        ],
    )
    status = ft.Text("")
    page.add(
        status,
        ft.ElevatedButton("Open SnackBar", on_click=on_click),
        ft.ElevatedButton("Show Banner", on_click=lambda e: page.open(banner)),
    )


ft.app(target=main)
