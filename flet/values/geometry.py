"""Value objects for geometry: alignment, insets (padding, margin), border radius, offsets.

Each has ``to_wire()`` giving the map the client parses (protocol §12.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from flet.values.wire import WireValue

__all__ = ["Alignment", "BorderRadius", "Insets", "Offset"]


@dataclass(slots=True)
class Alignment(WireValue):
    """A point in a box: x and y from -1 (start) to 1 (end); 0, 0 is the centre."""

    x: float
    y: float

    # 1.0.5 spellings (``ft.Alignment.CENTER``); the seed-era ones are in ``ft.alignment``
    TOP_LEFT: ClassVar[Alignment]
    TOP_CENTER: ClassVar[Alignment]
    TOP_RIGHT: ClassVar[Alignment]
    CENTER_LEFT: ClassVar[Alignment]
    CENTER: ClassVar[Alignment]
    CENTER_RIGHT: ClassVar[Alignment]
    BOTTOM_LEFT: ClassVar[Alignment]
    BOTTOM_CENTER: ClassVar[Alignment]
    BOTTOM_RIGHT: ClassVar[Alignment]

    def to_wire(self) -> dict[str, Any]:
        return {"x": self.x, "y": self.y}


for _name, _x, _y in (
    ("TOP_LEFT", -1, -1),
    ("TOP_CENTER", 0, -1),
    ("TOP_RIGHT", 1, -1),
    ("CENTER_LEFT", -1, 0),
    ("CENTER", 0, 0),
    ("CENTER_RIGHT", 1, 0),
    ("BOTTOM_LEFT", -1, 1),
    ("BOTTOM_CENTER", 0, 1),
    ("BOTTOM_RIGHT", 1, 1),
):
    setattr(Alignment, _name, Alignment(_x, _y))


@dataclass(slots=True)
class Insets(WireValue):
    """Space on each side (padding, margin)."""

    left: float = 0
    top: float = 0
    right: float = 0
    bottom: float = 0

    @classmethod
    def all(cls, value: float) -> Insets:
        return cls(value, value, value, value)

    @classmethod
    def symmetric(cls, vertical: float = 0, horizontal: float = 0) -> Insets:
        return cls(horizontal, vertical, horizontal, vertical)

    @classmethod
    def only(cls, left: float = 0, top: float = 0, right: float = 0, bottom: float = 0) -> Insets:
        return cls(left, top, right, bottom)

    @classmethod
    def zero(cls) -> Insets:
        return cls()

    def to_wire(self) -> dict[str, Any]:
        return {"left": self.left, "top": self.top, "right": self.right, "bottom": self.bottom}


@dataclass(slots=True)
class BorderRadius(WireValue):
    top_left: float = 0
    top_right: float = 0
    bottom_left: float = 0
    bottom_right: float = 0

    @classmethod
    def all(cls, value: float) -> BorderRadius:
        return cls(value, value, value, value)

    @classmethod
    def only(
        cls,
        top_left: float = 0,
        top_right: float = 0,
        bottom_left: float = 0,
        bottom_right: float = 0,
    ) -> BorderRadius:
        return cls(top_left, top_right, bottom_left, bottom_right)

    @classmethod
    def vertical(cls, top: float = 0, bottom: float = 0) -> BorderRadius:
        return cls(top, top, bottom, bottom)

    @classmethod
    def horizontal(cls, left: float = 0, right: float = 0) -> BorderRadius:
        return cls(left, right, left, right)

    def to_wire(self) -> dict[str, Any]:
        return {
            "top_left": self.top_left,
            "top_right": self.top_right,
            "bottom_left": self.bottom_left,
            "bottom_right": self.bottom_right,
        }


@dataclass(slots=True)
class Offset(WireValue):
    x: float = 0
    y: float = 0

    def to_wire(self) -> dict[str, Any]:
        return {"x": self.x, "y": self.y}
