"""The protocol's one error type, and how its messages describe a value they refused.

A refused value came from the client and may be anything: 8 MB of text, a map nested a thousand
levels deep. Messages therefore name a value's shape (``a map of 3 entries``) and never ``repr``
it: a ``repr`` of a deep value raises ``RecursionError`` and one of a huge value floods the log.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ProtocolError", "brief", "describe"]

#: How much of a client's text an error message quotes.
QUOTE_CHARS = 60


class ProtocolError(ValueError):
    """A packet that does not follow the protocol; the session logs one line and drops it."""


def describe(value: Any) -> str:
    """The shape of ``value`` in a few words, without looking inside it."""
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "a bool"
    if isinstance(value, str):
        return f"a string of {len(value)} characters"
    if isinstance(value, bytes):
        return f"{len(value)} bytes of binary"
    if isinstance(value, dict):
        return f"a map of {len(value)} entries"
    if isinstance(value, list):
        return f"a list of {len(value)} items"
    kind = type(value).__name__
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"


def brief(text: str) -> str:
    """``text`` quoted for a log line, cut to :data:`QUOTE_CHARS` characters."""
    if len(text) <= QUOTE_CHARS:
        return repr(text)
    return f"{text[:QUOTE_CHARS]!r}... ({len(text)} characters)"
