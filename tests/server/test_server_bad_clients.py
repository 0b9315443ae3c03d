"""Server mode against clients that misbehave, over real sockets: a real uvicorn serving the
specification's counter (examples/fastapi/counter.py) on 127.0.0.1, and raw WebSocket clients
(the ``websockets`` package) beside one that speaks the protocol. Each bad client gets a clear
close code; the good one is served throughout."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import msgpack
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from flet.protocol import Action, decode_packet, encode_packet
from tests.browser.harness import AsgiServer, start_asgi_server
from tests.support.apps import ROOT

pytestmark = pytest.mark.host_only

PAGE = {"route": "/", "web": True, "pyodide": False, "width": 800, "height": 600, "window": {}}


@pytest.fixture(scope="module")
def server() -> Iterator[AsgiServer]:
    started = start_asgi_server(
        "counter:app", ROOT / "examples" / "fastapi", env={"FLET_REGISTER_TIMEOUT": "2"}
    )
    yield started
    started.stop()


def ws_url(server: AsgiServer) -> str:
    return f"ws://127.0.0.1:{server.port}/ws"


def register(ws: ClientConnection, session_id: str | None = None) -> dict:
    body = {"session_id": session_id, "page_name": "", "page": PAGE}
    ws.send(encode_packet(Action.REGISTER_CLIENT, body))
    reply = decode_packet(ws.recv(timeout=10), limits=None)
    assert reply is not None and reply.action == Action.REGISTER_CLIENT
    return reply.body


def good_client_counts(server: AsgiServer) -> None:
    """A client that registers, finds the button and clicks it: the count goes to 1."""
    with connect(ws_url(server), max_size=None) as ws:
        reply = register(ws)
        assert reply["error"] == "" and reply["session_id"]
        clicks_to(ws, reply, b"\xa11")  # value "1"


def clicks_to(ws: ClientConnection, reply: dict, value: bytes) -> None:
    """Click the counter's button in the session ``reply`` registered; the count shows
    ``value`` (its msgpack bytes)."""
    fab = reply["page_patch"]["views"][0]["floating_action_button"]
    ws.send(
        encode_packet(Action.CONTROL_EVENT, {"target": fab["_i"], "name": "click", "data": None})
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        message = decode_packet(ws.recv(timeout=10), limits=None)
        if message is not None and message.action == Action.PATCH_CONTROL:
            assert msgpack.packb(message.body).find(value) >= 0
            return
    raise AssertionError("the click was not answered")


def closed_with(ws: ClientConnection, timeout: float = 10) -> int | None:
    try:
        while True:
            ws.recv(timeout=timeout)
    except ConnectionClosed as closed:
        return closed.rcvd.code if closed.rcvd is not None else None


def test_an_oversized_frame_closes_that_connection_with_1009(server: AsgiServer):
    with connect(ws_url(server), max_size=None) as ws:
        register(ws)
        ws.send(b"\x00" + b"x" * (17 * 1024 * 1024))
        assert closed_with(ws) == 1009
    good_client_counts(server)


def test_text_and_garbage_first_frames_get_1003_and_1008(server: AsgiServer):
    with connect(ws_url(server)) as ws:
        ws.send('{"action": "register"}')
        assert closed_with(ws) == 1003
    with connect(ws_url(server)) as ws:
        ws.send(b"\x00\xc1\xc1\xc1")
        assert closed_with(ws) == 1008
    good_client_counts(server)


@pytest.mark.parametrize(
    ("garbage", "why"),
    [
        (b"\x00\xc1\xc1\xc1", "byte 0xc1 at 0 is not msgpack"),
        (b"\x00" + msgpack.packb([3, "click"]), "CONTROL_EVENT body must be a map"),
        (b"\x01\x02", "not a data-channel frame (2 bytes)"),
    ],
    ids=["not-msgpack", "bad-body", "short-data-frame"],
)
def test_a_malformed_frame_mid_session_closes_that_connection_with_1007_and_keeps_the_session(
    server: AsgiServer, garbage: bytes, why: str
):
    warnings_before = server.log().count("a frame that is not a valid Flet 1.0.5 packet")
    with connect(ws_url(server)) as bad, connect(ws_url(server)) as other:
        first = register(bad)
        clicks_to(bad, first, b"\xa11")
        reply = register(other)
        bad.send(garbage)
        assert closed_with(bad) == 1007
        clicks_to(other, reply, b"\xa11")  # the other session is served as before
        clicks_to(other, reply, b"\xa12")
    with connect(ws_url(server)) as back:
        again = register(back, first["session_id"])
        assert again["session_id"] == first["session_id"]
        clicks_to(back, again, b"\xa12")  # its count was 1: the same session, resumed
    log = server.log()
    assert log.count("a frame that is not a valid Flet 1.0.5 packet") == warnings_before + 1
    assert why in log


def test_a_flood_of_clients_that_never_register_is_closed_with_1008_and_others_are_served(
    server: AsgiServer,
):
    with contextlib.ExitStack() as stack:
        idle = [stack.enter_context(connect(ws_url(server))) for _ in range(100)]
        good_client_counts(server)
        codes = {closed_with(ws, timeout=15) for ws in idle}
        assert codes == {1008}
        good_client_counts(server)


def test_a_flood_past_max_sessions_gets_1013_and_the_sessions_in_are_served_throughout():
    server = start_asgi_server(
        "counter:app",
        ROOT / "examples" / "fastapi",
        env={"FLET_MAX_SESSIONS": "20", "FLET_SESSION_TIMEOUT": "2"},
    )
    try:
        with contextlib.ExitStack() as stack:
            inside = [stack.enter_context(connect(ws_url(server))) for _ in range(20)]
            replies = [register(ws) for ws in inside]
            assert len({r["session_id"] for r in replies}) == 20
            for _ in range(30):
                with connect(ws_url(server)) as refused:
                    refused.send(
                        encode_packet(
                            Action.REGISTER_CLIENT,
                            {"session_id": None, "page_name": "", "page": PAGE},
                        )
                    )
                    assert closed_with(refused) == 1013
            for ws, reply in zip(inside, replies, strict=True):
                clicks_to(ws, reply, b"\xa11")  # each session counts, undisturbed
        # the 20 left; once they expire (2 s) a new client gets in
        time.sleep(3)
        good_client_counts(server)
        assert "this app already serves 20 sessions; try again later" in server.log()
    finally:
        server.stop()
