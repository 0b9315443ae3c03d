"""``WireValue``, the base of value objects (defined in the core, which may not import this)."""

from flet.core.values import WireValue

__all__ = ["WireValue"]
