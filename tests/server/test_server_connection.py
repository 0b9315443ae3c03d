"""server_runtime.connection: one WebSocket — register, resume or start a session, pump.

Driven by the simulated 1.0.5 client over an in-memory WebSocket (tests/support): reconnects
get their session back with the whole page, a reload too, a duplicated tab gets a new one,
another browser cannot take a session by its id, and sessions away too long are closed.
"""

from __future__ import annotations

import asyncio
import gc
import weakref
from typing import Any

import pytest

import flet as ft
from flet.protocol import Action, encode_packet
from server_runtime import connection
from server_runtime.connection import AppHost
from server_runtime.registry import ClientKey, SessionRegistry
from tests.support.fake_websocket import FakeWebSocket
from tests.support.loop import run
from tests.support.simclient import SimClient

pytestmark = pytest.mark.host_only

FIREFOX = ClientKey.of("Firefox", "10.0.0.1")
CHROME = ClientKey.of("Chrome", "10.0.0.2")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def counter_app(log: list[str]) -> Any:
    def main(page: ft.Page) -> None:
        count = ft.Text("0", data=0)

        def add(e: ft.ControlEvent) -> None:
            count.data += 1
            count.value = str(count.data)
            page.update()

        page.on_connect = lambda e: log.append("connect")
        page.on_disconnect = lambda e: log.append("disconnect")
        page.on_close = lambda e: log.append("close")
        page.on_route_change = lambda e: log.append(f"route {e.route}")
        page.add(count, ft.ElevatedButton("Add", on_click=add))

    return main


async def open_tab(
    host: AppHost, client: ClientKey = FIREFOX, **connect: Any
) -> tuple[SimClient, FakeWebSocket, asyncio.Task[None]]:
    ws = FakeWebSocket()
    served = asyncio.ensure_future(host.serve(ws, client))
    sim = SimClient(ws.client)
    await sim.connect(**connect)
    return sim, ws, served


async def close_tab(sim: SimClient, served: asyncio.Task[None]) -> None:
    sim.disconnect()
    await asyncio.wait_for(served, 5)


def make_host(log: list[str], clock: Clock | None = None, timeout: float = 60) -> AppHost:
    return AppHost(counter_app(log), SessionRegistry(timeout, clock=clock or Clock()), None)


def test_a_new_client_gets_a_session_and_its_id():
    async def scenario():
        log: list[str] = []
        host = make_host(log)
        sim, _, served = await open_tab(host)
        assert sim.texts()[:2] == ["0", "Add"]
        assert sim.session_id in host.registry
        await sim.click(sim.find(text="Add"))
        assert sim.find(text="1")
        await close_tab(sim, served)
        assert log == ["disconnect"]
        assert sim.session_id in host.registry  # it waits for the client to come back

    run(scenario())


def test_a_reconnect_gets_the_same_session_with_the_whole_current_page():
    async def scenario():
        log: list[str] = []
        host = make_host(log)
        first, _, served = await open_tab(host)
        await first.click(first.find(text="Add"))
        await close_tab(first, served)
        session = host.registry.sessions()[0]
        # the app changes the page while the client is away: nothing is sent, nothing kept
        assert session.page is not None
        session.page.controls[0].value = "changed while away"
        await session.page.update()

        again, _, served = await open_tab(host, session_id=first.session_id)
        assert again.session_id == first.session_id
        assert host.registry.sessions() == [session]
        assert again.texts()[:2] == ["changed while away", "Add"]
        await again.click(again.find(text="Add"))
        assert again.find(text="2")  # the session's state went on
        assert log == ["disconnect", "connect"]
        await close_tab(again, served)

    run(scenario())


def test_a_route_change_during_the_outage_runs_on_route_change():
    async def scenario():
        log: list[str] = []
        host = make_host(log)
        first, _, served = await open_tab(host)
        await close_tab(first, served)
        again, _, served = await open_tab(host, session_id=first.session_id, route="/settings")
        await again.settle()
        assert "route /settings" in log
        assert host.registry.sessions()[0].page.route == "/settings"
        await close_tab(again, served)

    run(scenario())


