"""The events of the map (``Map.on_tap``, ``on_hover``, ``on_position_change``, ``on_event``...).

What the 1.0.5 client's map extension sends (flet_map's ``utils/map.dart``): every event but
``init`` carries ``coordinates`` (``{"latitude", "longitude"}``); a tap, secondary tap or long
press adds ``gx``/``gy``/``lx``/``ly``; a hover or pointer event adds the pointer's ``k``
(kind), ``l`` and ``g`` positions; ``position_change`` adds ``has_gesture`` and ``camera``
(``{"center", "zoom", "min_zoom", "max_zoom", "rotation"}``); ``event`` sends ``source``,
``event_type``, ``camera``, ``old_camera``, ``coordinates`` and ``id``.

Handlers get the 1.0 attributes (``e.coordinates``, ``e.camera``, ``e.event_type``...) and
the era's (0.25) too: ``e.local_x``/``e.global_y``, ``e.device_type``, ``e.center``,
``e.zoom``, ``e.rotation``, ``e.min_zoom``, ``e.max_zoom``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flet.events.base import ControlEvent, DataEvent, finite, read
from flet.values.enums import PointerDeviceType
from flet.values.geometry import Offset
from flet.values.maps import Camera, MapEventSource, MapEventType, MapLatitudeLongitude

__all__ = [
    "MAP_EVENTS",
    "MapEvent",
    "MapHoverEvent",
    "MapPointerEvent",
    "MapPositionChangeEvent",
    "MapTapEvent",
]


def _get(data: Any, key: str) -> Any:
    return data.get(key) if isinstance(data, dict) else None


def _xy(data: Any, short: str, flat: str) -> tuple[float | None, float | None]:
    """A position sent as ``{"l": {"x", "y"}}`` (pointer events) or ``lx``/``ly`` (taps)."""
    if isinstance(_get(data, short), dict):
        return read(data, (short, "x"), float), read(data, (short, "y"), float)
    return finite(_get(data, flat + "x")), finite(_get(data, flat + "y"))


@dataclass(slots=True)
class _MapPointed(DataEvent):
    coordinates: MapLatitudeLongitude | None = None
    local_x: float | None = None
    local_y: float | None = None
    global_x: float | None = None
    global_y: float | None = None

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        lx, ly = _xy(data, "l", "l")
        gx, gy = _xy(data, "g", "g")
        coordinates = MapLatitudeLongitude.from_wire(_get(data, "coordinates"))
        extra = cls._extra(data)
        return cls(target, name, data, control, page, coordinates, lx, ly, gx, gy, **extra)

    @classmethod
    def _extra(cls, data: Any) -> dict[str, Any]:
        """Values of a subclass's own fields."""
        return {}

    @property
    def local_position(self) -> Offset | None:
        if self.local_x is None or self.local_y is None:
            return None
        return Offset(self.local_x, self.local_y)

    @property
    def global_position(self) -> Offset | None:
        if self.global_x is None or self.global_y is None:
            return None
        return Offset(self.global_x, self.global_y)


@dataclass(slots=True)
class MapTapEvent(_MapPointed):
    """``on_tap``, ``on_secondary_tap``, ``on_long_press``: ``e.coordinates`` where it was."""


@dataclass(slots=True)
class MapPointerEvent(_MapPointed):
    """``on_pointer_down``/``up``/``cancel``; ``e.device_type`` (``e.kind``) the pointer."""

    device_type: PointerDeviceType | None = None

    @classmethod
    def _extra(cls, data: Any) -> dict[str, Any]:
        return {"device_type": read(data, ("k",), PointerDeviceType)}

    @property
    def kind(self) -> PointerDeviceType | None:
        return self.device_type


@dataclass(slots=True)
class MapHoverEvent(MapPointerEvent):
    """``on_hover``: the pointer moved over the map, at ``e.coordinates``."""


@dataclass(slots=True)
class _CameraEvent(DataEvent):
    coordinates: MapLatitudeLongitude | None = None
    camera: Camera | None = None

    @property
    def center(self) -> MapLatitudeLongitude | None:
        return self.camera.center if self.camera else self.coordinates

    @property
    def zoom(self) -> float | None:
        return self.camera.zoom if self.camera else None

    @property
    def min_zoom(self) -> float | None:
        return self.camera.min_zoom if self.camera else None

    @property
    def max_zoom(self) -> float | None:
        return self.camera.max_zoom if self.camera else None

    @property
    def rotation(self) -> float | None:
        return self.camera.rotation if self.camera else None


@dataclass(slots=True)
class MapPositionChangeEvent(_CameraEvent):
    """``on_position_change``: the map moved to ``e.camera`` (``e.has_gesture``: by a user)."""

    has_gesture: bool | None = None

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        return cls(
            target,
            name,
            data,
            control,
            page,
            coordinates=MapLatitudeLongitude.from_wire(_get(data, "coordinates")),
            camera=Camera.from_wire(_get(data, "camera")),
            has_gesture=read(data, ("has_gesture",), bool),
        )


@dataclass(slots=True)
class MapEvent(_CameraEvent):
    """``on_event``: any map event, ``e.event_type`` from ``e.source``."""

    source: MapEventSource | None = None
    event_type: MapEventType | None = None
    old_camera: Camera | None = None
    id: str | None = None

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        return cls(
            target,
            name,
            data,
            control,
            page,
            coordinates=MapLatitudeLongitude.from_wire(_get(data, "coordinates")),
            camera=Camera.from_wire(_get(data, "camera")),
            source=read(data, ("source",), MapEventSource),
            event_type=read(data, ("event_type",), MapEventType),
            old_camera=Camera.from_wire(_get(data, "old_camera")),
            id=read(data, ("id",), str),
        )


#: The typed events of a ``Map`` (event name as the client sends it -> class).
MAP_EVENTS: dict[str, type[DataEvent]] = {
    "tap": MapTapEvent,
    "secondary_tap": MapTapEvent,
    "long_press": MapTapEvent,
    "hover": MapHoverEvent,
    "pointer_down": MapPointerEvent,
    "pointer_up": MapPointerEvent,
    "pointer_cancel": MapPointerEvent,
    "position_change": MapPositionChangeEvent,
    "event": MapEvent,
}
