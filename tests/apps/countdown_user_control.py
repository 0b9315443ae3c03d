# A countdown UserControl: did_mount starts a task, will_unmount stops it.
import asyncio

import flet as ft


class Countdown(ft.UserControl):
    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds
        self.running = False

    def did_mount(self):
        self.running = True
        self.page.run_task(self.update_timer)

    def will_unmount(self):
        self.running = False

    async def update_timer(self):
        while self.seconds and self.running:
            mins, secs = divmod(self.seconds, 60)
            self.countdown.value = f"{mins:02d}:{secs:02d}"
            await self.update_async()
            await asyncio.sleep(1)
            self.seconds -= 1
        if self.running:
            self.countdown.value = "Time's up!"
            await self.update_async()

    def build(self):
        self.countdown = ft.Text(size=30)
        return self.countdown


def main(page: ft.Page):
    timers = ft.Column([Countdown(3)])

    def add_timer(e):
        timers.controls.append(Countdown(90))
        page.update()

    page.add(timers, ft.ElevatedButton("Add a 90 s timer", on_click=add_timer))


ft.app(target=main)
