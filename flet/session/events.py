"""The event objects handlers receive.

Every event is a :class:`ControlEvent`; the page's route, view-pop and keyboard events are
typed subclasses carrying the attributes apps of the async era read (``e.route``, ``e.view``,
``e.key``...). :func:`make_event` builds the right one for an event the client sent.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import Enum, StrEnum
from typing import Any

from flet.values.enums_material import DismissDirection
from flet.values.material import AutoCompleteSuggestion

__all__ = [
    "ALWAYS_SENT",
    "AudioDurationChangeEvent",
    "AudioPositionChangeEvent",
    "AudioState",
    "AudioStateChangeEvent",
    "AutoCompleteSelectEvent",
    "BatteryState",
    "BatteryStateChangeEvent",
    "ConnectivityChangeEvent",
    "ConnectivityType",
    "ContainerTapEvent",
    "ContextMenuDismissEvent",
    "ContextMenuSelectEvent",
    "ContextMenuTrigger",
    "ControlEvent",
    "DismissibleDismissEvent",
    "DismissibleUpdateEvent",
    "DragEndEvent",
    "DragStartEvent",
    "DragTargetAcceptEvent",
    "DragTargetEvent",
    "DragTargetLeaveEvent",
    "DragUpdateEvent",
    "DragWillAcceptEvent",
    "ExpansionPanelListChangeEvent",
    "HoverEvent",
    "KeyDownEvent",
    "KeyRepeatEvent",
    "KeyUpEvent",
    "KeyboardEvent",
    "LongPressEndEvent",
    "LongPressStartEvent",
    "MultiTapEvent",
    "OnReorderEvent",
    "OnScrollEvent",
    "RouteChangeEvent",
    "ScaleEndEvent",
    "ScaleStartEvent",
    "ScaleUpdateEvent",
    "ScrollEvent",
    "SegmentedButtonChangeEvent",
    "TapEvent",
    "ViewPopEvent",
]

#: Events the client sends whether or not the control declares a handler for them (a drawer's
#: ``dismiss``); any other event a control does not declare is dropped with a warning.
ALWAYS_SENT = frozenset({"dismiss"})


@dataclass(slots=True)
class ControlEvent:
    """``e.control`` raised event ``e.name`` with ``e.data``; ``e.page`` is its page.

    Keys of a map in ``data`` read as attributes too: ``e.width`` for a resize.
    """

    target: int
    name: str
    data: Any
    control: Any
    page: Any

    def __getattr__(self, name: str) -> Any:
        data = object.__getattribute__(self, "data")
        if isinstance(data, dict):
            if name in data:
                return data[name]
            short = _POINTER_FIELDS.get(name)
            if short is not None and isinstance(data.get(short[0]), dict):
                return data[short[0]].get(short[1])
            if name == "kind" and "k" in data:
                return data["k"]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")


#: Pointer events carry compact keys (protocol §10.1); async-era handlers read these names.
_POINTER_FIELDS = {
    "local_x": ("l", "x"),
    "local_y": ("l", "y"),
    "global_x": ("g", "x"),
    "global_y": ("g", "y"),
}


def legacy_data(data: Any) -> Any:
    """``e.data`` as Flet 0.25 gave it for scalars: text (``"true"``, ``"0.5"``, ``"2"``).

    Async-era handlers compare ``e.data == "true"`` or call ``float(e.data)``; maps, lists,
    dates and ``None`` are passed through as the client sent them.
    """
    if isinstance(data, bool):
        return "true" if data else "false"
    if isinstance(data, int | float):
        return str(data)
    return data


@dataclass(slots=True)
class RouteChangeEvent(ControlEvent):
    """The page's route changed; ``e.route`` (also ``e.data``, as in Flet 0.25) is the new one."""

    route: str


@dataclass(slots=True)
class ViewPopEvent(ControlEvent):
    """The user popped the top view; ``e.view`` is the view of ``e.route`` (or ``None``)."""

    route: str
    view: Any


@dataclass(slots=True)
class KeyboardEvent(ControlEvent):
    """A key was pressed on the page: ``e.key`` (``"A"``, ``"Enter"``) and the modifiers."""

    key: str
    shift: bool
    ctrl: bool
    alt: bool
    meta: bool


