"""The base of value objects: plain maps on the wire (styles, borders, themes, gradients...).

Value objects are mutable, as the async era's were (``c.rotate.angle += pi / 2``), and they
say so: setting a field of one marks the controls holding it changed (through the value
objects holding it, for a nested one), in the change journal of the tree showing them
(:mod:`flet.core.changes`). Each value object knows its owners (weakly: a control or a value
object that holds it), linked when it is set as a property or as a field of another.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

__all__ = ["WireValue", "notify", "own"]


class WireValue:
    """A value object the client reads as a plain map (no ``_c``), pruned of unset fields.

    Subclasses are dataclasses, mutable; ``to_wire()`` gives the map of protocol.md §12.2.
    Controls accept an instance or the same map written as a ``dict``. Setting a field marks
    the controls holding the object changed.
    """

    __slots__ = ("__weakref__", "_owners")

    _owners: weakref.WeakValueDictionary[int, Any] | None

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        self = super().__new__(cls)
        object.__setattr__(self, "_owners", None)
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if isinstance(value, WireValue):
            own(value, self)
        try:
            owners = self._owners
        except AttributeError:  # made without WireValue.__new__
            return
        if owners:
            notify(self)

    def __getstate__(self) -> Any:
        """A copy (``copy.copy``, pickle) has no owners of its own yet."""
        state = object.__getstate__(self)
        if isinstance(state, tuple) and len(state) == 2 and isinstance(state[1], dict):
            slots = {k: v for k, v in state[1].items() if k != "_owners"}
            return state[0], slots or None
        return state

    def to_wire(self) -> Any:
        raise NotImplementedError

    def wire_parts(self) -> Iterator[Any]:
        """Everything this object holds (its fields), for the snapshot to tell whether a
        change to it is always seen (see :func:`flet.core.snapshot`'s watched controls)."""
        for klass in type(self).__mro__:
            names = getattr(klass, "__slots__", ())
            for name in (names,) if isinstance(names, str) else names:
                if name not in ("__weakref__", "_owners", "__dict__"):
                    yield getattr(self, name, None)
        state = getattr(self, "__dict__", None)
        if state:
            yield from state.values()


def own(value: WireValue, owner: object) -> None:
    """``owner`` (a control or a value object) holds ``value``: a change to it marks the
    owner changed."""
    owners = getattr(value, "_owners", None)
    if owners is None:
        owners = weakref.WeakValueDictionary()
        object.__setattr__(value, "_owners", owners)
    owners[id(owner)] = owner


def notify(value: WireValue) -> None:
    """``value`` changed: mark the controls holding it, directly or through other values."""
    stack = [value]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        owners = getattr(item, "_owners", None)
        if not owners:
            continue
        for owner in list(owners.values()):
            if isinstance(owner, WireValue):
                stack.append(owner)
                continue
            changes = getattr(owner, "_changes", None)
            if changes is not None:
                changes.mark(owner)
