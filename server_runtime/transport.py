"""One WebSocket connection as a ``Transport``: one binary message per packet.

Incoming: ``receive_loop`` feeds each binary message to the queue the session reads; a text
message is not a packet of the 1.0.5 client, so the connection is closed with 1003
(unsupported data). Outgoing: ``send`` queues the packet (it never blocks) and ``send_loop``
writes them in order. A client that does not read its socket cannot make the server hold
its packets without bound: past ``max_pending_bytes`` queued, the connection is closed with
1013 (try again later); the client reconnects and is sent the whole page again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, Protocol

from flet.transport import QueueTransport

__all__ = ["CLOSE_OVERLOADED", "CLOSE_UNSUPPORTED", "MAX_PENDING_BYTES", "WebSocketTransport"]

log = logging.getLogger("flet")

#: bytes of packets queued for one slow client before its connection is closed
MAX_PENDING_BYTES = 32 * 1024 * 1024
CLOSE_UNSUPPORTED = 1003  # a text frame: the client speaks binary msgpack packets only
CLOSE_OVERLOADED = 1013  # the client did not read what it was sent


class WebSocketLike(Protocol):
    """What the transport needs of a Starlette ``WebSocket``."""

    async def receive(self) -> Any: ...
    async def send_bytes(self, data: bytes) -> None: ...
    async def close(self, code: int = 1000, reason: str | None = None) -> None: ...


class WebSocketTransport(QueueTransport):
    def __init__(self, websocket: WebSocketLike, max_pending_bytes: int = MAX_PENDING_BYTES):
        super().__init__(self._queue_packet, self._closed_by_server)
        self._websocket = websocket
        self._outgoing: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._pending = 0
        self._max_pending = max_pending_bytes
        self.close_code = 1000
        self.close_reason = ""

    def _queue_packet(self, packet: bytes) -> None:
        if self._pending + len(packet) > self._max_pending:
            log.warning("flet: closing a connection whose client does not read its packets")
            self.close_code, self.close_reason = CLOSE_OVERLOADED, "client too slow"
            self.close()
            return
        self._pending += len(packet)
        self._outgoing.put_nowait(packet)

    def _closed_by_server(self) -> None:
        self._outgoing.put_nowait(None)

    async def send_loop(self) -> None:
        """Write queued packets until the transport closes; then close the socket."""
        try:
            while (packet := await self._outgoing.get()) is not None:
                self._pending -= len(packet)
                await self._websocket.send_bytes(packet)
        except Exception:  # the socket went away under us: the receive side notices too
            self.feed_close()
            return
        with contextlib.suppress(Exception):
            await self._websocket.close(self.close_code, self.close_reason or None)

    async def receive_loop(self) -> None:
        """Feed the client's packets to the session until the socket closes."""
        try:
            while True:
                message = await self._websocket.receive()
                kind = message.get("type")
                if kind == "websocket.disconnect":
                    break
                data = message.get("bytes")
                if data is None:
                    self.close_code = CLOSE_UNSUPPORTED
                    self.close_reason = "Flet packets are binary messages"
                    break
                self.feed(data)
        except Exception:  # a broken socket ends the connection like a disconnect
            pass
        finally:
            self.feed_close()
            self._outgoing.put_nowait(None)
