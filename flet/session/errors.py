"""The one sink for errors raised by app code: stderr, a SnackBar in the app, and on."""

from __future__ import annotations

import sys
import traceback
from typing import TYPE_CHECKING

from flet.controls.dialogs import SnackBar
from flet.controls.text import Text

if TYPE_CHECKING:
    from flet.controls.page import Page

__all__ = ["APP_ERRORS", "ErrorSink", "first_line", "format_error"]

#: What app code may raise and the session reports as an app error, keeping the app alive:
#: ``sys.exit()`` and ``KeyboardInterrupt`` in a handler included (they must not escape the
#: event loop). Task cancellation (``asyncio.CancelledError``) is not an error.
APP_ERRORS: tuple[type[BaseException], ...] = (Exception, SystemExit, KeyboardInterrupt)


def first_line(exc: BaseException) -> str:
    """``Type: message`` on one line, the part the client's error card shows."""
    try:
        message = str(exc).strip().splitlines()
    except Exception:  # an exception whose __str__ raises is still reported
        message = ["<the error's message could not be read>"]
    return f"{type(exc).__name__}: {message[0]}" if message else type(exc).__name__


def format_error(exc: BaseException) -> str:
    """The traceback of ``exc`` as text (what ``traceback`` prints)."""
    try:
        return "".join(traceback.format_exception(exc))
    except Exception:  # a broken __str__ or a cycle the formatter cannot follow
        return f"{first_line(exc)} (its traceback could not be formatted)\n"


class ErrorSink:
    """Reports an app error: the traceback to stderr, a short notice in the app."""

    def report(self, exc: BaseException, where: str, page: Page | None) -> None:
        print(f"Error in {where}:\n{format_error(exc)}", end="", file=sys.stderr)
        if page is not None:
            # one bar at a time: a new error replaces the previous one in the page's dialogs
            text = f"Error in {where}: {first_line(exc)}"
            page._error_bar = SnackBar(Text(text), open=True, bgcolor="error")
