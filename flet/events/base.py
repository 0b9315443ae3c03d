"""What every event is: :class:`ControlEvent`, and the machinery of typed events whose
attributes are read from the client's compact data by declared paths (``DataEvent``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any

__all__ = [
    "ALWAYS_SENT",
    "ControlEvent",
    "DataEvent",
    "Positioned",
    "at",
    "finite",
    "legacy_data",
    "read",
]

#: Events the client sends whether or not the control declares a handler for them (a drawer's
#: ``dismiss``); any other event a control does not declare is dropped with a warning.
ALWAYS_SENT = frozenset({"dismiss"})


@dataclass(slots=True)
class ControlEvent:
    """``e.control`` raised event ``e.name`` with ``e.data``; ``e.page`` is its page.

    Keys of a map in ``data`` read as attributes too: ``e.width`` for a resize.
    """

    target: int
    name: str
    data: Any
    control: Any
    page: Any

    def __getattr__(self, name: str) -> Any:
        data = object.__getattribute__(self, "data")
        if isinstance(data, dict):
            if name in data:
                return data[name]
            short = _POINTER_FIELDS.get(name)
            if short is not None and isinstance(data.get(short[0]), dict):
                return data[short[0]].get(short[1])
            if name == "kind" and "k" in data:
                return data["k"]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")


#: Pointer events carry compact keys (protocol §10.1); async-era handlers read these names.
_POINTER_FIELDS = {
    "local_x": ("l", "x"),
    "local_y": ("l", "y"),
    "global_x": ("g", "x"),
    "global_y": ("g", "y"),
}


def legacy_data(data: Any) -> Any:
    """``e.data`` as Flet 0.25 gave it for scalars: text (``"true"``, ``"0.5"``, ``"2"``).

    Async-era handlers compare ``e.data == "true"`` or call ``float(e.data)``; maps, lists,
    dates and ``None`` are passed through as the client sent them.
    """
    if isinstance(data, bool):
        return "true" if data else "false"
    if isinstance(data, int | float):
        return str(data)
    return data


# -- typed control events ---------------------------------------------------------------------
#
# Each attribute the async era's event classes had is declared once with the path of the
# 1.0.5 client's compact data it comes from (``("l", "x")``: ``data["l"]["x"]``) and the kind
# it must have; a value that is missing or of another kind reads as ``None``.


def at(*path: str, kind: type = float) -> Any:
    return field(default=None, metadata={"path": path, "kind": kind})


def read(data: Any, path: tuple[str, ...], kind: type) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    if kind is float:
        return finite(data)
    if kind is int:
        return data if isinstance(data, int) and not isinstance(data, bool) else None
    if issubclass(kind, Enum):  # the client sends a Dart enum's name: the member's value
        return kind._value2member_map_.get(data) if isinstance(data, str) else None
    return data if isinstance(data, kind) else None


def finite(data: Any) -> float | None:
    if isinstance(data, bool) or not isinstance(data, int | float):
        return None
    try:
        number = float(data)
    except OverflowError:  # an int beyond a float's range
        return None
    return number if math.isfinite(number) else None


@dataclass(slots=True)
class DataEvent(ControlEvent):
    """An event whose attributes are read from the client's data by their declared paths."""

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        declared = (f for f in fields(cls) if "path" in f.metadata)
        values = {f.name: read(data, f.metadata["path"], f.metadata["kind"]) for f in declared}
        return cls(target, name, cls._shown_data(data, values), control, page, **values)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        """``e.data`` as handlers of the async era read it (the client's map by default)."""
        return data


@dataclass(slots=True)
class Positioned(DataEvent):
    local_x: float | None = at("l", "x")
    local_y: float | None = at("l", "y")
    global_x: float | None = at("g", "x")
    global_y: float | None = at("g", "y")
