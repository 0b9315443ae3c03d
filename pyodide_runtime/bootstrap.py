"""Start the app inside the worker: run its module, serve its ``main`` over postMessage.

``start(app_module, post_packet)`` is called once by ``js/worker.mjs`` after Pyodide has loaded
the wheels and unpacked ``app.zip`` into the working directory. It runs the module like
``python -m app_module`` (the working directory first on ``sys.path``, ``__name__ ==
"__main__"``) under a runner that starts ``flet.session.serve(main, transport)`` when the module
calls ``ft.app(main)``. Before that, ``blocking.install()`` lets ``time.sleep`` and threads of
sync app code wait on the event loop where the browser can suspend Python (JSPI). The session
task lives on Pyodide's event loop after ``start`` returns.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import runpy
import sys
from collections.abc import Callable
from typing import Any

from flet.app import Main, use_runner
from flet.session import serve
from pyodide_runtime import blocking, stdlib
from pyodide_runtime.errors import (
    AppImportError,
    AppNotStarted,
    AppStartError,
    from_exception,
    missing_app_line,
)
from pyodide_runtime.pubsub import use_app_globals
from pyodide_runtime.transport import PostMessageTransport

__all__ = ["SessionRunner", "start"]


class SessionRunner:
    """The runner ``ft.app(main)`` calls: serves ``main`` over the transport, once."""

    def __init__(self, transport: PostMessageTransport) -> None:
        self._transport = transport
        self.task: asyncio.Task[None] | None = None

    def __call__(self, main: Main) -> asyncio.Task[None]:
        if self.task is not None:
            raise RuntimeError(
                "ft.app() was called twice; a published app serves one main function, "
                "so call ft.app(main) once, at the end of the app's file"
            )
        self.task = serve(main, self._transport)
        return self.task


def start(
    app_module: str,
    post_packet: Callable[[Any], object],
    convert: Callable[[bytes], Any] | None = None,
) -> PostMessageTransport:
    """Run ``app_module`` and serve the ``main`` it passes to ``ft.app``; return the transport.

    Raises an ``AppStartError`` whose first line says what went wrong: ``AppNotStarted`` when
    the module never called ``ft.app``, ``AppSyntaxError``, ``AppImportError`` (with a
    requirements.txt hint) or ``AppCrashed``. ``convert`` replaces the bytes -> ``Uint8Array``
    conversion (tests on CPython).
    """
    transport = (
        PostMessageTransport(post_packet)
        if convert is None
        else PostMessageTransport(post_packet, convert)
    )
    runner = SessionRunner(transport)
    blocking.install()  # time.sleep and threads wait on the loop where the browser can suspend
    stdlib.install()  # a left-out standard library module says how to bring it back
    app_dir = os.getcwd()
    _put_first_on_path(app_dir)
    with use_runner(runner):
        app_globals = _run_app_module(app_module, app_dir)
    use_app_globals(app_globals)  # pubsub messages from other tabs may hold its classes
    if runner.task is None:
        raise AppNotStarted(app_module)
    return transport


def _run_app_module(app_module: str, app_dir: str) -> dict[str, Any]:
    """Run the app's module as ``__main__``; return its globals (empty if it exited)."""
    if importlib.util.find_spec(app_module) is None:
        raise AppImportError(missing_app_line(app_module))
    try:
        return runpy.run_module(app_module, run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        if exc.code not in (None, 0):
            raise from_exception(exc, app_module, app_dir) from exc
        return {}
    except AppStartError:
        raise
    except Exception as exc:
        raise from_exception(exc, app_module, app_dir) from exc


def _put_first_on_path(folder: str) -> None:
    if folder not in sys.path:
        sys.path.insert(0, folder)
