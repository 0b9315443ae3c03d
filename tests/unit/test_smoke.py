"""The test infrastructure lets a test run an event loop of its own, on CPython and in Pyodide.

In Pyodide, Pyodide's WebLoop is registered as running (tests/pyodide/pyodide_loop_plugin.py
clears it); on CPython, Playwright's sync API leaves its loop registered as running once a
browser test has run (tests/conftest.py runs the browser tests last).
"""

import asyncio
import sys
from typing import Any


class _TimerLoop(asyncio.BaseEventLoop):
    """A timer-only loop, like the virtual-time loop of the session tests."""

    def __init__(self) -> None:
        super().__init__()
        self._selector = self

    def select(self, timeout: float | None = None) -> list[Any]:
        return []

    def _process_events(self, event_list: list[Any]) -> None:
        pass

    def _write_to_self(self) -> None:
        pass


def test_no_loop_is_registered_as_running() -> None:
    assert asyncio._get_running_loop() is None


def test_own_event_loop_runs() -> None:
    async def work() -> str:
        await asyncio.sleep(0)
        return sys.platform

    loop = _TimerLoop()
    try:
        assert loop.run_until_complete(work()) == sys.platform
    finally:
        loop.close()
