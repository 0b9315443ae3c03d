"""pyodide_runtime.blocking on CPython, with stand-ins for Pyodide's functions: what it
changes, the console notice without JSPI, and that code which cannot suspend (outside a task
of the loop) behaves as before. The suspending itself is checked in real Pyodide with JSPI
(tests/pyodide/run_jspi.mjs) and in Chromium (tests/browser/test_blocking_in_chromium.py)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest

from pyodide_runtime import blocking

pytestmark = pytest.mark.host_only  # it replaces time.sleep and threading for the process


@pytest.fixture(autouse=True)
def restored() -> Iterator[None]:
    blocking.uninstall()
    blocking._said = False
    yield
    blocking.uninstall()


def never(_awaitable: object) -> None:
    raise AssertionError("nothing may suspend here")


def test_outside_pyodide_nothing_changes():
    assert blocking.install() is None
    assert time.sleep is blocking._original_sleep


def test_without_jspi_sleep_and_threads_say_once_what_blocks(caplog: pytest.LogCaptureFixture):
    assert blocking.install(jspi=False, can_run_sync=lambda: False, run_sync=never) == "notice"
    with caplog.at_level(logging.WARNING, logger="flet"):
        time.sleep(0.01)
        time.sleep(0.01)
        ran: list[int] = []
        worker = threading.Thread(target=lambda: ran.append(1))
        worker.start()
        worker.join()
    notices = [r.getMessage() for r in caplog.records if "cannot pause Python" in r.getMessage()]
    assert len(notices) == 1 and "JSPI" in notices[0] and "asyncio.sleep" in notices[0]
    assert ran == [1]  # CPython's real thread; in the worker, today's "can't start new thread"


def test_with_jspi_a_call_that_cannot_suspend_behaves_as_before():
    assert blocking.install(jspi=True, can_run_sync=lambda: False, run_sync=never) == "suspend"
    started = time.monotonic()
    time.sleep(0.05)
    assert time.monotonic() - started >= 0.05
    event = threading.Event()
    assert event.wait(0.01) is False
    event.set()
    assert event.wait(0.01) is True
    with pytest.raises(ValueError, match="non-negative"):
        time.sleep(-1)
