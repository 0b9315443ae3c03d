# A stopwatch: an async task started with page.run_task ticks with asyncio.sleep.
import asyncio

import flet as ft


async def main(page: ft.Page):
    elapsed = ft.Text("0.0 s", size=40)
    state = {"running": False, "tenths": 0}

    async def tick():
        while state["running"]:
            await asyncio.sleep(0.1)
            if not state["running"]:
                break
            state["tenths"] += 1
            elapsed.value = f"{state['tenths'] / 10:.1f} s"
            await elapsed.update_async()

    async def start_click(e):
        if not state["running"]:
            state["running"] = True
            page.run_task(tick)

    async def stop_click(e):
        state["running"] = False
        elapsed.value = f"stopped at {state['tenths'] / 10:.1f} s"
        await page.update_async()

    await page.add_async(
        elapsed,
        ft.Row(
            [
                ft.ElevatedButton("Start", icon=ft.icons.PLAY_ARROW, on_click=start_click),
                ft.OutlinedButton("Stop", icon=ft.icons.STOP, on_click=stop_click),
            ]
        ),
    )


ft.app(main)
