"""What the client sends, as typed values: one frozen dataclass per message body (protocol §6).

:func:`read_packet` is the session's one way in: bytes -> a typed message, or
:class:`ProtocolError` with one line that says what did not fit. Past it nobody indexes a raw
map: ids are ints, names are strings, property maps have string keys. What a value *means* for
a control (is this a valid TextField value?) is the control declaration's business, not the
protocol's; event ``data`` and method results stay open (``Any``), within the packet's bounds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from flet.protocol.actions import Action
from flet.protocol.bounds import CLIENT_LIMITS, Limits
from flet.protocol.codec import Message, decode_packet
from flet.protocol.errors import ProtocolError, describe

__all__ = [
    "ClientEvent",
    "ClientMessage",
    "InvokeMethodResult",
    "RegisterClient",
    "UpdateControlProps",
    "parse_message",
    "read_packet",
]

#: Control ids are small positive ints; the client's JS numbers cannot hold more than this.
MAX_ID = 2**53


@dataclass(frozen=True, slots=True)
class RegisterClient:
    """``[1, {session_id, page_name, page}]``: the client's first message (protocol §7.2)."""

    session_id: str | None
    page_name: str
    #: the page's properties as the client measured them (route, width, media...)
    page: Mapping[str, Any]

    @property
    def route(self) -> str:
        route = self.page.get("route")
        return route if isinstance(route, str) else "/"


@dataclass(frozen=True, slots=True)
class ClientEvent:
    """``[3, {target, name, data}]``: control ``target`` raised event ``name``.

    (Not ``ControlEvent``: that is the object a handler receives, ``ft.ControlEvent``.)
    """

    target: int
    name: str
    data: Any


@dataclass(frozen=True, slots=True)
class UpdateControlProps:
    """``[4, {id, props}]``: the client changed properties of control ``id`` itself."""

    id: int
    props: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class InvokeMethodResult:
    """``[5, {control_id, call_id, result, error}]``: the answer to a method call."""

    call_id: str
    result: Any
    #: ``None`` or ``""`` for success, else the client's error text
    error: str | None


ClientMessage = RegisterClient | ClientEvent | UpdateControlProps | InvokeMethodResult

T = TypeVar("T")


class _Body:
    """A message body being read: a map with string keys, checked field by field."""

    def __init__(self, action: Action, body: Any) -> None:
        self.action = action
        if not isinstance(body, dict):
            raise ProtocolError(f"{action.name} body must be a map, not {describe(body)}")
        self.fields: dict[Any, Any] = body

    def get(self, key: str, kind: type[T] | tuple[type, ...], default: Any = ...) -> Any:
        """Field ``key`` if it is a ``kind`` (bools are no ints); ``default`` if missing."""
        if key not in self.fields:
            if default is ...:
                raise ProtocolError(f"{self.action.name} body has no {key!r}")
            return default
        value = self.fields[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds):
            return value
        names = " or ".join(_NAMES.get(k, k.__name__) for k in kinds)
        raise ProtocolError(
            f"{self.action.name} field {key!r} must be {names}, not {describe(value)}"
        )

    def control_id(self, key: str) -> int:
        cid: int = self.get(key, int)
        if not 0 < cid <= MAX_ID:
            raise ProtocolError(f"{self.action.name} field {key!r} is no control id: {cid}")
        return cid

    def props(self, key: str, default: Any = ...) -> dict[str, Any]:
        """A map of properties: string keys only."""
        props: dict[Any, Any] = self.get(key, dict, default)
        for name in props:
            if not isinstance(name, str):
                raise ProtocolError(
                    f"{self.action.name} field {key!r} has a key that is {describe(name)}, "
                    "not a property name"
                )
        return props


_NAMES = {int: "an int", str: "a string", dict: "a map", type(None): "nil"}


def _register(body: _Body) -> RegisterClient:
    return RegisterClient(
        session_id=body.get("session_id", (str, type(None)), None),
        page_name=body.get("page_name", str, ""),
        page=body.props("page", {}),
    )


def _event(body: _Body) -> ClientEvent:
    return ClientEvent(body.control_id("target"), body.get("name", str), body.fields.get("data"))


def _props(body: _Body) -> UpdateControlProps:
    return UpdateControlProps(body.control_id("id"), body.props("props"))


def _method_result(body: _Body) -> InvokeMethodResult:
    return InvokeMethodResult(
        call_id=body.get("call_id", str),
        result=body.fields.get("result"),
        error=body.get("error", (str, type(None)), None),
    )


_PARSERS: dict[Action, Callable[[_Body], ClientMessage]] = {
    Action.REGISTER_CLIENT: _register,
    Action.CONTROL_EVENT: _event,
    Action.UPDATE_CONTROL_PROPS: _props,
    Action.INVOKE_METHOD: _method_result,
}


def parse_message(message: Message) -> ClientMessage:
    """The typed body of a message from the client; :class:`ProtocolError` if it does not fit."""
    parse = _PARSERS.get(message.action)
    if parse is None:
        raise ProtocolError(f"clients do not send {message.action.name} messages")
    return parse(_Body(message.action, message.body))


def read_packet(packet: bytes, limits: Limits = CLIENT_LIMITS) -> ClientMessage | None:
    """The typed message in a packet from the client; ``None`` for data-channel packets."""
    message = decode_packet(packet, limits)
    return None if message is None else parse_message(message)
