"""App code on other threads: how it reaches a session that lives on one event loop.

On a server, sync handlers and a sync ``main`` run in a thread pool, as Flet 0.21+ ran them,
so that ``time.sleep`` in one of them blocks nobody else. What they call on the page
(``page.update()``, ``page.go``, ``page.run_task``, a method call) must then act on the
session's loop, never on the worker thread: ``LoopGate`` says whether the caller is off the
loop and hands the call over with ``call_soon_threadsafe``. Inside Pyodide there are no other
threads, so every call is on the loop and nothing is handed over.

Once the session has ended, such a call raises ``PageDisconnectedException``, as in Flet 0.21+:
that is how a thread of the era's ``while True: ...; page.update(); time.sleep(1)`` kind stops
instead of running for ever on a server. A thread that ends that way is not reported as an error.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import logging
import threading
from collections.abc import Callable, Generator
from typing import Any

from flet.core.finished import Finished

__all__ = ["SCHEDULED", "LoopGate", "LoopResult", "PageDisconnectedException", "Scheduled"]

log = logging.getLogger("flet")


class PageDisconnectedException(Exception):
    """App code in a thread changed or called the page of a session that has ended (the
    browser tab closed and the session expired, or the server stopped). Flet 1.0 calls it
    ``FletPageDisconnectedException``."""


class Scheduled(Finished):
    """What a call made from a worker thread returns: the work is queued on the session's
    loop. Sync code ignores it; awaiting it (possible only on a loop) returns ``None`` at once.
    """

    def __repr__(self) -> str:
        return "<scheduled on the session's event loop>"


SCHEDULED = Scheduled()


class LoopResult:
    """The result of a call handed to the loop from a worker thread: awaitable on the loop
    (a task that started the call awaits it there), or ``result(timeout)`` in a thread."""

    def __init__(self, future: concurrent.futures.Future[Any]) -> None:
        self._future = future

    def __await__(self) -> Generator[Any, None, Any]:
        return asyncio.wrap_future(self._future).__await__()

    def result(self, timeout: float | None = None) -> Any:
        """Wait for the result (only from a worker thread: the loop must stay free)."""
        return self._future.result(timeout)

    def __repr__(self) -> str:
        return "<call running on the session's event loop>"


class LoopGate:
    """The loop a session runs on, bound when the session starts serving."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: int | None = None
        self._closed = False

    def bind(self) -> None:
        """Remember the running loop and its thread (call from the loop)."""
        self._loop = asyncio.get_running_loop()
        self._thread = threading.get_ident()
        _quiet_disconnected_threads()

    def close(self) -> None:
        """The session ended: calls from other threads raise ``PageDisconnectedException``."""
        self._closed = True

    def _open_loop(self) -> asyncio.AbstractEventLoop:
        assert self._loop is not None
        if self._closed or self._loop.is_closed():
            raise PageDisconnectedException("Page has been disconnected")
        return self._loop

    def off_loop(self) -> bool:
        """``True`` when called from a thread other than the loop's."""
        return self._thread is not None and threading.get_ident() != self._thread

    def submit(self, call: Callable[..., Any], *args: Any) -> LoopResult:
        """Run ``call(*args)`` on the loop; its result (awaited, if it is awaitable) comes
        back through the returned ``LoopResult``."""
        loop = self._open_loop()

        async def run() -> Any:
            result = call(*args)
            return (await result) if inspect.isawaitable(result) else result

        return LoopResult(asyncio.run_coroutine_threadsafe(run(), loop))

    def hand_over(self, call: Callable[..., Any], *args: Any) -> Scheduled:
        """Run ``call(*args)`` soon on the loop; for callers off the loop."""
        loop = self._open_loop()
        try:
            loop.call_soon_threadsafe(call, *args)
        except RuntimeError as exc:  # the loop closed since it was checked
            raise PageDisconnectedException("Page has been disconnected") from exc
        return SCHEDULED


def _quiet_disconnected_threads() -> None:
    """Make a thread that ends with ``PageDisconnectedException`` say so in one debug line
    instead of a traceback; other exceptions go to the hook that was there (wrapped once)."""
    previous = threading.excepthook
    if getattr(previous, "_flet_quiet", False):
        return

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not None and issubclass(args.exc_type, PageDisconnectedException):
            name = args.thread.name if args.thread is not None else "a thread"
            log.debug("%s stopped: its page was disconnected", name)
            return
        previous(args)

    hook._flet_quiet = True  # type: ignore[attr-defined]
    threading.excepthook = hook
