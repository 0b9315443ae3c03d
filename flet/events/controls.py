"""Typed events of the other controls and services (panels, segments, reordering, audio,
keyboard listener, context menu, battery, connectivity), and :data:`CONTROL_EVENTS`: which
class each event of each control type gets.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

from flet.events.base import ControlEvent, DataEvent, Positioned, at, finite, legacy_data, read
from flet.events.camera import CameraStateEvent
from flet.events.device import DEVICE_EVENTS
from flet.events.gestures import (
    ContainerTapEvent,
    DismissibleDismissEvent,
    DismissibleUpdateEvent,
    DragEndEvent,
    DragStartEvent,
    DragTargetAcceptEvent,
    DragTargetLeaveEvent,
    DragUpdateEvent,
    DragWillAcceptEvent,
    HoverEvent,
    LongPressEndEvent,
    LongPressStartEvent,
    MultiTapEvent,
    OnScrollEvent,
    ScaleEndEvent,
    ScaleStartEvent,
    ScaleUpdateEvent,
    ScrollEvent,
    TapEvent,
)
from flet.events.maps import MAP_EVENTS
from flet.values.material import AutoCompleteSuggestion

__all__ = [
    "CONTROL_EVENTS",
    "AudioDurationChangeEvent",
    "AudioPositionChangeEvent",
    "AudioState",
    "AudioStateChangeEvent",
    "AutoCompleteSelectEvent",
    "BatteryState",
    "BatteryStateChangeEvent",
    "ConnectivityChangeEvent",
    "ConnectivityType",
    "ContextMenuDismissEvent",
    "ContextMenuSelectEvent",
    "ContextMenuTrigger",
    "ExpansionPanelListChangeEvent",
    "FilePickerUploadEvent",
    "KeyDownEvent",
    "KeyRepeatEvent",
    "KeyUpEvent",
    "OnReorderEvent",
    "SegmentedButtonChangeEvent",
    "connectivity_types",
    "milliseconds",
]


@dataclass(slots=True)
class ExpansionPanelListChangeEvent(DataEvent):
    """A panel of an ExpansionPanelList opened or closed: ``e.index`` (as text in ``e.data``,
    as the async era gave it) and ``e.expanded``."""

    index: int | None = at("index", kind=int)
    expanded: bool | None = at("expanded", kind=bool)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        return legacy_data(values["index"])


@dataclass(slots=True)
class SegmentedButtonChangeEvent(DataEvent):
    """The selection of a SegmentedButton changed: ``e.data`` is the selected values as JSON
    text (``'["a", "b"]'``), as the async era gave it; ``e.control.selected`` is the set."""

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        items = data if isinstance(data, list) else []
        return json.dumps([str(item) for item in items])


@dataclass(slots=True)
class OnReorderEvent(DataEvent):
    """An item of a ReorderableListView moved from ``e.old_index`` to ``e.new_index``."""

    old_index: int | None = at("old_index", kind=int)
    new_index: int | None = at("new_index", kind=int)


@dataclass(slots=True)
class AutoCompleteSelectEvent(DataEvent):
    """A suggestion of an AutoComplete was picked: ``e.selection`` and its ``e.index``."""

    index: int | None = at("index", kind=int)
    selection: AutoCompleteSuggestion | None = None

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        index = read(data, ("index",), int)
        picked = read(data, ("selection",), dict) or {}
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
    number = finite(value)
    return None if number is None else int(number)


@dataclass(slots=True)
class AudioStateChangeEvent(DataEvent):
    """``Audio.on_state_changed``: ``e.state`` (an :class:`AudioState`); ``e.data`` is its
    value, as in Flet 0.25 (``"playing"``)."""

    state: AudioState | None = at("state", kind=AudioState)  # noqa: RUF009

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        state = values["state"]
        return state.value if state is not None else data


@dataclass(slots=True)
class _AudioTime(DataEvent):
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
class KeyDownEvent(DataEvent):
    """``KeyboardListener.on_key_down``: ``e.key`` is the key's label (``"A"``, ``"Enter"``,
    ``"Shift Left"``); the client sends no modifier flags, a modifier is a key of its own."""

    key: str | None = at("key", kind=str)

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
class ContextMenuDismissEvent(Positioned):
    """A ContextMenu closed without a choice (or had no items): where it was opened, by
    which mouse ``button`` and ``trigger``, and how many items it had (``item_count``)."""

    button: str | None = at("b", kind=str)
    trigger: ContextMenuTrigger | None = at("tr", kind=ContextMenuTrigger)  # noqa: RUF009
    item_count: int | None = at("ic", kind=int)


@dataclass(slots=True)
class ContextMenuSelectEvent(ContextMenuDismissEvent):
    """An item of a ContextMenu was chosen: ``e.item`` (the ``PopupMenuItem``), its
    ``item_id`` on the client and ``item_index`` in the menu."""

    item_id: int | None = at("id", kind=int)
    item_index: int | None = at("idx", kind=int)

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
class BatteryStateChangeEvent(DataEvent):
    """``Battery.on_state_change``: ``e.state`` (a :class:`BatteryState`)."""

    state: BatteryState | None = at("state", kind=BatteryState)  # noqa: RUF009


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
class ConnectivityChangeEvent(DataEvent):
    """``Connectivity.on_change``: ``e.connectivity``, the kinds of connection now up."""

    connectivity: list[ConnectivityType] = field(default_factory=list)

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        kinds = connectivity_types(data.get("connectivity") if isinstance(data, dict) else None)
        return cls(target, name, data, control, page, connectivity=kinds)


def _events(kind: type[DataEvent], *names: str) -> dict[str, type[DataEvent]]:
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


@dataclass(slots=True)
class FilePickerUploadEvent(DataEvent):
    """``on_upload``: ``e.progress`` of ``e.file_name`` (0.0 first, 1.0 when it is written), or
    ``e.error``; ``e.data`` is the JSON text the era's client sent."""

    file_name: str | None = at("file_name", kind=str)
    progress: float | None = at("progress")
    error: str | None = at("error", kind=str)

    @classmethod
    def _shown_data(cls, data: Any, values: dict[str, Any]) -> Any:
        return json.dumps({key: values[key] for key in ("file_name", "progress", "error")})


#: Typed events of controls: control type -> event name (as the client sends it) -> class.
CONTROL_EVENTS: dict[str, dict[str, type[DataEvent]]] = {
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
    "Camera": _events(CameraStateEvent, "state_change"),
    "FilePicker": _events(FilePickerUploadEvent, "upload"),
    "Dismissible": {
        **_events(DismissibleDismissEvent, "dismiss", "confirm_dismiss"),
        **_events(DismissibleUpdateEvent, "update"),
    },
    **DEVICE_EVENTS,
    "Map": MAP_EVENTS,
}
