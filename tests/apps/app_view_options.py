# A counter started the way Flet 0.21-0.24 apps were: a view and server options that mean
# nothing in the browser.
import flet as ft


def main(page: ft.Page):
    page.title = "Counter"
    page.vertical_alignment = ft.MainAxisAlignment.CENTER

    txt_number = ft.TextField(value="0", text_align=ft.TextAlign.RIGHT, width=100)

    def minus_click(e):
        txt_number.value = str(int(txt_number.value) - 1)
        page.update()

    def plus_click(e):
        txt_number.value = str(int(txt_number.value) + 1)
        page.update()

    page.add(
        ft.Row(
            [
                ft.IconButton(ft.icons.REMOVE, on_click=minus_click),
                txt_number,
                ft.IconButton(ft.icons.ADD, on_click=plus_click),
            ],
            alignment=ft.MainAxisAlignment.CENTER,
        )
    )


ft.app(
    target=main,
    name="counter",
    host="127.0.0.1",
    port=8550,
    view=ft.AppView.WEB_BROWSER,
    assets_dir="assets",
    upload_dir="uploads",
    web_renderer=ft.WebRenderer.HTML,
    use_color_emoji=True,
    route_url_strategy="hash",
)
