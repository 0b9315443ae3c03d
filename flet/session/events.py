"""Events as the session builds them from what the client sent.

The event classes live in :mod:`flet.events` (pure, importable by controls); this module picks
the class for an event of a control and keeps the old import path working.
"""

from __future__ import annotations

from typing import Any

from flet.events import *  # noqa: F403
from flet.events import __all__ as _public
from flet.events.base import ControlEvent, legacy_data
from flet.events.controls import CONTROL_EVENTS, connectivity_types, milliseconds
from flet.events.page import PAGE_EVENTS

__all__ = [
    *_public,
    "CONTROL_EVENTS",
    "connectivity_types",
    "legacy_data",
    "make_event",
    "milliseconds",
]


def make_event(target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
    """The event object for event ``name`` of ``control``: typed for the page's events and
    for the control events in :data:`CONTROL_EVENTS`, a plain :class:`ControlEvent` else."""
    build = PAGE_EVENTS.get(name) if control is page else None
    if build is not None:
        return build(target, name, data, control, page)
    typed = CONTROL_EVENTS.get(getattr(control, "control_type", ""), {}).get(name)
    if typed is not None:
        return typed.build(target, name, data, control, page)
    return ControlEvent(target, name, legacy_data(data), control, page)
