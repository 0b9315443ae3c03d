"""The event objects handlers receive, typed as the async era's apps read them.

Dependency rule: stdlib and ``flet.values`` only (pure: no asyncio, no I/O), so controls may
import the event classes they hand to handlers. The session builds events with
``flet.session.events.make_event``: :data:`PAGE_EVENTS` for the page's own events,
:data:`CONTROL_EVENTS` for the typed events of other controls, a plain
:class:`ControlEvent` else.
"""

from flet.events.base import (
    ALWAYS_SENT,
    ControlEvent,
)
from flet.events.camera import CameraStateEvent
from flet.events.controls import (
    AudioDurationChangeEvent,
    AudioPositionChangeEvent,
    AudioState,
    AudioStateChangeEvent,
    AutoCompleteSelectEvent,
    BatteryState,
    BatteryStateChangeEvent,
    ConnectivityChangeEvent,
    ConnectivityType,
    ContextMenuDismissEvent,
    ContextMenuSelectEvent,
    ContextMenuTrigger,
    ExpansionPanelListChangeEvent,
    KeyDownEvent,
    KeyRepeatEvent,
    KeyUpEvent,
    OnReorderEvent,
    SegmentedButtonChangeEvent,
)
from flet.events.device import *  # noqa: F403
from flet.events.device import __all__ as _device_all
from flet.events.gestures import (
    ContainerTapEvent,
    DismissibleDismissEvent,
    DismissibleUpdateEvent,
    DragEndEvent,
    DragStartEvent,
    DragTargetAcceptEvent,
    DragTargetEvent,
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
from flet.events.page import (
    KeyboardEvent,
    RouteChangeEvent,
    ViewPopEvent,
)

__all__ = [
    "ALWAYS_SENT",
    "AudioDurationChangeEvent",
    "AudioPositionChangeEvent",
    "AudioState",
    "AudioStateChangeEvent",
    "AutoCompleteSelectEvent",
    "BatteryState",
    "BatteryStateChangeEvent",
    "CameraStateEvent",
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
__all__ += [name for name in _device_all if name != "DEVICE_EVENTS"]
