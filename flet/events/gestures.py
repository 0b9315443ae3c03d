"""Typed events of gestures, drag and drop and dismissals, under the async era's names
(``ft.TapEvent``, ``ft.DragUpdateEvent``, ``ft.DragTargetAcceptEvent``...).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


@dataclass(slots=True)
class TapEvent(Positioned):
    """A tap (``on_tap``, ``on_tap_down``...): where, and with which device (``e.kind``)."""

    kind: str | None = at("k", kind=str)


@dataclass(slots=True)
class ContainerTapEvent(TapEvent):
    """``Container.on_tap_down``: where the pointer touched the container."""


@dataclass(slots=True)
class MultiTapEvent(DataEvent):
    """``on_multi_tap``: ``e.correct_touches`` is whether ``multi_tap_touches`` were down."""

    correct_touches: bool | None = at("ct", kind=bool)


@dataclass(slots=True)
class LongPressStartEvent(Positioned):
    """A long press began at ``e.local_x``, ``e.local_y``."""


@dataclass(slots=True)
class LongPressEndEvent(Positioned):
    """A long press ended; ``e.velocity_x``, ``e.velocity_y`` in pixels per second."""

    velocity_x: float | None = at("v", "x")
    velocity_y: float | None = at("v", "y")


@dataclass(slots=True)
class DragStartEvent(Positioned):
    """A drag or pan began (``on_pan_start``, ``on_horizontal_drag_start``...)."""

    kind: str | None = at("k", kind=str)
    timestamp: int | None = at("ts", kind=int)


@dataclass(slots=True)
class DragUpdateEvent(Positioned):
    """The pointer moved by ``e.delta_x``, ``e.delta_y`` since the previous update sent
    (``drag_interval`` throttles them); ``e.primary_delta`` along a drag's axis."""

    delta_x: float | None = at("ld", "x")
    delta_y: float | None = at("ld", "y")
    primary_delta: float | None = at("pd")
    timestamp: int | None = at("ts", kind=int)


@dataclass(slots=True)
class DragEndEvent(Positioned):
    """A drag ended, moving at ``e.velocity_x``, ``e.velocity_y`` pixels per second."""

    velocity_x: float | None = at("v", "x")
    velocity_y: float | None = at("v", "y")
    primary_velocity: float | None = at("pv")


@dataclass(slots=True)
class ScaleStartEvent(DataEvent):
    """A scale (pinch or pan) began around ``e.focal_point_x``, ``e.focal_point_y``."""

    focal_point_x: float | None = at("gfp", "x")
    focal_point_y: float | None = at("gfp", "y")
    local_focal_point_x: float | None = at("lfp", "x")
    local_focal_point_y: float | None = at("lfp", "y")
    pointer_count: int | None = at("pc", kind=int)


@dataclass(slots=True)
class ScaleUpdateEvent(ScaleStartEvent):
    """A scale moved: ``e.scale``, ``e.rotation`` (radians), ``e.focal_point_delta_x``..."""

    focal_point_delta_x: float | None = at("fpd", "x")
    focal_point_delta_y: float | None = at("fpd", "y")
    horizontal_scale: float | None = at("hs")
    vertical_scale: float | None = at("vs")
    scale: float | None = at("s")
    rotation: float | None = at("rot")


@dataclass(slots=True)
class ScaleEndEvent(DataEvent):
    """A scale ended, the last pointer moving at ``e.velocity_x``, ``e.velocity_y``."""

    pointer_count: int | None = at("pc", kind=int)
    velocity_x: float | None = at("v", "x")
    velocity_y: float | None = at("v", "y")


@dataclass(slots=True)
class HoverEvent(Positioned):
    """The mouse is over the control (``on_hover``, ``on_enter``, ``on_exit``)."""

    kind: str | None = at("k", kind=str)
    timestamp: int | None = at("ts", kind=int)
    delta_x: float | None = at("ld", "x")
    delta_y: float | None = at("ld", "y")


@dataclass(slots=True)
class ScrollEvent(Positioned):
    """A mouse wheel or trackpad scrolled over a GestureDetector by ``e.scroll_delta_x``..."""

    scroll_delta_x: float | None = at("sd", "x")
    scroll_delta_y: float | None = at("sd", "y")


@dataclass(slots=True)
class OnScrollEvent(DataEvent):
    """A scrollable scrolled (``on_scroll`` of Column, Row, ListView, GridView, the page)."""

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


@dataclass(slots=True)
class DismissibleDismissEvent(DataEvent):
    """A Dismissible was swiped away (``on_dismiss``) or asks to be (``on_confirm_dismiss``:
    answer with ``e.control.confirm_dismiss(True)`` or ``False``)."""

    # _at gives a dataclasses.field, which ruff does not know
    direction: DismissDirection | None = at("direction", kind=DismissDirection)  # noqa: RUF009


@dataclass(slots=True)
class DismissibleUpdateEvent(DismissibleDismissEvent):
    """A Dismissible is being swiped: ``e.progress`` (0 to 1) and whether it ``reached``
    the dismiss threshold."""

    progress: float | None = at("progress")
    reached: bool | None = at("reached", kind=bool)
    previous_reached: bool | None = at("previous_reached", kind=bool)
