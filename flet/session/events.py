"""The event objects handlers receive.

Every event is a :class:`ControlEvent`; the page's route, view-pop and keyboard events are
typed subclasses carrying the attributes apps of the async era read (``e.route``, ``e.view``,
``e.key``...). :func:`make_event` builds the right one for an event the client sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["ALWAYS_SENT", "ControlEvent", "KeyboardEvent", "RouteChangeEvent", "ViewPopEvent"]

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
    """The event object for event ``name`` of ``control`` (typed for the page's events)."""
    build = _PAGE_EVENTS.get(name) if control is page else None
    if build is not None:
        return build(target, name, data, control, page)
    return ControlEvent(target, name, legacy_data(data), control, page)
