"""server_runtime.transport: one WebSocket as a Transport, with a bounded send queue."""

from __future__ import annotations

import asyncio

import pytest

from flet.transport import TransportClosed
from server_runtime.transport import WebSocketTransport
from tests.support.fake_websocket import FakeWebSocket
from tests.support.loop import run

pytestmark = pytest.mark.host_only


class StuckWebSocket(FakeWebSocket):
    """A client that never reads: sending blocks forever."""

    async def send_bytes(self, data: bytes) -> None:
        await asyncio.Event().wait()


def test_packets_cross_in_order_both_ways():
    async def scenario():
        ws = FakeWebSocket()
        transport = WebSocketTransport(ws)
        sender = asyncio.ensure_future(transport.send_loop())
        ws.client.send(b"\x00one")
        ws.client.send(b"\x00two")
        assert await transport.receive() == b"\x00one"
        assert await transport.receive() == b"\x00two"
        transport.send(b"\x00back")
        assert await ws.client.receive() == b"\x00back"
        ws.client.close()  # the tab goes away
        with pytest.raises(TransportClosed):
            await transport.receive()
        await sender

    run(scenario())


def test_a_client_that_does_not_read_is_closed_with_1013_not_buffered_without_bound():
    async def scenario():
        ws = StuckWebSocket()
        transport = WebSocketTransport(ws, max_pending_bytes=1000)
        sender = asyncio.ensure_future(transport.send_loop())
        for _ in range(50):
            try:
                transport.send(b"\x00" + b"x" * 99)
            except TransportClosed:
                break
        else:
            raise AssertionError("the transport kept queueing")
        assert transport.close_code == 1013
        sender.cancel()

    run(scenario())


def test_what_came_before_a_disconnect_is_read_and_a_server_close_wakes_a_waiting_receive():
    async def scenario():
        ws = FakeWebSocket()
        transport = WebSocketTransport(ws)
        sender = asyncio.ensure_future(transport.send_loop())
        ws.client.send(b"\x00last")
        ws.client.close()  # the packet before the close is still read
        assert await transport.receive() == b"\x00last"
        with pytest.raises(TransportClosed):
            await transport.receive()
        await sender

        ws = FakeWebSocket()
        transport = WebSocketTransport(ws)
        sender = asyncio.ensure_future(transport.send_loop())
        waiting = asyncio.ensure_future(transport.receive())
        await asyncio.sleep(0)
        transport.send(b"\x00a")
        transport.send(b"\x00b")
        transport.close_code = 1008
        transport.close()  # the session ends: its reader wakes, what was queued goes out
        with pytest.raises(TransportClosed):
            await waiting
        await sender
        assert ws.sent == [b"\x00a", b"\x00b"] and ws.closed_with == (1008, None)
        with pytest.raises(TransportClosed):
            transport.send(b"\x00c")

    run(scenario())


class GatedWebSocket(FakeWebSocket):
    """A socket that takes packets only while ``open`` is set (a socket whose buffer is full
    makes uvicorn's send wait the same way)."""

    def __init__(self) -> None:
        super().__init__()
        self.open = asyncio.Event()
        self.open.set()

    async def send_bytes(self, data: bytes) -> None:
        await self.open.wait()
        await super().send_bytes(data)


def test_a_packet_is_written_at_once_when_the_socket_takes_it_and_in_order_when_it_waits():
    async def scenario():
        ws = GatedWebSocket()
        transport = WebSocketTransport(ws)
        sender = asyncio.ensure_future(transport.send_loop())
        await asyncio.sleep(0)  # the send loop waits for packets
        transport.send(b"\x00a")
        assert ws.sent == [b"\x00a"]  # written within send(): no turn of the loop
        ws.open.clear()  # the socket takes nothing for a while
        transport.send(b"\x00b")  # its send waits, begun
        transport.send(b"\x00c")  # queued behind it
        for _ in range(5):
            await asyncio.sleep(0)
        assert ws.sent == [b"\x00a"]
        ws.open.set()
        for _ in range(5):
            await asyncio.sleep(0)
        assert ws.sent == [b"\x00a", b"\x00b", b"\x00c"]
        transport.send(b"\x00d")
        transport.close()
        await sender
        assert ws.sent[-1] == b"\x00d" and ws.closed_with == (1000, None)

    run(scenario())


def test_a_send_that_waits_ends_with_the_connection_when_the_socket_fails_meanwhile():
    async def scenario():
        ws = GatedWebSocket()
        transport = WebSocketTransport(ws)
        sender = asyncio.ensure_future(transport.send_loop())
        await asyncio.sleep(0)
        ws.open.clear()
        transport.send(b"\x00a")  # waits for the socket
        ws.closed_with = (1006, None)  # the socket breaks: the send raises when it goes on
        ws.open.set()
        await asyncio.wait_for(sender, 5)  # the send loop ends instead of hanging
        with pytest.raises(TransportClosed):
            await transport.receive()  # and the session's side learns the client is gone
        assert ws.sent == []

    run(scenario())


def test_a_receive_cancelled_from_outside_is_cancelled_and_loses_no_packet():
    async def scenario():
        ws = FakeWebSocket()
        transport = WebSocketTransport(ws)
        with pytest.raises(TimeoutError):  # a client that does not register in time
            await asyncio.wait_for(transport.receive(), 0.05)
        ws.client.send(b"\x00late")
        assert await transport.receive() == b"\x00late"  # the transport is still open

    run(scenario())
