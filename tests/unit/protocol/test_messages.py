"""Typed message bodies: what the client sends becomes a dataclass, or one ProtocolError."""

import datetime as dt

import msgpack
import pytest

from flet.protocol import (
    Action,
    ClientEvent,
    InvokeMethodResult,
    ProtocolError,
    RegisterClient,
    UpdateControlProps,
    encode_packet,
    read_packet,
)
from tests.support.simclient import MEDIA


def test_the_register_request_of_the_real_client():
    page = {"route": "/?mode=x", "width": 1000, "height": 700, "media": MEDIA, "window": {}}
    body = {"session_id": None, "page_name": "", "page": page}
    message = read_packet(encode_packet(Action.REGISTER_CLIENT, body))
    assert message == RegisterClient(session_id=None, page_name="", page=page)
    assert isinstance(message, RegisterClient) and message.route == "/?mode=x"


def test_a_register_request_may_leave_out_what_it_does_not_know():
    message = read_packet(encode_packet(Action.REGISTER_CLIENT, {}))
    assert message == RegisterClient(session_id=None, page_name="", page={})
    assert message.route == "/"


def test_an_event_with_any_data():
    when = dt.datetime(2024, 1, 2, tzinfo=dt.UTC)
    for data in (None, "a", 1.5, {"l": {"x": 1}}, [1, 2], when):
        body = {"target": 12, "name": "change", "data": data}
        assert read_packet(encode_packet(Action.CONTROL_EVENT, body)) == ClientEvent(
            12, "change", data
        )


def test_an_event_without_data_has_none():
    packet = encode_packet(Action.CONTROL_EVENT, {"target": 3, "name": "click"})
    assert read_packet(packet) == ClientEvent(3, "click", None)


def test_property_changes():
    body = {"id": 12, "props": {"value": "ab"}}
    assert read_packet(encode_packet(Action.UPDATE_CONTROL_PROPS, body)) == UpdateControlProps(
        12, {"value": "ab"}
    )


def test_method_results_with_and_without_an_error():
    ok = {"control_id": 1, "call_id": "call-1", "result": {"a": [1]}, "error": None}
    assert read_packet(encode_packet(Action.INVOKE_METHOD, ok)) == InvokeMethodResult(
        "call-1", {"a": [1]}, None
    )
    failed = {"control_id": 1, "call_id": "call-2", "result": None, "error": "Unknown method"}
    assert read_packet(encode_packet(Action.INVOKE_METHOD, failed)) == InvokeMethodResult(
        "call-2", None, "Unknown method"
    )


def test_data_channel_packets_carry_no_message():
    assert read_packet(b"\x01\x00\x00\x00\x00abc") is None


@pytest.mark.parametrize(
    ("action", "body", "reason"),
    [
        # every action the client sends, with a body that is not a map
        (Action.REGISTER_CLIENT, [1], "REGISTER_CLIENT body must be a map, not a list of 1 items"),
        (Action.CONTROL_EVENT, "click", "CONTROL_EVENT body must be a map, not a string of 5"),
        (Action.UPDATE_CONTROL_PROPS, None, "UPDATE_CONTROL_PROPS body must be a map, not nil"),
        (Action.INVOKE_METHOD, 7, "INVOKE_METHOD body must be a map, not an int"),
        # missing fields
        (Action.CONTROL_EVENT, {"name": "click"}, "CONTROL_EVENT body has no 'target'"),
        (Action.CONTROL_EVENT, {"target": 3}, "CONTROL_EVENT body has no 'name'"),
        (Action.UPDATE_CONTROL_PROPS, {"id": 3}, "UPDATE_CONTROL_PROPS body has no 'props'"),
        (Action.UPDATE_CONTROL_PROPS, {"props": {}}, "UPDATE_CONTROL_PROPS body has no 'id'"),
        (Action.INVOKE_METHOD, {"result": 1}, "INVOKE_METHOD body has no 'call_id'"),
        # wrong types
        (Action.REGISTER_CLIENT, {"page": [1]}, "field 'page' must be a map, not a list"),
        (Action.REGISTER_CLIENT, {"page": {1: 2}}, "'page' has a key that is an int"),
        (Action.REGISTER_CLIENT, {"session_id": 5}, "'session_id' must be a string or nil"),
        (Action.REGISTER_CLIENT, {"page_name": None}, "'page_name' must be a string, not nil"),
        (Action.CONTROL_EVENT, {"target": "3", "name": "x"}, "'target' must be an int"),
        (
            Action.CONTROL_EVENT,
            {"target": True, "name": "x"},
            "'target' must be an int, not a bool",
        ),
        (
            Action.CONTROL_EVENT,
            {"target": 1.0, "name": "x"},
            "'target' must be an int, not a float",
        ),
        (Action.CONTROL_EVENT, {"target": 0, "name": "x"}, "'target' is no control id: 0"),
        (Action.CONTROL_EVENT, {"target": -5, "name": "x"}, "'target' is no control id: -5"),
        (Action.CONTROL_EVENT, {"target": 2**63, "name": "x"}, "is no control id: 9223372036"),
        (Action.CONTROL_EVENT, {"target": 3, "name": b"x"}, "'name' must be a string, not 1 bytes"),
        (Action.UPDATE_CONTROL_PROPS, {"id": 3, "props": [1]}, "'props' must be a map"),
        (Action.UPDATE_CONTROL_PROPS, {"id": 3, "props": {b"v": 1}}, "has a key that is 1 bytes"),
        (Action.INVOKE_METHOD, {"call_id": 5}, "'call_id' must be a string, not an int"),
        (Action.INVOKE_METHOD, {"call_id": "c", "error": {}}, "'error' must be a string or nil"),
        # what only the backend sends
        (Action.PATCH_CONTROL, {"id": 1, "patch": []}, "clients do not send PATCH_CONTROL"),
        (Action.SESSION_CRASHED, {"message": "x"}, "clients do not send SESSION_CRASHED"),
        (Action.PYTHON_OUTPUT, {"text": "x"}, "clients do not send PYTHON_OUTPUT"),
    ],
)
def test_bodies_that_do_not_fit_are_protocol_errors(action, body, reason):
    packet = b"\x00" + msgpack.packb([int(action), body], use_bin_type=True)
    with pytest.raises(ProtocolError, match=reason):
        read_packet(packet)


def test_errors_about_a_field_describe_its_value_briefly():
    body = {"target": 3, "name": {"k": "v" * 10_000}}
    with pytest.raises(ProtocolError) as raised:
        read_packet(encode_packet(Action.CONTROL_EVENT, body))
    assert (
        str(raised.value) == "CONTROL_EVENT field 'name' must be a string, not a map of 1 entries"
    )
