"""Sync handlers in a thread pool (server mode): flet.session.handlers and threads.

With an executor, a sync ``main`` or handler runs in a worker thread, so ``time.sleep`` in one
session blocks no other; what it calls on the page is handed to the session's loop. Async
handlers stay on the loop. Real threads, so these tests run on a real event loop (host only).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import flet as ft
from flet.session import Session
from flet.transport import memory_pair
from tests.support.simclient import SimClient

pytestmark = pytest.mark.host_only

_running: set[asyncio.Task[None]] = set()


async def open_session(main: Callable[..., Any], executor: ThreadPoolExecutor) -> SimClient:
    server, client_end = memory_pair()
    session = Session(main, server, session_id="s", executor=executor)
    task = asyncio.ensure_future(session.run())
    _running.add(task)
    task.add_done_callback(_running.discard)
    sim = SimClient(client_end)
    sim.session = session
    await sim.connect()
    return sim


async def until(check: Callable[[], bool], timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.01)


def test_a_sync_main_and_its_handlers_run_in_worker_threads():
    threads: list[str] = []

    def main(page: ft.Page) -> None:
        threads.append(threading.current_thread().name)
        label = ft.Text("ready")

        def clicked(e: ft.ControlEvent) -> None:
            threads.append(threading.current_thread().name)
            time.sleep(0.05)
            label.value = "clicked"
            page.update()

        page.add(label, ft.ElevatedButton("Go", on_click=clicked))

    async def scenario() -> None:
        with ThreadPoolExecutor(thread_name_prefix="flet-handler") as pool:
            sim = await open_session(main, pool)
            await until(lambda: "ready" in sim.texts())
            await sim.click(sim.find(text="Go"))
            await until(lambda: "clicked" in sim.texts())
            sim.disconnect()

    asyncio.run(scenario())
    assert len(threads) == 2
    assert all(name.startswith("flet-handler") for name in threads)


def test_a_sleeping_sync_handler_does_not_block_another_session():
    def main(page: ft.Page) -> None:
        state = ft.Text("idle")

        def slow(e: ft.ControlEvent) -> None:
            time.sleep(1.0)
            state.value = "slow done"
            page.update()

        def fast(e: ft.ControlEvent) -> None:
            state.value = "fast done"
            page.update()

        page.add(state, ft.ElevatedButton("Slow", on_click=slow))
        page.add(ft.ElevatedButton("Fast", on_click=fast))

    async def scenario() -> None:
        with ThreadPoolExecutor(max_workers=4) as pool:
            a = await open_session(main, pool)
            b = await open_session(main, pool)
            await until(lambda: "Slow" in a.texts() and "Fast" in b.texts())
            a.fire(a.find(text="Slow"), "click")
            started = time.monotonic()
            b.fire(b.find(text="Fast"), "click")
            await until(lambda: "fast done" in b.texts())
            assert time.monotonic() - started < 0.8
            assert "idle" in a.texts()
            await until(lambda: "slow done" in a.texts())
            a.disconnect()
            b.disconnect()

    asyncio.run(scenario())


def test_async_handlers_stay_on_the_loop_and_run_thread_uses_a_worker():
    seen: dict[str, str] = {}

    def main(page: ft.Page) -> None:
        out = ft.Text("")

        def in_thread(text: str) -> None:
            seen["run_thread"] = threading.current_thread().name
            out.value = text
            page.update()

        async def clicked(e: ft.ControlEvent) -> None:
            seen["async"] = threading.current_thread().name
            page.run_thread(in_thread, "from a thread")

        page.add(out, ft.ElevatedButton("Go", on_click=clicked))

    async def scenario() -> None:
        with ThreadPoolExecutor(thread_name_prefix="worker") as pool:
            sim = await open_session(main, pool)
            await until(lambda: "Go" in sim.texts())
            await sim.click(sim.find(text="Go"))
            await until(lambda: "from a thread" in sim.texts())
            sim.disconnect()

    asyncio.run(scenario())
    assert seen["async"] == threading.main_thread().name
    assert seen["run_thread"].startswith("worker")


def test_page_calls_from_a_thread_reach_the_loop_go_and_run_task():
    def main(page: ft.Page) -> None:
        out = ft.Text("start")

        async def later() -> None:
            out.value = "task ran"
            await page.update_async()

        def route_changed(e: ft.RouteChangeEvent) -> None:
            out.value = f"route {e.route}"
            page.update()
            page.run_task(later)

        page.on_route_change = route_changed
        page.add(out, ft.ElevatedButton("Go", on_click=lambda e: page.go("/next")))

    async def scenario() -> None:
        with ThreadPoolExecutor() as pool:
            sim = await open_session(main, pool)
            await until(lambda: "Go" in sim.texts())
            await sim.click(sim.find(text="Go"))
            await until(lambda: "task ran" in sim.texts())
            await until(lambda: sim.route == "/next")
            sim.disconnect()

    asyncio.run(scenario())


def test_an_error_in_a_sync_handler_in_a_thread_reaches_the_error_bar():
    def main(page: ft.Page) -> None:
        def broken(e: ft.ControlEvent) -> None:
            raise ValueError("broken in a thread")

        page.add(ft.ElevatedButton("Break", on_click=broken))

    async def scenario() -> None:
        with ThreadPoolExecutor() as pool:
            sim = await open_session(main, pool)
            await until(lambda: "Break" in sim.texts())
            await sim.click(sim.find(text="Break"))
            await until(lambda: bool(sim.error_bars()))
            assert "broken in a thread" in sim.error_bars()[0]
            sim.disconnect()

    asyncio.run(scenario())


def test_a_method_call_from_a_thread_gets_its_answer():
    """A sync handler (a worker thread) opens the file picker: the call runs on the loop and
    ``on_result`` gets what the client answered."""
    got: list[Any] = []

    def main(page: ft.Page) -> None:
        def picked(e: ft.FilePickerResultEvent) -> None:
            got.append([f.name for f in e.files or []])

        picker = ft.FilePicker(on_result=picked)
        page.overlay.append(picker)
        page.add(ft.ElevatedButton("Pick", on_click=lambda e: picker.pick_files()))

    async def scenario() -> None:
        with ThreadPoolExecutor() as pool:
            server, client_end = memory_pair()
            session = Session(main, server, session_id="s", executor=pool)
            task = asyncio.ensure_future(session.run())
            sim = SimClient(client_end)
            sim.methods["FilePicker.pick_files"] = lambda _c, _a: [
                {"id": 0, "name": "a.txt", "path": None, "size": 1}
            ]
            await sim.connect()
            await until(lambda: "Pick" in sim.texts())
            await sim.click(sim.find(text="Pick"))
            await until(lambda: bool(got))
            sim.disconnect()
            await task

    asyncio.run(scenario())
    assert got == [["a.txt"]]


def test_a_flush_that_meets_a_thread_changing_the_page_is_tried_again(
    monkeypatch: pytest.MonkeyPatch,
):
    """A worker thread may be appending to a list while the loop walks it; the flush that
    fails so is tried again in a moment, with no error bar (and reads again what it had read:
    the change the failed flush took from the journal still reaches the client)."""
    from flet.core import update as update_module

    real = update_module.take_snapshot
    failures = [RuntimeError("dictionary changed size during iteration")] * 2

    def flaky(*args: Any, **kwargs: Any) -> Any:
        if failures and len(args[0].controls) > 1:
            raise failures.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(update_module, "take_snapshot", flaky)

    def main(page: ft.Page) -> None:
        def add(e: ft.ControlEvent) -> None:
            page.add(ft.Text("added"))

        page.add(ft.ElevatedButton("Add", on_click=add))

    async def scenario() -> None:
        with ThreadPoolExecutor() as pool:
            sim = await open_session(main, pool)
            await until(lambda: "Add" in sim.texts())
            await sim.click(sim.find(text="Add"))
            await until(lambda: "added" in sim.texts())
            assert sim.error_bars() == [] and not failures
            sim.disconnect()

    asyncio.run(scenario())


def test_a_thread_that_outlives_its_session_stops_at_its_next_page_call_without_a_traceback(
    capsys: pytest.CaptureFixture[str],
):
    """The era's clock (``while True: ...; page.update(); time.sleep(...)``) on a server: once
    the session has ended, ``page.update()`` raises ``PageDisconnectedException`` (Flet 0.21's
    name; ``FletPageDisconnectedException`` in 1.0), so the thread ends instead of running for
    ever, and its end is not reported as an error."""
    ticks: list[int] = []
    clocks: list[threading.Thread] = []
    raised: list[BaseException] = []

    def main(page: ft.Page) -> None:
        clock = ft.Text("0")
        page.add(clock)

        def tick() -> None:
            try:
                while True:
                    ticks.append(len(ticks))
                    clock.value = str(len(ticks))
                    page.update()
                    time.sleep(0.02)
            except BaseException as exc:
                raised.append(exc)
                raise

        clocks.append(threading.Thread(target=tick, daemon=True))
        clocks[0].start()

    async def scenario() -> None:
        with ThreadPoolExecutor(thread_name_prefix="flet-handler") as pool:
            sim = await open_session(main, pool)
            await until(lambda: len(ticks) >= 3)
            assert sim.session is not None
            sim.session.close()
            await until(lambda: not clocks[0].is_alive())

    asyncio.run(scenario())
    assert len(raised) == 1 and isinstance(raised[0], ft.PageDisconnectedException)
    assert ft.FletPageDisconnectedException is ft.PageDisconnectedException
    assert "Traceback" not in capsys.readouterr().err


def test_end_awaits_sync_on_disconnect_then_on_close_in_worker_threads():
    """A client gone for good (a desktop window closed): ``Session.end`` returns once both
    page handlers ran, so the thread pool can go right after."""
    seen: list[tuple[str, str]] = []

    def main(page: ft.Page) -> None:
        def on_disconnect(e: Any) -> None:
            time.sleep(0.1)
            seen.append(("disconnect", threading.current_thread().name))

        def on_close(e: Any) -> None:
            time.sleep(0.1)
            seen.append(("close", threading.current_thread().name))

        page.on_disconnect = on_disconnect
        page.on_close = on_close
        page.add(ft.Text("ready"))

    async def scenario() -> None:
        with ThreadPoolExecutor(thread_name_prefix="flet-handler") as pool:
            server, client_end = memory_pair()
            session = Session(main, server, session_id="s", executor=pool)
            pumping = asyncio.ensure_future(session.pump())
            sim = SimClient(client_end)
            await sim.connect()
            await until(lambda: "ready" in sim.texts())
            sim.disconnect()
            await pumping  # the stream ended; the session has not
            assert not session.closed and seen == []
            await session.end()
            assert [name for name, _ in seen] == ["disconnect", "close"]
            assert all(thread.startswith("flet-handler") for _, thread in seen)
            assert session.closed
            await session.end()  # a closed session stays as it is
            assert len(seen) == 2

    asyncio.run(scenario())
