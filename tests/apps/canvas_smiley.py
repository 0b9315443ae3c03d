# A canvas drawing with flet.canvas: circles, an arc, a path, text; a button recolours it.
import math

import flet as ft
import flet.canvas as cv


def main(page: ft.Page):
    stroke_paint = ft.Paint(stroke_width=2, style=ft.PaintingStyle.STROKE)
    fill_paint = ft.Paint(style=ft.PaintingStyle.FILL, color=ft.colors.YELLOW)
    caption = ft.Text("yellow face")
    face = cv.Circle(100, 100, 50, fill_paint)
    cp = cv.Canvas(
        [
            face,
            cv.Circle(100, 100, 50, stroke_paint),
            cv.Circle(80, 90, 5, stroke_paint),
            cv.Circle(120, 90, 5, stroke_paint),
            cv.Arc(70, 95, 60, 40, 0, math.pi, paint=stroke_paint),
            cv.Path(
                [
                    cv.Path.MoveTo(25, 125),
                    cv.Path.QuadraticTo(50, 25, 135, 35, 0.35),
                    cv.Path.QuadraticTo(75, 115, 135, 215, 0.6),
                    cv.Path.Close(),
                ],
                paint=ft.Paint(
                    stroke_width=2, style=ft.PaintingStyle.FILL, color=ft.colors.PINK_400
                ),
            ),
            cv.Text(0, 180, "Hello, canvas", ft.TextStyle(weight=ft.FontWeight.BOLD, size=20)),
        ],
        width=float("inf"),
        expand=True,
    )

    def recolour(e):
        fill_paint.color = ft.colors.LIGHT_GREEN
        face.paint = fill_paint
        caption.value = "green face"
        page.update()

    page.add(caption, ft.ElevatedButton("Make it green", on_click=recolour), cp)


ft.app(main)
