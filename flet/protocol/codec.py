"""Packets: a type byte, then for type 0 a msgpack ``[action, body]`` (protocol §4, §5).

Ext types travel both ways: 1 date/datetime (ISO 8601, UTC), 2 time (``"HH:MM"``), 3 duration
(microseconds as text), 4 a string from a JS value (client to backend only).

Decoding is the boundary for untrusted bytes: whatever a packet holds, :func:`decode_packet`
returns a :class:`Message` or raises :class:`ProtocolError`, nothing else.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgpack

from flet.protocol.actions import Action
from flet.protocol.bounds import (
    CLIENT_LIMITS,
    EXT_DATETIME,
    EXT_DURATION,
    EXT_JS_STRING,
    EXT_TIME,
    Limits,
    check_bounds,
)
from flet.protocol.errors import ProtocolError, describe

__all__ = [
    "DATA_CHANNEL_PACKET",
    "MESSAGE_PACKET",
    "Message",
    "ProtocolError",
    "decode_data_frame",
    "decode_packet",
    "decode_value",
    "encode_data_frame",
    "encode_packet",
    "encode_value",
    "unpacker_limits",
]

MESSAGE_PACKET = 0x00
DATA_CHANNEL_PACKET = 0x01

#: What msgpack may raise on bad input, bounds checked or not: its own errors (FormatError,
#: StackError, ExtraData and OutOfData are ValueError or UnpackException), UnicodeDecodeError
#: (a ValueError), TypeError (a list as a map key), RecursionError and MemoryError (the
#: pure-Python fallback on a deep or huge value), and ProtocolError from the ext hook.
_MSGPACK_ERRORS = (
    ValueError,
    TypeError,
    OverflowError,
    RecursionError,
    MemoryError,
    msgpack.UnpackException,
)


@dataclass(frozen=True, slots=True)
class Message:
    action: Action
    body: Any


def encode_packet(action: Action, body: Any) -> bytes:
    """One message packet: ``0x00`` + msgpack ``[action, body]``."""
    return bytes([MESSAGE_PACKET]) + encode_value([int(action), body])


def decode_packet(packet: bytes, limits: Limits | None = CLIENT_LIMITS) -> Message | None:
    """The message in ``packet``; ``None`` for packets that carry no message (data channels).

    ``limits`` bounds what the packet may hold (``None``: only msgpack's own limits, for
    packets we wrote ourselves). Raises ``ProtocolError`` for anything malformed.
    """
    if not packet:
        raise ProtocolError("empty packet")
    kind = packet[0]
    if kind == DATA_CHANNEL_PACKET:
        return None
    if kind != MESSAGE_PACKET:
        raise ProtocolError(f"unknown packet type byte 0x{kind:02x}")
    value = decode_value(packet[1:], limits)
    if not (isinstance(value, list) and len(value) == 2 and type(value[0]) is int):
        raise ProtocolError(f"expected [action, body], got {describe(value)}")
    try:
        action = Action(value[0])
    except ValueError:
        raise ProtocolError(f"unknown action {value[0]}") from None
    return Message(action, value[1])


def encode_data_frame(channel_id: int, payload: bytes) -> bytes:
    """One DataChannel packet: ``0x01`` + the channel id (u32 little-endian) + the bytes."""
    return bytes([DATA_CHANNEL_PACKET]) + channel_id.to_bytes(4, "little") + payload


def decode_data_frame(packet: bytes) -> tuple[int, bytes]:
    """The channel id and bytes of a DataChannel packet; ``ProtocolError`` if it is short."""
    if len(packet) < 5 or packet[0] != DATA_CHANNEL_PACKET:
        raise ProtocolError(f"not a data-channel frame ({len(packet)} bytes)")
    return int.from_bytes(packet[1:5], "little"), bytes(packet[5:])


def encode_value(value: Any) -> bytes:
    return msgpack.packb(value, default=_to_ext, use_bin_type=True)  # type: ignore[no-any-return]


def decode_value(data: bytes, limits: Limits | None = CLIENT_LIMITS) -> Any:
    """One msgpack value; ``ProtocolError`` if it is malformed or outside ``limits``.

    A value of no more bytes than the smallest limit (a click: 28 of 32) cannot nest deeper
    or hold more than the limits allow, so if no byte of it could start an ext (msgpack
    decodes ext -1 itself, past the ext hook), msgpack decodes it without the walk of
    :func:`check_bounds` first; if msgpack refuses it, the walk still says why."""
    if limits is not None and (len(data) > _fits_any(limits) or data.translate(None, _NOT_EXT)):
        check_bounds(data, limits)
    try:
        return msgpack.unpackb(
            data, ext_hook=_from_ext, raw=False, strict_map_key=False, **unpacker_limits(limits)
        )
    except ProtocolError:
        raise
    except _MSGPACK_ERRORS as exc:
        if limits is not None:
            check_bounds(data, limits)  # its reason, where it has one
        reason = str(exc).splitlines()[0][:100] if str(exc) else type(exc).__name__
        raise ProtocolError(f"packet is not valid msgpack ({reason})") from None


#: every byte but those that start an ext (``bytes.translate`` deletes them: what is left
#: of a value are its ext-starting bytes, if any, or bytes inside strings that look so)
_NOT_EXT = bytes(sorted(set(range(256)) - {0xC7, 0xC8, 0xC9, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8}))


@functools.lru_cache(maxsize=8)
def _fits_any(limits: Limits) -> int:
    """The most bytes a value can have and be within every bound of ``limits``: nesting
    deeper than ``max_depth`` takes more than ``max_depth`` bytes, and so on."""
    return min(
        limits.max_packet,
        limits.max_depth,
        limits.max_str_len,
        limits.max_bin_len,
        limits.max_array_len,
        limits.max_map_len,
        limits.max_short_ext_len,
    )


def unpacker_limits(limits: Limits | None) -> dict[str, int]:
    """msgpack's own length limits, a second guard behind :func:`check_bounds` (also for a
    streaming ``msgpack.Unpacker``, as the desktop transport reads)."""
    if limits is None:
        return {}
    return {
        "max_str_len": limits.max_str_len,
        "max_bin_len": limits.max_bin_len,
        "max_array_len": limits.max_array_len,
        "max_map_len": limits.max_map_len,
        "max_ext_len": limits.max_str_len,
    }


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


def _time(text: str) -> dt.time:
    hour, minute = text.split(":")[:2]
    return dt.time(int(hour), int(minute))


def _duration(text: str) -> dt.timedelta:
    return dt.timedelta(microseconds=int(text))


_EXT_DECODERS: dict[int, tuple[str, Callable[[str], Any]]] = {
    EXT_DATETIME: ("date", dt.datetime.fromisoformat),
    EXT_TIME: ("time of day", _time),
    EXT_DURATION: ("duration", _duration),
    EXT_JS_STRING: ("string", str),
}


def _from_ext(code: int, data: bytes) -> Any:
    """The value of an ext type the client sent; raises only :class:`ProtocolError`."""
    kind, decode = _EXT_DECODERS.get(code, ("", None))
    if decode is None:
        raise ProtocolError(f"unknown msgpack ext type {code}")
    try:
        return decode(data.decode())
    except (UnicodeDecodeError, ValueError, OverflowError):
        # ValueError: a bad ISO text, "9" for a time, 25:00, int("x"); OverflowError: a
        # duration past timedelta's range (30 digits of microseconds)
        raise ProtocolError(
            f"msgpack ext type {code} holds {len(data)} bytes that are not a {kind}"
        ) from None
