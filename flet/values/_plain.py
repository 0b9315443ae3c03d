"""The one encoder value objects share: dataclass fields → the plain map the client parses.

A value object's map holds its fields that are not ``None`` (empty lists and dicts are left
out too, as Flet 1.0.5 does), nested value objects as their own maps, enums as their values,
and ``_type`` for the kinds the client tells apart by it (gradients, shapes, input borders).
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, ClassVar

from flet.values.wire import WireValue

__all__ = ["DataValue", "plain", "state_value"]

# async-era ``MaterialState.DEFAULT`` was "" (0.21); 1.0.5 calls that state "default"
_STATE_ALIASES = {"": "default"}


def plain(value: Any) -> Any:
    """``value`` as msgpack-ready data: value objects mapped, enums by value, keys too."""
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, WireValue):
        return value.to_wire()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items() if v is not None}
    return value


def state_value(value: Any) -> Any:
    """A value that may differ per widget state: ``{ft.ControlState.HOVERED: "red", ...}``.

    Keys become the 1.0.5 state names (``"hovered"``, ``"default"``...); a plain value stays
    as it is (the client applies it to every state).
    """
    if not isinstance(value, dict):
        return plain(value)
    states = {}
    for key, item in value.items():
        name = plain(key)
        if item is not None:
            states[_STATE_ALIASES.get(name, name)] = plain(item)
    return states


class DataValue(WireValue):
    """Base of the dataclass value objects: ``to_wire()`` derived from the fields.

    ``wire_type`` (when set) is sent as ``_type``; fields named in ``state_fields`` may be a
    per-state dict (see :func:`state_value`).
    """

    __slots__ = ()
    wire_type: ClassVar[str | None] = None
    state_fields: ClassVar[frozenset[str]] = frozenset()

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {} if self.wire_type is None else {"_type": self.wire_type}
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            if value is None or (isinstance(value, list | tuple | dict) and not value):
                continue
            encode = state_value if field.name in self.state_fields else plain
            wire[field.name] = encode(value)
        return wire
