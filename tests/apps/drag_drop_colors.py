# Drag and drop of colours: Draggable sources, a DragTarget that takes the colour.
import flet as ft


def main(page: ft.Page):
    page.title = "Drag and Drop example"
    status = ft.Text("drop a colour")

    def drag_will_accept(e):
        e.control.content.border = ft.border.all(
            2, ft.colors.BLACK45 if e.data == "true" else ft.colors.RED
        )
        e.control.update()

    def drag_accept(e: ft.DragTargetAcceptEvent):
        src = page.get_control(e.src_id)
        e.control.content.bgcolor = src.content.bgcolor
        e.control.content.border = None
        status.value = f"got {src.data}"
        page.update()

    def drag_leave(e):
        e.control.content.border = None
        e.control.update()

    def source(color):
        return ft.Draggable(
            group="color",
            data=color,
            content=ft.Container(width=50, height=50, bgcolor=color, border_radius=5),
            content_feedback=ft.Container(width=20, height=20, bgcolor=color, border_radius=3),
        )

    page.add(
        status,
        ft.Row(
            [
                ft.Column(
                    [source(ft.colors.CYAN), source(ft.colors.YELLOW), source(ft.colors.GREEN)]
                ),
                ft.Container(width=100),
                ft.DragTarget(
                    group="color",
                    content=ft.Container(
                        width=50, height=50, bgcolor=ft.colors.BLUE_GREY_100, border_radius=5
                    ),
                    on_will_accept=drag_will_accept,
                    on_accept=drag_accept,
                    on_leave=drag_leave,
                ),
            ]
        ),
    )


ft.app(target=main)
