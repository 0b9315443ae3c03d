"""What one packet from the client may hold, checked before msgpack builds anything.

:func:`check_bounds` walks the msgpack bytes once, without recursion and without building
values: it refuses a value nested deeper than ``max_depth`` containers, a string, binary, list,
map or ext longer than allowed, an ext type the client never sends, a truncated value and
trailing bytes. msgpack then only decodes what is known to be small and shallow: no
``RecursionError`` or ``StackError`` from a map nested a thousand deep, no huge allocation from a
header that claims four billion items.

The real 1.0.5 client's deepest message is the register request (``[1, {page: {media:
{padding: {...}}}}]``, five containers); its largest ones are texts typed by the user.
"""

from __future__ import annotations

from dataclasses import dataclass

from flet.protocol.errors import ProtocolError

__all__ = ["CLIENT_LIMITS", "EXT_CODES", "Limits", "check_bounds"]

EXT_DATETIME, EXT_TIME, EXT_DURATION, EXT_JS_STRING = 1, 2, 3, 4
#: Ext types the client sends (protocol §5); any other one is refused.
EXT_CODES = frozenset({EXT_DATETIME, EXT_TIME, EXT_DURATION, EXT_JS_STRING})

_MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds of one packet; each ``max_*_len`` counts bytes (str, bin, ext) or items."""

    max_packet: int = 16 * _MiB
    max_depth: int = 32
    max_str_len: int = 8 * _MiB
    max_bin_len: int = 16 * _MiB
    max_array_len: int = 100_000
    max_map_len: int = 10_000
    #: ext 1-3 carry a date, a time or a duration as short text
    max_short_ext_len: int = 64


CLIENT_LIMITS = Limits()

# header byte -> (size of the length field, what it starts); fixed-size scalars -> payload size
_SCALARS = {0xCA: 4, 0xCB: 8, 0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8, 0xD0: 1, 0xD1: 2, 0xD2: 4}
_SCALARS |= {0xD3: 8}
_STRINGS = {0xD9: 1, 0xDA: 2, 0xDB: 4}
_BINS = {0xC4: 1, 0xC5: 2, 0xC6: 4}
_EXTS = {0xC7: 1, 0xC8: 2, 0xC9: 4}
_FIXEXTS = {0xD4: 1, 0xD5: 2, 0xD6: 4, 0xD7: 8, 0xD8: 16}
_ARRAYS = {0xDC: 2, 0xDD: 4}
_MAPS = {0xDE: 2, 0xDF: 4}


class _Reader:
    """A cursor over msgpack bytes that knows the limits."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        self.data = data
        self.pos = 0
        self.limits = limits

    def take(self, size: int) -> int:
        """Skip ``size`` bytes; their start."""
        start = self.pos
        if start + size > len(self.data):
            raise ProtocolError(f"truncated msgpack: a value needs {size} bytes at byte {start}")
        self.pos = start + size
        return start

    def number(self, size: int) -> int:
        start = self.take(size)
        return int.from_bytes(self.data[start : start + size], "big")

    def skip_sized(self, size: int, limit: int, what: str) -> None:
        if size > limit:
            raise ProtocolError(f"a {what} of {size} bytes is over the limit of {limit}")
        self.take(size)

    def skip_ext(self, size: int) -> None:
        code = int.from_bytes(self.data[self.take(1) : self.pos], "big", signed=True)
        if code not in EXT_CODES:
            raise ProtocolError(f"unknown msgpack ext type {code}")
        limit = self.limits.max_str_len if code == EXT_JS_STRING else self.limits.max_short_ext_len
        self.skip_sized(size, limit, f"msgpack ext type {code}")

    def items(self, count: int, limit: int, what: str, per_item: int) -> int:
        """The number of values a container of ``count`` entries holds."""
        if count > limit:
            raise ProtocolError(f"a {what} of {count} entries is over the limit of {limit}")
        values = count * per_item
        if values > len(self.data) - self.pos:
            raise ProtocolError(
                f"truncated msgpack: a {what} of {count} entries at byte {self.pos}"
            )
        return values

    def value(self) -> int:
        """Skip one value's header (and payload, for scalars); the values it contains."""
        head = self.data[self.take(1)]
        limits = self.limits
        if head <= 0x7F or head >= 0xE0 or head in (0xC0, 0xC2, 0xC3):
            return 0
        if head <= 0x8F:
            return self.items(head & 0x0F, limits.max_map_len, "map", 2)
        if head <= 0x9F:
            return self.items(head & 0x0F, limits.max_array_len, "list", 1)
        if head <= 0xBF:
            self.skip_sized(head & 0x1F, limits.max_str_len, "string")
        elif head in _SCALARS:
            self.take(_SCALARS[head])
        elif head in _STRINGS:
            self.skip_sized(self.number(_STRINGS[head]), limits.max_str_len, "string")
        elif head in _BINS:
            self.skip_sized(self.number(_BINS[head]), limits.max_bin_len, "binary")
        elif head in _EXTS:
            self.skip_ext(self.number(_EXTS[head]))
        elif head in _FIXEXTS:
            self.skip_ext(_FIXEXTS[head])
        elif head in _ARRAYS:
            return self.items(self.number(_ARRAYS[head]), limits.max_array_len, "list", 1)
        elif head in _MAPS:
            return self.items(self.number(_MAPS[head]), limits.max_map_len, "map", 2)
        else:
            raise ProtocolError(f"byte 0x{head:02x} at {self.pos - 1} is not msgpack")
        return 0


def check_bounds(data: bytes, limits: Limits) -> None:
    """Raise :class:`ProtocolError` unless ``data`` is one msgpack value within ``limits``."""
    if len(data) > limits.max_packet:
        raise ProtocolError(
            f"a packet of {len(data)} bytes is over the limit of {limits.max_packet}"
        )
    reader = _Reader(data, limits)
    open_containers: list[int] = []  # values still to read in each open container
    to_read = 1
    while to_read or open_containers:
        if not to_read:
            to_read = open_containers.pop()
            continue
        to_read -= 1
        contained = reader.value()
        if contained:
            if len(open_containers) >= limits.max_depth:
                raise ProtocolError(f"a value nested deeper than {limits.max_depth} levels")
            open_containers.append(to_read)
            to_read = contained
    if reader.pos != len(data):
        raise ProtocolError(f"{len(data) - reader.pos} bytes of extra data after the message")
