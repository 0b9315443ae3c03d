"""server_runtime.registry: sessions by id and client, away times, expiry, limits."""

from __future__ import annotations

import pytest

from flet.session import Session
from flet.transport import memory_pair
from server_runtime.registry import ClientKey, SessionRegistry, TooManySessions

pytestmark = pytest.mark.host_only


def session(registry: SessionRegistry) -> Session:
    return Session(lambda page: None, memory_pair()[0], session_id=registry.new_id())


def test_a_local_client_is_the_same_client_over_ipv4_and_ipv6():
    assert ClientKey.of("UA", "127.0.0.1") == ClientKey.of("UA", "::1")
    assert ClientKey.of("UA", "10.0.0.1") != ClientKey.of("UA", "10.0.0.2")
    assert ClientKey.of("UA", "10.0.0.1") != ClientKey.of("Other", "10.0.0.1")


def test_claim_only_an_away_session_of_the_same_client():
    now = [0.0]
    registry = SessionRegistry(60, clock=lambda: now[0])
    me, other = ClientKey.of("me", ""), ClientKey.of("other", "")
    s = session(registry)
    registry.add(s, me)
    assert registry.claim(s.id, me) is None  # connected: a duplicated tab
    registry.left(s)
    assert registry.claim(s.id, other) is None
    assert registry.claim("no such id", me) is None
    assert registry.claim(None, me) is None
    assert registry.claim(s.id, me) is s
    assert registry.claim(s.id, me) is None  # connected again


def test_sweep_closes_only_sessions_away_longer_than_the_timeout():
    now = [0.0]
    registry = SessionRegistry(60, clock=lambda: now[0])
    key = ClientKey.of("me", "")
    away, here = session(registry), session(registry)
    registry.add(away, key)
    registry.add(here, key)
    registry.left(away)
    now[0] = 59.9
    assert registry.sweep() == []
    now[0] = 60
    assert registry.sweep() == [away]
    assert away.closed and not here.closed
    assert away.id not in registry and here.id in registry


def test_new_sessions_past_the_limit_are_refused_with_what_to_do():
    registry = SessionRegistry(60, max_sessions=2)
    key = ClientKey.of("me", "")
    registry.add(session(registry), key)
    registry.add(session(registry), key)
    with pytest.raises(TooManySessions, match="try again later"):
        registry.add(session(registry), key)
