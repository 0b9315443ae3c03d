# The era's free-hand drawing example: a GestureDetector over a Canvas adds lines on pan.
import flet as ft
import flet.canvas as cv


class State:
    x: float
    y: float


state = State()


def main(page: ft.Page):
    page.title = "Flet Brush"
    count = ft.Text("0 strokes")

    def pan_start(e: ft.DragStartEvent):
        state.x = e.local_x
        state.y = e.local_y

    def pan_update(e: ft.DragUpdateEvent):
        cp.shapes.append(
            cv.Line(state.x, state.y, e.local_x, e.local_y, paint=ft.Paint(stroke_width=3))
        )
        count.value = f"{len(cp.shapes)} strokes"
        page.update()
        state.x = e.local_x
        state.y = e.local_y

    def clear(e):
        cp.shapes.clear()
        count.value = "0 strokes"
        page.update()

    cp = cv.Canvas(
        [
            cv.Fill(
                ft.Paint(
                    gradient=ft.PaintLinearGradient(
                        (0, 0), (600, 600), colors=[ft.colors.CYAN_50, ft.colors.GREY]
                    )
                )
            )
        ],
        content=ft.GestureDetector(
            on_pan_start=pan_start,
            on_pan_update=pan_update,
            drag_interval=10,
        ),
        expand=False,
    )
    page.add(
        count,
        ft.TextButton("Clear", on_click=clear),
        ft.Container(cp, border_radius=5, width=float("inf"), height=400, expand=True),
    )


ft.app(main)
