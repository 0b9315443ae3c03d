"""Transports carry whole packets between a session and a client.

Dependency rule: asyncio only. The postMessage transport lives in ``pyodide_runtime``.
"""

from flet.transport.base import QueueTransport, Transport, TransportClosed
from flet.transport.memory import memory_pair

__all__ = ["QueueTransport", "Transport", "TransportClosed", "memory_pair"]
