"""server_runtime.redis_pubsub: two apps' hubs (two processes, as far as Redis can tell) joined
through a real ``redis-server`` on 127.0.0.1: each message arrives once, in the other hub as
in its own, and a Redis that goes away and comes back is logged, waited for and used again."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Coroutine, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import flet_fastapi
from flet.session.pubsub import PubSubClient, PubSubHub
from server_runtime.redis_pubsub import PubSubConfigError, RedisRelay
from tests.browser.harness import free_port
from tests.server.services import Daemon, redis_server

pytestmark = pytest.mark.host_only


@dataclass
class Note:
    who: str
    text: str


class Member:
    """A session as the hub sees it: runs each delivered handler at once."""

    def __init__(self) -> None:
        self.got: list[Any] = []

    def run_task(self, coro: Coroutine[Any, Any, Any]) -> Awaitable[Any]:
        return asyncio.ensure_future(coro)

    def on_message(self, message: Any) -> None:
        self.got.append(message)

    def on_topic(self, topic: str, message: Any) -> None:
        self.got.append((topic, message))


@pytest.fixture
def redis(tmp_path: Path) -> Iterator[Daemon]:
    server = redis_server(free_port(), tmp_path / "redis")
    server.start()
    yield server
    server.stop()


@asynccontextmanager
async def two_processes(url: str) -> AsyncIterator[tuple[RedisRelay, RedisRelay]]:
    one = RedisRelay(PubSubHub(), url, "flet-pubsub:test:main")
    two = RedisRelay(PubSubHub(), url, "flet-pubsub:test:main")
    one.start()
    two.start()
    try:
        await subscribed(one, two)
        yield one, two
    finally:
        await one.close()
        await two.close()


async def subscribed(*relays: RedisRelay) -> None:
    await asyncio.wait_for(asyncio.gather(*(r.subscribed.wait() for r in relays)), 10)


async def until(condition: Any, timeout: float = 10) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), timeout)


def url_of(redis: Daemon) -> str:
    return f"redis://127.0.0.1:{redis.port}/0"


def test_a_message_reaches_the_other_process_once_and_its_own_once(redis: Daemon):
    async def scenario() -> None:
        async with two_processes(url_of(redis)) as (one, two):
            ann, bob, cid = Member(), Member(), Member()
            ann_page, bob_page = PubSubClient(one.hub, ann), PubSubClient(two.hub, bob)
            cid_page = PubSubClient(two.hub, cid)
            for member, page in ((ann, ann_page), (bob, bob_page), (cid, cid_page)):
                page.subscribe(member.on_message)
                page.subscribe_topic("typing", member.on_topic)

            ann_page.send_all(Note("ann", "hello"))
            await until(lambda: bob.got and cid.got and ann.got)
            bob_page.send_others("from bob")
            ann_page.send_others_on_topic("typing", "ann")
            await until(lambda: len(cid.got) == 3 and len(ann.got) == 2)
            await asyncio.sleep(0.3)  # time for a duplicate to show up, if there were one

            assert ann.got == [Note("ann", "hello"), "from bob"]
            assert bob.got == [Note("ann", "hello"), ("typing", "ann")]
            assert cid.got == [Note("ann", "hello"), "from bob", ("typing", "ann")]
            assert type(bob.got[0]) is Note  # rebuilt as its class in the other process

    asyncio.run(scenario())


def test_what_cannot_be_sent_is_refused_on_sending_in_every_process(redis: Daemon):
    async def scenario() -> None:
        async with two_processes(url_of(redis)) as (one, _two):
            page = PubSubClient(one.hub, Member())
            with pytest.raises(TypeError, match=r"message is a set.*JSON-able"):
                page.send_all({1, 2})
            assert one.pending == 0

    asyncio.run(scenario())


def test_a_redis_that_goes_away_is_logged_waited_for_and_used_again(
    redis: Daemon, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.WARNING, logger="flet")

    async def scenario() -> None:
        async with two_processes(url_of(redis)) as (one, two):
            ann, bob = Member(), Member()
            ann_page, bob_page = PubSubClient(one.hub, ann), PubSubClient(two.hub, bob)
            ann_page.subscribe(ann.on_message)
            bob_page.subscribe(bob.on_message)

            redis.stop()
            await until(lambda: not one.subscribed.is_set() and not two.subscribed.is_set())
            ann_page.send_all("while redis is away")
            await until(lambda: ann.got == ["while redis is away"])  # its own process: at once
            await asyncio.sleep(0.3)
            assert one.pending == 1  # kept for Redis, retried

            await asyncio.to_thread(redis.start)
            await subscribed(one, two)
            await until(lambda: one.pending == 0)  # what waited is published
            ann_page.send_all("redis is back")
            await until(lambda: "redis is back" in bob.got)
            await asyncio.sleep(0.3)
            assert bob.got.count("redis is back") == 1
            assert ann.got.count("redis is back") == 1

    asyncio.run(scenario())
    lost = [r.getMessage() for r in caplog.records if "lost Redis" in r.getMessage()]
    back = [r.getMessage() for r in caplog.records if "is back" in r.getMessage()]
    assert len(lost) == 2 and "retrying" in lost[0]  # one warning per relay, not per retry
    assert len(back) == 2


def test_a_url_that_is_not_redis_is_refused_when_the_app_is_made(
    monkeypatch: pytest.MonkeyPatch,
):
    def main(page: object) -> None:
        pass

    with pytest.raises(PubSubConfigError, match=r"redis://HOST:PORT/DB"):
        flet_fastapi.app(main, pubsub_url="http://127.0.0.1:6379")
    monkeypatch.setenv("FLET_PUBSUB_URL", "127.0.0.1:6379")
    with pytest.raises(PubSubConfigError, match=r"unset FLET_PUBSUB_URL"):
        flet_fastapi.app(main)
