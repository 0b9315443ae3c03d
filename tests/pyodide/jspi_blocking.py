"""Scenarios of pyodide_runtime.blocking in real Pyodide, run by tests/pyodide/run_jspi.mjs on
Pyodide's own event loop (the WebLoop): ``start()`` schedules them as tasks, as the session
schedules app code; ``report()`` tells what happened.

With stack switching (JSPI) the scenarios are: a sleeping handler while another task runs,
threads, Event.wait, Timers, and every app of the corpus that sleeps or starts threads
(``BLOCKING`` of tests/integration/test_era_corpus.py), run through a session and a simulated
client as the corpus test runs them. Without JSPI (``start(jspi=False)``): the console notice
is said once, a sleeping handler blocks the loop, and what each corpus app does then is
reported (it is how they behaved before this module existed)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path
from typing import Any

from pyodide_runtime import blocking
from tests.integration import test_era_corpus as corpus
from tests.support.corpus import APPS, open_app

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


class _Notices(logging.Handler):
    """What the runtime says on the console (the ``flet`` logger)."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


notices = _Notices()


async def run_corpus(check: Any) -> None:
    """``check(path)`` for every BLOCKING app of the corpus, one after the other."""
    outcomes = state.setdefault("corpus", {})
    for name in sorted(corpus.BLOCKING):
        try:
            outcomes[name] = await check(APPS / name)
        except Exception as exc:
            outcomes[name] = f"FAILED {type(exc).__name__}: {exc}"


async def passes(path: Path) -> str:
    await corpus.check(path)
    return "runs"


async def without_stack_switching(path: Path) -> str:
    """What the app does when nothing can suspend: the first line of its error, or that it
    ran to the end of its row (blocking the page whenever it slept)."""
    client, trouble = await open_app(path, methods=corpus.METHODS, storage={})
    for action in corpus.CORPUS[path.name][0]:
        if trouble is not None or client is None:
            break
        await corpus.act(client, action)
        trouble = corpus.problem(client)
    if client is not None and client.session is not None:
        client.session.close()
    return f"error: {trouble}" if trouble else "ran, blocking the page while it slept"


def start(jspi: bool = True) -> str | None:
    logging.getLogger("flet").addHandler(notices)
    mode = blocking.install()
    loop = asyncio.get_event_loop()
    state["tasks"] = [
        loop.create_task(run_sync_code(sleepy_handler)),
        loop.create_task(ticker()),
    ]
    if jspi:
        state["tasks"].append(loop.create_task(run_sync_code(threads)))
    state["tasks"].append(loop.create_task(run_corpus(passes if jspi else without_stack_switching)))
    return mode


def finished() -> bool:
    return all(task.done() for task in state["tasks"])


def corpus_outcomes() -> list[str]:
    return [f"{name}: {outcome}" for name, outcome in sorted(state.get("corpus", {}).items())]


def report(jspi: bool = True) -> list[str]:
    """What went wrong (empty when every scenario behaved)."""
    problems = [f"{t.get_name()}: {t.exception()!r}" for t in state["tasks"] if t.exception()]
    counts = [i for kind, i in log if kind == "count"]
    if counts != [0, 1, 2, "done"]:
        problems.append(f"the handler counted {counts}")
    first_tick_after = log.index(("tick", 1)) if ("tick", 1) in log else len(log)
    ticked_meanwhile = first_tick_after < log.index(("count", "done"))
    said = [m for m in notices.messages if "cannot pause Python" in m]
    if not jspi:
        if len(said) != 1:
            problems.append(f"the notice was said {len(said)} times, not once: {notices.messages}")
        if ticked_meanwhile:
            problems.append(f"without JSPI the ticker ran while the handler slept: {log}")
        if set(state.get("corpus", {})) != corpus.BLOCKING:
            problems.append(f"not every corpus app was tried: {state.get('corpus')}")
        return problems
    if not ticked_meanwhile:
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
    outcomes = state.get("corpus", {})
    for name in sorted(corpus.BLOCKING):
        if outcomes.get(name) != "runs":
            problems.append(f"corpus app {name}: {outcomes.get(name, 'not run')}")
    if said:
        problems.append(f"the no-JSPI notice was said with JSPI: {said}")
    return problems
