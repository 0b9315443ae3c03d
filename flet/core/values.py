"""The base of value objects: plain maps on the wire (styles, borders, themes, gradients...)."""

from __future__ import annotations

from typing import Any

__all__ = ["WireValue"]


class WireValue:
    """A value object the client reads as a plain map (no ``_c``), pruned of unset fields.

    Subclasses are dataclasses, mutable (the snapshot re-encodes them on each update);
    ``to_wire()`` gives the map of protocol.md §12.2.
    Controls accept an instance or the same map written as a ``dict``.
    """

    __slots__ = ()

    def to_wire(self) -> Any:
        raise NotImplementedError
