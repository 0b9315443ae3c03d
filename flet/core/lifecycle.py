"""The step before a snapshot: let controls derive state (``before_update``, ``build()``)."""

from __future__ import annotations

from flet.core.control import Control

__all__ = ["prepare"]


def prepare(root: Control) -> None:
    """Call ``before_update`` on every control, parents before their children."""
    stack = [root]
    while stack:
        control = stack.pop()
        control.before_update()
        stack.extend(control.child_controls())
