# A notice that hides itself: a threading.Timer clears it two seconds after a save.
import threading

import flet as ft


def main(page: ft.Page):
    notice = ft.Text("")
    name = ft.TextField(label="Name")

    def hide():
        notice.value = "ready"
        page.update()

    def save(e):
        notice.value = f"Saved {name.value}"
        page.update()
        threading.Timer(2.0, hide).start()

    page.add(name, ft.ElevatedButton("Save", on_click=save), notice)


ft.app(target=main)
