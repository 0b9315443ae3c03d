# Page API of the era: window settings, a UserControl that keeps its page, span uids,
# GridView.clean(), a numeric Dropdown value and a tabs theme. Async style.
import flet as ft


class Gallery(ft.UserControl):
    def __init__(self, page: ft.Page):
        super().__init__()
        self.page = page
        self.grid = ft.GridView(runs_count=3, spacing=4, run_spacing=4)
        self.status = ft.Text("")

    def build(self):
        return ft.Column(
            [
                self.grid,
                ft.Row(
                    [
                        ft.TextButton("Fill", on_click=self.fill),
                        ft.TextButton("Clear", on_click=self.clear),
                    ]
                ),
                self.status,
            ]
        )

    async def fill(self, e):
        for i in range(6):
            self.grid.controls.append(ft.Text(f"tile {i}"))
        self.status.value = f"{len(self.grid.controls)} tiles"
        await self.page.update_async()

    async def clear(self, e):
        self.grid.clean()
        self.status.value = "cleared"
        await self.update_async()


async def main(page: ft.Page):
    page.title = "Window"
    page.window_width = 420
    page.window_height = 640
    page.window_resizable = False
    page.window_always_on_top = True
    page.window.title_bar_hidden = True
    page.theme = ft.Theme(tabs_theme=ft.TabsTheme(indicator_tab_size=True))
    await page.window_center_async()

    clicked = ft.Text("")

    def span_clicked(e):
        clicked.value = "span" if e.target == e.control.uid else "other"
        page.update()

    size = ft.Dropdown(
        value=2,
        options=[ft.dropdown.Option(1, "small"), ft.dropdown.Option(2, "large")],
    )
    await page.add_async(
        ft.Text(f"window {page.window_width}x{page.window_height}, page {page.width}"),
        ft.Text(spans=[ft.TextSpan("click me", on_click=span_clicked)]),
        clicked,
        size,
        Gallery(page),
    )


ft.app(target=main)
