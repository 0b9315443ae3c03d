"""The 0.82.2 client's wire: bare msgpack framing, the Window control, the window's settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgpack
import pytest

from desktop_runtime.window import client_props
from desktop_runtime.wire import WINDOW_ID, StreamDecoder, StreamError, Translator, to_stream
from flet.protocol import (
    Action,
    ClientEvent,
    Limits,
    RegisterClient,
    encode_packet,
    read_packet,
)
from flet.protocol.codec import encode_data_frame

REGISTER = [1, {"session_id": None, "page_name": "", "page": {"route": "/", "width": 800.0}}]


class Recorder:
    def __init__(self, window: dict[str, Any] | None = None) -> None:
        self.window = window or {}
        self.props: list[dict[str, Any]] = []
        self.events: list[str] = []

    def translator(self) -> Translator:
        return Translator(lambda: self.window, self.props.append, self.events.append)


def test_a_packet_goes_out_as_its_msgpack_value_alone():
    packet = encode_packet(Action.PATCH_CONTROL, {"id": 9, "patch": [[0], [0, 0, "value", "x"]]})
    assert to_stream(packet) == packet[1:]
    assert msgpack.unpackb(to_stream(packet)) == [
        2,
        {"id": 9, "patch": [[0], [0, 0, "value", "x"]]},
    ]
    assert to_stream(encode_data_frame(3, b"frame")) is None  # no data channels in 0.82.2


@pytest.mark.parametrize("chunk", [1, 2, 7, 1000])
def test_the_clients_stream_is_cut_into_messages_whatever_the_chunks(chunk: int):
    values = [
        REGISTER,
        [3, {"target": 8, "name": "click", "data": None}],
        [4, {"id": 1, "props": {}}],
    ]
    stream = b"".join(msgpack.packb(v) for v in values)
    decoder = StreamDecoder()
    got = [v for i in range(0, len(stream), chunk) for v in decoder.feed(stream[i : i + chunk])]
    assert got == values


def test_a_message_becomes_the_cores_packet_with_ext_types_kept():
    moment = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    sent = [
        3,
        {"target": 5, "name": "change", "data": msgpack.ExtType(1, moment.isoformat().encode())},
    ]
    [value] = list(StreamDecoder().feed(msgpack.packb(sent)))
    packet = Recorder().translator().to_core(value)
    assert packet is not None
    message = read_packet(packet)
    assert isinstance(message, ClientEvent) and message.data == moment
    register = read_packet(Recorder().translator().to_core(REGISTER) or b"")
    assert isinstance(register, RegisterClient) and register.route == "/"


def test_bytes_that_are_not_msgpack_or_too_big_end_the_stream():
    with pytest.raises(StreamError, match="not msgpack"):
        list(StreamDecoder().feed(b"\xc1"))  # 0xc1 is never used in msgpack
    small = StreamDecoder(Limits(max_packet=1024, max_str_len=100))
    with pytest.raises(StreamError):
        list(small.feed(msgpack.packb([3, {"name": "x" * 500}])))


def test_the_register_reply_carries_the_window_control_with_the_apps_settings():
    recorder = Recorder({"width": 640, "height": 480})
    page = {"_c": "Page", "_i": 1, "views": []}
    reply = encode_packet(
        Action.REGISTER_CLIENT, {"session_id": "s", "page_patch": page, "error": ""}
    )
    out = recorder.translator().to_client(reply)
    assert out is not None
    action, body = msgpack.unpackb(out, strict_map_key=False)
    assert action == 1
    assert body["page_patch"]["window"] == {
        "_c": "Window",
        "_i": WINDOW_ID,
        "width": 640,
        "height": 480,
    }
    assert body["page_patch"]["views"] == [] and body["session_id"] == "s"


def test_an_error_reply_gets_no_window():
    reply = encode_packet(
        Action.REGISTER_CLIENT, {"session_id": "s", "page_patch": {}, "error": "boom"}
    )
    out = Recorder({"width": 1}).translator().to_client(reply)
    assert msgpack.unpackb(out or b"") == [
        1,
        {"session_id": "s", "page_patch": {}, "error": "boom"},
    ]


def test_what_the_client_says_of_its_window_goes_to_the_window_not_the_session():
    recorder = Recorder()
    translator = recorder.translator()
    state = {"width": 900.0, "height": 300.0, "maximized": False}
    assert translator.to_core([4, {"id": WINDOW_ID, "props": state}]) is None
    assert (
        translator.to_core([3, {"target": WINDOW_ID, "name": "event", "data": {"type": "close"}}])
        is None
    )
    answer = [5, {"control_id": WINDOW_ID, "call_id": "window-1", "result": None, "error": None}]
    assert translator.to_core(answer) is None
    assert recorder.props == [state]
    assert recorder.events == ["close"]
    assert translator.to_core([4, {"id": 1, "props": {"width": 900.0}}]) is not None


def test_resizable_false_is_sent_as_a_fixed_size():
    assert client_props({"width": 640, "resizable": False}, {"width": 1280.0, "height": 720.0}) == {
        "width": 640,
        "min_width": 640,
        "max_width": 640,
        "min_height": 720.0,
        "max_height": 720.0,
    }
    assert client_props({"width": 640, "resizable": True}, {}) == {"width": 640, "resizable": True}