def _route_of(data: Any) -> str:
    route = data.get("route") if isinstance(data, dict) else data
    return route if isinstance(route, str) else "/"


def _view_of(page: Any, route: str) -> Any:
    for view in reversed(list(getattr(page, "views", []))):
        if view.route == route:
            return view
    return None


def _route_change(target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
    route = _route_of(data)
    return RouteChangeEvent(target, name, route, control, page, route)


def _view_pop(target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
    route = _route_of(data)
    return ViewPopEvent(target, name, data, control, page, route, _view_of(page, route))


def _keyboard(target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
    keys = data if isinstance(data, dict) else {}
    key = keys.get("key")
    return KeyboardEvent(
        target,
        name,
        data,
        control,
        page,
        key if isinstance(key, str) else "",
        keys.get("shift") is True,
        keys.get("ctrl") is True,
        keys.get("alt") is True,
        keys.get("meta") is True,
    )


_Builder = Callable[[int, str, Any, Any, Any], ControlEvent]

#: Typed events of the page, by the name the client sends (protocol §10.2).
_PAGE_EVENTS: dict[str, _Builder] = {
    "route_change": _route_change,
    "view_pop": _view_pop,
    "keyboard_event": _keyboard,
}


def make_event(target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
    """The event object for event ``name`` of ``control``: typed for the page's events and
    for the control events in :data:`CONTROL_EVENTS`, a plain :class:`ControlEvent` else."""
    build = _PAGE_EVENTS.get(name) if control is page else None
    if build is not None:
        return build(target, name, data, control, page)
    typed = CONTROL_EVENTS.get(getattr(control, "control_type", ""), {}).get(name)
    if typed is not None:
        return typed.build(target, name, data, control, page)
    return ControlEvent(target, name, legacy_data(data), control, page)


# -- typed control events ---------------------------------------------------------------------
#
# Each attribute the async era's event classes had is declared once with the path of the
# 1.0.5 client's compact data it comes from (``("l", "x")``: ``data["l"]["x"]``) and the kind
# it must have; a value that is missing or of another kind reads as ``None``.


def _at(*path: str, kind: type = float) -> Any:
    return field(default=None, metadata={"path": path, "kind": kind})


def _read(data: Any, path: tuple[str, ...], kind: type) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    if kind is float:
        return _finite(data)
    if kind is int:
        return data if isinstance(data, int) and not isinstance(data, bool) else None
    if issubclass(kind, Enum):  # the client sends a Dart enum's name: the member's value
        return kind._value2member_map_.get(data) if isinstance(data, str) else None
    return data if isinstance(data, kind) else None


def _finite(data: Any) -> float | None:
    if isinstance(data, bool) or not isinstance(data, int | float):
        return None
    try:
        number = float(data)
    except OverflowError:  # an int beyond a float's range
        return None
    return number if math.isfinite(number) else None


@dataclass(slots=True)
class _DataEvent(ControlEvent):
    """An event whose attributes are read from the client's data by their declared paths."""

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        declared = (f for f in fields(cls) if "path" in f.metadata)
        values = {f.name: _read(data, f.metadata["path"], f.metadata["kind"]) for f in declared}
        return cls(target, name, cls._shown_data(data, values), control, page, **values)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        """``e.data`` as handlers of the async era read it (the client's map by default)."""
        return data


@dataclass(slots=True)
class _Positioned(_DataEvent):
    local_x: float | None = _at("l", "x")
    local_y: float | None = _at("l", "y")
    global_x: float | None = _at("g", "x")
    global_y: float | None = _at("g", "y")


@dataclass(slots=True)
class TapEvent(_Positioned):
    """A tap (``on_tap``, ``on_tap_down``...): where, and with which device (``e.kind``)."""

    kind: str | None = _at("k", kind=str)


@dataclass(slots=True)
class ContainerTapEvent(TapEvent):
    """``Container.on_tap_down``: where the pointer touched the container."""


@dataclass(slots=True)
class MultiTapEvent(_DataEvent):
    """``on_multi_tap``: ``e.correct_touches`` is whether ``multi_tap_touches`` were down."""

    correct_touches: bool | None = _at("ct", kind=bool)


@dataclass(slots=True)
class LongPressStartEvent(_Positioned):
    """A long press began at ``e.local_x``, ``e.local_y``."""


@dataclass(slots=True)
class LongPressEndEvent(_Positioned):
    """A long press ended; ``e.velocity_x``, ``e.velocity_y`` in pixels per second."""

    velocity_x: float | None = _at("v", "x")
    velocity_y: float | None = _at("v", "y")


@dataclass(slots=True)
class DragStartEvent(_Positioned):
    """A drag or pan began (``on_pan_start``, ``on_horizontal_drag_start``...)."""

    kind: str | None = _at("k", kind=str)
    timestamp: int | None = _at("ts", kind=int)


@dataclass(slots=True)
class DragUpdateEvent(_Positioned):
    """The pointer moved by ``e.delta_x``, ``e.delta_y`` since the previous update sent
    (``drag_interval`` throttles them); ``e.primary_delta`` along a drag's axis."""

    delta_x: float | None = _at("ld", "x")
    delta_y: float | None = _at("ld", "y")
    primary_delta: float | None = _at("pd")
    timestamp: int | None = _at("ts", kind=int)


@dataclass(slots=True)
class DragEndEvent(_Positioned):
    """A drag ended, moving at ``e.velocity_x``, ``e.velocity_y`` pixels per second."""

    velocity_x: float | None = _at("v", "x")
    velocity_y: float | None = _at("v", "y")
    primary_velocity: float | None = _at("pv")


@dataclass(slots=True)
class ScaleStartEvent(_DataEvent):
    """A scale (pinch or pan) began around ``e.focal_point_x``, ``e.focal_point_y``."""

    focal_point_x: float | None = _at("gfp", "x")
    focal_point_y: float | None = _at("gfp", "y")
    local_focal_point_x: float | None = _at("lfp", "x")
    local_focal_point_y: float | None = _at("lfp", "y")
    pointer_count: int | None = _at("pc", kind=int)


@dataclass(slots=True)
class ScaleUpdateEvent(ScaleStartEvent):
    """A scale moved: ``e.scale``, ``e.rotation`` (radians), ``e.focal_point_delta_x``..."""

    focal_point_delta_x: float | None = _at("fpd", "x")
    focal_point_delta_y: float | None = _at("fpd", "y")
    horizontal_scale: float | None = _at("hs")
    vertical_scale: float | None = _at("vs")
    scale: float | None = _at("s")
    rotation: float | None = _at("rot")


@dataclass(slots=True)
class ScaleEndEvent(_DataEvent):
    """A scale ended, the last pointer moving at ``e.velocity_x``, ``e.velocity_y``."""

    pointer_count: int | None = _at("pc", kind=int)
    velocity_x: float | None = _at("v", "x")
    velocity_y: float | None = _at("v", "y")


@dataclass(slots=True)
class HoverEvent(_Positioned):
    """The mouse is over the control (``on_hover``, ``on_enter``, ``on_exit``)."""

    kind: str | None = _at("k", kind=str)
    timestamp: int | None = _at("ts", kind=int)
    delta_x: float | None = _at("ld", "x")
    delta_y: float | None = _at("ld", "y")


@dataclass(slots=True)
class ScrollEvent(_Positioned):
    """A mouse wheel or trackpad scrolled over a GestureDetector by ``e.scroll_delta_x``..."""

    scroll_delta_x: float | None = _at("sd", "x")
    scroll_delta_y: float | None = _at("sd", "y")


@dataclass(slots=True)
class OnScrollEvent(_DataEvent):
    """A scrollable scrolled (``on_scroll`` of Column, Row, ListView, GridView, the page)."""

    event_type: str | None = _at("event_type", kind=str)
    pixels: float | None = _at("pixels")
    min_scroll_extent: float | None = _at("min_scroll_extent")
    max_scroll_extent: float | None = _at("max_scroll_extent")
    viewport_dimension: float | None = _at("viewport_dimension")
    scroll_delta: float | None = _at("scroll_delta")
    direction: str | None = _at("direction", kind=str)
    overscroll: float | None = _at("overscroll")
    velocity: float | None = _at("velocity")


@dataclass(slots=True)
class _FromDraggable(_DataEvent):
    """An event of a DragTarget about a Draggable: ``e.src_id`` is the Draggable's id on the
    client, ``page.get_control(e.src_id)`` (or ``e.src``) the Draggable itself."""

    src_id: int | None = _at("src_id", kind=int)

    @property
    def src(self) -> Any:
        getter = getattr(self.page, "get_control", None)
        return getter(self.src_id) if getter is not None and self.src_id is not None else None


@dataclass(slots=True)
class DragTargetEvent(_FromDraggable):
    """A Draggable was dropped on (``on_accept``) or moved over (``on_move``) the target;
    ``e.x``, ``e.y`` is where its feedback's top left corner is on the page."""

    x: float | None = _at("g", "x")
    y: float | None = _at("g", "y")
    local_x: float | None = _at("l", "x")
    local_y: float | None = _at("l", "y")


@dataclass(slots=True)
class DragTargetAcceptEvent(DragTargetEvent):
    """The async era's name of the ``on_accept`` event (Flet 0.21)."""


@dataclass(slots=True)
class DragWillAcceptEvent(_FromDraggable):
    """A Draggable is over the target; ``e.accept`` is whether its group matches."""

    accept: bool | None = _at("accept", kind=bool)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        # async-era handlers test ``e.data == "true"``
        return legacy_data(values["accept"] is True)


@dataclass(slots=True)
class DragTargetLeaveEvent(_FromDraggable):
    """A Draggable left the target without being dropped."""


@dataclass(slots=True)
class DismissibleDismissEvent(_DataEvent):
    """A Dismissible was swiped away (``on_dismiss``) or asks to be (``on_confirm_dismiss``:
    answer with ``e.control.confirm_dismiss(True)`` or ``False``)."""

    # _at gives a dataclasses.field, which ruff does not know
    direction: DismissDirection | None = _at("direction", kind=DismissDirection)  # noqa: RUF009


@dataclass(slots=True)
class DismissibleUpdateEvent(DismissibleDismissEvent):
    """A Dismissible is being swiped: ``e.progress`` (0 to 1) and whether it ``reached``
    the dismiss threshold."""

    progress: float | None = _at("progress")
    reached: bool | None = _at("reached", kind=bool)
    previous_reached: bool | None = _at("previous_reached", kind=bool)


@dataclass(slots=True)
class ExpansionPanelListChangeEvent(_DataEvent):
    """A panel of an ExpansionPanelList opened or closed: ``e.index`` (as text in ``e.data``,
    as the async era gave it) and ``e.expanded``."""

    index: int | None = _at("index", kind=int)
    expanded: bool | None = _at("expanded", kind=bool)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        return legacy_data(values["index"])


@dataclass(slots=True)
class SegmentedButtonChangeEvent(_DataEvent):
    """The selection of a SegmentedButton changed: ``e.data`` is the selected values as JSON
    text (``'["a", "b"]'``), as the async era gave it; ``e.control.selected`` is the set."""

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        items = data if isinstance(data, list) else []
        return json.dumps([str(item) for item in items])


@dataclass(slots=True)
class OnReorderEvent(_DataEvent):
    """An item of a ReorderableListView moved from ``e.old_index`` to ``e.new_index``."""

    old_index: int | None = _at("old_index", kind=int)
    new_index: int | None = _at("new_index", kind=int)


@dataclass(slots=True)
class AutoCompleteSelectEvent(_DataEvent):
    """A suggestion of an AutoComplete was picked: ``e.selection`` and its ``e.index``."""

    index: int | None = _at("index", kind=int)
    selection: AutoCompleteSuggestion | None = None

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        index = _read(data, ("index",), int)
        picked = _read(data, ("selection",), dict) or {}
        key, value = picked.get("key"), picked.get("value")
        selection = None
        if isinstance(key, str) and isinstance(value, str):
            selection = AutoCompleteSuggestion(key=key, value=value)
        return cls(target, name, data, control, page, index=index, selection=selection)


class AudioState(Enum):
    """What an Audio is doing (``AudioStateChangeEvent.state``)."""

    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"
    COMPLETED = "completed"
    DISPOSED = "disposed"


def milliseconds(value: Any) -> int | None:
    """A time the client sent (a duration, or a number of milliseconds) in whole milliseconds."""
    if isinstance(value, dt.timedelta):
        return value // dt.timedelta(milliseconds=1)
    number = _finite(value)
    return None if number is None else int(number)


@dataclass(slots=True)
class AudioStateChangeEvent(_DataEvent):
    """``Audio.on_state_changed``: ``e.state`` (an :class:`AudioState`); ``e.data`` is its
    value, as in Flet 0.25 (``"playing"``)."""

    state: AudioState | None = _at("state", kind=AudioState)  # noqa: RUF009

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        state = values["state"]
        return state.value if state is not None else data


@dataclass(slots=True)
class _AudioTime(_DataEvent):
    """An Audio event carrying a time, read in milliseconds; ``e.data`` is that number as
    text, as in Flet 0.25."""

    key = ""

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        value = milliseconds(data.get(cls.key)) if isinstance(data, dict) else None
        shown = data if value is None else str(value)
        return cls(target, name, shown, control, page, **{cls.key: value})


@dataclass(slots=True)
class AudioPositionChangeEvent(_AudioTime):
    """``Audio.on_position_changed``: ``e.position`` in milliseconds."""

    position: int | None = None
    key = "position"


@dataclass(slots=True)
class AudioDurationChangeEvent(_AudioTime):
    """``Audio.on_duration_changed``: ``e.duration`` in milliseconds."""

    duration: int | None = None
    key = "duration"


# -- KeyboardListener, ContextMenu, Battery and Connectivity (Flet 1.0.5 names) --------------


@dataclass(slots=True)
class KeyDownEvent(_DataEvent):
    """``KeyboardListener.on_key_down``: ``e.key`` is the key's label (``"A"``, ``"Enter"``,
    ``"Shift Left"``); the client sends no modifier flags, a modifier is a key of its own."""

    key: str | None = _at("key", kind=str)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        key = values["key"]
        return key if key is not None else data


@dataclass(slots=True)
class KeyUpEvent(KeyDownEvent):
    """``KeyboardListener.on_key_up``: ``e.key`` was released."""


@dataclass(slots=True)
class KeyRepeatEvent(KeyDownEvent):
    """``KeyboardListener.on_key_repeat``: ``e.key`` is held down."""


class ContextMenuTrigger(StrEnum):
    DOWN = "down"
    LONG_PRESS = "longPress"


@dataclass(slots=True)
class ContextMenuDismissEvent(_Positioned):
    """A ContextMenu closed without a choice (or had no items): where it was opened, by
    which mouse ``button`` and ``trigger``, and how many items it had (``item_count``)."""

    button: str | None = _at("b", kind=str)
    trigger: ContextMenuTrigger | None = _at("tr", kind=ContextMenuTrigger)  # noqa: RUF009
    item_count: int | None = _at("ic", kind=int)


@dataclass(slots=True)
class ContextMenuSelectEvent(ContextMenuDismissEvent):
    """An item of a ContextMenu was chosen: ``e.item`` (the ``PopupMenuItem``), its
    ``item_id`` on the client and ``item_index`` in the menu."""

    item_id: int | None = _at("id", kind=int)
    item_index: int | None = _at("idx", kind=int)

    @property
    def item(self) -> Any:
        """The chosen ``PopupMenuItem`` (``None`` if it is no longer on the page)."""
        if self.item_id is None or self.page is None:
            return None
        return self.page.get_control(self.item_id)


class BatteryState(StrEnum):
    CHARGING = "charging"
    CONNECTED_NOT_CHARGING = "connectedNotCharging"
    DISCHARGING = "discharging"
    FULL = "full"
    UNKNOWN = "unknown"


@dataclass(slots=True)
class BatteryStateChangeEvent(_DataEvent):
    """``Battery.on_state_change``: ``e.state`` (a :class:`BatteryState`)."""

    state: BatteryState | None = _at("state", kind=BatteryState)  # noqa: RUF009


class ConnectivityType(StrEnum):
    BLUETOOTH = "bluetooth"
    ETHERNET = "ethernet"
    MOBILE = "mobile"
    NONE = "none"
    OTHER = "other"
    VPN = "vpn"
    WIFI = "wifi"


def connectivity_types(data: Any) -> list[ConnectivityType]:
    """The client's list of connection kinds as :class:`ConnectivityType` (unknown ones left
    out)."""
    if not isinstance(data, list):
        return []
    known = ConnectivityType._value2member_map_
    return [known[v] for v in data if isinstance(v, str) and v in known]  # type: ignore[misc]


@dataclass(slots=True)
class ConnectivityChangeEvent(_DataEvent):
    """``Connectivity.on_change``: ``e.connectivity``, the kinds of connection now up."""

    connectivity: list[ConnectivityType] = field(default_factory=list)

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        kinds = connectivity_types(data.get("connectivity") if isinstance(data, dict) else None)
        return cls(target, name, data, control, page, connectivity=kinds)


def _events(kind: type[_DataEvent], *names: str) -> dict[str, type[_DataEvent]]:
    return dict.fromkeys(names, kind)


_GESTURES = {
    **_events(TapEvent, "tap", "tap_down", "tap_up", "secondary_tap_down", "secondary_tap_up"),
    **_events(TapEvent, "tertiary_tap_down", "tertiary_tap_up", "double_tap_down"),
    **_events(MultiTapEvent, "multi_tap"),
    **_events(LongPressStartEvent, "long_press_start", "secondary_long_press_start"),
    **_events(LongPressEndEvent, "long_press_end", "secondary_long_press_end"),
    **_events(DragStartEvent, "horizontal_drag_start", "vertical_drag_start", "pan_start"),
    **_events(DragUpdateEvent, "horizontal_drag_update", "vertical_drag_update", "pan_update"),
    **_events(DragEndEvent, "horizontal_drag_end", "vertical_drag_end", "pan_end"),
    **_events(ScaleStartEvent, "scale_start"),
    **_events(ScaleUpdateEvent, "scale_update"),
    **_events(ScaleEndEvent, "scale_end"),
    **_events(HoverEvent, "hover", "enter", "exit"),
    **_events(ScrollEvent, "scroll"),
}
_SCROLLS = _events(OnScrollEvent, "scroll")

#: Typed events of controls: control type -> event name (as the client sends it) -> class.
CONTROL_EVENTS: dict[str, dict[str, type[_DataEvent]]] = {
    "GestureDetector": _GESTURES,
    "Container": _events(ContainerTapEvent, "tap_down"),
    **dict.fromkeys(("Column", "Row", "ListView", "GridView", "ResponsiveRow", "View"), _SCROLLS),
    "DragTarget": {
        **_events(DragTargetAcceptEvent, "accept", "move"),
        **_events(DragWillAcceptEvent, "will_accept"),
        **_events(DragTargetLeaveEvent, "leave"),
    },
    "ExpansionPanelList": {**_SCROLLS, **_events(ExpansionPanelListChangeEvent, "change")},
    "SegmentedButton": _events(SegmentedButtonChangeEvent, "change"),
    "ReorderableListView": {
        **_SCROLLS,
        **_events(OnReorderEvent, "reorder", "reorder_start", "reorder_end"),
    },
    "AutoComplete": _events(AutoCompleteSelectEvent, "select"),
    "Audio": {
        **_events(AudioStateChangeEvent, "state_change"),
        **_events(AudioPositionChangeEvent, "position_change"),
        **_events(AudioDurationChangeEvent, "duration_change"),
    },
    "KeyboardListener": {
        **_events(KeyDownEvent, "key_down"),
        **_events(KeyUpEvent, "key_up"),
        **_events(KeyRepeatEvent, "key_repeat"),
    },
    "ContextMenu": {
        **_events(ContextMenuSelectEvent, "select"),
        **_events(ContextMenuDismissEvent, "dismiss"),
    },
    "Battery": _events(BatteryStateChangeEvent, "state_change"),
    "Connectivity": _events(ConnectivityChangeEvent, "change"),
    "Dismissible": {
        **_events(DismissibleDismissEvent, "dismiss", "confirm_dismiss"),
        **_events(DismissibleUpdateEvent, "update"),
    },
}