def test_a_duplicated_tab_gets_a_new_session():
    async def scenario():
        host = make_host([])
        first, _, served_first = await open_tab(host)
        copy, _, served_copy = await open_tab(host, session_id=first.session_id)
        assert copy.session_id != first.session_id
        assert len(host.registry) == 2
        await copy.click(copy.find(text="Add"))
        assert first.texts()[0] == "0"  # the tabs do not share a page
        await close_tab(first, served_first)
        await close_tab(copy, served_copy)

    run(scenario())


def test_another_browser_cannot_take_a_session_by_its_id():
    async def scenario():
        host = make_host([])
        first, _, served = await open_tab(host, client=FIREFOX)
        await first.click(first.find(text="Add"))
        await close_tab(first, served)
        thief, _, served = await open_tab(host, client=CHROME, session_id=first.session_id)
        assert thief.session_id != first.session_id
        assert thief.texts()[0] == "0"
        await close_tab(thief, served)

    run(scenario())


def test_a_session_away_too_long_is_closed_and_freed():
    async def scenario():
        log: list[str] = []
        clock = Clock()
        host = make_host(log, clock, timeout=30)
        started: list[str] = []

        async def forever() -> None:
            started.append("ticker")
            await asyncio.sleep(10_000)

        first, _, served = await open_tab(host)
        session = host.registry.sessions()[0]
        assert session.page is not None
        ticker = session.page.run_task(forever)
        await first.settle()
        await close_tab(first, served)
        clock.now = 29
        assert host.registry.sweep() == []
        clock.now = 30
        assert host.registry.sweep() == [session]
        await asyncio.sleep(0.01)
        assert log == ["disconnect", "close"]
        assert started == ["ticker"] and ticker.cancelled()
        assert len(host.registry) == 0
        # a reconnect with the expired id starts afresh
        again, _, served = await open_tab(host, session_id=first.session_id)
        assert again.session_id != first.session_id
        await close_tab(again, served)
        ref = weakref.ref(session)
        del session, ticker, first
        gc.collect()
        assert ref() is None, gc.get_referrers(ref())

    run(scenario())


