"""Packets: a type byte, then for type 0 a msgpack ``[action, body]`` (protocol §4, §5).

Ext types travel both ways: 1 date/datetime (ISO 8601, UTC), 2 time (``"HH:MM"``), 3 duration
(microseconds as text), 4 a string from a JS value (client to backend only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import msgpack

from flet.protocol.actions import Action

__all__ = [
    "MESSAGE_PACKET",
    "Message",
    "ProtocolError",
    "decode_packet",
    "decode_value",
    "encode_packet",
    "encode_value",
]

MESSAGE_PACKET = 0x00
DATA_CHANNEL_PACKET = 0x01

EXT_DATETIME, EXT_TIME, EXT_DURATION, EXT_JS_STRING = 1, 2, 3, 4


class ProtocolError(ValueError):
    """A packet that does not follow the protocol; the session logs and drops it."""


@dataclass(frozen=True, slots=True)
class Message:
    action: Action
    body: Any


def encode_packet(action: Action, body: Any) -> bytes:
    """One message packet: ``0x00`` + msgpack ``[action, body]``."""
    return bytes([MESSAGE_PACKET]) + encode_value([int(action), body])


def decode_packet(packet: bytes) -> Message | None:
    """The message in ``packet``; ``None`` for packets that carry no message (data channels).

    Raises ``ProtocolError`` for anything malformed.
    """
    if not packet:
        raise ProtocolError("empty packet")
    kind = packet[0]
    if kind == DATA_CHANNEL_PACKET:
        return None
    if kind != MESSAGE_PACKET:
        raise ProtocolError(f"unknown packet type byte 0x{kind:02x}")
    try:
        value = decode_value(packet[1:])
    except (ValueError, TypeError, msgpack.ExtraData, msgpack.FormatError) as exc:
        raise ProtocolError(f"packet is not valid msgpack: {exc}") from exc
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)):
        raise ProtocolError(f"expected [action, body], got {value!r:.200}")
    try:
        action = Action(value[0])
    except ValueError:
        raise ProtocolError(f"unknown action {value[0]}") from None
    return Message(action, value[1])


def encode_value(value: Any) -> bytes:
    return msgpack.packb(value, default=_to_ext, use_bin_type=True)  # type: ignore[no-any-return]


def decode_value(data: bytes) -> Any:
    return msgpack.unpackb(data, ext_hook=_from_ext, raw=False, strict_map_key=False)


def _to_ext(value: Any) -> msgpack.ExtType:
    if isinstance(value, dt.datetime):
        return msgpack.ExtType(EXT_DATETIME, value.astimezone(dt.UTC).isoformat().encode())
    if isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
        return msgpack.ExtType(EXT_DATETIME, moment.isoformat().encode())
    if isinstance(value, dt.time):
        return msgpack.ExtType(EXT_TIME, f"{value.hour:02d}:{value.minute:02d}".encode())
    if isinstance(value, dt.timedelta):
        micros = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
        return msgpack.ExtType(EXT_DURATION, str(micros).encode())
    raise TypeError(f"cannot send a {type(value).__name__} to the client: {value!r:.100}")


def _from_ext(code: int, data: bytes) -> Any:
    text = data.decode()
    if code == EXT_DATETIME:
        return dt.datetime.fromisoformat(text)
    if code == EXT_TIME:
        hour, minute = text.split(":")[:2]
        return dt.time(int(hour), int(minute))
    if code == EXT_DURATION:
        return dt.timedelta(microseconds=int(text))
    if code == EXT_JS_STRING:
        return text
    raise ProtocolError(f"unknown msgpack ext type {code}")
