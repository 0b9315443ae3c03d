"""``import flet.canvas as cv``: the canvas and its shapes, as apps of the async era import them.

``cv.Text`` is the canvas's text shape, not ``ft.Text``; the paint values (``ft.Paint``,
``ft.PaintLinearGradient``...) live on ``flet`` itself, as they did then.
"""

from flet.controls import canvas as _canvas
from flet.controls.canvas import *  # noqa: F403

__all__ = _canvas.__all__
