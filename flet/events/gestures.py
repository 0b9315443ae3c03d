"""Typed events of gestures, drag and drop and dismissals, under the async era's names
(``ft.TapEvent``, ``ft.DragUpdateEvent``, ``ft.DragTargetAcceptEvent``...).

``e.data`` is what the async era's client sent for each event, so handlers that parse it keep
working: JSON text with the era's short keys (``json.loads(e.data)["lx"]`` for a tap; ``"dx"``,
``"fpx"``, ``"src_id"``...), each class naming its keys in ``_era_keys``; ``"true"``/``"false"``
for ``on_multi_tap`` and ``on_will_accept``; the direction's name for a dismissal and the
Draggable's ``"_<id>"`` for ``on_leave``. The 1.0.5 client sends maps with other keys (``{"l":
{"x": ...}}``); the typed attributes (``e.local_x``) read those.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, ClassVar

from flet.events.base import DataEvent, Positioned, at, legacy_data
from flet.values.enums_material import DismissDirection

__all__ = [
    "ContainerTapEvent",
    "DismissibleDismissEvent",
    "DismissibleUpdateEvent",
    "DragEndEvent",
    "DragStartEvent",
    "DragTargetAcceptEvent",
    "DragTargetEvent",
    "DragTargetLeaveEvent",
    "DragUpdateEvent",
    "DragWillAcceptEvent",
    "HoverEvent",
    "LongPressEndEvent",
    "LongPressStartEvent",
    "MultiTapEvent",
    "OnScrollEvent",
    "ScaleEndEvent",
    "ScaleStartEvent",
    "ScaleUpdateEvent",
    "ScrollEvent",
    "TapEvent",
]


#: The era's JSON keys of a pointer's position.
_POSITION = {"lx": "local_x", "ly": "local_y", "gx": "global_x", "gy": "global_y"}


def _era_json(cls: type, data: Any, values: dict[str, Any]) -> Any:
    """``e.data`` as the era's JSON text: each of the class's ``_era_keys`` (merged along its
    bases) with the value read into the attribute it names; data that is no map as it came."""
    if not isinstance(data, dict):
        return legacy_data(data)
    keys: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        keys.update(vars(klass).get("_era_keys", {}))
    return json.dumps({key: values.get(attr) for key, attr in keys.items()})


@dataclass(slots=True)
class _EraJson(DataEvent):
    """An event whose ``e.data`` is the era's JSON text (see the module's docstring)."""

    _era_keys: ClassVar[dict[str, str]] = {}

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        return _era_json(cls, data, values)


@dataclass(slots=True)
class _EraPositioned(Positioned):
    """A pointer event whose ``e.data`` is the era's JSON text, its position included."""

    _era_keys: ClassVar[dict[str, str]] = _POSITION

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        return _era_json(cls, data, values)


@dataclass(slots=True)
class TapEvent(_EraPositioned):
    """A tap (``on_tap``, ``on_tap_down``...): where, and with which device (``e.kind``)."""

    _era_keys: ClassVar[dict[str, str]] = {"kind": "kind"}

    kind: str | None = at("k", kind=str)


@dataclass(slots=True)
class ContainerTapEvent(TapEvent):
    """``Container.on_tap_down``: where the pointer touched the container."""


@dataclass(slots=True)
class MultiTapEvent(DataEvent):
    """``on_multi_tap``: ``e.correct_touches`` is whether ``multi_tap_touches`` were down."""

    correct_touches: bool | None = at("ct", kind=bool)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        # the era's handlers test ``e.data.lower() == "true"``
        return legacy_data(values["correct_touches"] is True)


@dataclass(slots=True)
class LongPressStartEvent(_EraPositioned):
    """A long press began at ``e.local_x``, ``e.local_y``."""


@dataclass(slots=True)
class LongPressEndEvent(_EraPositioned):
    """A long press ended; ``e.velocity_x``, ``e.velocity_y`` in pixels per second."""

    _era_keys: ClassVar[dict[str, str]] = {"vx": "velocity_x", "vy": "velocity_y"}

    velocity_x: float | None = at("v", "x")
    velocity_y: float | None = at("v", "y")


@dataclass(slots=True)
class DragStartEvent(_EraPositioned):
    """A drag or pan began (``on_pan_start``, ``on_horizontal_drag_start``...)."""

    _era_keys: ClassVar[dict[str, str]] = {"kind": "kind", "ts": "timestamp"}

    kind: str | None = at("k", kind=str)
    timestamp: int | None = at("ts", kind=int)


