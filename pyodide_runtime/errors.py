"""Typed errors for an app that cannot start, worded for the client's error card.

The Flet client shows only the first line of a start-up error ("The application encountered an
error: <first line>"), so each error's ``str()`` is that line, then the details (the traceback)
for the browser console.
"""

from __future__ import annotations

import os
import sys
import traceback

from pyodide_runtime.stdlib import LeftOutModuleError

__all__ = [
    "AppCrashed",
    "AppImportError",
    "AppNotStarted",
    "AppStartError",
    "AppSyntaxError",
    "from_exception",
    "last_error_text",
    "missing_app_line",
    "module_file",
]

REQUIREMENTS_HINT = "add it to requirements.txt and publish again"


class AppStartError(Exception):
    """The app could not start. ``str()`` is the first line, a newline and the details."""

    def __init__(self, first_line: str, details: str = "") -> None:
        super().__init__(first_line)
        self.first_line = first_line
        self.details = details

    def __str__(self) -> str:
        return f"{self.first_line}\n{self.details}" if self.details else self.first_line


class AppNotStarted(AppStartError):
    """The app's module ran to the end without calling ``ft.app(main)``."""

    def __init__(self, app_module: str) -> None:
        super().__init__(
            "Script finished without calling ft.app(main). "
            f"Add ft.app(main) at the end of {module_file(app_module)}"
        )


class AppSyntaxError(AppStartError):
    """A file of the app (or of a package it imports) does not compile."""


class AppImportError(AppStartError):
    """An import failed, typically a package missing from requirements.txt."""


class AppCrashed(AppStartError):
    """The app's module raised while it ran, before ``ft.app(main)`` took over."""


def module_file(app_module: str) -> str:
    """``"app"`` -> ``"app.py"``, ``"pkg.main"`` -> ``"pkg/main.py"``."""
    return app_module.replace(".", "/") + ".py"


def from_exception(exc: BaseException, app_module: str, app_dir: str) -> AppStartError:
    """The typed start-up error for ``exc``, raised while running ``app_module``."""
    details = "".join(traceback.format_exception(exc)).rstrip()
    if isinstance(exc, SyntaxError):
        return AppSyntaxError(_syntax_error_line(exc, app_dir), details)
    if isinstance(exc, ModuleNotFoundError):
        return AppImportError(_missing_module_line(exc, app_module), details)
    if isinstance(exc, ImportError):
        return AppImportError(exception_line(exc), details)
    where = _last_app_frame(exc, app_dir)
    return AppCrashed(exception_line(exc) + (f" ({where})" if where else ""), details)


def exception_line(exc: BaseException) -> str:
    """``Type: first line of the message``."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def last_error_text() -> str:
    """The text for the error that last crossed from Python into JavaScript (``sys.last_exc``).

    Pyodide records there the exception behind a ``PythonError``; the worker calls this to
    report a failed ``start`` with its first line first.
    """
    exc = getattr(sys, "last_exc", None) or getattr(sys, "last_value", None)
    if exc is None:
        return ""
    if isinstance(exc, AppStartError):
        return str(exc)
    return f"{exception_line(exc)}\n{''.join(traceback.format_exception(exc)).rstrip()}"


def _syntax_error_line(exc: SyntaxError, app_dir: str) -> str:
    message = (exc.msg or "invalid syntax").strip().splitlines()[0]
    head = f"{type(exc).__name__}: {message}"
    if not exc.filename:
        return head
    return f"{head} ({_display_path(exc.filename, app_dir)}, line {exc.lineno})"


def missing_app_line(app_module: str) -> str:
    """The first line for an app module that is not in the app's folder at all."""
    return (
        f"ModuleNotFoundError: No module named {app_module!r} "
        f"(the site has no {module_file(app_module)}; publish the app again)"
    )


def _missing_module_line(exc: ModuleNotFoundError, app_module: str) -> str:
    if exc.name and exc.name == app_module:
        return missing_app_line(app_module)
    if isinstance(exc, LeftOutModuleError):
        return exception_line(exc)  # it says which publish flag brings the module back
    return f"{exception_line(exc)} ({REQUIREMENTS_HINT})"


def _last_app_frame(exc: BaseException, app_dir: str) -> str:
    """``"app.py, line 12"`` for the innermost traceback frame in the app's folder, or ``""``."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if _is_inside(frame.filename, app_dir):
            return f"{_display_path(frame.filename, app_dir)}, line {frame.lineno}"
    return ""


def _display_path(filename: str, app_dir: str) -> str:
    if _is_inside(filename, app_dir):
        return os.path.relpath(filename, app_dir).replace(os.sep, "/")
    return os.path.basename(filename)


def _is_inside(filename: str, folder: str) -> bool:
    if filename.startswith("<"):  # "<frozen runpy>", "<string>"
        return False
    path = os.path.abspath(filename)
    root = os.path.abspath(folder)
    return os.path.commonpath([path, root]) == root and _not_installed(path)


def _not_installed(path: str) -> bool:
    return "site-packages" not in path.split(os.sep)
