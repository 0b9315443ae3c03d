"""What ``flet run`` does in the browser (``server_runtime.dev``) and in the desktop window
(``desktop_runtime``) alike (host only): load the app's file, show why it did not load, and
watch its files.

``load_app(script)`` runs the app's file as ``__main__`` (the modules of its folder forgotten
first) and gives the ``main`` it passes to ``ft.app``, or the traceback that stopped it.
``AppSlot`` is a ``main`` that runs the loaded one or shows that error in the page.
``reloads(script, mode, ignore_dirs)`` loads the file again each time a watched file changes
(watchfiles, debounced): ``mode`` is ``file`` (the script), ``directory`` (its folder) or
``recursive``; ``IGNORED_DIRS`` and ``ignore_dirs`` are never watched.
"""

from __future__ import annotations

import runpy
import sys
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from flet.app import use_runner
from flet.core.finished import FINISHED
from flet.session.handlers import call_handler

__all__ = ["IGNORED_DIRS", "AppSlot", "load_and_say", "load_app", "reloads", "watch_filter"]

#: folders never watched (besides --ignore-dirs)
IGNORED_DIRS = frozenset({"__pycache__", ".git", ".venv", "venv", "node_modules", "build", "dist"})

Main = Callable[..., Any]


# --- the app a server serves, swappable -----------------------------------------------------


class AppSlot:
    """The ``main`` the server serves: the app's, or a page that shows why it did not load."""

    def __init__(self, main: Callable[..., Any] | None = None, error: str | None = None):
        self.main = main
        self.error = error
        self.version = 0

    def set(self, main: Callable[..., Any] | None, error: str | None) -> None:
        self.main, self.error = main, error
        self.version += 1

    async def __call__(self, page: Any) -> None:
        if self.error is not None or self.main is None:
            await _show_error(page, self.error or "the app did not call ft.app(main)")
            return
        await call_handler(self.main, page)


async def _show_error(page: Any, text: str) -> None:
    import flet as ft
    from flet.values.enums import ScrollMode

    page.title = "Error loading the app"
    page.scroll = ScrollMode.AUTO
    await page.add_async(
        ft.Text("The app could not be loaded", size=22, color=ft.colors.RED_700),
        ft.Text("Fix the file and save it: the page reloads by itself.", italic=True),
        ft.Text(text, font_family="monospace", size=13),
    )


# --- loading an app's module ----------------------------------------------------------------


def load_app(script: Path) -> tuple[Callable[..., Any] | None, str | None]:
    """Run ``script`` as ``__main__`` and return the ``main`` it passes to ``ft.app``, or the
    error (its traceback) that stopped it. Modules of the script's folder imported by an
    earlier run are forgotten first, so their edits count too."""
    script = script.resolve()
    _forget_modules_under(script.parent)
    captured: list[Callable[..., Any]] = []

    def capture(main: Callable[..., Any]) -> Awaitable[None]:
        captured.append(main)
        return FINISHED

    folder = str(script.parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    try:
        with use_runner(capture):
            runpy.run_path(str(script), run_name="__main__")
    except SystemExit as exc:
        if exc.code not in (None, 0):
            return None, f"the app exited with status {exc.code}"
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        return None, "".join(traceback.format_exception(exc))
    if not captured:
        return None, f"{script.name} never called ft.app(main); add it at the end of the file"
    return captured[-1], None


def _forget_modules_under(folder: Path) -> None:
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if path and Path(path).resolve().is_relative_to(folder) and name != "__main__":
            del sys.modules[name]


def load_and_say(script: Path, *, again: bool) -> tuple[Main | None, str | None]:
    """:func:`load_app`, saying on stderr that it did not load (or, ``again``, that it did)."""
    main, error = load_app(script)
    if error is not None:
        print(f"error: the app did not load:\n{error}", file=sys.stderr, flush=True)
    elif again:
        print(f"reloaded {script.name}", file=sys.stderr, flush=True)
    return main, error


# --- watching its files ---------------------------------------------------------------------


def watch_filter(
    script: Path, mode: str = "file", ignore_dirs: Sequence[str] = ()
) -> Callable[[Any, str], bool]:
    """watchfiles' filter: whether a change of ``path`` reloads ``script``'s app."""
    script = script.resolve()
    folder = script.parent
    ignored = IGNORED_DIRS | set(ignore_dirs)

    def wanted(change: Any, path: str) -> bool:
        rel = Path(path).resolve()
        if not rel.is_relative_to(folder):
            return False
        parts = rel.relative_to(folder).parts
        if any(part in ignored for part in parts[:-1]):
            return False
        if mode == "file":
            return rel == script
        return mode == "recursive" or len(parts) == 1

    return wanted


async def reloads(
    script: Path, mode: str = "file", ignore_dirs: Sequence[str] = ()
) -> AsyncIterator[tuple[Main | None, str | None]]:
    """Each time a watched file changes (debounced): the app's file loaded again
    (:func:`load_and_say`). Needs watchfiles (the ``server`` extra)."""
    from watchfiles import awatch

    script = script.resolve()
    wanted = watch_filter(script, mode, ignore_dirs)
    async for _ in awatch(script.parent, watch_filter=wanted, debounce=300, step=50):
        yield load_and_say(script, again=True)
