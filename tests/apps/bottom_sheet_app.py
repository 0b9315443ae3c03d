# A BottomSheet opened with page.open and closed from a button inside it.
import flet as ft


def main(page: ft.Page):
    status = ft.Text("sheet closed")

    def dismissed(e):
        status.value = "sheet dismissed"
        page.update()

    def close(e):
        page.close(bs)
        status.value = "sheet closed"
        page.update()

    bs = ft.BottomSheet(
        ft.Container(
            ft.Column(
                [
                    ft.Text("This is sheet's content!"),
                    ft.ElevatedButton("Close bottom sheet", on_click=close),
                ],
                tight=True,
            ),
            padding=10,
        ),
        open=False,
        on_dismiss=dismissed,
    )

    def show(e):
        page.open(bs)
        status.value = "sheet open"
        page.update()

    page.add(status, ft.ElevatedButton("Display bottom sheet", on_click=show))


ft.app(target=main)
