# An async UserControl: did_mount_async loads data, an async handler refreshes it.
import asyncio

import flet as ft


class Weather(ft.UserControl):
    def __init__(self, city):
        super().__init__()
        self.city = city
        self.fetches = 0

    def build(self):
        self.temp = ft.Text("loading...")
        return ft.Card(
            ft.Container(
                ft.Column(
                    [
                        ft.Text(self.city, weight=ft.FontWeight.BOLD),
                        self.temp,
                        ft.TextButton("Refresh", on_click=self.refresh),
                    ]
                ),
                padding=10,
            )
        )

    async def did_mount_async(self):
        await self.load()

    async def load(self):
        await asyncio.sleep(0.05)
        self.fetches += 1
        self.temp.value = f"{self.city}: {14 + self.fetches} C"
        await self.update_async()

    async def refresh(self, e):
        self.temp.value = "loading..."
        await self.update_async()
        await self.load()


async def main(page: ft.Page):
    await page.add_async(Weather("Oslo"))


ft.app(target=main)
