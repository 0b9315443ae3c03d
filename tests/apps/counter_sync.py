# The classic counter of the era's "getting started": a Text and a floating action button.
import flet as ft


def main(page: ft.Page):
    page.title = "Counter"
    page.vertical_alignment = ft.MainAxisAlignment.CENTER
    counter = ft.Text("0", size=50, data=0)

    def increment_click(e):
        counter.data += 1
        counter.value = str(counter.data)
        counter.update()

    page.floating_action_button = ft.FloatingActionButton(
        icon=ft.icons.ADD, on_click=increment_click
    )
    page.add(ft.SafeArea(ft.Container(counter, alignment=ft.alignment.center), expand=True))


ft.app(main)
