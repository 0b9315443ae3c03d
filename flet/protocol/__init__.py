"""The wire protocol of the Flet 1.0.5 client: actions, packet framing, the msgpack codec.

Dependency rule: stdlib and msgpack only.
"""

from flet.protocol.actions import Action
from flet.protocol.codec import Message, ProtocolError, decode_packet, encode_packet

__all__ = ["Action", "Message", "ProtocolError", "decode_packet", "encode_packet"]
