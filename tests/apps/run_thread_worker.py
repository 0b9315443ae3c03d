# Work handed to page.run_thread: it reports each step with time.sleep in between, while the
# page keeps answering.
import time

import flet as ft


def main(page: ft.Page):
    status = ft.Text("idle")
    log = ft.Column()

    def work(steps):
        for i in range(1, steps + 1):
            status.value = f"step {i} of {steps}"
            log.controls.append(ft.Text(f"finished step {i}"))
            page.update()
            time.sleep(0.2)
        status.value = f"all {steps} steps done"
        page.update()

    def start(e):
        status.value = "working"
        page.update()
        page.run_thread(work, 3)

    page.add(status, ft.ElevatedButton("Start", on_click=start), log)


ft.app(target=main)
