"""How canvas shapes are painted: ``ft.Paint``, its gradients and ``ft.PointMode``.

These are mutable dataclasses, as the async era's were: ``paint.color = "red"`` followed by
``canvas.update()`` reaches the client, because the snapshot reads ``to_wire()`` afresh each
time. Offsets (``begin``, ``center``...) are ``ft.Offset`` or ``(x, y)`` tuples; the client
reads both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from flet.values._plain import DataValue
from flet.values.box import Blur
from flet.values.enums_painting import (
    BlendMode,
    GradientTileMode,
    PaintingStyle,
    StrokeCap,
    StrokeJoin,
)
from flet.values.geometry import Offset

__all__ = [
    "Paint",
    "PaintGradient",
    "PaintLinearGradient",
    "PaintRadialGradient",
    "PaintSweepGradient",
    "PaintValueError",
    "PointMode",
]

Number = int | float
OffsetValue = Offset | tuple[Number, Number] | list[Number]


class PaintValueError(ValueError):
    """A paint value the client could not draw (a gradient of one colour, no centre...)."""


class PointMode(StrEnum):
    """How ``cv.Points`` joins its points: dots, pairs as segments, or one polyline."""

    POINTS = "points"
    LINES = "lines"
    POLYGON = "polygon"


def _check_offset(owner: str, name: str, value: Any) -> None:
    if value is None:
        raise PaintValueError(
            f"{owner}.{name} is required; pass ft.Offset(x, y) or an (x, y) tuple."
        )
    if not isinstance(value, Offset | tuple | list | dict):
        raise PaintValueError(
            f"{owner}.{name} takes ft.Offset(x, y) or an (x, y) tuple, not {value!r}."
        )


@dataclass(slots=True)
class PaintGradient(DataValue):
    """Base of the gradients ``Paint.gradient`` takes (in canvas pixels, not alignments)."""

    def _check_colors(self, colors: list[str], stops: list[Number] | None) -> None:
        name = type(self).__name__
        if len(colors) < 2:
            raise PaintValueError(f"{name}.colors needs at least two colours, got {colors!r}.")
        if stops and len(stops) != len(colors):
            raise PaintValueError(
                f"{name}.color_stops has {len(stops)} values for {len(colors)} colours; "
                "give one stop (0..1) per colour, or none to space them evenly."
            )


@dataclass(slots=True)
class PaintLinearGradient(PaintGradient):
    """From ``begin`` to ``end`` (canvas coordinates)."""

    begin: OffsetValue | None
    end: OffsetValue | None
    colors: list[str]
    color_stops: list[Number] | None = None
    tile_mode: GradientTileMode | str | None = None
    wire_type: ClassVar[str | None] = "linear"

    def __post_init__(self) -> None:
        _check_offset("PaintLinearGradient", "begin", self.begin)
        _check_offset("PaintLinearGradient", "end", self.end)
        self._check_colors(self.colors, self.color_stops)


@dataclass(slots=True)
class PaintRadialGradient(PaintGradient):
    """Rings of ``radius`` pixels around ``center``."""

    center: OffsetValue | None
    radius: Number
    colors: list[str]
    color_stops: list[Number] | None = None
    tile_mode: GradientTileMode | str | None = None
    focal: OffsetValue | None = None
    focal_radius: Number | None = None
    wire_type: ClassVar[str | None] = "radial"

    def __post_init__(self) -> None:
        _check_offset("PaintRadialGradient", "center", self.center)
        self._check_colors(self.colors, self.color_stops)


@dataclass(slots=True)
class PaintSweepGradient(PaintGradient):
    """Around ``center`` from ``start_angle`` to ``end_angle`` (radians)."""

    center: OffsetValue | None
    colors: list[str]
    color_stops: list[Number] | None = None
    tile_mode: GradientTileMode | str | None = None
    start_angle: Number | None = None
    end_angle: Number | None = None
    rotation: Number | None = None
    wire_type: ClassVar[str | None] = "sweep"

    def __post_init__(self) -> None:
        _check_offset("PaintSweepGradient", "center", self.center)
        self._check_colors(self.colors, self.color_stops)
        if self.end_angle is None:
            self.end_angle = math.pi * 2


@dataclass(slots=True)
class Paint(DataValue):
    """How a shape is drawn: filled (the default) or stroked, its colour or gradient.

    ``blur_image`` is a sigma (``5``), ``(sigma_x, sigma_y)`` or ``ft.Blur(...)``;
    ``stroke_dash_pattern`` alternates dash and gap lengths (``[5, 10]``).
    """

    color: str | None = None
    blend_mode: BlendMode | str | None = None
    blur_image: Number | tuple[Number, Number] | list[Number] | Blur | None = None
    anti_alias: bool | None = None
    gradient: PaintGradient | dict[str, Any] | None = None
    stroke_cap: StrokeCap | str | None = None
    stroke_join: StrokeJoin | str | None = None
    stroke_miter_limit: Number | None = None
    stroke_width: Number | None = None
    stroke_dash_pattern: list[Number] | None = None
    style: PaintingStyle | str | None = None
