# A TimePicker opened the era's way (page.overlay, pick_time()).
import flet as ft


def main(page: ft.Page):
    chosen = ft.Text("no time")

    def change_time(e):
        chosen.value = f"Time: {time_picker.value.strftime('%H:%M')}"
        page.update()

    time_picker = ft.TimePicker(
        confirm_text="Confirm",
        error_invalid_text="Time out of range",
        help_text="Pick your time slot",
        on_change=change_time,
    )
    page.overlay.append(time_picker)
    page.add(
        chosen,
        ft.ElevatedButton(
            "Pick time", icon=ft.icons.TIME_TO_LEAVE, on_click=lambda _: time_picker.pick_time()
        ),
    )


ft.app(target=main)
