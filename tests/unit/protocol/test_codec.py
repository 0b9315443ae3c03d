import datetime as dt

import msgpack
import pytest

from flet.protocol import Action, ProtocolError, decode_packet, encode_packet


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        False,
        0,
        -1,
        2**31 - 1,
        1.5,
        "text",
        "ünïcödé",
        b"\x00\x01bytes",
        [1, "a", None],
        {"a": 1, "nested": {"b": [1, 2]}},
        {0: [1], 5: [2]},  # int keys, as in patch path trees
    ],
)
def test_plain_values_round_trip(value):
    message = decode_packet(encode_packet(Action.PATCH_CONTROL, {"v": value}))
    assert message is not None
    assert message.action is Action.PATCH_CONTROL
    assert message.body == {"v": value}


def test_ext_types_round_trip():
    when = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    body = {
        "datetime": when,
        "time": dt.time(9, 5),
        "duration": dt.timedelta(seconds=90, microseconds=7),
    }
    message = decode_packet(encode_packet(Action.INVOKE_METHOD, body))
    assert message is not None and message.body == body


def test_dates_go_out_as_utc_iso_ext1():
    packet = encode_packet(Action.PATCH_CONTROL, dt.date(2024, 1, 2))
    raw = msgpack.unpackb(packet[1:], raw=False)
    assert raw[1] == msgpack.ExtType(1, b"2024-01-02T00:00:00+00:00")


def test_client_ext_types_decode():
    body = {
        "d": msgpack.ExtType(1, b"2024-01-02T03:04:05+00:00"),
        "t": msgpack.ExtType(2, b"9:5"),
        "u": msgpack.ExtType(3, b"1500000"),
        "s": [msgpack.ExtType(4, b"en-US"), msgpack.ExtType(4, b"en")],
    }
    packet = b"\x00" + msgpack.packb([5, body], use_bin_type=True)
    message = decode_packet(packet)
    assert message is not None
    assert message.body == {
        "d": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        "t": dt.time(9, 5),
        "u": dt.timedelta(seconds=1.5),
        "s": ["en-US", "en"],
    }


def test_packet_framing_matches_the_protocol_example():
    packet = encode_packet(
        Action.PATCH_CONTROL, {"id": 9, "patch": [[0], [0, 0, "value", "Clicked!"]]}
    )
    assert packet.hex(" ") == (
        "00 92 02 82 a2 69 64 09 a5 70 61 74 63 68 92 91 00 94 00 00 a5 76 61 6c 75 65 "
        "a8 43 6c 69 63 6b 65 64 21"
    )


def test_data_channel_packets_carry_no_message():
    assert decode_packet(b"\x01\x00\x00\x00\x00abc") is None


@pytest.mark.parametrize(
    ("packet", "reason"),
    [
        (b"", "empty packet"),
        (b"\x07abc", "unknown packet type"),
        (b"\x00\xc1", "byte 0xc1 at 0 is not msgpack"),
        (b"\x00" + msgpack.packb([99, {}]), "unknown action 99"),
        (b"\x00" + msgpack.packb({"a": 1}), r"expected \[action, body\]"),
        (b"\x00" + msgpack.packb([1, {}]) + b"extra", "5 bytes of extra data"),
    ],
)
def test_malformed_packets_raise_protocol_error(packet, reason):
    with pytest.raises(ProtocolError, match=reason):
        decode_packet(packet)


def test_values_that_cannot_be_sent_say_so():
    with pytest.raises(TypeError, match="cannot send a object"):
        encode_packet(Action.PATCH_CONTROL, object())


def test_actions_are_the_seven_of_the_protocol():
    assert [(a.name, a.value) for a in Action] == [
        ("REGISTER_CLIENT", 1),
        ("PATCH_CONTROL", 2),
        ("CONTROL_EVENT", 3),
        ("UPDATE_CONTROL_PROPS", 4),
        ("INVOKE_METHOD", 5),
        ("SESSION_CRASHED", 6),
        ("PYTHON_OUTPUT", 7),
    ]
