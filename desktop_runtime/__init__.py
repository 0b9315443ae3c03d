"""Desktop mode (host only): the app in a native window drawn by Flet's desktop client.

The core talks straight to the client over a Unix socket (a TCP port on 127.0.0.1 where there
are none), with no server in between: ``python app.py`` and ``flet run app.py`` open the
window where a client build exists (Linux x86_64), else the browser (``server_runtime``);
``flet run`` shows each saved version of the app in the same window (``flet.devloop``).

Dependency rule: ``flet`` (core, session, protocol; ``flet.publish``'s pinned-wheel cache for
the client; ``flet.devloop`` for ``flet run``, with watchfiles), asyncio and the standard
library; not ``server_runtime``, not ``js``.

- ``wire``: the 0.82.2 client's framing and the one difference in messages (the ``Window``
  control), translated at one place;
- ``transport``: the listening socket and the connection as a ``Transport``;
- ``window``: ``page.window`` applied to the real window, its events to the app;
- ``client``: the client program, fetched, checked by sha256 and unpacked once;
- ``runner``: listen, start the client, serve its session, end with the window.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

from desktop_runtime.client import (
    DesktopUnavailable,
    build_for_this_machine,
    check_display,
    client_executable,
)
from desktop_runtime.runner import DesktopApp
from flet.app import in_desktop_window
from flet.devloop import AppSlot, load_and_say, reloads

__all__ = ["DesktopApp", "DesktopUnavailable", "client_executable", "run_desktop", "run_script"]


def run_desktop(
    main: Callable[..., Any],
    *,
    hidden: bool = False,
    assets_dir: str | None = None,
    opening: Callable[[], None] | None = None,
) -> Any:
    """``ft.app(main)`` in a desktop window: blocks until the window is closed; called in a
    running loop (``ft.app_async``), returns the awaitable that serves instead. Raises
    :class:`DesktopUnavailable` before anything starts when no client can run here;
    ``opening`` is called once the window can open (``ft.app`` says what it ignores)."""
    build = build_for_this_machine()
    check_display()
    program = client_executable(build)
    if opening is not None:
        opening()
    app = DesktopApp(main, program, hidden=hidden, assets_dir=assets_dir)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_until_stopped(app))
        return _Done()
    return app.run()


def run_script(
    script: Path,
    *,
    mode: str = "file",
    ignore_dirs: Sequence[str] = (),
    assets_dir: str | None = None,
) -> None:
    """``flet run app.py``: the app's file in a window that shows each saved version (the
    same loading, error page and watched files as ``flet run --web``: ``flet.devloop``;
    ``mode`` is ``file``, ``directory`` or ``recursive``). Blocks until the window is closed.
    Raises :class:`DesktopUnavailable` before running anything when no window can open here."""
    build = build_for_this_machine()
    check_display()
    program = client_executable(build)
    script = script.resolve()
    try:
        import watchfiles  # noqa: F401  (reloads() imports it when watching)
    except ImportError:
        watching = False
    else:
        watching = True
    if not watching:
        print(
            "flet run: the window will not reload on save: watchfiles is missing "
            "(pip install 'flet-pwa[server]' brings it)",
            file=sys.stderr,
            flush=True,
        )
    with in_desktop_window():  # the app's ft.app call: what it ignores is said for a window
        main, error = load_and_say(script, again=False)
        app = DesktopApp(_shown(main, error), program, assets_dir=assets_dir)

        async def reload_on_change() -> None:
            async for new_main, new_error in reloads(script, mode, ignore_dirs):
                app.reload(_shown(new_main, new_error))

        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_until_stopped(app, reload_on_change() if watching else None))


def _shown(main: Callable[..., Any] | None, error: str | None) -> Callable[..., Any]:
    """What the window shows: the app's ``main``, or the page with why it did not load."""
    return main if main is not None and error is None else AppSlot(None, error)


async def _until_stopped(app: DesktopApp, also: Coroutine[Any, Any, None] | None = None) -> None:
    """Run ``app`` (and ``also`` beside it, until the app ends); SIGTERM stops it like Ctrl-C
    (the window closes with the app)."""
    beside = asyncio.ensure_future(also) if also is not None else None
    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows' loop
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
    try:
        await app.run()
    except asyncio.CancelledError:
        pass
    finally:
        if beside is not None:
            beside.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beside
        with contextlib.suppress(NotImplementedError):
            loop.remove_signal_handler(signal.SIGTERM)


class _Done:
    """What ``ft.app`` returns once the window is gone (sync code ignores it)."""

    def __await__(self) -> Any:
        return iter(())
