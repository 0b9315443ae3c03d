"""The pubsub core: subscriptions, topics, "others", unsubscribing, the message codec."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from typing import Any

import pytest

import flet as ft
from flet.session.pubsub import PubSubClient, PubSubHub, decode_message, encode_message
from tests.support.loop import run


@dataclasses.dataclass
class Message:
    user: str
    text: str
    message_type: str = "chat_message"


class Note:
    """A plain class, as the era's chat tutorial wrote its Message."""

    def __init__(self, user: str, text: str) -> None:
        self.user = user
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Note) and vars(self) == vars(other)


@dataclasses.dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclasses.dataclass
class Envelope:
    to: list[str]
    body: Message
    seen: bool = dataclasses.field(default=False, init=False)


class FakeSession:
    """A hub member that runs each handler as a task and keeps what it raised."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, BaseException]] = []

    def run_task(self, coro: Any) -> asyncio.Task[Any]:
        where = coro.__qualname__

        async def guard() -> None:
            try:
                await coro
            except Exception as exc:
                self.errors.append((where, exc))

        return asyncio.ensure_future(guard())


def members(hub: PubSubHub, count: int) -> list[tuple[FakeSession, PubSubClient]]:
    out = []
    for _ in range(count):
        session = FakeSession()
        out.append((session, PubSubClient(hub, session)))
    return out


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def test_send_all_reaches_every_subscriber_and_send_others_skips_the_sender():
    async def scenario():
        hub = PubSubHub()
        (_, a), (_, b), (_, c) = members(hub, 3)
        got: list[tuple[str, Any]] = []
        a.subscribe(lambda m: got.append(("a", m)))
        b.subscribe(lambda m: got.append(("b", m)))
        # c does not subscribe: it can still send

        c.send_all("hi")
        await settle()
        assert sorted(got) == [("a", "hi"), ("b", "hi")]

        got.clear()
        a.send_others({"n": 1})
        await settle()
        assert got == [("b", {"n": 1})]

    run(scenario())


def test_topics_get_topic_and_message_and_stay_apart():
    async def scenario():
        hub = PubSubHub()
        (_, a), (_, b) = members(hub, 2)
        got: list[Any] = []
        a.subscribe(lambda m: got.append(("plain", m)))
        a.subscribe_topic("news", lambda t, m: got.append(("a", t, m)))
        b.subscribe_topic("news", lambda t, m: got.append(("b", t, m)))
        b.subscribe_topic("sport", lambda t, m: got.append(("b", t, m)))

        b.send_all_on_topic("news", [1, 2])
        await settle()
        assert sorted(got) == [("a", "news", [1, 2]), ("b", "news", [1, 2])]

        got.clear()
        b.send_others_on_topic("news", "x")
        b.send_all_on_topic("weather", "nobody listens")
        await settle()
        assert got == [("a", "news", "x")]

    run(scenario())


def test_unsubscribe_forms_remove_what_they_name():
    async def scenario():
        hub = PubSubHub()
        (_, a), (_, b) = members(hub, 2)
        got: list[Any] = []
        a.subscribe(got.append)
        a.subscribe_topic("t1", lambda t, m: got.append((t, m)))
        a.subscribe_topic("t2", lambda t, m: got.append((t, m)))

        a.unsubscribe_topic("t1")
        b.send_all_on_topic("t1", 1)
        b.send_all_on_topic("t2", 2)
        b.send_all(3)
        await settle()
        assert got == [("t2", 2), 3]

        got.clear()
        a.unsubscribe()
        b.send_all(4)
        b.send_all_on_topic("t2", 5)
        await settle()
        assert got == [("t2", 5)]

        got.clear()
        a.subscribe(got.append)
        a.unsubscribe_all()
        b.send_all(6)
        b.send_all_on_topic("t2", 7)
        await settle()
        assert got == []

    run(scenario())


def test_subscribe_again_replaces_the_handler():
    async def scenario():
        hub = PubSubHub()
        ((_, a),) = members(hub, 1)
        got: list[Any] = []
        a.subscribe(lambda m: got.append(("first", m)))
        a.subscribe(lambda m: got.append(("second", m)))
        a.send_all("m")
        await settle()
        assert got == [("second", "m")]

    run(scenario())


def test_async_forms_and_async_handlers():
    async def scenario():
        hub = PubSubHub()
        (_, a), (_, b) = members(hub, 2)
        got: list[Any] = []

        async def on_message(message: Any) -> None:
            await asyncio.sleep(0.1)
            got.append(message)

        async def on_topic(topic: str, message: Any) -> None:
            got.append((topic, message))

        await a.subscribe_async(on_message)
        await a.subscribe_topic_async("t", on_topic)
        await b.send_all_async("one")
        await b.send_others_async("two")
        await b.send_all_on_topic_async("t", 3)
        await b.send_others_on_topic_async("t", 4)
        await asyncio.sleep(0.2)
        assert sorted(map(str, got)) == sorted(map(str, ["one", "two", ("t", 3), ("t", 4)]))

        got.clear()
        await a.unsubscribe_topic_async("t")
        await b.send_all_on_topic_async("t", 5)
        await a.unsubscribe_async()
        await b.send_all_async("gone")
        await a.subscribe_async(on_message)
        await a.unsubscribe_all_async()
        await b.send_all_async("gone too")
        await asyncio.sleep(0.2)
        assert got == []

    run(scenario())


def test_a_handler_that_raises_goes_to_its_sessions_error_sink_and_others_still_get_it():
    async def scenario():
        hub = PubSubHub()
        (sa, a), (sb, b) = members(hub, 2)
        got: list[Any] = []

        def on_message(message: Any) -> None:
            raise ValueError(f"cannot show {message}")

        a.subscribe(on_message)
        b.subscribe(got.append)
        b.send_all("m")
        await settle()
        assert got == ["m"]
        assert sb.errors == []
        [(where, exc)] = sa.errors
        assert "on_message" in where and where.startswith("pubsub handler")
        assert str(exc) == "cannot show m"

    run(scenario())


# -- messages --------------------------------------------------------------------------------


def test_json_values_and_module_level_dataclasses_round_trip():
    envelope = Envelope(["ann", "bob"], Message("ann", "hi"))
    envelope.seen = True
    values = [None, True, 3, 2.5, "é", [1, [2]], {"a": {"b": None}}, envelope]
    for message in [*values, Note("ann", "hi"), [Point(1, 2.5)]]:
        assert decode_message(encode_message(message)) == message
    assert decode_message(encode_message(envelope)).seen is True
    assert decode_message(encode_message((1, "x"))) == [1, "x"]  # a tuple arrives as a list
    # a dict using the codec's own keys stays a dict
    odd = {"$dataclass": "os:path", "$fields": {}}
    assert decode_message(encode_message(odd)) == odd
    assert json.loads(encode_message(Message("a", "b")))["$dataclass"].endswith(":Message")


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ({1, 2}, "message is a set"),
        ({"a": [object()]}, "message['a'][0] is a object"),
        ({1: "x"}, "has the key 1 (int); dict keys must be str"),
        (float("nan"), "message is nan, which JSON cannot carry"),
        (b"raw", "message is a bytes"),
        (print, "message is a builtin_function_or_method"),
        (Note("a", {1, 2}), "message.text is a set"),
    ],
)
def test_other_values_are_refused_with_what_and_how(message, words):
    hub = PubSubHub()
    ((_, a),) = members(hub, 1)
    with pytest.raises(TypeError) as caught:
        a.send_all(message)
    assert words in str(caught.value)
    assert "JSON-able values" in str(caught.value)


def test_a_class_defined_in_a_function_or_a_control_is_refused_with_the_fix():
    @dataclasses.dataclass
    class Local:
        x: int

    with pytest.raises(TypeError, match="define it at the top level of the app's module"):
        encode_message(Local(1))
    with pytest.raises(TypeError, match="message is a Text, which cannot be sent"):
        encode_message(ft.Text("a control"))


def test_a_class_is_found_in_the_namespaces_given_first():
    text = encode_message(Note("a", "b"))
    app_globals = {"Note": Point}  # the app's __main__, as runpy left it
    module = Note.__module__
    rebuilt = decode_message(text, {module: app_globals})
    assert type(rebuilt) is Point and vars(rebuilt) == {"user": "a", "text": "b"}


def test_topics_and_handlers_are_checked():
    hub = PubSubHub()
    ((_, a),) = members(hub, 1)
    with pytest.raises(TypeError, match="a topic is a str, not int"):
        a.subscribe_topic(5, print)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="the handler must be a function"):
        a.subscribe("not callable")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="a topic is a str"):
        a.send_all_on_topic(None, "m")  # type: ignore[arg-type]


# -- the relay (another process: a tab) ------------------------------------------------------


def test_the_relay_gets_each_message_once_and_relayed_messages_reach_everyone_here():
    async def scenario():
        tab1, tab2 = PubSubHub(), PubSubHub()
        wire: list[str] = []
        tab1.relay = wire.append
        ((_, a),) = members(tab1, 1)
        (_, b), (_, c) = members(tab2, 2)
        got: list[Any] = []
        a.subscribe(lambda m: got.append(("a", m)))
        b.subscribe(lambda m: got.append(("b", m)))
        c.subscribe_topic("room", lambda t, m: got.append(("c", t, m)))

        a.send_others(Message("ann", "hello"))  # others: nobody in tab1, everyone in tab2
        a.send_all_on_topic("room", {"x": 1})
        assert len(wire) == 2
        for text in wire:
            tab2.receive(text)
        await settle()
        assert got == [("b", Message("ann", "hello")), ("c", "room", {"x": 1})]

    run(scenario())


def test_a_relayed_message_that_cannot_be_rebuilt_is_dropped_with_a_warning(caplog):
    hub = PubSubHub()
    unknown = json.dumps({"$dataclass": "no_such_module:Thing", "$fields": {}})
    hub.receive(json.dumps({"topic": None, "message": unknown}))
    hub.receive("not json")
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 2
    assert "the class Thing of module no_such_module is not loaded here" in warnings[0]
    assert all(w.startswith("flet: dropped a pubsub message from another tab") for w in warnings)
