"""The process's Flet apps: one ``AppHost`` per ``main``, the thread pool, the sweeper.

``app_manager`` is the one instance (``flet_fastapi.app_manager``). ``start()`` starts the
task that closes sessions whose client has been away longer than their app's timeout;
``shutdown()`` stops it, closes every session and lets the thread pool go. A parent app that
does not run the manager in its lifespan still gets the sweeper: the first connection starts
it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from server_runtime.connection import AppHost
from server_runtime.registry import SessionRegistry

__all__ = ["AppManager", "app_manager"]

log = logging.getLogger("flet")

DEFAULT_SESSION_TIMEOUT = 3600
DEFAULT_MAX_SESSIONS = 10_000
SWEEP_EVERY = 10.0  # seconds, at most; shorter when an app's timeout is shorter


class AppManager:
    def __init__(self) -> None:
        self._hosts: dict[Callable[..., Any], AppHost] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._sweeper: asyncio.Task[None] | None = None
        self._sleeping_for = SWEEP_EVERY

    @property
    def executor(self) -> ThreadPoolExecutor:
        """The thread pool sync handlers and sync ``main`` functions run in."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(thread_name_prefix="flet-handler")
        return self._executor

    def host(self, main: Callable[..., Any], session_timeout: float) -> AppHost:
        """The host of ``main`` (made on first use; one registry per app)."""
        host = self._hosts.get(main)
        if host is None:
            registry = SessionRegistry(session_timeout, max_sessions())
            host = AppHost(main, registry, self.executor)
            self._hosts[main] = host
        else:
            host.registry.timeout = min(host.registry.timeout, session_timeout)
        return host

    def hosts(self) -> list[AppHost]:
        return list(self._hosts.values())

    async def start(self) -> None:
        """Start the sweeper (idempotent)."""
        self.ensure_sweeper()

    def ensure_sweeper(self) -> None:
        """Run the sweeper; restart it when an app with a shorter timeout came in since it
        went to sleep (started in the lifespan, before any app, it sleeps ``SWEEP_EVERY``)."""
        if self._sweeper is not None and not self._sweeper.done():
            if self._sweep_period() >= self._sleeping_for:
                return
            self._sweeper.cancel()
        self._sweeper = asyncio.ensure_future(self._sweep_loop())

    def _sweep_period(self) -> float:
        timeouts = [h.registry.timeout for h in self._hosts.values()]
        return min([SWEEP_EVERY, *(t / 4 for t in timeouts)]) or 0.05

    async def shutdown(self) -> None:
        """Stop the sweeper, close every session, release the thread pool."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None
        for host in self._hosts.values():
            await host.close()
        self._hosts.clear()
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def sweep(self) -> int:
        """Close expired sessions now; how many were closed."""
        return sum(len(host.registry.sweep()) for host in self._hosts.values())

    async def _sweep_loop(self) -> None:
        while True:
            self._sleeping_for = self._sweep_period()
            await asyncio.sleep(self._sleeping_for)
            try:
                closed = self.sweep()
            except Exception:  # a bug must not stop the sweeping
                log.exception("flet: sweeping expired sessions failed")
                continue
            if closed:
                log.info("flet: closed %d expired session(s)", closed)


def max_sessions() -> int:
    """Sessions one app keeps in this process (``FLET_MAX_SESSIONS``, default 10,000): a new
    client past it is closed with 1013 (try again later) until one expires."""
    value = os.getenv("FLET_MAX_SESSIONS")
    try:
        number = int(value) if value else DEFAULT_MAX_SESSIONS
    except ValueError:
        number = 0
    if number < 1:
        log.warning(
            "flet: FLET_MAX_SESSIONS=%r is not a positive whole number; using %d",
            value,
            DEFAULT_MAX_SESSIONS,
        )
        return DEFAULT_MAX_SESSIONS
    return number


app_manager = AppManager()
