"""The value types of the map (``flet.map`` / ``flet_map``), in the shape the 1.0.5 client reads.

The client's map extension (flutter_map, compiled into ``main.dart.js``) parses a point as
``{"latitude", "longitude"}``, bounds as ``{"corner_1", "corner_2"}``, stroke patterns and tile
displays by their ``_type`` (``solid``/``dashed``/``dotted``, ``instantaneous``/``fadein``) and
the interaction configuration as a map of its snake_case fields. The era's names (0.24/0.25:
``MapInteractionConfiguration``, ``MapInteractiveFlag``, ``MapMultiFingerGesture``,
``MapTileLayerEvictErrorTileStrategy``, ``MapPointerDeviceType``) are the same classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntFlag, StrEnum
from typing import Any, ClassVar

from flet.values._plain import DataValue
from flet.values.animation import Duration
from flet.values.enums import PointerDeviceType
from flet.values.enums_painting import AnimationCurve

__all__ = [
    "AttributionAlignment",
    "Camera",
    "CameraFit",
    "CursorKeyboardRotationConfiguration",
    "CursorRotationBehaviour",
    "DashedStrokePattern",
    "DottedStrokePattern",
    "FadeInTileDisplay",
    "InstantaneousTileDisplay",
    "InteractionConfiguration",
    "InteractionFlag",
    "KeyboardConfiguration",
    "MapEventSource",
    "MapEventType",
    "MapInteractionConfiguration",
    "MapInteractiveFlag",
    "MapLatitudeLongitude",
    "MapLatitudeLongitudeBounds",
    "MapMultiFingerGesture",
    "MapPointerDeviceType",
    "MapTileLayerEvictErrorTileStrategy",
    "MultiFingerGesture",
    "PatternFit",
    "SolidStrokePattern",
    "StrokePattern",
    "TileDisplay",
    "TileLayerEvictErrorTileStrategy",
    "WMSTileLayerConfiguration",
]

Number = int | float


class MapValueError(ValueError):
    """A map value object got values the client cannot use; the message says which."""


@dataclass(slots=True)
class MapLatitudeLongitude(DataValue):
    """A point on the map: ``MapLatitudeLongitude(51.5, -0.09)``."""

    latitude: Number
    longitude: Number

    @classmethod
    def from_wire(cls, value: Any) -> MapLatitudeLongitude | None:
        """The client's ``{"latitude", "longitude"}`` map, or ``None`` if it is not one."""
        if not isinstance(value, dict):
            return None
        lat, lon = _number(value.get("latitude")), _number(value.get("longitude"))
        return None if lat is None or lon is None else cls(lat, lon)


@dataclass(slots=True)
class MapLatitudeLongitudeBounds(DataValue):
    """The rectangle between two opposite corners."""

    corner_1: MapLatitudeLongitude
    corner_2: MapLatitudeLongitude


@dataclass(slots=True)
class Camera(DataValue):
    """Where the map looks (``await map.get_camera()``, ``e.camera`` of map events)."""

    center: MapLatitudeLongitude
    zoom: float
    min_zoom: float | None = None
    max_zoom: float | None = None
    rotation: float = 0.0

    @classmethod
    def from_wire(cls, value: Any) -> Camera | None:
        if not isinstance(value, dict):
            return None
        center = MapLatitudeLongitude.from_wire(value.get("center"))
        zoom = value.get("zoom")
        if center is None or not isinstance(zoom, int | float):
            return None
        return cls(
            center,
            float(zoom),
            _number(value.get("min_zoom")),
            _number(value.get("max_zoom")),
            _number(value.get("rotation")) or 0.0,
        )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


class InteractionFlag(IntFlag):
    """Which gestures move the map (``InteractionConfiguration.flags``)."""

    NONE = 0
    DRAG = 1 << 0
    FLING_ANIMATION = 1 << 1
    PINCH_MOVE = 1 << 2
    PINCH_ZOOM = 1 << 3
    DOUBLE_TAP_ZOOM = 1 << 4
    DOUBLE_TAP_DRAG_ZOOM = 1 << 5
    SCROLL_WHEEL_ZOOM = 1 << 6
    ROTATE = 1 << 7
    ALL = 0xFF


