"""Scenarios of pyodide_runtime.blocking in real Pyodide with stack switching (JSPI), run by
tests/pyodide/run_jspi.mjs on Pyodide's own event loop (the WebLoop): ``start()`` schedules
them as tasks, as the session schedules app code; ``report()`` tells what happened."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

from pyodide_runtime import blocking

log: list[Any] = []
state: dict[str, Any] = {}


def sleepy_handler() -> None:
    """A sync handler of the era: counts with time.sleep."""
    for i in range(3):
        log.append(("count", i))
        time.sleep(0.1)
    log.append(("count", "done"))


async def ticker() -> None:
    """Another task of the loop, which must keep running while the handler sleeps."""
    for i in range(5):
        log.append(("tick", i))
        await asyncio.sleep(0.05)


def threads() -> None:
    """A thread joined with a timeout, a daemon clock, a Timer, a cancelled Timer."""
    done = threading.Event()

    def work() -> None:
        time.sleep(0.2)
        done.set()

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    state["alive_after_start"] = worker.is_alive()
    state["event_before"] = done.wait(0.05)  # times out: the worker still sleeps
    worker.join()
    state["alive_after_join"] = worker.is_alive()
    state["event_after"] = done.is_set()
    fired: list[str] = []
    threading.Timer(0.1, lambda: fired.append("timer")).start()
    cancelled = threading.Timer(0.1, lambda: fired.append("cancelled"))
    cancelled.start()
    cancelled.cancel()
    time.sleep(0.3)
    state["fired"] = fired


async def run_sync_code(function: Any) -> None:
    function()  # a sync function called from a task, as call_handler calls a sync handler


def start() -> str | None:
    mode = blocking.install()
    loop = asyncio.get_event_loop()
    state["tasks"] = [
        loop.create_task(run_sync_code(sleepy_handler)),
        loop.create_task(ticker()),
        loop.create_task(run_sync_code(threads)),
    ]
    return mode


def finished() -> bool:
    return all(task.done() for task in state["tasks"])


def report() -> list[str]:
    """What went wrong (empty when every scenario behaved)."""
    problems = [f"{t.get_name()}: {t.exception()!r}" for t in state["tasks"] if t.exception()]
    counts = [i for kind, i in log if kind == "count"]
    if counts != [0, 1, 2, "done"]:
        problems.append(f"the handler counted {counts}")
    first_tick_after = log.index(("tick", 1)) if ("tick", 1) in log else len(log)
    if not first_tick_after < log.index(("count", "done")):
        problems.append(f"the ticker did not run while the handler slept: {log}")
    expected = {
        "alive_after_start": True,
        "event_before": False,
        "alive_after_join": False,
        "event_after": True,
        "fired": ["timer"],
    }
    for key, value in expected.items():
        if state.get(key) != value:
            problems.append(f"{key} is {state.get(key)!r}, expected {value!r}")
    return problems
