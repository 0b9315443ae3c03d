"""Screenshot: captures what its ``content`` draws as PNG bytes.

The 1.0.5 client (main.dart.js) registers ``Screenshot``; it reads ``content`` and answers the
method ``capture`` (``pixel_ratio``, ``delay``) with the PNG bytes of the content as drawn.
``await shot.capture()`` returns those bytes to Python.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from flet.controls.base import call_client
from flet.core.control import Control
from flet.core.props import Child, PropertyError
from flet.values._plain import plain

__all__ = ["Screenshot"]


class Screenshot(Control):
    """Wraps ``content`` so that ``await capture()`` returns it as a PNG image (bytes)."""

    control_type = "Screenshot"
    positional = ("content",)

    content = Child()

    def before_update(self) -> None:
        if self.content is None:
            raise PropertyError("Screenshot needs content=... (the control to capture)")

    def capture(
        self, pixel_ratio: float | None = None, delay: Any = None, timeout: float = 10.0
    ) -> Awaitable[bytes]:
        """The PNG bytes of ``content`` as drawn now (``await shot.capture()``).

        ``pixel_ratio``: physical pixels per logical pixel (the device's when ``None``);
        ``delay``: wait this long first (milliseconds or ``ft.Duration``; the client waits
        20 ms when ``None``).
        """
        args = {"pixel_ratio": pixel_ratio, "delay": plain(delay)}
        return call_client(self, "capture", args, timeout=timeout)
