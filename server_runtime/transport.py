"""One WebSocket connection as a ``Transport``: one binary message per packet.

Incoming: the session's ``receive`` reads the socket itself (no task between it and the ASGI
server); a text message is not a packet of the 1.0.5 client, so the connection is closed with
1003 (unsupported data). Outgoing: ``send`` never blocks: it writes the packet at once when
the ASGI server's send completes without waiting, else queues it, and ``send_loop`` writes
what is queued, in order. A client that does not read its socket cannot make the server hold
its packets without bound: past ``max_pending_bytes`` queued, the connection is closed with
1013 (try again later); the client reconnects and is sent the whole page again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Protocol

from flet.transport import TransportClosed

__all__ = [
    "CLOSE_OVERLOADED",
    "CLOSE_UNSUPPORTED",
    "MAX_PENDING_BYTES",
    "AsgiSocket",
    "WebSocketTransport",
]

log = logging.getLogger("flet")

#: bytes of packets queued for one slow client before its connection is closed
MAX_PENDING_BYTES = 32 * 1024 * 1024
CLOSE_UNSUPPORTED = 1003  # a text frame: the client speaks binary msgpack packets only
CLOSE_OVERLOADED = 1013  # the client did not read what it was sent


class WebSocketLike(Protocol):
    """What the transport needs of a Starlette ``WebSocket``."""

    def receive(self) -> Awaitable[Any]: ...
    def send_bytes(self, data: bytes) -> Awaitable[None]: ...
    async def close(self, code: int = 1000, reason: str | None = None) -> None: ...


class AsgiSocket:
    """A ``WebSocketLike`` straight on an accepted connection's ASGI ``receive`` and ``send``
    (what a Starlette ``WebSocket`` wraps, with a check of its state on every message)."""

    __slots__ = ("_send", "receive")

    def __init__(
        self,
        receive: Callable[[], Awaitable[Any]],
        send: Callable[[dict[str, Any]], Awaitable[None]],
    ) -> None:
        self.receive = receive
        self._send = send

    def send_bytes(self, data: bytes) -> Awaitable[None]:
        return self._send({"type": "websocket.send", "bytes": data})

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        await self._send({"type": "websocket.close", "code": code, "reason": reason or ""})


class WebSocketTransport:
    """A ``Transport`` over one WebSocket (``flet.transport.Transport``).

    Its two buffers are plain lists, each with at most one waiter (the session reads, the
    send loop writes): an ``asyncio.Queue`` is four deques and an event (~3 KiB), kept by every
    session for as long as it is connected.
    """

    __slots__ = (
        "_closed",
        "_ended",
        "_finished",
        "_loop",
        "_max_pending",
        "_outgoing",
        "_pending",
        "_reader",
        "_started",
        "_websocket",
        "_writer",
        "close_code",
        "close_reason",
    )

    def __init__(self, websocket: WebSocketLike, max_pending_bytes: int = MAX_PENDING_BYTES):
        self._websocket = websocket
        self._ended = False  # the client went away
        self._closed = False  # closed: receive raises, send refuses
        self._reader: asyncio.Task[Any] | None = None  # the task in receive(), waiting
        self._loop: asyncio.AbstractEventLoop | None = None  # the reader's, once it read
        self._outgoing: list[bytes] = []  # to the client, not written yet
        self._finished = False  # nothing more to write after what is queued
        self._writer: asyncio.Future[None] | None = None  # send_loop waiting
        #: a send begun by ``send`` that had to wait: the send loop finishes it first
        self._started: tuple[Coroutine[Any, Any, None], Any] | None = None
        self._pending = 0
        self._max_pending = max_pending_bytes
        self.close_code = 1000
        self.close_reason = ""

    # -- the session's side (Transport) ------------------------------------------------------

    def send(self, packet: bytes) -> None:
        if self._closed:
            raise TransportClosed("the transport is closed")
        if self._pending + len(packet) > self._max_pending:
            log.warning("flet: closing a connection whose client does not read its packets")
            self.close_code, self.close_reason = CLOSE_OVERLOADED, "client too slow"
            self.close()
            return
        idle = self._writer is not None and self._started is None and not self._outgoing
        if idle:  # written here, without a turn of the send loop, unless the socket waits
            self._write_now(packet)
            return
        self._pending += len(packet)
        self._outgoing.append(packet)
        _wake(self._writer)

    def _write_now(self, packet: bytes) -> None:
        """Write ``packet`` now if the ASGI server's send completes without waiting
        (uvicorn's does while the socket takes data): one step of its coroutine. If it has to
        wait, the send loop finishes it before it writes anything else."""
        sending = self._websocket.send_bytes(packet)
        if not isinstance(sending, Coroutine):  # an ASGI send may return any awaitable
            sending = _awaited(sending)
        try:
            waiting = sending.send(None)
        except StopIteration:
            return
        except Exception:  # the socket went away under us: the receive side notices too
            self.feed_close()
            self._finish()
            return
        self._started = (sending, waiting)
        _wake(self._writer)

    async def receive(self) -> bytes:
        """The client's next packet, read from the socket by the calling task (the session's
        pump: one reader at a time). ``close`` wakes it with ``TransportClosed``."""
        if self._closed:
            raise TransportClosed("the transport is closed")
        if self._ended:
            self._closed = True
            raise TransportClosed("the client disconnected")
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        self._reader = asyncio.current_task(self._loop)  # (a getpid() call less on 3.11)
        try:
            message = await self._websocket.receive()
        except asyncio.CancelledError:
            reader = asyncio.current_task(self._loop)
            if (self._closed or self._ended) and reader is not None and reader.uncancel() == 0:
                raise TransportClosed("the transport is closed") from None  # close() woke it
            raise
        except Exception:  # a broken socket ends the connection like a disconnect
            message = _DISCONNECT
        finally:
            self._reader = None
        data = message.get("bytes") if message.get("type") == "websocket.receive" else None
        if data is None:
            if message.get("type") != "websocket.disconnect":  # a text frame
                self.close_code = CLOSE_UNSUPPORTED
                self.close_reason = "Flet packets are binary messages"
            self.feed_close()
            self._closed = True
            raise TransportClosed("the client disconnected")
        return data  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop receiving; the send loop writes what is queued, then closes the socket."""
        if not self._closed:
            self._closed = True
            self._interrupt()
            self._finish()

    # -- the socket's side -------------------------------------------------------------------

    def feed_close(self) -> None:
        """The client went away (or the socket broke): ``receive`` raises, a waiting one now;
        the send loop ends after what is queued."""
        self._ended = True
        self._interrupt()
        self._finish()

    def _interrupt(self) -> None:
        """Wake a ``receive`` waiting for the socket (it raises ``TransportClosed``)."""
        reader = self._reader
        if reader is not None and reader is not asyncio.current_task(self._loop):
            self._reader = None
            reader.cancel()

    def _finish(self) -> None:
        self._finished = True
        _wake(self._writer)

    async def send_loop(self) -> None:
        """Write queued packets until the transport closes; then close the socket."""
        outgoing = self._outgoing
        try:
            while True:
                if self._started is not None:
                    started, self._started = self._started, None
                    await _complete_send(*started)
                    continue
                if outgoing:
                    packet = outgoing.pop(0)
                    self._pending -= len(packet)
                    await self._websocket.send_bytes(packet)
                    continue
                if self._finished:
                    break
                self._writer = asyncio.get_running_loop().create_future()
                try:
                    await self._writer
                finally:
                    self._writer = None
        except Exception:  # the socket went away under us: the receive side notices too
            self.feed_close()
            return
        with contextlib.suppress(Exception):
            await self._websocket.close(self.close_code, self.close_reason or None)


_DISCONNECT = {"type": "websocket.disconnect"}


async def _awaited(awaitable: Awaitable[None]) -> None:
    await awaitable


async def _complete_send(sending: Coroutine[Any, Any, None], waiting: Any) -> None:
    """Run ``sending``, a coroutine stepped once outside a task that yielded ``waiting`` (a
    future, or ``None`` for a bare yield), to its end: wait for what it waits for, resume it,
    and so on. An error of the future is raised inside ``sending`` when it resumes."""
    while True:
        if waiting is None:
            await asyncio.sleep(0)
        else:
            waiting._asyncio_future_blocking = False  # taken over, as a task takes it
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await waiting  # its outcome reaches `sending` when it resumes
        try:
            waiting = sending.send(None)
        except StopIteration:
            return


def _wake(waiter: asyncio.Future[None] | None) -> None:
    """Let the one waiting on ``waiter`` go on (it makes a new one when it waits again)."""
    if waiter is not None and not waiter.done():
        waiter.set_result(None)
