# The counter of examples/counter.py on a page of 1,000 controls, for the click-to-repaint
# figure of a big page: bench_site.py --app benchmarks/big_counter.py. Each click changes one
# Text and calls page.update(), as apps of the era do. The rows hold no whole number and no
# button, so that bench_site's probe finds the counter and the FAB.
import flet as ft

ROWS = 250  # a Row, a Text, an Icon and a Checkbox each: 1,000 controls, with the counter 1,002


def main(page: ft.Page):
    counter = ft.Text("0", size=50, data=0)

    def add_click(e):
        counter.data += 1
        counter.value = str(counter.data)
        page.update()

    page.floating_action_button = ft.FloatingActionButton(icon=ft.icons.ADD, on_click=add_click)
    rows = [
        ft.Row([ft.Text(f"row {i}"), ft.Icon(ft.icons.STAR), ft.Checkbox(label=f"item {i}")])
        for i in range(ROWS)
    ]
    page.add(counter, ft.Column(rows, scroll=ft.ScrollMode.AUTO, expand=True))


ft.app(main)
