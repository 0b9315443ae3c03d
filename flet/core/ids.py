"""Control ids, allocated per session.

The client knows each control by an integer id. Ids live here, owned by a session, not on the
controls: the same control object could in principle be shown by two sessions. A control keeps
its id while it stays in the same place (same parent, same property); moved to another parent
it gets a new id, because the client rebuilds it there anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flet.core.control import Control

__all__ = ["PAGE_ID", "WINDOW_ID", "IdRegistry", "Placement"]

PAGE_ID = 1
WINDOW_ID = 2
_FIRST_FREE = 3

Placement = tuple[int, str]


class IdRegistry:
    """Maps controls to ids and back for one session."""

    def __init__(self, root: Control) -> None:
        self._ids: dict[int, int] = {id(root): PAGE_ID}  # id(control) -> control id
        self._controls: dict[int, Control] = {PAGE_ID: root}
        self._placement: dict[int, Placement | None] = {PAGE_ID: None}
        self._next = _FIRST_FREE

    def assign(self, control: Control, placement: Placement | None) -> int:
        """The id of ``control`` at ``placement``; a new one if it is new there."""
        known = self._ids.get(id(control))
        if known is not None and self._placement.get(known) == placement:
            return known
        cid = self._next
        self._next += 1
        self._ids[id(control)] = cid
        self._controls[cid] = control
        self._placement[cid] = placement
        return cid

    def renumber(self) -> None:
        """Give every control a new id on its next ``assign`` (ids never seen before), as
        when a client that may hold stale controls is sent the whole page again."""
        self._placement = {PAGE_ID: None}

    def placed(self, control: Control, placement: Placement | None) -> int | None:
        """The id ``control`` has at ``placement``, or ``None`` if it has none there."""
        known = self._ids.get(id(control))
        if known is not None and self._placement.get(known, False) == placement:
            return known
        return None

    def placement(self, cid: int) -> Placement | None:
        """Where id ``cid`` was given: (parent id, wire name), ``None`` for the root."""
        return self._placement.get(cid)

    def control(self, cid: int) -> Control | None:
        return self._controls.get(cid)

    def shown(self, control: Control) -> bool:
        """Whether ``control`` has an id on the client (``id_of`` is not ``None``)."""
        return id(control) in self._ids

    def id_of(self, control: Control) -> int | None:
        """The id ``control`` has on the client, or ``None`` if it is not there."""
        return self._ids.get(id(control))

    def release(self, gone: Iterable[int]) -> list[Control]:
        """Forget the ids in ``gone``; return the controls that left the tree (those not
        given another id meanwhile, as a control moved to another parent is)."""
        removed = []
        for cid in gone:
            control = self._controls.pop(cid, None)
            self._placement.pop(cid, None)
            if control is not None and self._ids.get(id(control)) == cid:
                del self._ids[id(control)]
                removed.append(control)
        return removed
