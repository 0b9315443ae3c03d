"""The step before a snapshot: let controls derive state (``before_update``, ``build()``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from flet.core.control import Control
from flet.core.props import Children

__all__ = ["prepare"]


def _never(control: Control) -> bool:
    return False


def prepare(
    *controls: Control,
    shown: Callable[[Control], bool] = _never,
    done: dict[int, Control] | None = None,
    lows: Mapping[int, int] | None = None,
) -> list[tuple[Control, Exception]]:
    """Call ``before_update`` on each of ``controls`` and on the controls under them that are
    not ``shown`` yet (all of them by default), parents before their children.

    With ``lows`` (``id(list)`` → the lowest index it changed at, from the change journal),
    new children of a shown control are looked for only where its lists changed (a list not
    in ``lows`` did not change); without, in all of its children.

    ``before_update`` runs app code (``UserControl.build()``); a control whose hook raises is
    left as it was and the walk goes on. Each control is prepared once per ``done`` (a dict
    the caller may pass to share across calls; prepared controls are added to it): one of
    ``controls`` prepared already is only looked under again, for children new since.
    Returns each control whose hook raised, with its error.
    """
    done = {} if done is None else done
    failed: list[tuple[Control, Exception]] = []
    for top in controls:
        stack = [top]
        while stack:
            control = stack.pop()
            if id(control) not in done:
                done[id(control)] = control
                try:
                    control.before_update()
                except Exception as exc:
                    failed.append((control, exc))
            elif control is not top:
                continue
            if type(control).declared_children:  # a leaf (most controls) has none
                changed = lows if lows is not None and shown(control) else None
                for kid in _maybe_new(control, changed):
                    if isinstance(kid, Control) and not shown(kid):
                        stack.append(kid)
    return failed


def _maybe_new(control: Control, lows: Mapping[int, int] | None) -> list[object]:
    """The children of ``control`` that may be new: all of them without ``lows``."""
    if lows is None:
        return list(control.child_controls())
    found: list[object] = []
    values = control._values
    for decl in type(control).declared_children.values():
        value = values.get(decl.name)
        if not isinstance(decl, Children):
            if value is not None:
                found.append(value)
        elif value:
            found += value[lows.get(id(value), len(value)) :]
    return found
