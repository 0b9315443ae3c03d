"""The change journal: which controls of a shown tree changed since its last snapshot.

A session owns one :class:`Changes` and hands it to every control it shows (``_changes``, set
and cleared with ``_page`` when a control is mounted and unmounted). The declarations in
:mod:`flet.core.props` see every property write and every in-place change of a list of
children, and mark the control here; a list of children also says the lowest index it changed
at, so that appending to a long list reads only the new end. ``control.update()`` marks the
control's whole subtree, every list from its start. A control not shown yet has no journal: it
is new, and its first snapshot reads all of it.

A value object says when one of its fields is set (:mod:`flet.core.values`). What cannot say
it changed (a list or a dict held as a property value, changed in place) is found by the
snapshot, which compares such values on every update (``Snapshot.unseen``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from flet.core.control import Control
from flet.core.props import Children

__all__ = ["Changes", "Marks", "mark"]

_V = TypeVar("_V")
#: a list of children changed in place: (its owner, the list, the lowest index changed); the
#: list is kept so that its id is not reused meanwhile
_ListChange = tuple["Control", list[Any], int]


@dataclass(frozen=True, slots=True)
class Marks:
    """What a journal held: the controls marked, in order, and for each list of children
    changed in place the lowest index it changed at (by ``id`` of the list)."""

    controls: tuple[Control, ...] = ()
    lists: Mapping[int, _ListChange] = field(default_factory=dict)

    @property
    def lows(self) -> dict[int, int]:
        """``id(list)`` → the lowest index that list changed at."""
        return {key: low for key, (_, _, low) in self.lists.items()}


#: what an empty journal holds (shared: a ``Marks`` is never changed)
_NOTHING = Marks()


class Changes:
    """The controls marked since the journal was last taken, in the order they were marked."""

    __slots__ = ("_lists", "_marked")

    def __init__(self) -> None:
        self._marked: dict[int, Control] = {}  # id(control) -> control
        self._lists: dict[int, _ListChange] = {}  # id(list) -> its change

    def mark(self, control: Control) -> None:
        """``control`` changed: its node is read again on the next update."""
        self._marked[id(control)] = control

    def mark_list(self, owner: Control, items: list[Any], low: int) -> None:
        """``owner``'s list of children ``items`` changed from index ``low`` on (the items
        before it are the same controls in the same places)."""
        self._note(owner, items, low)
        self._marked[id(owner)] = owner  # after the list: a take() between takes the owner

    def _note(self, owner: Control, items: list[Any], low: int) -> None:
        known = self._lists.get(id(items))
        if known is None or low < known[2]:
            self._lists[id(items)] = (owner, items, low)

    def mark_tree(self, control: Control) -> None:
        """``control`` and every control under it changed (``control.update()``): each is
        read again, each of their lists from its start."""
        if not type(control).declared_children:  # a leaf (a Text): itself only
            self._marked[id(control)] = control
            return
        stack = [control]
        seen: set[int] = set()  # a control met twice (in two places, or inside itself): once
        while stack:
            item = stack.pop()
            if id(item) in seen:
                continue
            seen.add(id(item))
            self.mark(item)
            for decl in type(item).declared_children.values():
                value = item._values.get(decl.name)
                if isinstance(decl, Children) and isinstance(value, list):
                    self.mark_list(item, value, 0)
            stack.extend(kid for kid in item.child_controls() if isinstance(kid, Control))

    def take(self) -> Marks:
        """What is marked; the journal starts empty again.

        Entries are popped one by one, not swapped out: a worker thread marking meanwhile
        (on a server) lands either in what is taken or in what stays, never in between.
        """
        if not self._marked and not self._lists:
            return _NOTHING  # most takes: an update's second look, a flush after a handler
        lists = dict(_drain(self._lists))
        return Marks(_with_owners(lists, [c for _, c in _drain(self._marked)]), lists)

    def peek(self) -> Marks:
        """What is marked, leaving it marked."""
        lists = dict(self._lists)
        return Marks(_with_owners(lists, list(self._marked.values())), lists)

    def restore(self, marks: Iterable[Marks]) -> None:
        """Mark again what ``marks`` held (an update that read them was not sent)."""
        for held in marks:
            for owner, items, low in held.lists.values():
                self._note(owner, items, low)
            for control in held.controls:
                self.mark(control)

    def __len__(self) -> int:
        return len(self._marked)


def _with_owners(lists: Mapping[int, _ListChange], marked: list[Control]) -> tuple[Control, ...]:
    """The marked controls and the owners of the changed lists, each once."""
    found = {id(owner): owner for owner, _, _ in lists.values()}
    found.update((id(control), control) for control in marked)
    return tuple(found.values())


def _drain(entries: dict[int, _V]) -> list[tuple[int, _V]]:
    """Pop every entry of ``entries`` (each pop is atomic), in insertion order."""
    popped = []
    while entries:
        popped.append(entries.popitem())
    popped.reverse()
    return popped


def mark(control: Control) -> None:
    """Mark ``control`` in the journal of the tree showing it (nothing if it is not shown)."""
    changes = control._changes
    if changes is not None:
        changes.mark(control)