def test_a_client_that_never_registers_is_closed_with_1008(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(connection, "REGISTER_TIMEOUT", 5.0)

    async def scenario():
        host = make_host([])
        ws = FakeWebSocket()
        await asyncio.wait_for(host.serve(ws, FIREFOX), 60)
        assert ws.closed_with == (1008, "no registration")
        assert len(host.registry) == 0

    run(scenario())


@pytest.mark.parametrize(
    "first",
    [
        b"\x00\x93\x01",  # truncated msgpack
        encode_packet(Action.CONTROL_EVENT, {"target": 1, "name": "click", "data": None}),
    ],
    ids=["malformed", "not-a-registration"],
)
def test_a_first_packet_that_is_not_a_registration_is_refused(first: bytes):
    async def scenario():
        host = make_host([])
        ws = FakeWebSocket()
        served = asyncio.ensure_future(host.serve(ws, FIREFOX))
        ws.client.send(first)
        await asyncio.wait_for(served, 5)
        assert ws.closed_with is not None and ws.closed_with[0] == 1008
        assert len(host.registry) == 0

    run(scenario())


def test_a_text_frame_closes_that_connection_with_1003_and_no_other():
    async def scenario():
        host = make_host([])
        good, _, served_good = await open_tab(host, client=CHROME)
        _, ws, served_bad = await open_tab(host)
        ws.send_text('{"not": "a packet"}')
        await asyncio.wait_for(served_bad, 5)
        assert ws.closed_with is not None and ws.closed_with[0] == 1003
        await good.click(good.find(text="Add"))
        assert good.find(text="1")
        await close_tab(good, served_good)

    run(scenario())


def test_a_malformed_packet_later_closes_the_connection_with_1007_and_the_session_stays():
    async def scenario():
        log: list[str] = []
        host = make_host(log)
        sim, ws, served = await open_tab(host)
        await sim.click(sim.find(text="Add"))
        sim.send_raw(b"\x00\xc1garbage")
        await asyncio.wait_for(served, 5)
        assert ws.closed_with == (1007, "invalid packet")
        assert log == ["disconnect"]  # the session was detached, not closed
        again, _, served = await open_tab(host, session_id=sim.session_id)
        assert again.session_id == sim.session_id
        await again.click(again.find(text="Add"))
        assert again.find(text="2")
        await close_tab(again, served)

    run(scenario())


def test_a_resumed_page_gets_new_ids_and_its_controls_stay_mounted():
    """The whole page goes out with new ids (the client may hold the old controls, and its
    merge would keep widgets bound to them); no control is mounted or unmounted again."""
    hooks: list[str] = []

    class Clock(ft.Text):
        def did_mount(self) -> None:
            hooks.append("mount")

        def will_unmount(self) -> None:
            hooks.append("unmount")

    def main(page: ft.Page) -> None:
        page.add(Clock("tick"), ft.ElevatedButton("Add"))

    async def scenario():
        host = AppHost(main, SessionRegistry(60), None)
        first, _, served = await open_tab(host)
        before = {c.id for c in first.shown()}
        await close_tab(first, served)
        again, _, served = await open_tab(host, session_id=first.session_id)
        after = {c.id for c in again.shown()}
        assert again.texts()[:2] == ["tick", "Add"]
        assert before and after and not before & after
        await again.settle()
        assert hooks == ["mount"]
        await close_tab(again, served)

    run(scenario())


def test_pubsub_reaches_the_sessions_of_the_same_app_only():
    def chat(page: ft.Page) -> None:
        lines = ft.Column()
        page.pubsub.subscribe(
            lambda message: lines.controls.append(ft.Text(message)) or page.update()
        )
        page.add(lines, ft.ElevatedButton("Send", on_click=lambda e: page.pubsub.send_all("hi")))

    async def scenario():
        host = AppHost(chat, SessionRegistry(60), None)
        other = AppHost(chat, SessionRegistry(60), None)
        a, _, served_a = await open_tab(host)
        b, _, served_b = await open_tab(host, client=CHROME)
        c, _, served_c = await open_tab(other)
        await a.click(a.find(text="Send"))
        await a.settle(0.05)
        assert "hi" in a.texts() and "hi" in b.texts()
        assert "hi" not in c.texts()
        for sim, served in ((a, served_a), (b, served_b), (c, served_c)):
            await close_tab(sim, served)

    run(scenario())


def test_hundreds_of_sessions_that_expire_or_shut_down_leave_nothing_behind():
    """Each session has a ticking task, a pubsub subscription and a topic; 150 go away and
    expire, 150 are still there at shutdown. Afterwards no task, armed timer, subscription or
    session object (nor, with it, its connection's queue of packets) is left."""

    def busy(page: ft.Page) -> None:
        async def tick() -> None:
            while True:
                await asyncio.sleep(1)

        page.pubsub.subscribe(lambda message: None)
        page.pubsub.subscribe_topic("news", lambda topic, message: None)
        page.run_task(tick)
        page.add(ft.Text("busy"), ft.ElevatedButton("Add", on_click=lambda e: page.update()))

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        baseline = asyncio.all_tasks()
        clock = Clock()
        host = AppHost(busy, SessionRegistry(30, clock=clock), None)
        tabs = [await open_tab(host, ClientKey.of(f"browser {n}", "10.0.0.9")) for n in range(300)]
        await asyncio.sleep(2)  # the tickers tick
        assert len(host.registry) == 300 and len(host.pubsub.members()) == 300
        refs = [weakref.ref(s) for s in host.registry.sessions()]
        for sim, _, served in tabs[:150]:
            await close_tab(sim, served)
        clock.now = 30
        assert len(host.registry.sweep()) == 150
        assert len(host.pubsub.members()) == 150
        await host.close()  # the app manager's shutdown
        for _, ws, served in tabs[150:]:
            await asyncio.wait_for(served, 5)
            assert ws.closed_with is not None  # the server closed the socket
        await asyncio.sleep(0.1)
        assert len(host.registry) == 0 and host.pubsub.members() == set()
        assert asyncio.all_tasks() - baseline == set()
        # the loop's timers (private, read only here): none left that is still armed
        armed = [h for h in loop._scheduled if not h.cancelled()]  # type: ignore[attr-defined]
        assert armed == []
        del tabs, ws, served  # the test's own references
        await asyncio.sleep(1)  # cancelled timers leave the loop when their time comes
        gc.collect()
        alive = [r() for r in refs if r() is not None]
        assert alive == []

    run(scenario())
