"""The page's typed events: route changes, view pops and keyboard events (protocol §10.2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flet.events.base import ControlEvent

__all__ = [
    "PAGE_EVENTS",
    "KeyboardEvent",
    "RouteChangeEvent",
    "ViewPopEvent",
]


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
PAGE_EVENTS: dict[str, _Builder] = {
    "route_change": _route_change,
    "view_pop": _view_pop,
    "keyboard_event": _keyboard,
}
