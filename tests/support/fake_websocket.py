"""A Starlette-like WebSocket in memory, whose other end is a ``QueueTransport`` a
``SimClient`` can drive: what the client sends arrives as ``websocket.receive`` messages,
what the server sends reaches the client, and either side can close."""

from __future__ import annotations

import asyncio
from typing import Any

from flet.transport import QueueTransport

__all__ = ["FakeWebSocket"]


class FakeWebSocket:
    def __init__(self) -> None:
        self._incoming: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        #: (code, reason) once the server closed the socket
        self.closed_with: tuple[int, str | None] | None = None
        self.sent: list[bytes] = []
        #: the client's end: give it to ``SimClient``
        self.client = QueueTransport(self._from_client, self._client_left)

    def _from_client(self, packet: bytes) -> None:
        self._incoming.put_nowait({"type": "websocket.receive", "bytes": packet})

    def _client_left(self) -> None:
        self._incoming.put_nowait({"type": "websocket.disconnect", "code": 1001})

    def send_text(self, text: str) -> None:
        """The client sends a text frame (the real client never does)."""
        self._incoming.put_nowait({"type": "websocket.receive", "text": text})

    async def receive(self) -> dict[str, Any]:
        return await self._incoming.get()

    async def send_bytes(self, data: bytes) -> None:
        if self.closed_with is not None:
            raise RuntimeError("the socket is closed")
        self.sent.append(data)
        self.client.feed(data)

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        if self.closed_with is None:
            self.closed_with = (code, reason)
            self.client.feed_close()
