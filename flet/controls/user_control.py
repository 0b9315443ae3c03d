"""UserControl: the seed-era way to make a reusable control with ``build()``.

It reaches the client as a ``Stack`` holding what ``build()`` returned, as it did in Flet's
async era. ``build()`` runs once, before the control is first sent.
"""

from __future__ import annotations

from typing import Any

from flet.controls.base import LayoutControl
from flet.core.control import Control
from flet.core.props import Children

__all__ = ["UserControl"]


class UserControl(LayoutControl):
    control_type = "Stack"
    internals = {"host_positioned": True}

    built = Children(wire="controls")

    def build(self) -> Control | list[Control] | None:
        """Return the control (or list of controls) this user control shows."""
        return None

    def before_update(self) -> None:
        if "built" not in self._values:
            result: Any = self.build()
            if result is None:
                self.built = []
            elif isinstance(result, list):
                self.built = result
            else:
                self.built = [result]
