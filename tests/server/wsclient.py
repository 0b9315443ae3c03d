"""The simulated 1.0.5 client (``tests/support/simclient.py``) over a real WebSocket: it
registers, keeps the control tree the server sends, types and clicks as the real client does,
and says what it shows."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from flet.transport import QueueTransport
from tests.support.simclient import SimClient

__all__ = ["over_websocket", "shows", "until"]


@asynccontextmanager
async def over_websocket(
    url: str, headers: dict[str, str] | None = None, session_id: str | None = None
) -> AsyncIterator[SimClient]:
    """A client registered at ``url`` (sending ``session_id`` again, as after a reconnect);
    its socket closes when the block ends."""
    async with connect(url, additional_headers=headers or {}, max_size=None) as ws:
        outgoing: asyncio.Queue[bytes | None] = asyncio.Queue()
        transport = QueueTransport(outgoing.put_nowait, lambda: outgoing.put_nowait(None))

        async def write() -> None:
            while (packet := await outgoing.get()) is not None:
                await ws.send(packet)

        async def read() -> None:
            try:
                async for message in ws:
                    if isinstance(message, bytes):
                        transport.feed(message)
            except ConnectionClosed:
                pass
            finally:
                transport.feed_close()

        tasks = [asyncio.ensure_future(write()), asyncio.ensure_future(read())]
        try:
            client = SimClient(transport)
            await client.connect(session_id=session_id)
            yield client
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task


async def until(condition: Callable[[], object], what: str, timeout: float = 15) -> None:
    """Wait for ``condition()``; ``AssertionError`` naming ``what`` when it does not come."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        await asyncio.sleep(0.02)


async def shows(client: SimClient, text: str, timeout: float = 15) -> None:
    await until(lambda: text in client.texts(), f"{text!r}; shown: {client.texts()}", timeout)
