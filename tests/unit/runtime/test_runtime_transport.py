"""PostMessageTransport on CPython: a fake Uint8Array stands in for the JavaScript one."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import pytest

from flet.transport import TransportClosed
from pyodide_runtime.transport import PostMessageTransport
from tests.support.loop import run


class FakeUint8Array:
    """What ``pyodide.ffi.to_js(bytes)`` returns, reduced to what the tests look at."""

    def __init__(self, data: bytes) -> None:
        self.data = bytes(data)

    def to_bytes(self) -> bytes:
        return self.data


def test_send_converts_each_packet_once_and_posts_it() -> None:
    posted: list[FakeUint8Array] = []
    transport = PostMessageTransport(posted.append, FakeUint8Array)

    transport.send(b"\x00abc")
    transport.send(b"\x00")

    assert [type(u8) for u8 in posted] == [FakeUint8Array, FakeUint8Array]
    assert [u8.data for u8 in posted] == [b"\x00abc", b"\x00"]


def test_feed_js_delivers_packets_in_order() -> None:
    async def scenario() -> list[bytes]:
        transport = PostMessageTransport(lambda u8: None, FakeUint8Array)
        transport.feed_js(FakeUint8Array(b"\x00one"))
        transport.feed_js(FakeUint8Array(b"\x00two"))
        return [await transport.receive(), await transport.receive()]

    assert run(scenario()) == [b"\x00one", b"\x00two"]


def test_close_ends_receive_and_refuses_send() -> None:
    async def scenario() -> None:
        transport = PostMessageTransport(lambda u8: None, FakeUint8Array)
        waiting = asyncio.ensure_future(transport.receive())
        await asyncio.sleep(0)
        transport.close()
        with pytest.raises(TransportClosed):
            await waiting
        with pytest.raises(TransportClosed):
            transport.send(b"\x00late")

    run(scenario())


def test_default_conversion_is_a_uint8array_in_pyodide_and_missing_on_cpython() -> None:
    posted: list[Any] = []
    transport = PostMessageTransport(posted.append)
    if sys.platform != "emscripten":
        with pytest.raises(ModuleNotFoundError, match="pyodide"):
            transport.send(b"\x00")
        return
    transport.send(b"\x00ab")
    (u8,) = posted
    assert u8.constructor.name == "Uint8Array"
    assert (u8.byteOffset, u8.byteLength, u8.buffer.byteLength) == (0, 3, 3)
    assert u8.to_bytes() == b"\x00ab"
