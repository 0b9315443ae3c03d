"""``page.pubsub``: messages between the sessions of one app, as the async era's Flet had them.

A ``PubSubHub`` holds, per member (a session), one handler for ``send_all``/``send_others``
messages and one handler per topic. Delivery runs each handler as a task of the receiving
session (``member.run_task``), so sync and async handlers both work and an error in one goes
to that session's error sink. A plain handler gets ``(message)``, a topic handler ``(topic,
message)``; ``send_others`` leaves out the sending session.

Messages are JSON-able values: ``None``, ``bool``, ``int``, ``float`` (finite), ``str``, lists
and tuples (a tuple arrives as a list in another tab), dicts with ``str`` keys, and objects of
classes defined at the top level of the app's modules, dataclasses or plain classes (the era's
chat tutorial sends a ``Message`` object), whose attributes are such values; another tab
rebuilds them as ``pickle`` does, without calling ``__init__``. Anything else (sets, bytes,
functions, controls, classes defined inside a function) is refused on sending with a
``TypeError``, in every runtime, so an app that works in tests works between tabs.

Sessions of one process share the hub (``hub()``) and get the sent object itself. Other
processes are reached through the hub's ``relay``: in the browser each tab runs its own
session in its own worker, and ``pyodide_runtime/pubsub.py`` relays the encoded message (a
JSON string) to the other tabs of the site over a ``BroadcastChannel``; what arrives there is
decoded (dataclasses rebuilt from their module and name) and delivered to every local
subscriber: another tab's sessions are all "others".
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import sys
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any, Protocol

from flet.session.handlers import call_handler

__all__ = [
    "Member",
    "PubSubClient",
    "PubSubHub",
    "decode_message",
    "encode_message",
    "hub",
]

log = logging.getLogger("flet")

Handler = Callable[..., Any]
Relay = Callable[[str], object]

#: Keys of the encoded form: a dataclass instance, a dict that uses one of these keys itself.
_CLASS, _FIELDS, _DICT = "$dataclass", "$fields", "$dict"

_FIX = (
    "send JSON-able values (str, numbers, bools, None, lists, dicts with str keys) or an "
    "object of a class (a dataclass or a plain class) defined at the top level of the app's "
    "module whose attributes are such values"
)


class Member(Protocol):
    """What the hub needs of a session: a way to run a handler as one of its tasks."""

    def run_task(self, coro: Coroutine[Any, Any, Any]) -> Awaitable[Any]: ...


# -- messages --------------------------------------------------------------------------------


def encode_message(message: Any) -> str:
    """``message`` as JSON text; ``TypeError`` naming what cannot be sent and the fix."""
    return json.dumps(_encode(message, "message"), separators=(",", ":"), allow_nan=False)


def _encode(value: Any, where: str) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError(f"pubsub: {where} is {value}, which JSON cannot carry; {_FIX}.")
        return value
    if isinstance(value, (list, tuple)):
        return [_encode(item, f"{where}[{i}]") for i, item in enumerate(value)]
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(
                    f"pubsub: {where} has the key {key!r} ({type(key).__name__}); "
                    f"dict keys must be str. {_FIX[0].upper()}{_FIX[1:]}."
                )
            out[key] = _encode(item, f"{where}[{key!r}]")
        return {_DICT: out} if {_CLASS, _DICT} & out.keys() else out
    if _is_record(value):
        cls = type(value)
        if "<locals>" in cls.__qualname__:
            raise TypeError(
                f"pubsub: {where} is a {cls.__name__}, a class defined inside a function; "
                "define it at the top level of the app's module so that the other tabs can "
                "rebuild it."
            )
        fields = {
            name: _encode(item, f"{where}.{name}") for name, item in _attributes(value).items()
        }
        return {_CLASS: f"{cls.__module__}:{cls.__qualname__}", _FIELDS: fields}
    raise TypeError(
        f"pubsub: {where} is a {type(value).__name__}, which cannot be sent to other "
        f"sessions; {_FIX}."
    )


def _is_record(value: Any) -> bool:
    """A dataclass instance, or an object of a plain class of the app (with a ``__dict__``)."""
    if isinstance(value, type):
        return False
    if dataclasses.is_dataclass(value):
        return True
    module = type(value).__module__
    ours = module == "builtins" or module.partition(".")[0] in ("flet", "flet_core")
    return hasattr(value, "__dict__") and not ours and not callable(value)


def _attributes(value: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(value):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    return dict(vars(value))


Namespaces = Mapping[str, Mapping[str, Any]]


def decode_message(text: str, namespaces: Namespaces | None = None) -> Any:
    """The value ``encode_message`` encoded; ``ValueError`` if it cannot be rebuilt here.

    Objects are rebuilt as ``pickle`` does, without calling ``__init__``: a new instance of
    the class of the same module and name gets the same attributes. A module is looked up in
    ``namespaces`` (module name -> its globals), then in ``sys.modules``.
    """
    return _decode(json.loads(text), namespaces or {})


def _decode(value: Any, namespaces: Namespaces) -> Any:
    if isinstance(value, list):
        return [_decode(item, namespaces) for item in value]
    if not isinstance(value, dict):
        return value
    if _DICT in value and len(value) == 1:
        return {k: _decode(v, namespaces) for k, v in value[_DICT].items()}
    if _CLASS not in value:
        return {k: _decode(v, namespaces) for k, v in value.items()}
    cls = _find_class(str(value[_CLASS]), namespaces)
    obj = cls.__new__(cls)
    for name, item in dict(value.get(_FIELDS, {})).items():
        object.__setattr__(obj, name, _decode(item, namespaces))  # frozen dataclasses too
    return obj


def _find_class(name: str, namespaces: Namespaces) -> Any:
    module_name, _, qualname = name.partition(":")
    parts = qualname.split(".")
    scope = namespaces.get(module_name)
    if scope is None:
        scope = vars(sys.modules[module_name]) if module_name in sys.modules else {}
    found: Any = scope.get(parts[0])
    for part in parts[1:]:
        found = getattr(found, part, None)
    if not isinstance(found, type):
        raise ValueError(f"the class {qualname} of module {module_name} is not loaded here")
    return found


# -- the hub ---------------------------------------------------------------------------------


class PubSubHub:
    """The subscribers of one process, and the relay to other processes (tabs), if any."""

    def __init__(self) -> None:
        self._subscribers: dict[Member, Handler] = {}
        self._topics: dict[str, dict[Member, Handler]] = {}
        #: Carries each encoded message to the other processes of the app (``None``: none).
        self.relay: Relay | None = None
        #: Where relayed objects' classes are found first: module name -> its globals (the
        #: app's ``__main__``, which ``runpy`` takes out of ``sys.modules`` again).
        self.namespaces: dict[str, Mapping[str, Any]] = {}

    def members(self) -> set[Member]:
        """The sessions subscribed to anything (a session leaves when it ends)."""
        found = set(self._subscribers)
        for handlers in self._topics.values():
            found.update(handlers)
        return found

    def subscribe(self, member: Member, handler: Handler) -> None:
        _check_handler(handler)
        self._subscribers[member] = handler

    def subscribe_topic(self, member: Member, topic: str, handler: Handler) -> None:
        _check_handler(handler)
        self._topics.setdefault(_check_topic(topic), {})[member] = handler

    def unsubscribe(self, member: Member) -> None:
        self._subscribers.pop(member, None)

    def unsubscribe_topic(self, member: Member, topic: str) -> None:
        handlers = self._topics.get(_check_topic(topic))
        if handlers is not None:
            handlers.pop(member, None)
            if not handlers:
                del self._topics[topic]

    def unsubscribe_all(self, member: Member) -> None:
        self.unsubscribe(member)
        for topic in [t for t, handlers in self._topics.items() if member in handlers]:
            self.unsubscribe_topic(member, topic)

    def send(self, message: Any, *, topic: str | None = None, sender: Member | None = None) -> None:
        """Deliver to this process's subscribers (all but ``sender``) and to the relay."""
        text = encode_message(message)  # refused here, whether or not another tab listens
        self._deliver(message, topic, sender)
        if self.relay is not None:
            self.relay(json.dumps({"topic": topic, "message": text}))

    def receive(self, text: str) -> None:
        """A message relayed from another process: delivered to every local subscriber."""
        try:
            envelope = json.loads(text)
            topic = envelope["topic"]
            if topic is not None and not isinstance(topic, str):
                raise ValueError("its topic is not a string")
            message = decode_message(envelope["message"], self.namespaces)
        except Exception as exc:  # another build's message, or a class this one lacks
            log.warning("flet: dropped a pubsub message from another tab or process: %s", exc)
            return
        self._deliver(message, topic, None)

    def _deliver(self, message: Any, topic: str | None, sender: Member | None) -> None:
        if topic is None:
            targets = list(self._subscribers.items())
            args: tuple[Any, ...] = (message,)
        else:
            targets = list(self._topics.get(topic, {}).items())
            args = (topic, message)
        for member, handler in targets:
            if member is not sender:
                member.run_task(_handler_task(handler, args))


