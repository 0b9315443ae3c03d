"""The desktop client's socket as a ``Transport``, and the socket the core listens on.

:func:`listen` opens a Unix socket in a fresh private folder (a TCP port on 127.0.0.1 where
there are no Unix sockets) and gives the address the client takes as its first argument: the
socket's path, or ``tcp://127.0.0.1:<port>``. :class:`SocketTransport` serves one accepted
connection: ``send`` writes the core's packet as the client reads it (``Translator``) without
blocking; ``read_loop`` feeds the client's messages to the session until the socket closes.
Closing the transport (the session ended) leaves the socket open: the runner closes it when the
client goes or the app stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import socket
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_runtime.wire import StreamDecoder, StreamError, Translator
from flet.transport import QueueTransport

__all__ = ["Listener", "SocketTransport", "listen"]

log = logging.getLogger("flet")

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class Listener:
    """A listening socket: ``address`` is what the client connects to."""

    server: asyncio.Server
    address: str
    folder: Path | None = None  # the private folder of a Unix socket

    async def close(self) -> None:
        self.server.close()
        with contextlib.suppress(Exception):
            await self.server.wait_closed()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


async def listen(handler: Handler, *, tcp: bool | None = None) -> Listener:
    """Listen for the client; ``tcp=None`` picks a Unix socket where the platform has them."""
    if tcp is None:
        tcp = not hasattr(socket, "AF_UNIX")
    if tcp:
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        return Listener(server, f"tcp://127.0.0.1:{port}")
    folder = Path(tempfile.mkdtemp(prefix="flet-desktop-"))  # mode 0700: ours alone
    path = folder / "app.sock"
    server = await asyncio.start_unix_server(handler, str(path))
    return Listener(server, str(path), folder)


class SocketTransport(QueueTransport):
    """One connection of the desktop client; see the module's text."""

    def __init__(self, writer: asyncio.StreamWriter, translator: Translator) -> None:
        super().__init__(self._write)  # the socket lives as long as the client: see runner
        self._writer = writer
        self._translator = translator

    def _write(self, packet: bytes) -> None:
        data = self._translator.to_client(packet)
        if data is not None and not self._writer.is_closing():
            self._writer.write(data)

    async def read_loop(self, reader: asyncio.StreamReader) -> None:
        """Feed the client's messages to the session until the socket closes."""
        decoder = StreamDecoder()
        try:
            while chunk := await reader.read(1 << 16):
                for value in decoder.feed(chunk):
                    packet = self._translator.to_core(value)
                    if packet is not None:
                        self.feed(packet)
        except StreamError as exc:
            log.warning("flet: closing the desktop client's connection: %s", exc)
        except (ConnectionError, OSError):
            pass  # the client went away: the same as the end of the stream
        finally:
            self.feed_close()
