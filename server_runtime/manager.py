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
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from server_runtime.connection import AppHost
from server_runtime.registry import SessionRegistry

__all__ = ["AppManager", "app_manager"]

log = logging.getLogger("flet")

DEFAULT_SESSION_TIMEOUT = 3600
SWEEP_EVERY = 10.0  # seconds, at most; shorter when an app's timeout is shorter


class AppManager:
    def __init__(self) -> None:
        self._hosts: dict[Callable[..., Any], AppHost] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._sweeper: asyncio.Task[None] | None = None

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
            host = AppHost(main, SessionRegistry(session_timeout), self.executor)
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
        if self._sweeper is None or self._sweeper.done():
            self._sweeper = asyncio.ensure_future(self._sweep_loop())

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
            timeouts = [h.registry.timeout for h in self._hosts.values()]
            await asyncio.sleep(min([SWEEP_EVERY, *(t / 4 for t in timeouts)]) or 0.05)
            try:
                closed = self.sweep()
            except Exception:  # a bug must not stop the sweeping
                log.exception("flet: sweeping expired sessions failed")
                continue
            if closed:
                log.info("flet: closed %d expired session(s)", closed)


app_manager = AppManager()
