"""``ft.app(main)``: hand ``main`` to whoever runs the app.

The runner is a context variable set by the code that runs the app's module: the Pyodide
bootstrap in the browser, ``flet run``, a test harness in tests. ``ft.app`` and
``ft.app_async`` are one function: both return the runner's awaitable, which sync code may
ignore. With no runner (``python app.py`` on CPython) the app runs from this process, as in
Flet: in a desktop window (``desktop_runtime``: the default view, ``ft.FLET_APP``, and
``ft.FLET_APP_HIDDEN``, which starts it hidden) where the desktop client can run, else served
to the browser (``server_runtime.dev``, the ``server`` extra), where ``port``, ``host``,
``assets_dir``... mean what they meant in Flet. ``view=ft.WEB_BROWSER`` (or
``FLET_FORCE_WEB_SERVER=1``) asks for the browser; ``export_asgi_app=True`` returns the ASGI
app. Without either, ``NoRunnerError`` says how
to run the app.

Flet's other ``ft.app`` keywords (``view``, ``port``, ``web_renderer``...) are accepted; in the
browser they mean nothing, so each one given is named once per process on the ``flet`` logger
(stderr, the browser console), with what to do instead. In a desktop window (``python app.py``,
or ``flet run`` within ``in_desktop_window()``) the notice says the app runs there, and says
nothing of ``view=ft.FLET_APP``, which is what happens. ``upload_dir`` does mean something:
``FilePicker.upload()`` writes picked files there (:mod:`flet.uploads`).
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import Any

from flet import uploads
from flet._notices import say_once

__all__ = [
    "FLET_APP",
    "FLET_APP_HIDDEN",
    "FLET_APP_WEB",
    "WEB_BROWSER",
    "AppView",
    "NoRunnerError",
    "WebRenderer",
    "app",
    "app_async",
    "run",
    "use_runner",
]

Main = Callable[..., Any]
Runner = Callable[[Main], Awaitable[None]]

#: what serving an app from this process needs (the `server` extra)
_SERVER_MODULES = ("server_runtime", "fastapi", "uvicorn")

log = logging.getLogger("flet")

_runner: ContextVar[Runner | None] = ContextVar("flet_runner", default=None)


class AppView(Enum):
    """Where Flet opened an app; in the browser it is always the tab the visitor opened."""

    WEB_BROWSER = "web_browser"
    FLET_APP = "flet_app"
    FLET_APP_WEB = "flet_app_web"
    FLET_APP_HIDDEN = "flet_app_hidden"


class WebRenderer(Enum):
    """Flet's renderer names; the published site's renderer is chosen by
    ``flet publish --web-renderer``."""

    AUTO = "auto"
    HTML = "html"
    CANVAS_KIT = "canvaskit"
    SKWASM = "skwasm"


# the async era's module-level spellings of AppView
WEB_BROWSER = AppView.WEB_BROWSER.value
FLET_APP = AppView.FLET_APP.value
FLET_APP_WEB = AppView.FLET_APP_WEB.value
FLET_APP_HIDDEN = AppView.FLET_APP_HIDDEN.value

# Options of Flet's ft.app that mean nothing for an app running in the browser, and what to
# do instead.
_IGNORED_OPTIONS = {
    "name": "the page's address is where the site is served (flet publish --base-url)",
    "host": "the site is static; any web server serves the dist/ folder",
    "port": "the site is static; any web server serves the dist/ folder",
    "view": "the app always runs in the browser tab that opened it",
    "assets_dir": "assets are packed when publishing (flet publish --assets DIR)",
    "web_renderer": "the renderer is chosen when publishing (flet publish --web-renderer)",
    "use_color_emoji": "the client draws emoji with the browser's fonts",
    "route_url_strategy": "it is chosen when publishing (flet publish --route-url-strategy)",
    "export_asgi_app": "there is no ASGI server in the browser",
    "before_main": "main(page) is the only entry point; call your setup at its start",
}

# The same options for an app running in a desktop window (``desktop_runtime``).
_IN_WINDOW = "the app runs in a desktop window"
_IGNORED_IN_WINDOW = {
    "name": f"{_IN_WINDOW}, at no web address",
    "host": f"{_IN_WINDOW}; no server listens (flet run --web serves it)",
    "port": f"{_IN_WINDOW}; no server listens (flet run --web serves it)",
    "view": f"{_IN_WINDOW} (flet run --web opens it in the browser)",
    "assets_dir": f"{_IN_WINDOW} with flet run's assets folder (flet run --assets DIR)",
    "web_renderer": f"{_IN_WINDOW}, drawn by the desktop client",
    "use_color_emoji": f"{_IN_WINDOW}; its client draws emoji with the system's fonts",
    "route_url_strategy": f"{_IN_WINDOW}, which has no address bar",
    "export_asgi_app": f"{_IN_WINDOW} (flet run --web serves it)",
    "before_main": _IGNORED_OPTIONS["before_main"],
}

# Values of those options that ask for what happens anyway (nothing to say about them).
_HARMLESS = (None, False, "", 0, AppView.WEB_BROWSER, WEB_BROWSER, "path")
_HARMLESS_IN_WINDOW = (None, False, "", 0, AppView.FLET_APP, FLET_APP, "path")

#: ``ft.app`` calls in this context run the app in a desktop window (``in_desktop_window``)
_in_window: ContextVar[bool] = ContextVar("flet_in_window", default=False)


def _report_ignored(options: dict[str, Any], *, window: bool = False) -> None:
    """Name each meaningful ignored option once per process on the ``flet`` logger, with
    why: the app runs in the browser tab, or (``window``) in a desktop window."""
    reasons, harmless = (
        (_IGNORED_IN_WINDOW, _HARMLESS_IN_WINDOW) if window else (_IGNORED_OPTIONS, _HARMLESS)
    )
    for name, value in sorted(options.items()):
        if not any(value is h or value == h for h in harmless):
            shown = (
                f"ft.{type(value).__name__}.{value.name}"
                if isinstance(value, Enum)
                else repr(value)
            )
            reason = reasons[name]
            if window and name == "view" and getattr(value, "value", value) == FLET_APP_HIDDEN:
                reason = "flet run shows the window (python app.py starts it hidden)"
            say_once(f"ft.app:{name}", f"ft.app({name}={shown}) is ignored: {reason}.")


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


@contextmanager
def in_desktop_window() -> Iterator[None]:
    """The runner of ``ft.app`` calls in this context shows the app in a desktop window
    (``flet run``'s): the notices of ignored options say so."""
    token = _in_window.set(True)
    try:
        yield
    finally:
        _in_window.reset(token)


def app(main: Main | None = None, *, target: Main | None = None, **options: Any) -> Any:
    """Run ``main(page)`` for each client: ``ft.app(main)`` or ``ft.app(target=main)``.

    Returns the runner's awaitable (``ft.app_async``), or the ASGI app when
    ``export_asgi_app=True`` and the app is served from this process."""
    entry = main or target
    if entry is None or not callable(entry):
        raise TypeError(
            "ft.app() needs the app's main function: ft.app(main) or ft.app(target=main)"
        )
    unknown = sorted(set(options) - set(_IGNORED_OPTIONS) - {"upload_dir"})
    if unknown:
        raise TypeError(f"ft.app() got unknown option(s) {', '.join(unknown)}")
    runner = _runner.get()
    if runner is None:
        return _serve_here(entry, options)
    uploads.set_upload_dir(options.pop("upload_dir", None))
    _report_ignored(options, window=_in_window.get())
    return runner(entry)


def _serve_here(entry: Main, options: dict[str, Any]) -> Any:
    """No runner (``python app.py`` on CPython): a desktop window where one can open, else
    serve the app from this process with the server extra (``server_runtime.dev``), or say
    how to run it."""
    view = _view_of(options.get("view"))
    wants_window = view in (AppView.FLET_APP, AppView.FLET_APP_HIDDEN)
    if (
        wants_window
        and not options.get("export_asgi_app")
        and not os.getenv("FLET_FORCE_WEB_SERVER")
    ):
        opened, reason = _open_desktop(entry, options, hidden=view is AppView.FLET_APP_HIDDEN)
        if reason is None:
            return opened
        log.warning(
            "flet: the desktop window cannot open: %s. The app opens in the browser", reason
        )
        options = {**options, "view": AppView.WEB_BROWSER if view is AppView.FLET_APP else view}
    if not all(importlib.util.find_spec(name) for name in _SERVER_MODULES):
        raise NoRunnerError(
            "nothing runs this Flet app here: install the server extra "
            "(`pip install 'flet-pwa[server]'`) to run it with `python app.py` or "
            "`flet run app.py`, or publish it with `flet publish app.py` and serve the dist/ "
            "folder (see the README)."
        )
    from server_runtime.dev import serve_main  # host only: the browser always has a runner

    return serve_main(entry, options)


def _view_of(value: Any) -> AppView:
    """``view=`` as an ``AppView``; Flet's default is the desktop window."""
    if value is None:
        return AppView.FLET_APP
    try:
        return AppView(getattr(value, "value", value))
    except ValueError:
        names = ", ".join(f"ft.{v.name}" for v in AppView)
        raise TypeError(f"ft.app(view={value!r}) is not a view; use one of {names}") from None


def _open_desktop(entry: Main, options: dict[str, Any], hidden: bool) -> tuple[Any, str | None]:
    """Run ``entry`` in a desktop window (``desktop_runtime``): what ``ft.app`` returns, or
    why no window can open here."""
    if importlib.util.find_spec("desktop_runtime") is None:
        return None, "the desktop runtime is not installed"
    from desktop_runtime import DesktopUnavailable, run_desktop  # host only

    assets = options.get("assets_dir")
    ignored = {k: v for k, v in options.items() if k not in ("view", "assets_dir", "upload_dir")}
    try:
        opened = run_desktop(
            entry,
            hidden=hidden,
            assets_dir=str(assets) if assets else None,
            opening=lambda: _report_ignored(ignored, window=True),
        )
    except DesktopUnavailable as exc:
        return None, str(exc)
    return opened, None


def app_async(main: Main | None = None, *, target: Main | None = None, **options: Any) -> Any:
    """The same as :func:`app`; ``await ft.app_async(main)`` waits until the session ends."""
    return app(main, target=target, **options)


run = app
