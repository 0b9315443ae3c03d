# A sync click handler that animates by hand: move, update, sleep, move back. Another button
# keeps a tally meanwhile.
import time

import flet as ft


def main(page: ft.Page):
    box = ft.Container(width=80, height=80, bgcolor=ft.colors.RED, offset=ft.transform.Offset(0, 0))
    status = ft.Text("still")
    tally = ft.Text("tally 0")
    counts = {"tally": 0, "shakes": 0}

    def shake(e):
        status.value = "shaking"
        page.update()
        for dx in (0.1, -0.1, 0.1, -0.1, 0.05, 0):
            box.offset = ft.transform.Offset(dx, 0)
            box.update()
            time.sleep(0.05)
        counts["shakes"] += 1
        status.value = f"shaken {counts['shakes']} times"
        page.update()

    def add(e):
        counts["tally"] += 1
        tally.value = f"tally {counts['tally']}"
        page.update()

    page.add(
        box,
        status,
        tally,
        ft.Row(
            [
                ft.ElevatedButton("Shake", on_click=shake),
                ft.OutlinedButton("Add", on_click=add),
            ]
        ),
    )


ft.app(target=main)
