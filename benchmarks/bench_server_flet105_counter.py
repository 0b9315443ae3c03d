# The counter of examples/fastapi/counter.py written for Flet 1.0.5, served by its own
# flet_web.fastapi: what bench_server.py measures our server against. It runs in a separate
# venv with flet==1.0.5 and flet-web==1.0.5 (bench_server.py --flet-venv), never in ours.
import flet_web.fastapi as flet_fastapi

import flet as ft


async def main(page: ft.Page):
    counter = ft.Text("0", size=50, data=0)

    async def add_click(e):
        counter.data += 1
        counter.value = str(counter.data)
        counter.update()

    page.floating_action_button = ft.FloatingActionButton(icon=ft.Icons.ADD, on_click=add_click)
    page.add(ft.Container(counter, alignment=ft.Alignment.CENTER, expand=True))


app = flet_fastapi.app(main)
