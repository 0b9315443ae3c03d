"""Blocking calls of sync app code, in a worker that has one thread.

Flet ran every sync handler in a thread of its own, so apps of the era call ``time.sleep``
in handlers and start ``threading.Thread``s for clocks and countdowns. In the browser worker
there is one thread and one event loop; a plain ``time.sleep`` would freeze the page.

Where the runtime can suspend a WebAssembly stack (JSPI: Chromium 137+, Node 24+;
``pyodide.ffi.can_run_sync()``), ``install()`` makes these calls wait on the event loop
instead, so the page keeps answering while they wait:

- ``time.sleep(s)`` waits for ``asyncio.sleep(s)`` (through ``pyodide.ffi.run_sync``);
- ``threading.Thread.start()`` runs the thread's ``run()`` as a task of the loop, in which it
  may sleep and wait likewise; ``join``, ``is_alive`` and ``daemon`` behave as users expect;
- ``threading.Event.wait(timeout)`` waits, checking the flag every few milliseconds, so
  ``threading.Timer`` fires after its interval and can be cancelled.

All app code runs inside tasks of the loop (``main``, handlers, hooks, ``page.run_task``),
which is what lets a call suspend. A call made where it cannot suspend (outside a task)
behaves as before. Without JSPI nothing changes, and the first ``time.sleep`` or
``Thread.start`` says once, on the console, what blocks and why. There is still one thread:
a loop that never sleeps or waits blocks the page, and threads do not run in parallel.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["install", "installed"]

log = logging.getLogger("flet")

#: how often a waiting ``Event.wait`` checks its flag, seconds
EVENT_POLL = 0.01

_original_sleep = time.sleep
_original_start = threading.Thread.start
_original_join = threading.Thread.join
_original_is_alive = threading.Thread.is_alive
_original_wait = threading.Event.wait
_installed: str | None = None  # "suspend" or "notice"
_said = False


def installed() -> str | None:
    """How blocking calls behave: ``"suspend"``, ``"notice"`` (no JSPI) or ``None``."""
    return _installed


def install(
    jspi: bool | None = None,
    can_run_sync: Callable[[], bool] | None = None,
    run_sync: Callable[[Awaitable[Any]], Any] | None = None,
) -> str | None:
    """Make ``time.sleep``, ``Thread`` and ``Event.wait`` wait on the loop (with JSPI), or
    say once what blocks (without); returns which. ``jspi``, ``can_run_sync`` and
    ``run_sync`` default to Pyodide's (tests pass their own); outside Pyodide nothing is
    changed (``None``). Each call checks ``can_run_sync()``: only code running in a task of
    the loop can suspend (``install`` itself runs outside one)."""
    global _installed
    if _installed is not None:
        return _installed
    if jspi is None or can_run_sync is None or run_sync is None:
        try:
            from pyodide.ffi import can_run_sync as can  # only in Pyodide
            from pyodide.ffi import run_sync as run
        except ImportError:  # CPython (tests of the bootstrap): threads are real there
            return None
        jspi, can_run_sync, run_sync = _jspi_supported(), can, run
    if not jspi:
        _patch(_sleep_with_notice, _start_with_notice, _original_join, _original_is_alive,
               _original_wait)  # fmt: skip
        _installed = "notice"
        return _installed
    waiter = _Waiter(can_run_sync, run_sync)

    def start(thread: threading.Thread) -> None:
        waiter.start_thread(thread)

    def join(thread: threading.Thread, timeout: float | None = None) -> None:
        waiter.join_thread(thread, timeout)

    def wait(event: threading.Event, timeout: float | None = None) -> bool:
        return waiter.wait_event(event, timeout)

    _patch(waiter.sleep, start, join, _is_alive, wait)
    _installed = "suspend"
    return _installed


def _patch(
    sleep: Callable[[float], None],
    start: Callable[..., None],
    join: Callable[..., None],
    is_alive: Callable[..., bool],
    wait: Callable[..., bool],
) -> None:
    setattr(time, "sleep", sleep)  # noqa: B010  (the functions apps and libraries call)
    setattr(threading.Thread, "start", start)  # noqa: B010
    setattr(threading.Thread, "join", join)  # noqa: B010
    setattr(threading.Thread, "is_alive", is_alive)  # noqa: B010
    setattr(threading.Event, "wait", wait)  # noqa: B010


def uninstall() -> None:
    """Put the standard functions back (tests)."""
    global _installed
    _patch(_original_sleep, _original_start, _original_join, _original_is_alive, _original_wait)
    _installed = None


def _jspi_supported() -> bool:
    """Whether this runtime can suspend WebAssembly stacks at all (Pyodide's own check)."""
    import pyodide_js  # only in Pyodide

    return bool(getattr(pyodide_js._module, "jspiSupported", False))


# --- without JSPI -----------------------------------------------------------------------------


def _say_once() -> None:
    global _said
    if not _said:
        _said = True
        log.warning(
            "flet: this browser cannot pause Python (no WebAssembly stack switching, JSPI): "
            "time.sleep() and threading.Thread block the page until they finish; use "
            "`await asyncio.sleep()` and page.run_task(), or a browser with JSPI "
            "(Chrome/Edge 137+)"
        )


def _sleep_with_notice(seconds: float) -> None:
    _say_once()
    _original_sleep(seconds)


def _start_with_notice(self: threading.Thread) -> None:
    _say_once()
    _original_start(self)


# --- with JSPI --------------------------------------------------------------------------------


class _Waiter:
    def __init__(
        self, can_run_sync: Callable[[], bool], run_sync: Callable[[Awaitable[Any]], Any]
    ) -> None:
        self._can_run_sync = can_run_sync
        self._run_sync = run_sync

    def _wait(self, awaitable: Awaitable[Any]) -> Any:
        """Wait for ``awaitable`` on the loop; ``_CannotSuspend`` (the awaitable dropped) if
        this call is not inside a task of the loop."""
        if not self._can_run_sync():
            if asyncio.iscoroutine(awaitable):
                awaitable.close()
            raise _CannotSuspend("not inside a task of the event loop")
        return self._run_sync(awaitable)

    def sleep(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        try:
            self._wait(asyncio.sleep(seconds))
        except _CannotSuspend:
            _original_sleep(seconds)

    def start_thread(self, thread: threading.Thread) -> None:
        if getattr(thread, "_flet_task", None) is not None:
            raise RuntimeError("threads can only be started once")
        loop = asyncio.get_event_loop()

        async def run() -> None:
            try:
                thread.run()
            except BaseException as exc:  # as a thread's uncaught exception: to threading's hook
                threading.excepthook(_ExceptHookArgs(exc, thread))  # type: ignore[arg-type]

        task = loop.create_task(run())
        thread._flet_task = task  # type: ignore[attr-defined]
        _RUNNING.add(task)
        task.add_done_callback(_RUNNING.discard)

    def join_thread(self, thread: threading.Thread, timeout: float | None = None) -> None:
        task = getattr(thread, "_flet_task", None)
        if task is None:
            raise RuntimeError("cannot join thread before it is started")
        if task.done():
            return
        with contextlib.suppress(_CannotSuspend):  # joined outside a task: nothing to wait with
            self._wait(asyncio.wait([task], timeout=timeout))

    def wait_event(self, event: threading.Event, timeout: float | None = None) -> bool:
        if event.is_set():
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        while not event.is_set():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return False
            try:
                self._wait(asyncio.sleep(EVENT_POLL if left is None else min(EVENT_POLL, left)))
            except _CannotSuspend:
                return _original_wait(event, 0)
        return True


class _CannotSuspend(Exception):
    pass


class _ExceptHookArgs:
    """What ``threading.excepthook`` receives (its type is internal to ``threading``)."""

    def __init__(self, exc: BaseException, thread: threading.Thread) -> None:
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.thread = thread


def _is_alive(thread: threading.Thread) -> bool:
    task = getattr(thread, "_flet_task", None)
    return task is not None and not task.done()


_RUNNING: set[asyncio.Task[None]] = set()
