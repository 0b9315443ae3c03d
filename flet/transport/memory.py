"""An in-memory transport pair, for tests and simulated clients."""

from __future__ import annotations

from flet.transport.base import QueueTransport

__all__ = ["memory_pair"]


def memory_pair() -> tuple[QueueTransport, QueueTransport]:
    """Two connected transports: what one sends, the other receives; closing one ends both."""
    server: QueueTransport
    client: QueueTransport
    server = QueueTransport(lambda packet: client.feed(packet), lambda: client.feed_close())
    client = QueueTransport(lambda packet: server.feed(packet), lambda: server.feed_close())
    return server, client
