"""``ft.app(main)``: hand ``main`` to whoever runs the app.

The runner is a context variable set by the code that runs the app's module: the Pyodide
bootstrap in the browser, a test harness in tests. ``ft.app`` and ``ft.app_async`` are one
function: both return the runner's awaitable, which sync code may ignore.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

__all__ = ["NoRunnerError", "app", "app_async", "run", "use_runner"]

Main = Callable[..., Any]
Runner = Callable[[Main], Awaitable[None]]

_runner: ContextVar[Runner | None] = ContextVar("flet_runner", default=None)

# Options of Flet's ft.app that mean nothing for an app running in the browser.
_IGNORED_OPTIONS = frozenset(
    {
        "name",
        "host",
        "port",
        "view",
        "assets_dir",
        "upload_dir",
        "web_renderer",
        "use_color_emoji",
        "route_url_strategy",
        "export_asgi_app",
        "before_main",
    }
)


class NoRunnerError(RuntimeError):
    """``ft.app`` was called where nothing can run the app."""


@contextmanager
def use_runner(runner: Runner) -> Iterator[None]:
    """Make ``runner`` receive the ``main`` of ``ft.app(main)`` calls in this context."""
    token = _runner.set(runner)
    try:
        yield
    finally:
        _runner.reset(token)


def app(main: Main | None = None, *, target: Main | None = None, **options: Any) -> Awaitable[None]:
    """Run ``main(page)`` for each client: ``ft.app(main)`` or ``ft.app(target=main)``."""
    entry = main or target
    if entry is None or not callable(entry):
        raise TypeError(
            "ft.app() needs the app's main function: ft.app(main) or ft.app(target=main)"
        )
    unknown = sorted(set(options) - _IGNORED_OPTIONS)
    if unknown:
        raise TypeError(f"ft.app() got unknown option(s) {', '.join(unknown)}")
    runner = _runner.get()
    if runner is None:
        raise NoRunnerError(
            "this Flet app runs in the browser: publish it with `flet publish app.py` and "
            "serve the dist/ folder (see the README); nothing runs it on plain CPython."
        )
    return runner(entry)


def app_async(
    main: Main | None = None, *, target: Main | None = None, **options: Any
) -> Awaitable[None]:
    """The same as :func:`app`; ``await ft.app_async(main)`` waits until the session ends."""
    return app(main, target=target, **options)


run = app
