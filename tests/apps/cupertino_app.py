# Cupertino controls: a switch whose state a Text shows, and a Cupertino button.
import flet as ft


def main(page: ft.Page):
    state = ft.Text("off")

    def changed(e):
        state.value = "on" if e.control.value else "off"
        page.update()

    page.add(
        ft.CupertinoSwitch(label="Cupertino switch", value=False, on_change=changed),
        ft.CupertinoButton(content=ft.Text("Cupertino button"), bgcolor=ft.colors.PRIMARY),
        state,
    )


ft.app(target=main)
