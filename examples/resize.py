import flet as ft


def main(page: ft.Page):
    size = ft.Text("size: unknown")

    def page_resize(e):
        print("New page size:", page.window_width, page.window_height)
        size.value = f"size: {page.window_width}x{page.window_height}"
        page.update()

    page.on_resize = page_resize
    page.on_error = lambda e: print("Page error:", e.data)
    page.add(size)


ft.app(main)
