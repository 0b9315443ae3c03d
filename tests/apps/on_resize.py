# page.on_resize: the page reports its new size.
import flet as ft


def main(page: ft.Page):
    size = ft.Text(f"{page.width:g} x {page.height:g}")

    def page_resize(e):
        size.value = f"{page.width:g} x {page.height:g}"
        layout.value = "narrow" if page.width < 600 else "wide"
        page.update()

    layout = ft.Text("wide" if page.width >= 600 else "narrow")
    page.on_resize = page_resize
    page.add(size, layout)


ft.app(target=main)