def _handler_task(handler: Handler, args: tuple[Any, ...]) -> Coroutine[Any, Any, Any]:
    coro = call_handler(handler, *args)
    name = getattr(handler, "__name__", type(handler).__name__)
    # the error bar says "Error in pubsub handler <name>: ..." (coroutines take a new name)
    coro.__qualname__ = f"pubsub handler {name}"  # type: ignore[attr-defined]
    return coro


def _check_handler(handler: Any) -> None:
    if not callable(handler):
        raise TypeError(
            f"pubsub: the handler must be a function (got {type(handler).__name__}); pass "
            "a function that takes the message (a topic handler: topic, message)."
        )


def _check_topic(topic: Any) -> str:
    if not isinstance(topic, str):
        raise TypeError(f"pubsub: a topic is a str, not {type(topic).__name__}; name it.")
    return topic


_HUB = PubSubHub()


def hub() -> PubSubHub:
    """The hub the sessions of this process share."""
    return _HUB


# -- what the app calls ----------------------------------------------------------------------


class PubSubClient:
    """``page.pubsub``: one session's view of the hub (Flet 0.21-0.25 names)."""

    def __init__(self, pubsub: PubSubHub, member: Member) -> None:
        self._hub = pubsub
        self._member = member

    def send_all(self, message: Any) -> None:
        """Every subscriber's handler gets ``message``, this session's included."""
        self._hub.send(message)

    def send_all_on_topic(self, topic: str, message: Any) -> None:
        """Every handler subscribed to ``topic`` gets ``(topic, message)``."""
        self._hub.send(message, topic=_check_topic(topic))

    def send_others(self, message: Any) -> None:
        """Like ``send_all``, without this session."""
        self._hub.send(message, sender=self._member)

    def send_others_on_topic(self, topic: str, message: Any) -> None:
        """Like ``send_all_on_topic``, without this session."""
        self._hub.send(message, topic=_check_topic(topic), sender=self._member)

    def subscribe(self, handler: Handler) -> None:
        """``handler(message)`` runs for each ``send_all``/``send_others`` (replaces the last)."""
        self._hub.subscribe(self._member, handler)

    def subscribe_topic(self, topic: str, handler: Handler) -> None:
        """``handler(topic, message)`` runs for each message sent on ``topic``."""
        self._hub.subscribe_topic(self._member, topic, handler)

    def unsubscribe(self) -> None:
        self._hub.unsubscribe(self._member)

    def unsubscribe_topic(self, topic: str) -> None:
        self._hub.unsubscribe_topic(self._member, topic)

    def unsubscribe_all(self) -> None:
        self._hub.unsubscribe_all(self._member)

    async def send_all_async(self, message: Any) -> None:
        self.send_all(message)

    async def send_all_on_topic_async(self, topic: str, message: Any) -> None:
        self.send_all_on_topic(topic, message)

    async def send_others_async(self, message: Any) -> None:
        self.send_others(message)

    async def send_others_on_topic_async(self, topic: str, message: Any) -> None:
        self.send_others_on_topic(topic, message)

    async def subscribe_async(self, handler: Handler) -> None:
        self.subscribe(handler)

    async def subscribe_topic_async(self, topic: str, handler: Handler) -> None:
        self.subscribe_topic(topic, handler)

    async def unsubscribe_async(self) -> None:
        self.unsubscribe()

    async def unsubscribe_topic_async(self, topic: str) -> None:
        self.unsubscribe_topic(topic)

    async def unsubscribe_all_async(self) -> None:
        self.unsubscribe_all()
