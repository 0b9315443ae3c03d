"""The transport interface and its queue-backed implementation."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Protocol

__all__ = ["QueueTransport", "Transport", "TransportClosed"]


class TransportClosed(ConnectionError):
    """The other side went away; no more packets will come."""


class Transport(Protocol):
    def send(self, packet: bytes) -> None:
        """Send one whole packet; never blocks."""

    async def receive(self) -> bytes:
        """The next packet from the client; raises ``TransportClosed`` at the end."""

    def close(self) -> None:
        """Stop: ``receive`` raises ``TransportClosed`` from now on."""


_CLOSED = object()


class QueueTransport:
    """Incoming packets are fed into a queue; outgoing ones go to ``send_packet``."""

    def __init__(
        self,
        send_packet: Callable[[bytes], None],
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self._send_packet = send_packet
        self._on_close = on_close
        self._incoming: asyncio.Queue[object] = asyncio.Queue()
        self._closed = False

    def send(self, packet: bytes) -> None:
        if self._closed:
            raise TransportClosed("the transport is closed")
        self._send_packet(packet)

    def feed(self, packet: bytes) -> None:
        """Deliver a packet from the client."""
        if not self._closed:
            self._incoming.put_nowait(bytes(packet))

    def feed_close(self) -> None:
        """The client went away."""
        self._incoming.put_nowait(_CLOSED)

    async def receive(self) -> bytes:
        if self._closed:
            raise TransportClosed("the transport is closed")
        item = await self._incoming.get()
        if item is _CLOSED:
            self._closed = True
            raise TransportClosed("the client disconnected")
        assert isinstance(item, bytes)
        return item

    def close(self) -> None:
        """Stop receiving, and tell the other side (``on_close``) that we went away."""
        if not self._closed:
            self._closed = True
            self._incoming.put_nowait(_CLOSED)
            if self._on_close is not None:
                self._on_close()
