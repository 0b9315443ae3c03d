"""The bounds of a client packet, and that every way msgpack can fail ends as a ProtocolError."""

import datetime as dt
import struct

import msgpack
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flet.protocol import CLIENT_LIMITS, Action, Limits, ProtocolError, codec, decode_packet
from tests.support.simclient import MEDIA


def packet(value) -> bytes:
    return b"\x00" + msgpack.packb(value, use_bin_type=True)


def nested_maps(depth: int) -> bytes:
    """``[3, {"a": {"a": ... 1}}]``: ``depth`` containers in all, the envelope included."""
    return b"\x00\x92\x03" + b"\x81\xa1a" * (depth - 1) + b"\x01"


def test_a_real_register_request_fits_with_room_to_spare():
    page = {"route": "/", "width": 1000, "height": 700, "window": {}, "media": MEDIA}
    message = decode_packet(packet([1, {"session_id": None, "page_name": "", "page": page}]))
    assert message is not None and message.body["page"]["media"] == MEDIA


def test_nesting_up_to_the_limit_decodes_and_one_more_level_is_refused():
    depth = CLIENT_LIMITS.max_depth
    assert decode_packet(nested_maps(depth)) is not None
    with pytest.raises(ProtocolError, match=f"nested deeper than {depth} levels"):
        decode_packet(nested_maps(depth + 1))


@pytest.mark.parametrize(
    "opener", [b"\x91", b"\x81\xa1a", b"\xdc\x00\x01", b"\xdf\x00\x00\x00\x01\x00"]
)
def test_a_thousand_levels_is_refused_without_recursion(opener):
    data = b"\x00\x92\x03" + opener * 1000 + b"\xc0"
    with pytest.raises(ProtocolError, match="nested deeper than 32 levels"):
        decode_packet(data)


def test_a_million_levels_is_refused_just_as_well():
    with pytest.raises(ProtocolError, match="nested deeper"):
        decode_packet(b"\x00" + b"\x91" * 1_000_000)


def test_empty_containers_do_not_count_as_levels():
    data = b"\x00\x92\x03" + b"\x91" * 31 + b"\x90"  # 32 levels holding an empty list
    assert decode_packet(data) is not None


SMALL = Limits(max_packet=1000, max_str_len=10, max_bin_len=10, max_array_len=5, max_map_len=3)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("x" * 11, "a string of 11 bytes is over the limit of 10"),
        (b"x" * 11, "a binary of 11 bytes is over the limit of 10"),
        (list(range(6)), "a list of 6 entries is over the limit of 5"),
        ({str(i): i for i in range(4)}, "a map of 4 entries is over the limit of 3"),
        (msgpack.ExtType(4, b"x" * 11), "msgpack ext type 4 of 11 bytes is over the limit of 10"),
        (msgpack.ExtType(1, b"1" * 65), "msgpack ext type 1 of 65 bytes is over the limit of 64"),
        ("x" * 600 + "y" * 600, "a packet of 1\\d{3} bytes is over the limit of 1000"),
    ],
)
def test_sizes_over_the_limits_are_refused(value, reason):
    with pytest.raises(ProtocolError, match=reason):
        decode_packet(packet([3, value]), SMALL)


@pytest.mark.parametrize(
    "header",
    [
        b"\xdb\xff\xff\xff\xff",  # str32 of 4 GiB
        b"\xc6\xff\xff\xff\xff",  # bin32
        b"\xdd\xff\xff\xff\xff",  # array32 of 4 billion items
        b"\xdf\xff\xff\xff\xff",  # map32
        b"\xc9\xff\xff\xff\xff\x04",  # ext32
    ],
)
def test_headers_that_claim_gigabytes_are_refused_before_anything_is_allocated(header):
    with pytest.raises(ProtocolError, match="over the limit"):
        decode_packet(b"\x00\x92\x03" + header)


def test_every_truncation_of_a_valid_packet_is_a_protocol_error():
    whole = packet(
        [3, {"target": 5, "name": "change", "data": [1.5, -7, 2**40, "ü", b"\x00", None, True]}]
    )
    for end in range(1, len(whole)):
        with pytest.raises(ProtocolError):
            decode_packet(whole[:end])


def test_a_container_that_promises_more_items_than_bytes_left_is_truncated():
    with pytest.raises(ProtocolError, match="truncated msgpack: a list of 9 entries"):
        decode_packet(b"\x00\x92\x03\x99\x01")


@pytest.mark.parametrize("code", [-1, -128, 0, 5, 127])
def test_ext_types_the_client_never_sends_are_refused(code):
    # ext -1 is msgpack's timestamp: msgpack would decode it itself, bypassing the ext hook
    data = b"\x00\x92\x03\xd6" + struct.pack(">b", code) + b"\x00\x00\x00\x01"
    with pytest.raises(ProtocolError, match=f"unknown msgpack ext type {code}"):
        decode_packet(data)


