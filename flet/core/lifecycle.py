"""The step before a snapshot: let controls derive state (``before_update``, ``build()``)."""

from __future__ import annotations

from flet.core.control import Control

__all__ = ["prepare"]


def prepare(root: Control) -> list[tuple[Control, Exception]]:
    """Call ``before_update`` on every control, parents before their children.

    ``before_update`` runs app code (``UserControl.build()``); a control whose hook raises is
    left as it was and the walk goes on. Returns each such control with its error.
    """
    failed: list[tuple[Control, Exception]] = []
    stack = [root]
    while stack:
        control = stack.pop()
        try:
            control.before_update()
        except Exception as exc:
            failed.append((control, exc))
        stack.extend(c for c in control.child_controls() if isinstance(c, Control))
    return failed
