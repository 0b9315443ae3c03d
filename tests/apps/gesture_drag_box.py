# Moving a box with a GestureDetector inside a Stack (the era's gesture docs), with hover.
import flet as ft


def main(page: ft.Page):
    where = ft.Text("at 0, 0")

    def on_pan_update(e: ft.DragUpdateEvent):
        e.control.top = max(0, e.control.top + e.delta_y)
        e.control.left = max(0, e.control.left + e.delta_x)
        where.value = f"at {e.control.left:g}, {e.control.top:g}"
        page.update()

    def on_hover(e: ft.HoverEvent):
        box.bgcolor = ft.colors.BLUE_200
        box.update()

    box = ft.Container(bgcolor=ft.colors.BLUE, width=50, height=50, border_radius=5)
    gd = ft.GestureDetector(
        mouse_cursor=ft.MouseCursor.MOVE,
        drag_interval=50,
        on_pan_update=on_pan_update,
        on_hover=on_hover,
        left=0,
        top=0,
        content=box,
    )
    page.add(where, ft.Stack([gd], width=1000, height=500))


ft.app(main)