class MultiFingerGesture(IntFlag):
    NONE = 0
    PINCH_MOVE = 1 << 0
    PINCH_ZOOM = 1 << 1
    ROTATE = 1 << 2
    ALL = 0b111


class CursorRotationBehaviour(StrEnum):
    OFFSET = "offset"
    SET_NORTH = "setNorth"


@dataclass(slots=True)
class KeyboardConfiguration(DataValue):
    """Keyboard panning, zooming and rotating (the client's defaults for fields left unset)."""

    autofocus: bool | None = None
    animation_curve_duration: int | Duration | None = None
    animation_curve_reverse_duration: int | Duration | None = None
    animation_curve_curve: AnimationCurve | None = None
    enable_arrow_keys_panning: bool | None = None
    enable_qe_rotating: bool | None = None
    enable_rf_zooming: bool | None = None
    enable_wasd_panning: bool | None = None
    leap_max_of_curve_component: Number | None = None
    max_rotate_velocity: Number | None = None
    max_zoom_velocity: Number | None = None
    pan_leap_velocity_multiplier: Number | None = None
    rotate_leap_velocity_multiplier: Number | None = None
    zoom_leap_velocity_multiplier: Number | None = None
    perform_leap_trigger_duration: int | Duration | None = None


@dataclass(slots=True)
class CursorKeyboardRotationConfiguration(DataValue):
    set_north_on_click: bool | None = None
    behaviour: CursorRotationBehaviour | None = None
    trigger_keys: list[str] | None = None


@dataclass(slots=True)
class InteractionConfiguration(DataValue):
    """How the map answers gestures; unset fields keep the client's defaults."""

    enable_multi_finger_gesture_race: bool | None = None
    pinch_move_threshold: Number | None = None
    scroll_wheel_velocity: Number | None = None
    pinch_zoom_threshold: Number | None = None
    rotation_threshold: Number | None = None
    flags: InteractionFlag | int | None = None
    rotation_win_gestures: MultiFingerGesture | int | None = None
    pinch_move_win_gestures: MultiFingerGesture | int | None = None
    pinch_zoom_win_gestures: MultiFingerGesture | int | None = None
    keyboard_configuration: KeyboardConfiguration | None = None
    cursor_keyboard_rotation_configuration: CursorKeyboardRotationConfiguration | None = None


class PatternFit(StrEnum):
    NONE = "none"
    SCALE_DOWN = "scaleDown"
    SCALE_UP = "scaleUp"
    APPEND_DOT = "appendDot"
    EXTEND_FINAL_DASH = "extendFinalDash"


@dataclass(slots=True)
class StrokePattern(DataValue):
    """Base of the patterns a polyline is drawn with."""


@dataclass(slots=True)
class SolidStrokePattern(StrokePattern):
    wire_type: ClassVar[str | None] = "solid"


@dataclass(slots=True)
class DashedStrokePattern(StrokePattern):
    """Dashes and gaps: ``segments=[20, 10]`` (an even number of lengths, at least two)."""

    segments: list[Number]
    pattern_fit: PatternFit | None = None
    wire_type: ClassVar[str | None] = "dashed"

    def __post_init__(self) -> None:
        if len(self.segments) < 2 or len(self.segments) % 2:
            raise MapValueError(
                f"DashedStrokePattern.segments needs an even number of lengths (dash, gap, "
                f"...), at least two; got {list(self.segments)!r}"
            )


@dataclass(slots=True)
class DottedStrokePattern(StrokePattern):
    """Dots ``spacing_factor`` stroke widths apart."""

    spacing_factor: Number = 1.5
    pattern_fit: PatternFit | None = None
    wire_type: ClassVar[str | None] = "dotted"

    def __post_init__(self) -> None:
        if self.spacing_factor <= 0:
            raise MapValueError(
                f"DottedStrokePattern.spacing_factor must be above 0, got {self.spacing_factor}"
            )


@dataclass(slots=True)
class TileDisplay(DataValue):
    """Base of how tiles appear once loaded."""


@dataclass(slots=True)
class InstantaneousTileDisplay(TileDisplay):
    opacity: Number = 1.0
    wire_type: ClassVar[str | None] = "instantaneous"


