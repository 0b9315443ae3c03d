"""The wire protocol of the Flet 1.0.5 client: actions, packet framing, the msgpack codec, the
bounds of a packet and the typed messages the client sends.

Dependency rule: stdlib and msgpack only. Whatever bytes arrive, :func:`read_packet` returns a
typed message or raises :class:`ProtocolError`; nothing past it sees raw client data shapes.
"""

from flet.protocol.actions import Action
from flet.protocol.bounds import CLIENT_LIMITS, Limits
from flet.protocol.codec import Message, decode_packet, encode_packet
from flet.protocol.errors import ProtocolError, brief, describe
from flet.protocol.messages import (
    ClientEvent,
    ClientMessage,
    InvokeMethodResult,
    RegisterClient,
    UpdateControlProps,
    parse_message,
    read_packet,
)

__all__ = [
    "CLIENT_LIMITS",
    "Action",
    "ClientEvent",
    "ClientMessage",
    "InvokeMethodResult",
    "Limits",
    "Message",
    "ProtocolError",
    "RegisterClient",
    "UpdateControlProps",
    "brief",
    "decode_packet",
    "describe",
    "encode_packet",
    "parse_message",
    "read_packet",
]
