"""The event object handlers receive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["ControlEvent"]


@dataclass(slots=True)
class ControlEvent:
    """``e.control`` raised event ``e.name`` with ``e.data``; ``e.page`` is its page.

    Keys of a map in ``data`` read as attributes too: ``e.width`` for a resize,
    ``e.route`` for a route change.
    """

    target: int
    name: str
    data: Any
    control: Any
    page: Any

    def __getattr__(self, name: str) -> Any:
        data = object.__getattribute__(self, "data")
        if isinstance(data, dict) and name in data:
            return data[name]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
