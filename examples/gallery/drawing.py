"""Gallery route "/draw": a canvas drawing, freehand drawing with a GestureDetector, and drag
and drop, written as apps of the async era wrote them (``import flet.canvas as cv``)."""

import flet as ft
import flet.canvas as cv

COLOURS = [("red", ft.colors.RED_400), ("green", ft.colors.GREEN_400), ("blue", ft.colors.BLUE_400)]


def scene():
    """A house in the sun: shapes, a path and a stroked paint."""
    stroke = ft.Paint(stroke_width=3, style=ft.PaintingStyle.STROKE, color=ft.colors.BROWN_700)
    return cv.Canvas(
        [
            cv.Rect(0, 0, 320, 180, paint=ft.Paint(color=ft.colors.LIGHT_BLUE_50)),
            cv.Circle(260, 45, 25, ft.Paint(color=ft.colors.AMBER_400)),
            cv.Rect(60, 90, 120, 80, paint=ft.Paint(color=ft.colors.ORANGE_200)),
            cv.Path(
                [cv.Path.MoveTo(50, 92), cv.Path.LineTo(120, 35), cv.Path.LineTo(190, 92)],
                paint=ft.Paint(color=ft.colors.RED_700),
            ),
            cv.Rect(105, 125, 30, 45, paint=stroke),
            cv.Line(0, 170, 320, 170, stroke),
        ],
        width=320,
        height=180,
    )


def sketch_pad(page):
    """Draw with the mouse, as the era's drawing example did: a GestureDetector as the
    canvas's content, each pan update adding a line from the last point."""
    last = {"x": 0.0, "y": 0.0, "strokes": 0}
    pen = ft.Paint(stroke_width=3, color=ft.colors.INDIGO)
    strokes = ft.Text("Strokes: 0")

    def start(e: ft.DragStartEvent):
        last["x"], last["y"] = e.local_x, e.local_y

    def move(e: ft.DragUpdateEvent):
        pad.shapes.append(cv.Line(last["x"], last["y"], e.local_x, e.local_y, paint=pen))
        last["x"], last["y"] = e.local_x, e.local_y
        pad.update()

    def end(e: ft.DragEndEvent):
        last["strokes"] += 1
        strokes.value = f"Strokes: {last['strokes']}, lines: {len(pad.shapes)}"
        strokes.update()

    def clear(e):
        pad.shapes.clear()
        last["strokes"] = 0
        strokes.value = "Strokes: 0"
        page.update()

    pad = cv.Canvas(
        content=ft.GestureDetector(
            content=ft.Container(width=320, height=160),  # the area that takes the pointer
            on_pan_start=start,
            on_pan_update=move,
            on_pan_end=end,
            drag_interval=10,
        ),
        width=320,
        height=160,
    )
    return [
        ft.Container(
            pad,
            bgcolor=ft.colors.GREY_100,
            border=ft.border.all(1, ft.colors.GREY_400),
            width=322,
            height=162,
        ),
        ft.Row([ft.OutlinedButton("Clear the sketch", on_click=clear), strokes]),
    ]


def drag_and_drop(page):
    """Drag a colour onto the box; the box takes it."""
    dropped = ft.Text("Dropped: nothing")
    box = ft.Container(
        ft.Text("Drop here"),
        width=120,
        height=70,
        bgcolor=ft.colors.GREY_200,
        border_radius=8,
        alignment=ft.alignment.center,
    )

    def accept(e: ft.DragTargetAcceptEvent):
        source = page.get_control(e.src_id)
        box.bgcolor = source.content.bgcolor
        dropped.value = f"Dropped: {source.data}"
        page.update()

    chips = [
        ft.Draggable(
            group="colour",
            data=name,
            content=ft.Container(width=50, height=50, bgcolor=colour, border_radius=25),
            content_feedback=ft.Container(width=30, height=30, bgcolor=colour, border_radius=15),
        )
        for name, colour in COLOURS
    ]
    return [
        ft.Row(
            [
                *chips,
                ft.Container(width=30),
                ft.DragTarget(group="colour", content=box, on_accept=accept),
            ]
        ),
        dropped,
    ]


def drawing_controls(page):
    return [
        ft.Text("A canvas drawing", weight=ft.FontWeight.BOLD),
        scene(),
        ft.Text("Draw on the canvas", weight=ft.FontWeight.BOLD),
        *sketch_pad(page),
        ft.Text("Drag a colour onto the box", weight=ft.FontWeight.BOLD),
        *drag_and_drop(page),
    ]
