"""What one WebSocket connection does: register, resume or start a session, pump packets.

The client's first packet must be its registration (``[1, {session_id, page_name, page}]``),
within ``REGISTER_TIMEOUT`` seconds; otherwise the connection is closed with 1008 (policy
violation) and no session is made. A registration whose ``session_id`` names a session of
this client that is away resumes it (a reconnect or a reload: the whole page is sent); any
other starts a new session, which runs ``main``. A later frame that is not a valid 1.0.5
packet closes that connection with 1007 (invalid payload) and one warning; the session is not
ended but kept like any other whose connection closed. When the connection closes, the
session waits in the registry for its client to come back.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any

from flet.protocol import ProtocolError, RegisterClient, read_packet
from flet.session import Session
from flet.session.pubsub import PubSubHub
from flet.transport import TransportClosed
from server_runtime.heap import prepare_heap_once
from server_runtime.redis_pubsub import RedisRelay
from server_runtime.registry import ClientKey, SessionRegistry, TooManySessions
from server_runtime.transport import WebSocketLike, WebSocketTransport

__all__ = ["CLOSE_INVALID", "CLOSE_POLICY", "CLOSE_TRY_LATER", "REGISTER_TIMEOUT", "AppHost"]

log = logging.getLogger("flet")

#: seconds a new connection has to send its registration (FLET_REGISTER_TIMEOUT overrides)
REGISTER_TIMEOUT = 10.0
CLOSE_INVALID = 1007  # a frame in a session that is not a valid packet
CLOSE_POLICY = 1008  # a first frame that is not a registration
CLOSE_TRY_LATER = 1013


class AppHost:
    """One app (``main``) served in this process: its sessions and how they run."""

    def __init__(
        self,
        main: Callable[..., Any],
        registry: SessionRegistry,
        executor: Executor | None,
    ) -> None:
        self.main = main
        self.registry = registry
        self.executor = executor
        self.pubsub = PubSubHub()  # page.pubsub reaches the sessions of this app
        #: carries page.pubsub to the app's other processes (``use_redis``); None: this one only
        self.relay: RedisRelay | None = None

    def use_redis(self, url: str, channel: str) -> None:
        """Relay this app's ``page.pubsub`` through Redis at ``url`` (once; on the loop)."""
        if self.relay is None:
            self.relay = RedisRelay(self.pubsub, url, channel)
            self.relay.start()

    async def close(self) -> None:
        """Close every session and stop the relay."""
        self.registry.close_all()
        if self.relay is not None:
            await self.relay.close()
            self.relay = None

    async def serve(
        self,
        websocket: WebSocketLike,
        client: ClientKey,
        upload_url: Callable[[str, float], str] | None = None,
    ) -> None:
        """Serve one accepted WebSocket until it closes; ``upload_url`` signs the upload URLs
        of the sessions it starts (when the app takes uploads)."""
        prepare_heap_once()  # the first connection: what exists now lives as long as the process
        transport = WebSocketTransport(websocket)
        sender = asyncio.ensure_future(transport.send_loop())
        session: Session | None = None
        try:
            session = await self._open(transport, client, upload_url)
            if session is not None:
                await session.pump(strict=True)
        except ProtocolError as exc:
            assert session is not None
            log.warning(
                "flet: closed the connection of session %s with %s: a frame that is not a valid "
                "Flet 1.0.5 packet (%s); the session waits for its client to reconnect",
                session.id,
                CLOSE_INVALID,
                exc,
            )
            _refuse(transport, CLOSE_INVALID, "invalid packet")
        finally:
            if session is not None:
                if not session.closed:
                    session.detach()
                self.registry.left(session)
                log.debug("flet: session %s lost its connection", session.id)
            transport.close()
            await sender

    async def _open(
        self,
        transport: WebSocketTransport,
        client: ClientKey,
        upload_url: Callable[[str, float], str] | None,
    ) -> Session | None:
        try:
            first = await asyncio.wait_for(transport.receive(), _register_timeout())
        except TimeoutError:
            _refuse(transport, CLOSE_POLICY, "no registration")
            return None
        except TransportClosed:
            return None
        try:
            message = read_packet(first)
        except ProtocolError as exc:
            log.warning("flet: closed a connection whose first packet was malformed: %s", exc)
            _refuse(transport, CLOSE_POLICY, "malformed registration")
            return None
        if not isinstance(message, RegisterClient):
            _refuse(transport, CLOSE_POLICY, "the first packet must register the client")
            return None
        session = self.registry.claim(message.session_id, client)
        if session is not None:
            log.debug("flet: session %s resumed", session.id)
            session.resume(transport, message)
            return session
        session = Session(
            self.main,
            transport,
            session_id=self.registry.new_id(),
            executor=self.executor,
            pubsub_hub=self.pubsub,
            upload_url=upload_url,
        )
        try:
            self.registry.add(session, client)
        except TooManySessions as exc:
            log.warning("flet: %s", exc)
            _refuse(transport, CLOSE_TRY_LATER, "server busy")
            return None
        log.debug(
            "flet: session %s started (the client asked for %s)", session.id, message.session_id
        )
        session.handle_packet(first)
        return session


def _register_timeout() -> float:
    value = os.getenv("FLET_REGISTER_TIMEOUT")
    try:
        return float(value) if value else REGISTER_TIMEOUT
    except ValueError:
        log.warning(
            "flet: FLET_REGISTER_TIMEOUT=%r is not a number; using %s", value, REGISTER_TIMEOUT
        )
        return REGISTER_TIMEOUT


def _refuse(transport: WebSocketTransport, code: int, reason: str) -> None:
    transport.close_code, transport.close_reason = code, reason
    transport.close()
