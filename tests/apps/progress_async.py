# Progress bars filled by an async handler that sleeps between steps.
import asyncio

import flet as ft


async def main(page: ft.Page):
    pb = ft.ProgressBar(width=400, value=0)
    label = ft.Text("Doing something...")

    async def run(e):
        for i in range(0, 101):
            pb.value = i * 0.01
            await asyncio.sleep(0.01)
            await page.update_async()
        label.value = "Done!"
        await page.update_async()

    await page.add_async(
        ft.Column([label, pb]),
        ft.Column(
            [
                ft.Text("Indeterminate progress bar"),
                ft.ProgressBar(width=400, color="amber", bgcolor="#eeeeee"),
            ]
        ),
        ft.ProgressRing(),
        ft.ElevatedButton("Start", on_click=run),
    )


ft.app(target=main)