@dataclass(slots=True)
class FadeInTileDisplay(TileDisplay):
    duration: int | Duration | None = None
    start_opacity: Number | None = None
    reload_start_opacity: Number | None = None
    wire_type: ClassVar[str | None] = "fadein"


@dataclass(slots=True)
class CameraFit(DataValue):
    """The first view: inside ``bounds``, or around ``coordinates`` (one of the two)."""

    bounds: MapLatitudeLongitudeBounds | None = None
    coordinates: list[MapLatitudeLongitude] | None = None
    max_zoom: Number | None = None
    min_zoom: Number | None = None
    padding: Any = None
    force_integer_zoom_level: bool | None = None

    def __post_init__(self) -> None:
        if (self.bounds is None) == (not self.coordinates):
            raise MapValueError("CameraFit takes bounds=... or coordinates=[...], one of them")


@dataclass(slots=True)
class WMSTileLayerConfiguration(DataValue):
    base_url: str
    layers: list[str] | None = None
    styles: list[str] | None = None
    format: str | None = None
    version: str | None = None
    transparent: bool | None = None
    uppercase_bool_value: bool | None = None
    additional_parameters: dict[str, str] | None = None


class TileLayerEvictErrorTileStrategy(StrEnum):
    NONE = "none"
    DISPOSE = "dispose"
    NOT_VISIBLE = "notVisible"
    NOT_VISIBLE_RESPECT_MARGIN = "notVisibleRespectMargin"


class AttributionAlignment(StrEnum):
    BOTTOM_LEFT = "bottomLeft"
    BOTTOM_RIGHT = "bottomRight"


class MapEventSource(StrEnum):
    MAP_CONTROLLER = "mapController"
    TAP = "tap"
    SECONDARY_TAP = "secondaryTap"
    LONG_PRESS = "longPress"
    DOUBLE_TAP = "doubleTap"
    DOUBLE_TAP_HOLD = "doubleTapHold"
    DRAG_START = "dragStart"
    ON_DRAG = "onDrag"
    DRAG_END = "dragEnd"
    MULTI_FINGER_GESTURE_START = "multiFingerGestureStart"
    ON_MULTI_FINGER = "onMultiFinger"
    MULTI_FINGER_GESTURE_END = "multiFingerEnd"
    FLING_ANIMATION_CONTROLLER = "flingAnimationController"
    DOUBLE_TAP_ZOOM_ANIMATION_CONTROLLER = "doubleTapZoomAnimationController"
    INTERACTIVE_FLAGS_CHANGED = "interactiveFlagsChanged"
    FIT_CAMERA = "fitCamera"
    CUSTOM = "custom"
    SCROLL_WHEEL = "scrollWheel"
    NON_ROTATED_SIZE_CHANGE = "nonRotatedSizeChange"
    CURSOR_KEYBOARD_ROTATION = "cursorKeyboardRotation"
    KEYBOARD = "keyboard"


class MapEventType(StrEnum):
    TAP = "tap"
    SECONDARY_TAP = "secondaryTap"
    LONG_PRESS = "longPress"
    MOVE = "move"
    MOVE_START = "moveStart"
    MOVE_END = "moveEnd"
    FLING_ANIMATION = "flingAnimation"
    FLING_ANIMATION_NOT_STARTED = "flingAnimationNotStarted"
    FLING_ANIMATION_START = "flingAnimationStart"
    FLING_ANIMATION_END = "flingAnimationEnd"
    DOUBLE_TAP_ZOOM = "doubleTapZoom"
    SCROLL_WHEEL_ZOOM = "scrollWheelZoom"
    DOUBLE_TAP_ZOOM_START = "doubleTapZoomStart"
    DOUBLE_TAP_ZOOM_END = "doubleTapZoomEnd"
    ROTATE = "rotate"
    ROTATE_START = "rotateStart"
    ROTATE_END = "rotateEnd"
    NON_ROTATED_SIZE_CHANGE = "nonRotatedSizeChange"
    UNKNOWN = "unknown"


# the era's (0.24/0.25) names of the same classes
MapInteractionConfiguration = InteractionConfiguration
MapInteractiveFlag = InteractionFlag
MapMultiFingerGesture = MultiFingerGesture
MapTileLayerEvictErrorTileStrategy = TileLayerEvictErrorTileStrategy
MapPointerDeviceType = PointerDeviceType
