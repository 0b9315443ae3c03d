# The "hello, name" example: a TextField validated on click, the greeting replaces the form.
import flet as ft


def main(page):
    txt_name = ft.TextField(label="Your name")

    def btn_click(e):
        if not txt_name.value:
            txt_name.error_text = "Please enter your name"
            page.update()
        else:
            name = txt_name.value
            page.clean()
            page.add(ft.Text(f"Hello, {name}!"))

    page.add(txt_name, ft.ElevatedButton("Say hello!", on_click=btn_click))


ft.app(target=main)
