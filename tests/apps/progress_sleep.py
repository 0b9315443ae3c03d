# A progress bar filled by the sync main itself, sleeping between steps (the era's ProgressBar
# example does this right after page.add).
import time

import flet as ft


def main(page: ft.Page):
    pb = ft.ProgressBar(width=400, value=0)
    label = ft.Text("Doing something...")
    page.add(ft.Column([label, pb]))
    for i in range(11):
        pb.value = i * 0.1
        label.value = f"Step {i} of 10"
        time.sleep(0.1)
        page.update()
    label.value = "Done!"
    page.update()


ft.app(target=main)
