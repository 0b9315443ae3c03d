"""The postMessage transport: packets cross the worker boundary as transferable ``Uint8Array``s.

Outgoing: one copy, Python ``bytes`` -> a fresh ``Uint8Array`` (``pyodide.ffi.to_js``), which the
worker posts with its buffer in the transfer list. Incoming: the worker hands each packet's
``Uint8Array`` to ``feed_js``, one copy into ``bytes``. Nothing else crosses: no dicts or lists
are converted between Python and JavaScript.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from flet.transport import QueueTransport

__all__ = ["BytesView", "PostMessageTransport", "to_uint8array"]


class BytesView(Protocol):
    """What ``feed_js`` needs of a packet: a ``pyodide.ffi.JsBuffer`` (a ``Uint8Array``)."""

    def to_bytes(self) -> bytes: ...


def to_uint8array(packet: bytes) -> Any:
    """A new JavaScript ``Uint8Array`` holding ``packet`` (only inside Pyodide)."""
    from pyodide.ffi import to_js  # only in Pyodide

    return to_js(packet)


class PostMessageTransport(QueueTransport):
    """A ``QueueTransport`` whose packets leave through ``post_packet(u8)``.

    ``post_packet`` is the worker's JavaScript function that posts a ``Uint8Array``,
    transferring its buffer. ``convert`` turns ``bytes`` into what ``post_packet`` takes; tests
    on CPython pass their own.
    """

    def __init__(
        self,
        post_packet: Callable[[Any], object],
        convert: Callable[[bytes], Any] = to_uint8array,
    ) -> None:
        super().__init__(self._post)
        self._post_packet = post_packet
        self._convert = convert

    def feed_js(self, packet: BytesView) -> None:
        """Deliver a packet from the page: a ``Uint8Array`` as a ``JsBuffer`` proxy."""
        self.feed(packet.to_bytes())

    def _post(self, packet: bytes) -> None:
        self._post_packet(self._convert(packet))
