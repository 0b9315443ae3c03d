# A DatePicker opened from a button; the chosen date is shown.
import datetime

import flet as ft


def main(page: ft.Page):
    chosen = ft.Text("no date")

    def handle_change(e):
        chosen.value = f"Date changed: {e.control.value.strftime('%Y-%m-%d')}"
        page.update()

    picker = ft.DatePicker(
        first_date=datetime.datetime(year=2023, month=10, day=1),
        last_date=datetime.datetime(year=2025, month=10, day=1),
        on_change=handle_change,
    )
    page.add(
        chosen,
        ft.ElevatedButton(
            "Pick date", icon=ft.icons.CALENDAR_MONTH, on_click=lambda e: page.open(picker)
        ),
    )


ft.app(target=main)
