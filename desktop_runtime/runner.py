"""``ft.app(main)`` in a desktop window: listen, start the client, serve its one session.

:class:`DesktopApp` listens (``desktop_runtime.transport.listen``), starts the client program
with the address (``<program> <address> <pid file> [assets dir]``, Flet's own command line)
and serves the connection it makes with the same :class:`flet.session.Session` as every other
transport, sync handlers in a thread pool as on a server. The app ends when the client
program exits (the window was closed, or ``page.window.destroy()``): its socket ends,
``page.on_disconnect`` and then ``page.on_close`` run and are awaited (sync ones in the pool's
threads), the session closes, the pool is let go and ``ft.app`` returns. Ending the app from
Python (Ctrl-C, SIGTERM, a cancelled task) ends the client program first, and the same follows.
:meth:`DesktopApp.reload` swaps ``main`` and closes the connection: the client reconnects to a
new session of the new ``main`` in the same window (``flet run``).

``ft.FLET_APP_HIDDEN`` sets ``FLET_HIDE_WINDOW_ON_START=true`` as Flet does, but the Linux
build shows its window before it reads that; so ``page.window.visible = False`` is set before
``main`` runs and the register reply hides the window (it shows for a moment at start).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from desktop_runtime.transport import Listener, SocketTransport, listen
from desktop_runtime.window import DesktopWindow
from desktop_runtime.wire import Translator
from flet.protocol import Action, encode_packet
from flet.session import Session
from flet.session.handlers import call_handler
from flet.transport import TransportClosed

__all__ = ["DesktopApp"]

log = logging.getLogger("flet")

#: seconds the client program has to exit after its socket closed, before it is stopped
EXIT_GRACE = 3.0


class DesktopApp:
    """One app in one desktop window; :meth:`run` returns when the window is gone.

    ``program`` is the client (``desktop_runtime.client.client_executable()``); ``env`` its
    environment (default: this process's); ``tcp`` picks the socket (default: a Unix socket
    where the platform has them). ``on_session`` is told the session once the
    client registered (tests read the page through it).
    """

    def __init__(
        self,
        main: Callable[..., Any],
        program: Path,
        *,
        hidden: bool = False,
        assets_dir: str | None = None,
        env: Mapping[str, str] | None = None,
        on_session: Callable[[Session], None] | None = None,
        tcp: bool | None = None,
    ) -> None:
        self.main = main
        self.program = program
        self.hidden = hidden
        self.assets_dir = assets_dir
        self.env = dict(os.environ if env is None else env)
        self.on_session = on_session
        self.tcp = tcp
        self.process: asyncio.subprocess.Process | None = None
        self.session: Session | None = None
        self._executor = ThreadPoolExecutor(thread_name_prefix="flet-handler")
        #: the tasks serving the client's connections, and their sockets
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}

    async def run(self) -> int:
        """Serve the app until the client program exits; its exit status."""
        listener = await listen(self._accept, tcp=self.tcp)
        try:
            self.process = await self._start_client(listener)
            return await self.process.wait()
        finally:
            await self._stop(listener)

    async def _start_client(self, listener: Listener) -> asyncio.subprocess.Process:
        env = dict(self.env)
        if self.hidden:
            env["FLET_HIDE_WINDOW_ON_START"] = "true"
        pid_file = (listener.folder or Path(os.getcwd())) / "client.pid"
        args = [listener.address, str(pid_file)]
        if self.assets_dir:
            args.append(self.assets_dir)
        log.debug("flet: starting the desktop client %s %s", self.program, args)
        return await asyncio.create_subprocess_exec(str(self.program), *args, env=env)

    def reload(self, main: Callable[..., Any]) -> None:
        """Show ``main`` in the window: the current session ends (``page.on_close`` runs) and
        the client, still running, reconnects and registers again: a new session of ``main``
        in the same window (``flet run``'s reload)."""
        self.main = main
        if self.session is not None:
            self.session.close()  # page.on_close runs (the stream's end alone would skip it)
        self._close_connections()

    def _close_connections(self) -> None:
        """Close the client's sockets: each session sees the end of its stream, as when the
        client goes. (A client still running reconnects and registers again: see reload.)"""
        for writer in self._connections.values():
            writer.close()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        try:
            await self._serve(reader, writer)
        finally:
            del self._connections[task]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection of the client: a session of its own, until the socket closes.

        A session that ends first (it crashed, or ``main`` failed at once) keeps the
        connection: the client shows its error card until the window is closed, instead of
        reconnecting and running ``main`` again."""
        loop = asyncio.get_running_loop()
        transport: SocketTransport

        def send(action: Action, body: Any) -> None:
            with contextlib.suppress(TransportClosed):  # the session ended meanwhile
                transport.send(encode_packet(action, body))

        window = DesktopWindow(loop, send)
        translator = Translator(window.props, window.client_state, window.client_event)
        transport = SocketTransport(writer, translator)
        session = Session(
            self._main_for(window), transport, session_id="desktop", executor=self._executor
        )
        self.session = session
        reading = asyncio.ensure_future(transport.read_loop(reader))
        try:
            if self.on_session is not None:
                self.on_session(session)
            await session.pump()
            await reading
            await session.end()  # the window is gone: on_disconnect, then on_close, awaited
        finally:
            session.close()  # cancelled before: it ends all the same
            reading.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reading
            writer.close()

    def _main_for(self, window: DesktopWindow) -> Callable[..., Any]:
        """``main``, with ``page.window`` applied to the client's window first."""
        main, executor = self.main, self._executor

        @functools.wraps(main)
        async def desktop_main(page: Any) -> None:
            session = self.session
            assert session is not None
            window.bind(page, session.run_task, executor)
            if self.hidden:  # the Linux client shows its window before it reads the env
                page.window.visible = False
            await call_handler(main, page, executor=executor)

        return desktop_main

    async def _stop(self, listener: Listener) -> None:
        """The window is gone (or Python stops): end the client, then wait for the session
        to end with its socket (``page.on_close`` runs, see ``_serve``), then let the pool go."""
        process = self.process
        if process is not None and process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), EXIT_GRACE)
            except TimeoutError:
                process.kill()
                await process.wait()
        self._close_connections()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await listener.close()
        self._executor.shutdown(wait=False, cancel_futures=True)
