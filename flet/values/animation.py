"""Time and motion: ``Duration``, implicit ``Animation`` (``animate_*`` properties),
``AnimationStyle``, and the ``Scale`` / ``Rotate`` transforms.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from flet.values._plain import DataValue
from flet.values.enums_painting import AnimationCurve, FilterQuality
from flet.values.geometry import Alignment, Offset

__all__ = ["Animation", "AnimationStyle", "Duration", "Rotate", "Scale"]

Number = int | float


@dataclass(slots=True)
class Duration(DataValue):
    """A span of time; the client reads the map of its non-zero parts.

    Properties that take a duration also take a plain number of milliseconds.
    """

    microseconds: int = 0
    milliseconds: int = 0
    seconds: int = 0
    minutes: int = 0
    hours: int = 0
    days: int = 0

    def to_wire(self) -> dict[str, Any]:
        return {
            f.name: getattr(self, f.name) for f in dataclasses.fields(self) if getattr(self, f.name)
        }

    @property
    def in_milliseconds(self) -> float:
        seconds = ((self.days * 24 + self.hours) * 60 + self.minutes) * 60 + self.seconds
        return seconds * 1000 + self.milliseconds + self.microseconds / 1000


@dataclass(slots=True)
class Animation(DataValue):
    """``ft.Animation(300, ft.AnimationCurve.EASE_IN)``: ``duration`` in milliseconds."""

    duration: int | Duration = 1
    curve: AnimationCurve | str | None = None


@dataclass(slots=True)
class AnimationStyle(DataValue):
    duration: int | Duration | None = None
    reverse_duration: int | Duration | None = None
    curve: AnimationCurve | str | None = None
    reverse_curve: AnimationCurve | str | None = None


@dataclass(slots=True)
class Scale(DataValue):
    """``scale=ft.Scale(1.5)``, or per axis with ``scale_x`` / ``scale_y``."""

    scale: Number | None = None
    scale_x: Number | None = None
    scale_y: Number | None = None
    alignment: Alignment | None = None
    origin: Offset | None = None
    filter_quality: FilterQuality | str | None = None


@dataclass(slots=True)
class Rotate(DataValue):
    """``rotate=ft.Rotate(math.pi / 4)``: the angle in radians, clockwise."""

    angle: Number
    alignment: Alignment | None = None
    origin: Offset | None = None
    filter_quality: FilterQuality | str | None = None
