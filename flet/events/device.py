"""Typed events of the device services: Geolocator, AudioRecorder, SecureStorage, the motion
sensors and ScreenBrightness, and :data:`DEVICE_EVENTS`, their rows of ``CONTROL_EVENTS``.

The shapes are what the 1.0.5 client sends (main.dart.js): a position change is
``{"position": {...}}``, a recorder's state change the state's name as plain text, a sensor
reading ``{"x", "y", "z", "timestamp"}`` (a barometer's ``{"pressure", "timestamp"}``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any

from flet.events.base import ControlEvent, DataEvent, at, finite, read

__all__ = [
    "DEVICE_EVENTS",
    "AccelerometerReadingEvent",
    "AudioRecorderState",
    "AudioRecorderStateChangeEvent",
    "BarometerReadingEvent",
    "GeolocatorPosition",
    "GeolocatorPositionChangeEvent",
    "GyroscopeReadingEvent",
    "MagnetometerReadingEvent",
    "ScreenBrightnessChangeEvent",
    "SecureStorageEvent",
    "SensorErrorEvent",
    "UserAccelerometerReadingEvent",
]


@dataclass
class GeolocatorPosition:
    """Where the device is, as the browser's Geolocation API reports it (degrees, metres,
    metres per second); what the browser does not know reads as ``0.0`` or ``None``."""

    latitude: float | None = None
    longitude: float | None = None
    speed: float | None = None
    altitude: float | None = None
    timestamp: dt.datetime | None = None
    accuracy: float | None = None
    altitude_accuracy: float | None = None
    heading: float | None = None
    heading_accuracy: float | None = None
    speed_accuracy: float | None = None
    floor: int | None = None
    mocked: bool | None = None

    @property
    def is_mocked(self) -> bool | None:
        """The async era's name of :attr:`mocked`."""
        return self.mocked

    @staticmethod
    def from_client(data: Any) -> GeolocatorPosition | None:
        """The position the client sent (its map), or ``None`` for anything else."""
        if not isinstance(data, dict):
            return None
        numbers: tuple[str, ...] = ("latitude", "longitude", "speed", "altitude", "accuracy")
        numbers += ("altitude_accuracy", "heading", "heading_accuracy", "speed_accuracy")
        values: dict[str, Any] = {k: finite(data.get(k)) for k in numbers}
        values["timestamp"] = read(data, ("timestamp",), dt.datetime)
        values["floor"] = read(data, ("floor",), int)
        values["mocked"] = read(data, ("mocked",), bool)
        return GeolocatorPosition(**values)


@dataclass(slots=True)
class GeolocatorPositionChangeEvent(DataEvent):
    """``Geolocator.on_position_change``: ``e.position``; ``e.latitude`` and ``e.longitude``
    as the async era read them."""

    position: GeolocatorPosition | None = None

    @property
    def latitude(self) -> float | None:
        return self.position.latitude if self.position is not None else None

    @property
    def longitude(self) -> float | None:
        return self.position.longitude if self.position is not None else None

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        raw = data.get("position") if isinstance(data, dict) else None
        position = GeolocatorPosition.from_client(raw)
        return cls(target, name, data, control, page, position=position)


class AudioRecorderState(Enum):
    """What an AudioRecorder is doing (``AudioRecorderStateChangeEvent.state``)."""

    STOPPED = "stopped"
    RECORDING = "recording"
    PAUSED = "paused"


@dataclass(slots=True)
class AudioRecorderStateChangeEvent(DataEvent):
    """``AudioRecorder.on_state_changed``: ``e.state``; ``e.data`` is its value, as in
    Flet 0.25 (``"recording"``)."""

    state: AudioRecorderState | None = None

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        known = AudioRecorderState._value2member_map_
        state = known.get(data) if isinstance(data, str) else None
        return cls(target, name, data, control, page, state=state)  # type: ignore[arg-type]


@dataclass(slots=True)
class SecureStorageEvent(DataEvent):
    """``SecureStorage.on_change``: ``e.available`` (Apple devices only; never in a browser)."""

    available: bool | None = at("available", kind=bool)


@dataclass(slots=True)
class SensorErrorEvent(DataEvent):
    """A motion sensor failed (or the browser has none): ``e.message``."""

    message: str | None = at("message", kind=str)


@dataclass(slots=True)
class _Reading(DataEvent):
    timestamp: dt.datetime | None = at("timestamp", kind=dt.datetime)  # noqa: RUF009


@dataclass(slots=True)
class AccelerometerReadingEvent(_Reading):
    """Acceleration with gravity, in m/s² along ``x``, ``y`` and ``z``."""

    x: float | None = at("x")
    y: float | None = at("y")
    z: float | None = at("z")


@dataclass(slots=True)
class UserAccelerometerReadingEvent(AccelerometerReadingEvent):
    """Acceleration without gravity, in m/s²."""


@dataclass(slots=True)
class GyroscopeReadingEvent(AccelerometerReadingEvent):
    """Rotation rate in rad/s around ``x``, ``y`` and ``z``."""


@dataclass(slots=True)
class MagnetometerReadingEvent(AccelerometerReadingEvent):
    """Magnetic field in µT along ``x``, ``y`` and ``z``."""


@dataclass(slots=True)
class BarometerReadingEvent(_Reading):
    """Air pressure in hPa."""

    pressure: float | None = at("pressure")


@dataclass(slots=True)
class ScreenBrightnessChangeEvent(DataEvent):
    """The screen's brightness changed: ``e.brightness`` from 0 to 1."""

    brightness: float | None = at("brightness")


def _sensor(reading: type[DataEvent]) -> dict[str, type[DataEvent]]:
    return {"reading": reading, "error": SensorErrorEvent}


#: Typed events of the device services: control type -> event name -> class.
DEVICE_EVENTS: dict[str, dict[str, type[DataEvent]]] = {
    "Geolocator": {"position_change": GeolocatorPositionChangeEvent},
    "AudioRecorder": {"state_change": AudioRecorderStateChangeEvent},
    "SecureStorage": {"change": SecureStorageEvent},
    "Accelerometer": _sensor(AccelerometerReadingEvent),
    "UserAccelerometer": _sensor(UserAccelerometerReadingEvent),
    "Gyroscope": _sensor(GyroscopeReadingEvent),
    "Magnetometer": _sensor(MagnetometerReadingEvent),
    "Barometer": _sensor(BarometerReadingEvent),
    "ScreenBrightness": dict.fromkeys(
        ("system_screen_brightness_change", "application_screen_brightness_change"),
        ScreenBrightnessChangeEvent,
    ),
}
