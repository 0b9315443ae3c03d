"""Gradients for ``Container.gradient`` and decorations; ``_type`` tells the client which."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import ClassVar

from flet.values._plain import DataValue
from flet.values.enums_painting import GradientTileMode
from flet.values.geometry import Alignment

__all__ = ["Gradient", "LinearGradient", "RadialGradient", "SweepGradient"]

Number = int | float


def _center() -> Alignment:
    return Alignment(0, 0)


@dataclass(slots=True)
class Gradient(DataValue):
    """Colours blended across a box; ``stops`` (0..1) place them, evenly spaced if unset."""

    colors: list[str]
    tile_mode: GradientTileMode | str | None = None
    rotation: Number | None = None
    stops: list[Number] | None = None


@dataclass(slots=True)
class LinearGradient(Gradient):
    """From ``begin`` to ``end`` (left to right unless told)."""

    begin: Alignment = field(default_factory=lambda: Alignment(-1, 0))
    end: Alignment = field(default_factory=lambda: Alignment(1, 0))
    wire_type: ClassVar[str | None] = "linear"


@dataclass(slots=True)
class RadialGradient(Gradient):
    """Rings around ``center``; ``radius`` is a fraction of the box's shorter side."""

    center: Alignment = field(default_factory=_center)
    radius: Number = 0.5
    focal: Alignment | None = None
    focal_radius: Number | None = None
    wire_type: ClassVar[str | None] = "radial"


@dataclass(slots=True)
class SweepGradient(Gradient):
    """Around ``center`` from ``start_angle`` to ``end_angle`` (radians)."""

    center: Alignment = field(default_factory=_center)
    start_angle: Number = 0.0
    end_angle: Number = math.pi * 2
    wire_type: ClassVar[str | None] = "sweep"
