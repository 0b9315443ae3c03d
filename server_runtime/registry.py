"""The sessions of one app in one process, kept across reconnects until they expire.

A session is keyed by the id the client keeps in ``sessionStorage`` and sends again when it
reconnects, bound to what the connection says of its client (user agent and address, as
Flet does), so that a leaked id alone does not open someone else's session. A session whose
client is away for ``timeout`` seconds is closed by ``sweep`` (its ``page.on_close`` runs,
its tasks are cancelled, nothing refers to it any more).
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from flet.session import Session

__all__ = ["ClientKey", "SessionRegistry", "TooManySessions"]


class TooManySessions(RuntimeError):
    """The app holds ``max_sessions`` sessions; a new client must wait for one to expire."""


@dataclass(frozen=True)
class ClientKey:
    """What binds a session id to a client: a digest of its user agent and address."""

    digest: str

    @classmethod
    def of(cls, user_agent: str, address: str) -> ClientKey:
        if address in ("127.0.0.1", "::1", "localhost"):
            address = ""  # a local address may change between IPv4 and IPv6
        return cls(hashlib.sha256(f"{address}\n{user_agent}".encode()).hexdigest()[:32])


@dataclass
class _Entry:
    session: Session
    client: ClientKey
    away_since: float | None = None  # monotonic time the client left; None while connected
    connections: int = field(default=1)


class SessionRegistry:
    def __init__(
        self,
        timeout: float,
        max_sessions: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.timeout = timeout
        self.max_sessions = max_sessions
        self._clock = clock
        self._entries: dict[str, _Entry] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, session_id: object) -> bool:
        return session_id in self._entries

    def new_id(self) -> str:
        while (session_id := secrets.token_urlsafe(18)) in self._entries:
            pass  # pragma: no cover
        return session_id

    def add(self, session: Session, client: ClientKey) -> None:
        if len(self._entries) >= self.max_sessions:
            raise TooManySessions(
                f"this app already serves {self.max_sessions} sessions; try again later"
            )
        self._entries[session.id] = _Entry(session, client)

    def claim(self, session_id: str | None, client: ClientKey) -> Session | None:
        """The session ``session_id`` if its client is away and it is this client's (a
        reconnect or a reload); ``None`` for a new client, a duplicated tab (the session is
        connected elsewhere) or an expired or foreign id."""
        entry = self._entries.get(session_id) if session_id else None
        if entry is None or entry.client != client or entry.away_since is None:
            return None
        if entry.session.closed:
            del self._entries[entry.session.id]
            return None
        entry.away_since = None
        entry.connections += 1
        return entry.session

    def left(self, session: Session) -> None:
        """The session's connection closed: closed sessions go, the others wait."""
        entry = self._entries.get(session.id)
        if entry is None:
            return
        if session.closed:
            del self._entries[session.id]
        else:
            entry.away_since = self._clock()

    def sweep(self) -> list[Session]:
        """Close and forget the sessions whose client has been away too long."""
        now = self._clock()
        expired = [
            e.session
            for e in self._entries.values()
            if e.session.closed or (e.away_since is not None and now - e.away_since >= self.timeout)
        ]
        for session in expired:
            del self._entries[session.id]
            session.close()
        return expired

    def close_all(self) -> None:
        for entry in list(self._entries.values()):
            entry.session.close()
        self._entries.clear()

    def sessions(self) -> list[Session]:
        return [e.session for e in self._entries.values()]
