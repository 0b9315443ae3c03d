"""``page.pubsub`` across processes and machines: an app's hub relayed through Redis pub/sub.

Off by default: the sessions of one process reach each other through the app's ``PubSubHub``
with no Redis at all. With ``FLET_PUBSUB_URL=redis://host:6379/0`` (or
``flet_fastapi.app(main, pubsub_url=...)``) each process's hub gets a ``RedisRelay``: what a
session sends is delivered in its own process at once, as before, and published on the app's
channel (``flet-pubsub:<module>:<main>``, or ``pubsub_channel=``), encoded as for the
browser's cross-tab relay (``flet.session.pubsub.encode_message``: JSON-able values and the
app's plain and data classes; anything else is refused on sending with a ``TypeError``); every
other process decodes it and delivers it to its own subscribers. A process skips its own
messages, so each subscriber gets a message once.

Redis going away does not touch the sessions: the relay logs one warning, keeps what sessions
send meanwhile (up to ``MAX_PENDING`` messages, oldest dropped first, with a warning) and
retries with a growing pause (``RETRY_FIRST`` to ``RETRY_MAX`` seconds); once Redis answers
again it subscribes anew, logs that it is back and publishes what it kept. Redis pub/sub does
not store messages: what other processes published while this one was cut off is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections import deque
from collections.abc import Callable
from typing import Any

from flet.session.pubsub import PubSubHub

__all__ = [
    "MAX_PENDING",
    "RETRY_FIRST",
    "RETRY_MAX",
    "PubSubConfigError",
    "RedisRelay",
    "channel_for",
    "check_pubsub_url",
]

log = logging.getLogger("flet")

MAX_PENDING = 10_000  # messages kept for Redis while it is away
RETRY_FIRST = 0.1  # seconds before the first retry; doubled up to RETRY_MAX
RETRY_MAX = 2.0


class PubSubConfigError(ValueError):
    """``FLET_PUBSUB_URL`` / ``pubsub_url`` cannot be used; the message says how to fix it."""


def channel_for(main: Callable[..., Any]) -> str:
    """The Redis channel of app ``main``: the same in every process that runs the same code."""
    module = getattr(main, "__module__", None) or "app"
    name = getattr(main, "__qualname__", None) or type(main).__qualname__
    return f"flet-pubsub:{module}:{name}"


def check_pubsub_url(url: str) -> None:
    """``PubSubConfigError`` unless ``url`` is a Redis URL and the redis client is installed."""
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise PubSubConfigError(
            f"pubsub URL {url!r} is not a Redis URL; use redis://HOST:PORT/DB "
            "(rediss:// for TLS, unix:///path/to/redis.sock), or unset FLET_PUBSUB_URL to keep "
            "page.pubsub within one process"
        )
    try:
        import redis.asyncio  # noqa: F401
    except ImportError as exc:
        raise PubSubConfigError(
            "page.pubsub across processes needs the redis client: pip install 'redis>=5' "
            "(the redis extra of flet-pwa), or unset FLET_PUBSUB_URL"
        ) from exc


def _redis_client(url: str, **options: Any) -> Any:
    check_pubsub_url(url)
    import redis.asyncio

    return redis.asyncio.Redis.from_url(url, socket_connect_timeout=5, **options)


class RedisRelay:
    """Relays one app's ``PubSubHub`` through a Redis channel; ``start`` it on the loop."""

    def __init__(self, hub: PubSubHub, url: str, channel: str) -> None:
        self.hub = hub
        self.url = url
        self.channel = channel
        #: this process's mark on what it publishes, so that it skips its own messages
        self.origin = secrets.token_hex(8)
        # publishing: a Redis that stops answering (a network cut, no reset) is an outage
        # after 5 s; the subscription waits idle for messages, so it has no read timeout:
        # TCP keep-alive and a PING every 10 s (the health check) test it instead
        self._client = _redis_client(url, socket_timeout=5)
        self._listener = _redis_client(url, socket_keepalive=True, health_check_interval=10)
        self._pending: deque[bytes] = deque()
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._healthy = True
        self.subscribed = asyncio.Event()  # set while the channel is subscribed

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> None:
        """Subscribe and publish from now on (call on the server's loop); idempotent."""
        if self._tasks:
            return
        self._loop = asyncio.get_running_loop()
        self.hub.relay = self.publish
        self._tasks = [
            asyncio.ensure_future(self._listen()),
            asyncio.ensure_future(self._publish_loop()),
        ]

    async def close(self) -> None:
        """Stop relaying: cancel both loops, close the connections, drop what is pending."""
        if self.hub.relay == self.publish:
            self.hub.relay = None
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        self._pending.clear()
        for client in (self._client, self._listener):
            with contextlib.suppress(Exception):
                await client.aclose()

    @property
    def pending(self) -> int:
        """Messages waiting for Redis."""
        return len(self._pending)

    # -- sending --------------------------------------------------------------------------------

    def publish(self, envelope: str) -> None:
        """The hub's relay: queue ``envelope`` for Redis (from the loop or a handler thread)."""
        data = f"{self.origin} {envelope}".encode()
        loop = self._loop
        if loop is None:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._queue(data)
        else:  # a sync handler in the thread pool
            with contextlib.suppress(RuntimeError):  # the server stopped meanwhile
                loop.call_soon_threadsafe(self._queue, data)

    def _queue(self, data: bytes) -> None:
        if len(self._pending) >= MAX_PENDING:
            self._pending.popleft()
            log.warning(
                "flet: Redis at %s is away and %d pubsub messages wait for it; dropped the oldest",
                self.url,
                MAX_PENDING,
            )
        self._pending.append(data)
        self._wake.set()

    async def _publish_loop(self) -> None:
        pause = RETRY_FIRST
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                try:
                    await self._client.publish(self.channel, self._pending[0])
                except (asyncio.CancelledError, KeyboardInterrupt, SystemExit):
                    raise
                except Exception as exc:  # Redis away: keep the message, retry
                    self._down(exc)
                    await asyncio.sleep(pause)
                    pause = min(pause * 2, RETRY_MAX)
                    continue
                self._pending.popleft()
                pause = RETRY_FIRST

    # -- receiving ------------------------------------------------------------------------------

    async def _listen(self) -> None:
        pause = RETRY_FIRST
        while True:
            try:
                async with self._listener.pubsub() as pubsub:
                    await pubsub.subscribe(self.channel)
                    self._up()
                    pause = RETRY_FIRST
                    while True:  # not listen(): waiting in steps lets the health check run
                        message = await pubsub.get_message(timeout=1.0)
                        if message is not None and message.get("type") == "message":
                            self._received(message["data"])
            except (asyncio.CancelledError, KeyboardInterrupt, SystemExit):
                raise
            except Exception as exc:  # Redis away: subscribe again when it is back
                self._down(exc)
            self.subscribed.clear()
            await asyncio.sleep(pause)
            pause = min(pause * 2, RETRY_MAX)

    def _received(self, data: bytes | str) -> None:
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        origin, _, envelope = text.partition(" ")
        if origin != self.origin:
            self.hub.receive(envelope)

    # -- health ---------------------------------------------------------------------------------

    def _down(self, exc: BaseException) -> None:
        self.subscribed.clear()
        if self._healthy:
            self._healthy = False
            log.warning(
                "flet: lost Redis at %s (%s: %s); page.pubsub reaches only this process's "
                "sessions until Redis answers again; retrying",
                self.url,
                type(exc).__name__,
                exc,
            )

    def _up(self) -> None:
        self.subscribed.set()
        if not self._healthy:
            self._healthy = True
            log.warning("flet: Redis at %s is back; page.pubsub reaches every process", self.url)
        self._wake.set()  # publish what waited
