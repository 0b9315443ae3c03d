"""Malformed packets for a live session, by category, from a ``random.Random``.

One generator for the property-based fuzz test (hypothesis hands it a ``Random`` it controls)
and for ``benchmarks/fuzz_session.py`` (a seeded ``Random``, 100,000 packets). Each category
is what issue 10 found or asked for: random bytes, truncated msgpack, deep nesting, huge
strings, ext types, wrong shapes for every action, events and echoes for unknown ids, and
well-formed events with weird data for the controls the app really has.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgpack

from flet.protocol import CLIENT_LIMITS

__all__ = ["CATEGORIES", "Target", "malformed_packet"]

EVENT_NAMES = [
    "click", "change", "submit", "dismiss", "route_change", "view_pop", "keyboard_event",
    "resize", "media_change", "platform_brightness_change", "app_lifecycle_state_change",
    "focus", "blur", "long_press", "hover", "fly", "", "on_click", "ü" * 3,
]  # fmt: skip
PROP_NAMES = [
    "value", "width", "height", "media", "route", "platform", "open", "selected_index",
    "platform_brightness", "_dismissed", "controls", "_c", "_i", "",
]  # fmt: skip
EDGE_INTS = [0, 1, -1, 2**31, -(2**31) - 1, 2**53 + 1, 2**63 - 1, -(2**63), 2**64 - 1]
EDGE_FLOATS = [float("nan"), float("inf"), float("-inf"), -0.0, 1e308, 5e-324]


@dataclass(frozen=True)
class Target:
    """What the app under fuzz has: control ids that exist and what each one is."""

    ids: tuple[int, ...]

    def some_id(self, rng: random.Random) -> int:
        return rng.choice(self.ids)


# -- values ----------------------------------------------------------------------------------


def scalar(rng: random.Random) -> Any:
    kind = rng.randrange(9)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.choice(EDGE_INTS)
    if kind == 3:
        return rng.randint(-1000, 1000)
    if kind == 4:
        return rng.choice(EDGE_FLOATS) if rng.random() < 0.5 else rng.uniform(-1e6, 1e6)
    if kind == 5:
        return "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(12)))
    if kind == 6:
        return rng.randbytes(rng.randrange(12))
    if kind == 7:
        return rng.choice(EVENT_NAMES + PROP_NAMES)
    return msgpack.ExtType(rng.choice([1, 2, 3, 4]), rng.choice([b"", b"9:5", b"12", b"x"]))


def value(rng: random.Random, depth: int = 4) -> Any:
    """A random msgpack value within the client bounds (maps, lists, scalars, ext)."""
    if depth <= 0 or rng.random() < 0.5:
        return scalar(rng)
    size = rng.randrange(4)
    if rng.random() < 0.5:
        return [value(rng, depth - 1) for _ in range(size)]
    keys = [rng.choice(PROP_NAMES + EVENT_NAMES + [1, 2, -1]) for _ in range(size)]
    return {key: value(rng, depth - 1) for key in keys}


def pack(obj: Any) -> bytes:
    return b"\x00" + msgpack.packb(obj, use_bin_type=True)


def message(action: int, body: Any) -> bytes:
    return pack([action, body])


def good_message(rng: random.Random, target: Target) -> bytes:
    """A well-formed message, to be broken by the categories below."""
    cid = target.some_id(rng)
    return rng.choice(
        [
            message(3, {"target": cid, "name": rng.choice(EVENT_NAMES), "data": value(rng)}),
            message(4, {"id": cid, "props": {rng.choice(PROP_NAMES): value(rng)}}),
            message(5, {"control_id": cid, "call_id": "call-1", "result": value(rng)}),
        ]
    )


# -- categories ------------------------------------------------------------------------------


def random_bytes(rng: random.Random, target: Target) -> bytes:
    head = bytes([rng.choice([0, 0, 0, 1, 2, 7, 0xFF])])
    return head + rng.randbytes(rng.randrange(64))


def truncated(rng: random.Random, target: Target) -> bytes:
    whole = good_message(rng, target)
    return whole[: rng.randrange(len(whole))]


def deep_nesting(rng: random.Random, target: Target) -> bytes:
    depth = rng.choice([CLIENT_LIMITS.max_depth + 1, 100, 1000, rng.randrange(33, 5000)])
    opener = rng.choice([b"\x91", b"\x81\xa1a", b"\xdc\x00\x01", b"\x81\x01"])
    deep = opener * depth + b"\xc0"
    body = b"\x83\xa6target" + pack(target.some_id(rng))[1:] + b"\xa4name\xa5click\xa4data"
    return rng.choice([b"\x00" + deep, b"\x00\x92\x03" + body + deep])


def huge_string(rng: random.Random, target: Target) -> bytes:
    kind = rng.randrange(6)
    claim = rng.choice([CLIENT_LIMITS.max_str_len + 1, 2**31, 2**32 - 1])
    if kind == 0:  # a header that claims gigabytes, a few bytes behind it
        header = rng.choice([b"\xdb", b"\xc6", b"\xdd", b"\xdf", b"\xc9"])
        return b"\x00\x92\x03" + header + struct.pack(">I", claim) + rng.randbytes(8)
    if kind == 1 and rng.random() < 0.02:  # a real string over the limit (rare: 8 MiB)
        return message(3, {"target": 1, "name": "x" * (CLIENT_LIMITS.max_str_len + 1)})
    big = "w" * rng.choice([1000, 100_000, 1_000_000])
    cid = target.some_id(rng)
    return rng.choice(
        [
            message(3, {"target": cid, "name": big, "data": None}),
            message(3, {"target": cid, "name": "change", "data": big}),
            message(4, {"id": cid, "props": {"value": big}}),
            message(4, {"id": cid, "props": {big: 1}}),
            message(5, {"call_id": big, "result": big, "error": big}),
            message(3, {"target": cid, "name": "click", "data": list(range(100_001))}),
        ]
    )


def ext_types(rng: random.Random, target: Target) -> bytes:
    code = rng.choice([3, 3, 1, 2, 4, -1, 0, 5, 127, -128])
    payload = rng.choice(
        [b"9" * 30, b"1" * rng.randrange(1, 80), b"\xff\xfe", b"25:61", b"9", b"", b"x" * 65]
    )
    if rng.random() < 0.2:
        payload = rng.randbytes(rng.randrange(20))
    ext = b"\xc7" + bytes([len(payload)]) + struct.pack(">b", code) + payload
    if len(payload) > 255:
        ext = b"\xc8" + struct.pack(">H", len(payload)) + struct.pack(">b", code) + payload
    body = b"\x83\xa6target" + pack(target.some_id(rng))[1:] + b"\xa4name\xa6change\xa4data"
    return b"\x00\x92\x03" + body + ext


def wrong_shape(rng: random.Random, target: Target) -> bytes:
    action = rng.choice([1, 2, 3, 4, 5, 6, 7, 0, 8, -1, 2**40])
    if rng.random() < 0.3:  # not even [action, body]
        return pack(rng.choice([value(rng), [action], [action, 1, 2], {"action": action}]))
    keys = {
        1: ["session_id", "page_name", "page"],
        3: ["target", "name", "data"],
        4: ["id", "props"],
        5: ["control_id", "call_id", "result", "error"],
    }.get(action, ["id", "patch", "message", "text"])
    body = {key: value(rng) for key in keys if rng.random() < 0.8}
    return message(action, rng.choice([body, value(rng)]))


def unknown_ids(rng: random.Random, target: Target) -> bytes:
    cid = rng.choice([0, -1, 2, 999, 2**31, 2**53, 2**53 + 1, 2**63 - 1, max(target.ids) + 1])
    return rng.choice(
        [
            message(3, {"target": cid, "name": rng.choice(EVENT_NAMES), "data": value(rng)}),
            message(4, {"id": cid, "props": {"value": value(rng)}}),
            message(5, {"control_id": cid, "call_id": f"call-{cid}", "result": value(rng)}),
            message(3, {"target": target.some_id(rng), "name": f"no_such_{cid}"}),
        ]
    )


def weird_data(rng: random.Random, target: Target) -> bytes:
    """Well-formed events and echoes for controls that exist, with any data at all."""
    cid = target.some_id(rng)
    if rng.random() < 0.5:
        name = rng.choice(EVENT_NAMES[:11])
        return message(3, {"target": cid, "name": name, "data": value(rng, depth=6)})
    props = {rng.choice(PROP_NAMES): value(rng, depth=6) for _ in range(rng.randrange(1, 4))}
    return message(4, {"id": cid, "props": props})


Category = Callable[[random.Random, Target], bytes]

CATEGORIES: dict[str, Category] = {
    "random bytes": random_bytes,
    "truncated msgpack": truncated,
    "deep nesting": deep_nesting,
    "huge strings": huge_string,
    "ext types": ext_types,
    "wrong shapes": wrong_shape,
    "unknown ids": unknown_ids,
    "weird data for real controls": weird_data,
}


def malformed_packet(rng: random.Random, target: Target, category: str | None = None) -> bytes:
    """One packet of ``category`` (a random one if ``None``)."""
    name = category if category is not None else rng.choice(list(CATEGORIES))
    return CATEGORIES[name](rng, target)
