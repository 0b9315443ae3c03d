"""``import flet.canvas as cv``: the canvas and its shapes, as apps of the async era import them.

``cv.Text`` is the canvas's text shape, not ``ft.Text``; the paint values (``ft.Paint``,
``ft.PaintLinearGradient``...) live on ``flet`` itself, as they did then.
"""

from flet.controls.canvas import (
    Arc,
    Canvas,
    CanvasResizeEvent,
    Circle,
    Color,
    Fill,
    Line,
    Oval,
    Path,
    PointMode,
    Points,
    Rect,
    Shadow,
    Shape,
    Text,
)

__all__ = [
    "Arc",
    "Canvas",
    "CanvasResizeEvent",
    "Circle",
    "Color",
    "Fill",
    "Line",
    "Oval",
    "Path",
    "PointMode",
    "Points",
    "Rect",
    "Shadow",
    "Shape",
    "Text",
]
