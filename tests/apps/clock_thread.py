# A clock on a daemon thread that never ends: update the text, sleep a second, again.
import threading
import time
from datetime import datetime

import flet as ft


def main(page: ft.Page):
    clock = ft.Text("--:--:--", size=40)
    ticks = ft.Text("0 ticks")
    presses = ft.Text("0 presses")
    count = {"ticks": 0, "presses": 0}

    def tick():
        while True:
            count["ticks"] += 1
            clock.value = datetime.now().strftime("%H:%M:%S")
            ticks.value = f"{count['ticks']} ticks"
            page.update()
            time.sleep(1)

    def press(e):
        count["presses"] += 1
        presses.value = f"{count['presses']} presses"
        page.update()

    page.add(clock, ticks, presses, ft.ElevatedButton("Press", on_click=press))
    threading.Thread(target=tick, daemon=True).start()


ft.app(target=main)