@dataclass(slots=True)
class DragUpdateEvent(_EraPositioned):
    """The pointer moved by ``e.delta_x``, ``e.delta_y`` since the previous update sent
    (``drag_interval`` throttles them); ``e.primary_delta`` along a drag's axis."""

    _era_keys: ClassVar[dict[str, str]] = {
        "dx": "delta_x",
        "dy": "delta_y",
        "pd": "primary_delta",
        "ts": "timestamp",
    }

    delta_x: float | None = at("ld", "x")
    delta_y: float | None = at("ld", "y")
    primary_delta: float | None = at("pd")
    timestamp: int | None = at("ts", kind=int)


@dataclass(slots=True)
class DragEndEvent(_EraPositioned):
    """A drag ended, moving at ``e.velocity_x``, ``e.velocity_y`` pixels per second."""

    _era_keys: ClassVar[dict[str, str]] = {
        "pv": "primary_velocity",
        "vx": "velocity_x",
        "vy": "velocity_y",
    }

    velocity_x: float | None = at("v", "x")
    velocity_y: float | None = at("v", "y")
    primary_velocity: float | None = at("pv")


@dataclass(slots=True)
class ScaleStartEvent(_EraJson):
    """A scale (pinch or pan) began around ``e.focal_point_x``, ``e.focal_point_y``."""

    _era_keys: ClassVar[dict[str, str]] = {
        "fpx": "focal_point_x",
        "fpy": "focal_point_y",
        "lfpx": "local_focal_point_x",
        "lfpy": "local_focal_point_y",
        "pc": "pointer_count",
    }

    focal_point_x: float | None = at("gfp", "x")
    focal_point_y: float | None = at("gfp", "y")
    local_focal_point_x: float | None = at("lfp", "x")
    local_focal_point_y: float | None = at("lfp", "y")
    pointer_count: int | None = at("pc", kind=int)


@dataclass(slots=True)
class ScaleUpdateEvent(ScaleStartEvent):
    """A scale moved: ``e.scale``, ``e.rotation`` (radians), ``e.focal_point_delta_x``..."""

    _era_keys: ClassVar[dict[str, str]] = {
        "fpdx": "focal_point_delta_x",
        "fpdy": "focal_point_delta_y",
        "hs": "horizontal_scale",
        "vs": "vertical_scale",
        "s": "scale",
        "r": "rotation",
    }

    focal_point_delta_x: float | None = at("fpd", "x")
    focal_point_delta_y: float | None = at("fpd", "y")
    horizontal_scale: float | None = at("hs")
    vertical_scale: float | None = at("vs")
    scale: float | None = at("s")
    rotation: float | None = at("rot")


@dataclass(slots=True)
class ScaleEndEvent(_EraJson):
    """A scale ended, the last pointer moving at ``e.velocity_x``, ``e.velocity_y``."""

    _era_keys: ClassVar[dict[str, str]] = {
        "pc": "pointer_count",
        "vx": "velocity_x",
        "vy": "velocity_y",
    }

    pointer_count: int | None = at("pc", kind=int)
    velocity_x: float | None = at("v", "x")
    velocity_y: float | None = at("v", "y")


@dataclass(slots=True)
class HoverEvent(_EraPositioned):
    """The mouse is over the control (``on_hover``, ``on_enter``, ``on_exit``)."""

    _era_keys: ClassVar[dict[str, str]] = {
        "ts": "timestamp",
        "kind": "kind",
        "dx": "delta_x",
        "dy": "delta_y",
    }

    kind: str | None = at("k", kind=str)
    timestamp: int | None = at("ts", kind=int)
    delta_x: float | None = at("ld", "x")
    delta_y: float | None = at("ld", "y")


@dataclass(slots=True)
class ScrollEvent(_EraPositioned):
    """A mouse wheel or trackpad scrolled over a GestureDetector by ``e.scroll_delta_x``..."""

    _era_keys: ClassVar[dict[str, str]] = {"dx": "scroll_delta_x", "dy": "scroll_delta_y"}

    scroll_delta_x: float | None = at("sd", "x")
    scroll_delta_y: float | None = at("sd", "y")


