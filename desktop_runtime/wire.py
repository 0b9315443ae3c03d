"""The one place where the core's 1.0.5 packets and the 0.82.2 desktop client's wire differ.

Framing. The core writes packets (a type byte, then for type ``0x00`` a msgpack
``[action, body]``; protocol §4). Flet 0.82.2's socket client (``FletSocketBackendChannel``)
reads and writes a bare stream of msgpack values, one ``[action, body]`` after another, with
no type byte and no length prefix: :func:`to_stream` drops the type byte, and
:class:`StreamDecoder` cuts the client's stream into values again. Data-channel packets
(``0x01``, 1.0.5 only) have no equivalent there and are dropped.

Messages. Actions 1-6, body keys, control and property names are those of 1.0.5 for all the
controls the counter, the era's examples and the window use, with one difference: the 0.82.2
page carries its desktop window as a ``Window`` control with id 2 (``page.window``), which the
web client has no use for. :class:`Translator` adds that control to the register reply's page
with the settings the app made, and takes what the client says about it (``[4, {id: 2}]``
property reports, ``[3, {target: 2, name: "event"}]`` window events) away from the session
(which knows no control 2) to the window (``desktop_runtime.window``), and drops the answers
to the window's method calls (``[5, {control_id: 2}]``), which nobody waits for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import msgpack

from flet.protocol import CLIENT_LIMITS, Action, Limits
from flet.protocol.codec import DATA_CHANNEL_PACKET, MESSAGE_PACKET, unpacker_limits

__all__ = ["WINDOW_ID", "StreamDecoder", "StreamError", "Translator", "to_stream"]

log = logging.getLogger("flet")

#: the id of the page's Window control in the 0.82.2 client
WINDOW_ID = 2


class StreamError(ValueError):
    """The client's byte stream is not a sequence of msgpack values within the limits."""


def to_stream(packet: bytes) -> bytes | None:
    """What the 0.82.2 client reads for one of the core's packets: the msgpack value alone;
    ``None`` for a packet it has no equivalent of (a data-channel frame)."""
    if packet[:1] == bytes([MESSAGE_PACKET]):
        return packet[1:]
    if packet[:1] == bytes([DATA_CHANNEL_PACKET]):
        return None
    raise ValueError(f"not a packet of the core: type byte {packet[:1]!r}")


def to_packet(value: Any) -> bytes:
    """A value the client sent, as the core's packet (``0x00`` + msgpack)."""
    data: bytes = msgpack.packb(value, use_bin_type=True)
    return bytes([MESSAGE_PACKET]) + data


class StreamDecoder:
    """Cuts the client's byte stream into msgpack values, whatever the chunk boundaries.

    Ext types are kept as they came (the core's codec decodes them); a value larger than
    ``limits.max_packet`` or with longer strings or lists than ``limits`` allow raises
    :class:`StreamError`: the stream cannot be trusted past it.
    """

    def __init__(self, limits: Limits = CLIENT_LIMITS) -> None:
        self._unpacker = msgpack.Unpacker(
            raw=False,
            strict_map_key=False,
            max_buffer_size=limits.max_packet,
            **unpacker_limits(limits),
        )

    def feed(self, chunk: bytes) -> Iterator[Any]:
        """The values completed by ``chunk``."""
        try:
            self._unpacker.feed(chunk)
            yield from self._unpacker
        except (ValueError, msgpack.UnpackException) as exc:
            reason = str(exc).splitlines()[0][:100] if str(exc) else type(exc).__name__
            raise StreamError(
                f"the desktop client sent bytes that are not msgpack ({reason})"
            ) from None


class Translator:
    """Converts between the core's packets and the desktop client's messages.

    ``window_props`` gives the window settings to put in the register reply;
    ``on_window_props`` and ``on_window_event`` receive what the client says about its
    window.
    """

    def __init__(
        self,
        window_props: Callable[[], dict[str, Any]],
        on_window_props: Callable[[dict[str, Any]], None],
        on_window_event: Callable[[str], None],
    ) -> None:
        self._window_props = window_props
        self._on_window_props = on_window_props
        self._on_window_event = on_window_event

    def to_client(self, packet: bytes) -> bytes | None:
        """The bytes to write for one of the core's packets (``None``: nothing to write)."""
        data = to_stream(packet)
        if data is None or data[1:2] != bytes([int(Action.REGISTER_CLIENT)]):
            return data  # [action, body] is 0x92 then the action as a fixint
        action, body = msgpack.unpackb(data, raw=False, strict_map_key=False)
        patch = body.get("page_patch")
        if isinstance(patch, dict) and patch:
            patch["window"] = {"_c": "Window", "_i": WINDOW_ID, **self._window_props()}
        return msgpack.packb([action, body], use_bin_type=True)  # type: ignore[no-any-return]

    def to_core(self, value: Any) -> bytes | None:
        """The core's packet for one value the client sent (``None``: the window took it)."""
        if isinstance(value, list) and len(value) == 2 and isinstance(value[1], dict):
            action, body = value
            if action == Action.UPDATE_CONTROL_PROPS and body.get("id") == WINDOW_ID:
                props = body.get("props")
                if isinstance(props, dict):
                    self._on_window_props(props)
                return None
            if action == Action.CONTROL_EVENT and body.get("target") == WINDOW_ID:
                data = body.get("data")
                kind = data.get("type") if isinstance(data, dict) else None
                if isinstance(kind, str):
                    self._on_window_event(kind)
                return None
            if action == Action.INVOKE_METHOD and body.get("control_id") == WINDOW_ID:
                return None  # the answer to a window method, sent without waiting
        return to_packet(value)
