"""Borders: the sides of a box (``BorderSide``, ``Border``), outlined shapes of buttons and
cards (``RoundedRectangleBorder``...), and the borders of text fields.

Shapes and input borders carry ``_type`` on the wire: the client picks the Flutter class by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from flet.values._plain import DataValue, plain
from flet.values.enums_material import InputBorder
from flet.values.enums_painting import BorderSideStrokeAlign, BorderStyle
from flet.values.geometry import BorderRadius

__all__ = [
    "BeveledRectangleBorder",
    "Border",
    "BorderSide",
    "CircleBorder",
    "ContinuousRectangleBorder",
    "NoInputBorder",
    "OutlineInputBorder",
    "OutlinedBorder",
    "RoundedRectangleBorder",
    "StadiumBorder",
    "UnderlineInputBorder",
    "input_border",
]

Number = int | float
Radius = int | float | BorderRadius | dict[str, Any]


@dataclass(slots=True)
class BorderSide(DataValue):
    """One side of a border: ``ft.BorderSide(2, ft.Colors.RED)``."""

    width: Number | None = None
    color: str | None = None
    stroke_align: BorderSideStrokeAlign | Number | None = None
    style: BorderStyle | str | None = None

    @staticmethod
    def none() -> BorderSide:
        """A side that is not drawn."""
        return BorderSide(0, style=BorderStyle.NONE)


@dataclass(slots=True)
class Border(DataValue):
    """The four sides of a box; a missing side is not drawn (``ft.border.all(1, "red")``)."""

    top: BorderSide | None = None
    right: BorderSide | None = None
    bottom: BorderSide | None = None
    left: BorderSide | None = None

    @classmethod
    def all(
        cls, width: Number | None = None, color: str | None = None, side: BorderSide | None = None
    ) -> Border:
        """The same side all round: ``width`` and ``color``, or ``side`` (1.0.5)."""
        side = side or BorderSide(width, color)
        return cls(side, side, side, side)

    @classmethod
    def symmetric(
        cls, vertical: BorderSide | None = None, horizontal: BorderSide | None = None
    ) -> Border:
        return cls(top=vertical, right=horizontal, bottom=vertical, left=horizontal)

    @classmethod
    def only(
        cls,
        left: BorderSide | None = None,
        top: BorderSide | None = None,
        right: BorderSide | None = None,
        bottom: BorderSide | None = None,
    ) -> Border:
        return cls(top=top, right=right, bottom=bottom, left=left)


class OutlinedBorder(DataValue):
    """Base of the shapes a button, card or chip may take (``shape=`` properties)."""

    __slots__ = ()


@dataclass(slots=True)
class StadiumBorder(OutlinedBorder):
    side: BorderSide | None = None
    wire_type: ClassVar[str | None] = "stadium"


@dataclass(slots=True)
class RoundedRectangleBorder(OutlinedBorder):
    """``ft.RoundedRectangleBorder(radius=8)``: a number or ``ft.border_radius.only(...)``."""

    radius: Radius | None = None
    side: BorderSide | None = None
    wire_type: ClassVar[str | None] = "roundedRectangle"


@dataclass(slots=True)
class BeveledRectangleBorder(OutlinedBorder):
    radius: Radius | None = None
    side: BorderSide | None = None
    wire_type: ClassVar[str | None] = "beveledRectangle"


@dataclass(slots=True)
class ContinuousRectangleBorder(OutlinedBorder):
    radius: Radius | None = None
    side: BorderSide | None = None
    wire_type: ClassVar[str | None] = "continuousRectangle"


@dataclass(slots=True)
class CircleBorder(OutlinedBorder):
    side: BorderSide | None = None
    eccentricity: Number | None = None
    wire_type: ClassVar[str | None] = "circle"


@dataclass(slots=True)
class OutlineInputBorder(DataValue):
    """A text field's border drawn all round (what ``InputBorder.OUTLINE`` means)."""

    side: BorderSide | None = None
    border_radius: Radius | None = None
    gap_padding: Number | None = None
    wire_type: ClassVar[str | None] = "outline"


@dataclass(slots=True)
class UnderlineInputBorder(DataValue):
    side: BorderSide | None = None
    border_radius: Radius | None = None
    wire_type: ClassVar[str | None] = "underline"


@dataclass(slots=True)
class NoInputBorder(DataValue):
    wire_type: ClassVar[str | None] = "none"


def input_border(value: Any) -> Any:
    """A text field's ``border`` as the client reads it: ``{"_type": "outline", ...}``.

    Accepts the async-era ``ft.InputBorder.OUTLINE`` (or ``"outline"``), an input border
    object, or a map (a per-state map ``{"default": ..., "focused": ...}`` passes through).
    """
    if isinstance(value, str):
        return {"_type": InputBorder(value.lower()).value}
    return plain(value)