@dataclass(slots=True)
class OnScrollEvent(_EraJson):
    """A scrollable scrolled (``on_scroll`` of Column, Row, ListView, GridView, the page)."""

    _era_keys: ClassVar[dict[str, str]] = {
        "t": "event_type",
        "p": "pixels",
        "minse": "min_scroll_extent",
        "maxse": "max_scroll_extent",
        "vd": "viewport_dimension",
        "sd": "scroll_delta",
        "dir": "direction",
        "os": "overscroll",
        "v": "velocity",
    }

    event_type: str | None = at("event_type", kind=str)
    pixels: float | None = at("pixels")
    min_scroll_extent: float | None = at("min_scroll_extent")
    max_scroll_extent: float | None = at("max_scroll_extent")
    viewport_dimension: float | None = at("viewport_dimension")
    scroll_delta: float | None = at("scroll_delta")
    direction: str | None = at("direction", kind=str)
    overscroll: float | None = at("overscroll")
    velocity: float | None = at("velocity")


@dataclass(slots=True)
class _FromDraggable(DataEvent):
    """An event of a DragTarget about a Draggable: ``e.src_id`` is the Draggable's id on the
    client, ``page.get_control(e.src_id)`` (or ``e.src``) the Draggable itself."""

    src_id: int | None = at("src_id", kind=int)

    @property
    def src(self) -> Any:
        getter = getattr(self.page, "get_control", None)
        return getter(self.src_id) if getter is not None and self.src_id is not None else None


@dataclass(slots=True)
class DragTargetEvent(_FromDraggable):
    """A Draggable was dropped on (``on_accept``) or moved over (``on_move``) the target;
    ``e.x``, ``e.y`` is where its feedback's top left corner is on the page."""

    x: float | None = at("g", "x")
    y: float | None = at("g", "y")
    local_x: float | None = at("l", "x")
    local_y: float | None = at("l", "y")

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        # the era's JSON: {"src_id": "_12", "x": ..., "y": ...}
        shown = {"src_id": _era_id(values["src_id"]), "x": values["x"], "y": values["y"]}
        return json.dumps(shown) if isinstance(data, dict) else legacy_data(data)


@dataclass(slots=True)
class DragTargetAcceptEvent(DragTargetEvent):
    """The async era's name of the ``on_accept`` event (Flet 0.21)."""


@dataclass(slots=True)
class DragWillAcceptEvent(_FromDraggable):
    """A Draggable is over the target; ``e.accept`` is whether its group matches."""

    accept: bool | None = at("accept", kind=bool)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        # async-era handlers test ``e.data == "true"``
        return legacy_data(values["accept"] is True)


@dataclass(slots=True)
class DragTargetLeaveEvent(_FromDraggable):
    """A Draggable left the target without being dropped."""

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        # the era's client sent the Draggable's id alone
        return _era_id(values["src_id"]) if isinstance(data, dict) else legacy_data(data)


@dataclass(slots=True)
class DismissibleDismissEvent(DataEvent):
    """A Dismissible was swiped away (``on_dismiss``) or asks to be (``on_confirm_dismiss``:
    answer with ``e.control.confirm_dismiss(True)`` or ``False``)."""

    # _at gives a dataclasses.field, which ruff does not know
    direction: DismissDirection | None = at("direction", kind=DismissDirection)  # noqa: RUF009

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        # the era's client sent the direction's name ("startToEnd")
        direction = values["direction"]
        return direction.value if direction is not None else legacy_data(data)


@dataclass(slots=True)
class DismissibleUpdateEvent(DismissibleDismissEvent):
    """A Dismissible is being swiped: ``e.progress`` (0 to 1) and whether it ``reached``
    the dismiss threshold."""

    progress: float | None = at("progress")
    reached: bool | None = at("reached", kind=bool)
    previous_reached: bool | None = at("previous_reached", kind=bool)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        # the era's JSON: {"direction": "startToEnd", "progress": 0.4, "reached": false, ...}
        if not isinstance(data, dict):
            return legacy_data(data)
        direction = values["direction"]
        shown = {key: values[key] for key in ("progress", "reached", "previous_reached")}
        return json.dumps({"direction": direction and direction.value, **shown})


def _era_id(src_id: int | None) -> str | None:
    """A control's id as the era spelt it (``"_12"``; ``page.get_control`` takes it)."""
    return None if src_id is None else f"_{src_id}"
