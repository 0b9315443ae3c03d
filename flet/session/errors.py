"""The one sink for errors raised by app code: stderr, a SnackBar in the app, and on."""

from __future__ import annotations

import sys
import traceback
from typing import TYPE_CHECKING

from flet.controls.dialogs import SnackBar
from flet.controls.text import Text

if TYPE_CHECKING:
    from flet.controls.page import Page

__all__ = ["ErrorSink", "first_line"]


def first_line(exc: BaseException) -> str:
    """``Type: message`` on one line, the part the client's error card shows."""
    message = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {message[0]}" if message else type(exc).__name__


class ErrorSink:
    """Reports an app error: the traceback to stderr, a short notice in the app."""

    def report(self, exc: BaseException, where: str, page: Page | None) -> None:
        print(f"Error in {where}:", file=sys.stderr)
        traceback.print_exception(exc, file=sys.stderr)
        if page is not None:
            # one bar at a time: a new error replaces the previous one in the page's dialogs
            text = f"Error in {where}: {first_line(exc)}"
            page._error_bar = SnackBar(Text(text), open=True, bgcolor="error")
