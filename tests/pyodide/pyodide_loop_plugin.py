"""pytest plugin loaded only inside Pyodide (by run_pytest.mjs): no running loop during the session.

Pyodide registers its browser-driven ``WebLoop`` as the *running* event loop for the whole
interpreter. A test that drives its own loop (``loop.run_until_complete(...)``, as the
virtual-time loop of the session tests does) would then fail with "Cannot run the event loop
while another loop is running". This plugin clears the running loop when the session starts and
restores it when the session ends, so tests behave as they do under CPython.
"""

from __future__ import annotations

from asyncio import AbstractEventLoop, events

import pytest

_saved: list[AbstractEventLoop | None] = []


def pytest_sessionstart(session: pytest.Session) -> None:
    _saved.append(events._get_running_loop())
    events._set_running_loop(None)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _saved:
        events._set_running_loop(_saved.pop())
