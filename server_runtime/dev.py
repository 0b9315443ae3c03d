"""The dev loop: ``python app.py`` and ``flet run app.py`` on the developer's machine.

``serve_main(main, options)`` is what ``ft.app(main)`` does on CPython when nothing else runs
the app: it serves ``main`` with ``flet_fastapi.app`` under uvicorn on 127.0.0.1 (``host=``,
``port=``, ``assets_dir=``, ``upload_dir=``... honoured), opens the browser and blocks until
Ctrl-C. ``ft.app(main, export_asgi_app=True)`` returns the ASGI app instead.

``run_with_reload(script, ...)`` is ``flet run``: the server runs in this process and the
app's module is run again (fresh, with the modules of its folder forgotten) whenever a watched
file changes, debounced. The running sessions are then closed: each open tab reconnects within
a second, gets a new session of the new version, and keeps its route. A module that fails to
run (a syntax error while editing) serves a page that shows the error instead, until the next
save that runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import sys
import webbrowser
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flet.core.finished import FINISHED
from flet.devloop import AppSlot, load_and_say, load_app, reloads
from server_runtime.manager import app_manager

__all__ = [
    "DEFAULT_PORT",
    "AppSlot",
    "DevServer",
    "load_app",
    "run_with_reload",
    "serve_main",
]

log = logging.getLogger("flet")

DEFAULT_PORT = 8550  # Flet's port for web apps run locally
LOCALHOST = "127.0.0.1"
#: what ft.app's keywords mean for flet_fastapi.app
_APP_KEYWORDS = {
    "name": "app_name",
    "assets_dir": "assets_dir",
    "upload_dir": "upload_dir",
    "web_renderer": "web_renderer",
    "use_color_emoji": "use_color_emoji",
    "route_url_strategy": "route_url_strategy",
}


@dataclass
class ServeOptions:
    """Where and how the dev server serves an app."""

    host: str = LOCALHOST
    port: int = DEFAULT_PORT
    open_browser: bool = True
    app_options: dict[str, Any] = field(default_factory=dict)  # flet_fastapi.app keywords


def options_from_app_call(options: dict[str, Any], script_dir: Path) -> ServeOptions:
    """``ft.app``'s keywords as serving options; paths are relative to the app's folder."""
    serve = ServeOptions()
    env_port = os.getenv("FLET_SERVER_PORT")
    port = options.get("port") or (int(env_port) if env_port else None)
    serve.port = int(port) if port else DEFAULT_PORT
    serve.host = options.get("host") or os.getenv("FLET_SERVER_IP") or LOCALHOST
    view = getattr(options.get("view"), "value", options.get("view"))
    serve.open_browser = view not in (None, "flet_app_hidden") or "view" not in options
    if view in ("flet_app", "flet_app_web"):
        log.warning(
            "flet: ft.app(view=%s): the desktop client is not available here; "
            "the app opens in the browser",
            view,
        )
    for name, target in _APP_KEYWORDS.items():
        value = options.get(name)
        if value is None:
            continue
        if name in ("assets_dir", "upload_dir"):
            value = str((script_dir / value).resolve())
        serve.app_options[target] = getattr(value, "value", value)
    if os.getenv("FLET_NO_BROWSER"):
        serve.open_browser = False
    return serve


def build_asgi_app(main: Callable[..., Any], options: dict[str, Any]) -> Any:
    """``flet_fastapi.app(main, ...)`` for ``ft.app``'s keywords."""
    from server_runtime.asgi import app as fastapi_app

    serve = options_from_app_call(options, _script_dir())
    return fastapi_app(main, **serve.app_options)


def serve_main(main: Callable[..., Any], options: dict[str, Any]) -> Any:
    """What ``ft.app(main, **options)`` does on CPython: serve and block, or return the ASGI
    app (``export_asgi_app=True``), or, called in a running loop (``ft.app_async``), return
    the coroutine that serves."""
    if options.get("export_asgi_app"):
        return build_asgi_app(main, options)
    serve = options_from_app_call(options, _script_dir())
    server = DevServer(AppSlot(main), serve)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(server.run())
        return FINISHED  # the server has stopped
    return server.run()


def _script_dir() -> Path:
    main_module = sys.modules.get("__main__")
    path = getattr(main_module, "__file__", None)
    return Path(path).resolve().parent if path else Path.cwd()


# --- the server -----------------------------------------------------------------------------


class DevServer:
    """uvicorn serving one app slot on ``options.host``/``options.port``."""

    def __init__(self, slot: AppSlot, options: ServeOptions) -> None:
        from server_runtime.asgi import app as fastapi_app

        self.slot = slot
        self.options = options
        self.asgi = fastapi_app(slot, **options.app_options)
        self.port = options.port if _port_free(options.host, options.port) else _free_port()
        self.url = f"http://{options.host}:{self.port}/"

    async def run(self, also: Sequence[Callable[[], Awaitable[None]]] = ()) -> None:
        import uvicorn

        config = uvicorn.Config(
            self.asgi,
            host=self.options.host,
            port=self.port,
            log_level="warning",
            lifespan="on",
            # compression costs ~45 KiB of zlib state per session (benchmarks/README.md)
            ws_per_message_deflate=False,
        )
        server = uvicorn.Server(config)
        print(f"Flet app running at {self.url} (Ctrl-C stops it)", flush=True)
        tasks = [asyncio.ensure_future(job()) for job in also]
        if self.options.open_browser:
            asyncio.get_running_loop().call_later(0.5, webbrowser.open, self.url)
        try:
            await server.serve()
        finally:
            for task in tasks:
                task.cancel()

    def restart_sessions(self) -> int:
        """Close the sessions of this app: each open tab reconnects to the new version."""
        closed = 0
        for host in app_manager.hosts():
            if host.main is self.slot:
                closed += len(host.registry)
                host.registry.close_all()
        return closed


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOCALHOST, 0))
        return int(sock.getsockname()[1])


# --- flet run -------------------------------------------------------------------------------


def run_with_reload(
    script: Path,
    options: ServeOptions,
    mode: str = "file",
    ignore_dirs: Sequence[str] = (),
) -> None:
    """``flet run``: serve ``script``'s app and load it again when a watched file changes:
    ``mode`` is ``file`` (the script), ``directory`` (its folder) or ``recursive``."""
    script = script.resolve()
    main, error = load_and_say(script, again=False)
    server = DevServer(AppSlot(main, error), options)

    async def reload_on_change() -> None:
        async for new_main, new_error in reloads(script, mode, ignore_dirs):
            server.slot.set(new_main, new_error)
            server.restart_sessions()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(server.run([reload_on_change]))
