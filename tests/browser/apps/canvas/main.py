"""A canvas drawn by the real client (tests/browser/test_canvas_in_chromium.py), written as
apps of the async era wrote it: ``import flet.canvas as cv``, ``ft.Paint`` with
``ft.PaintingStyle``.

Pure colours make the shapes easy to find in a screenshot: a red filled rectangle, a blue
stroked circle and a green filled path. ``on_resize`` writes the canvas size into a Text and
adds a yellow square, so the test sees both the event in Python and a shape added by update.
"""

import flet as ft
import flet.canvas as cv

RED, BLUE, GREEN, YELLOW, MAGENTA = "#ff0000", "#0000ff", "#00c000", "#ffff00", "#ff00ff"


def main(page: ft.Page):
    page.title = "Canvas"
    page.padding = 0
    size = ft.Text("canvas size: unknown")

    def resized(e: cv.CanvasResizeEvent):
        size.value = f"canvas size: {e.width:.0f}x{e.height:.0f}"
        marker.paint.color = MAGENTA  # a changed shape is repainted too
        if len(canvas.shapes) == 4:
            canvas.shapes.append(cv.Rect(320, 220, 40, 40, paint=ft.Paint(color=YELLOW)))
        page.update()

    marker = cv.Rect(320, 160, 40, 40, paint=ft.Paint(color="#808080"))
    canvas = cv.Canvas(
        [
            cv.Rect(20, 20, 160, 100, paint=ft.Paint(color=RED, style=ft.PaintingStyle.FILL)),
            cv.Circle(
                300,
                80,
                50,
                ft.Paint(color=BLUE, stroke_width=6, style=ft.PaintingStyle.STROKE),
            ),
            cv.Path(
                [
                    cv.Path.MoveTo(40, 160),
                    cv.Path.LineTo(160, 160),
                    cv.Path.LineTo(100, 280),
                    cv.Path.Close(),
                ],
                paint=ft.Paint(color=GREEN, style=ft.PaintingStyle.FILL),
            ),
            marker,
        ],
        width=400,
        height=300,
        on_resize=resized,
    )
    page.add(canvas, size)


ft.app(target=main)