@pytest.mark.parametrize(
    ("code", "payload", "kind"),
    [
        (3, b"1" * 30, "duration"),  # OverflowError in timedelta
        (3, b"12x", "duration"),
        (3, b"", "duration"),
        (1, b"\xff\xfe", "date"),  # UnicodeDecodeError
        (1, b"yesterday", "date"),
        (2, b"9", "time of day"),
        (2, b"25:00", "time of day"),
        (2, b"a:b", "time of day"),
        (4, b"\xc3\x28", "string"),
    ],
)
def test_bad_ext_payloads_are_protocol_errors(code, payload, kind):
    with pytest.raises(
        ProtocolError, match=f"ext type {code} holds {len(payload)} bytes that are not a {kind}"
    ):
        decode_packet(packet([3, msgpack.ExtType(code, payload)]))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x92\x03\xc1", "byte 0xc1 at 2 is not msgpack"),
        (b"\x00\x92\x03\xa2\xff\xfe", "not valid msgpack \\('utf-8' codec"),
        (b"\x00\x92\x03\x81\x91\x01\x01", "not valid msgpack \\(.*unhashable type"),
        (b"\x00\x92\x03\x81\x80\x01", "not valid msgpack \\(.*unhashable type"),
        (b"\x00\x92\x03\xc0\xc0", "1 bytes of extra data"),
        (b"\x00", "truncated msgpack"),
    ],
)
def test_malformed_msgpack_is_a_protocol_error(data, reason):
    with pytest.raises(ProtocolError, match=reason):
        decode_packet(data)


@pytest.mark.parametrize(
    "error",
    [
        RecursionError("maximum recursion depth exceeded"),
        MemoryError(),
        OverflowError("int too large"),
        TypeError("unhashable type: 'list'"),
        ValueError("bad"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
        msgpack.exceptions.StackError(),
        msgpack.exceptions.FormatError(),
        msgpack.exceptions.OutOfData(),
        msgpack.exceptions.BufferFull(),
        msgpack.exceptions.ExtraData([1], b"x"),
        msgpack.exceptions.UnpackException(),
    ],
)
def test_whatever_msgpack_raises_becomes_a_protocol_error(monkeypatch, error):
    """msgpack's pure-Python fallback and future versions may fail in other ways than the C
    extension does today; the boundary turns each of them into one ProtocolError."""

    def unpackb(*args, **kwargs):
        raise error

    monkeypatch.setattr(codec.msgpack, "unpackb", unpackb)
    with pytest.raises(ProtocolError, match="not valid msgpack") as raised:
        decode_packet(packet([3, {}]))
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_error_messages_describe_a_value_instead_of_printing_it():
    deep = b"\x00" + b"\x81\xa1a" * 31 + b"\x01"  # a map, 31 deep, where [action, body] goes
    with pytest.raises(ProtocolError) as raised:
        decode_packet(deep)
    assert str(raised.value) == "expected [action, body], got a map of 1 entries"
    with pytest.raises(ProtocolError) as raised:
        decode_packet(packet("x" * 5_000_000))
    assert str(raised.value) == "expected [action, body], got a string of 5000000 characters"


def test_without_limits_our_own_deep_packets_decode():
    value = [2, 1]
    for _ in range(60):
        value = [value]
    message = decode_packet(b"\x00" + msgpack.packb([Action.PATCH_CONTROL, value]), limits=None)
    assert message is not None


@settings(max_examples=300, deadline=None)
@given(
    code=st.one_of(st.sampled_from([1, 2, 3, 4]), st.integers(-128, 127)),
    # random bytes, and texts that look like dates, times and durations (30 digits included)
    payload=st.one_of(
        st.binary(max_size=80), st.text("0123456789-:.T+", max_size=40).map(str.encode)
    ),
)
def test_the_ext_hook_returns_a_value_or_raises_a_protocol_error(code, payload):
    try:
        result = codec._from_ext(code, payload)
    except ProtocolError:
        return  # anything else (OverflowError, UnicodeDecodeError, ...) fails the test
    kinds = {1: dt.datetime, 2: dt.time, 3: dt.timedelta, 4: str}
    assert isinstance(result, kinds[code])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\xc1", "byte 0xc1 at 0 is not msgpack"),
        (b"\x00\x93\x01", "truncated msgpack: a list of 3 entries"),
        (b"\x00\x01\x02", "1 bytes of extra data after the message"),
        (b"\x00\xdd\xff\xff\xff\xff", "a list of 4294967295 entries is over the limit"),
    ],
)
def test_a_short_packet_that_msgpack_refuses_gets_the_walks_reason(data, reason):
    # short packets (a click) are decoded without the walk first; a refusal still names why
    with pytest.raises(ProtocolError, match=reason):
        decode_packet(data)
