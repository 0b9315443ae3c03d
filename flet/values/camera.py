"""The camera's value objects and enums (``flet_camera`` 1.0.5 names and wire values)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flet.values._plain import DataValue

__all__ = [
    "CameraDescription",
    "CameraLensDirection",
    "CameraLensType",
    "CameraPreviewSize",
    "ExposureMode",
    "FlashMode",
    "FocusMode",
    "ImageFormatGroup",
    "ResolutionPreset",
]


class ResolutionPreset(StrEnum):
    """The resolution a camera is opened with (``Camera.initialize``)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "veryHigh"
    ULTRA_HIGH = "ultraHigh"
    MAX = "max"


class ImageFormatGroup(StrEnum):
    BGRA8888 = "bgra8888"
    JPEG = "jpeg"
    NV21 = "nv21"
    YUV420 = "yuv420"
    UNKNOWN = "unknown"


class FlashMode(StrEnum):
    OFF = "off"
    AUTO = "auto"
    ALWAYS = "always"
    TORCH = "torch"


class ExposureMode(StrEnum):
    AUTO = "auto"
    LOCKED = "locked"


class FocusMode(StrEnum):
    AUTO = "auto"
    LOCKED = "locked"


class CameraLensDirection(StrEnum):
    FRONT = "front"
    BACK = "back"
    EXTERNAL = "external"


class CameraLensType(StrEnum):
    WIDE = "wide"
    TELEPHOTO = "telephoto"
    ULTRA_WIDE = "ultraWide"
    UNKNOWN = "unknown"


@dataclass(slots=True)
class CameraPreviewSize(DataValue):
    width: float
    height: float


@dataclass(slots=True)
class CameraDescription(DataValue):
    """A camera the browser offers: pass one of ``await camera.get_available_cameras()`` to
    ``camera.initialize(...)``. In a browser ``name`` is the device's id."""

    name: str
    lens_direction: CameraLensDirection | str
    sensor_orientation: int
    lens_type: CameraLensType | str = CameraLensType.UNKNOWN

    @classmethod
    def from_client(cls, value: Any) -> CameraDescription | None:
        """The description the client sent (a map), or ``None`` if it is not one."""
        if not isinstance(value, dict) or not isinstance(value.get("name"), str):
            return None
        orientation = value.get("sensor_orientation")
        return cls(
            value["name"],
            _member(CameraLensDirection, value.get("lens_direction"), CameraLensDirection.BACK),
            orientation if isinstance(orientation, int) else 0,
            _member(CameraLensType, value.get("lens_type"), CameraLensType.UNKNOWN),
        )


def _member(kind: type[StrEnum], value: Any, default: Any) -> Any:
    return kind._value2member_map_.get(value, default) if isinstance(value, str) else default
