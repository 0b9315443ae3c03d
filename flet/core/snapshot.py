"""Snapshots: reading a control tree into what the client is shown (:mod:`flet.core.nodes`).

``take_snapshot`` reads a control tree (it never writes to it) and returns, for each control id,
its type and wire properties, with children replaced by :class:`Ref` / :class:`RefList`. The
snapshot of what was last sent is the diff's baseline.

An update reads again only what may have changed: taken ``since`` the last snapshot, a snapshot
reuses its nodes and reads again the ``changed`` controls (those the change journal marked,
:mod:`flet.core.changes`) and the controls new under them. A value object marks its controls
when a field is set (:mod:`flet.core.values`). A property holding a list or a dict (or a value
object holding one) can change unseen: such properties are compared on every update
(``unseen``). Controls whose ``before_update`` reads more than their own properties
(``prepare_always``) or that hold such a value unsent (``watched``) are prepared on every
update (:mod:`flet.core.update`), and read again when their hooks change them; those with a
child left out (``faulty``) are read again on every update. Without ``since`` every control is
new: the first snapshot, and the whole-tree reading tests compare against, are the same
reading from an empty baseline. The snapshot says what it changed (``added``, ``reread``,
``removed``), so the diff compares only those nodes and the session mounts only those controls.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
from collections.abc import Iterable, Mapping
from typing import Any

from flet.core.client_types import check as check_client_type
from flet.core.control import Control
from flet.core.ids import IdRegistry
from flet.core.nodes import (
    Node,
    NodeTable,
    Ref,
    RefList,
    Snapshot,
    encode_value,
    same,
    to_wire,
    wire_of,
    wire_prop,
)
from flet.core.props import Child, Children
from flet.core.tree import DuplicateControlError, NotAControlError, Place, TreeError
from flet.core.values import WireValue

__all__ = [
    "DuplicateControlError",
    "Node",
    "Ref",
    "RefList",
    "Snapshot",
    "TreeError",
    "changed_in_place",
    "check_changes",
    "check_tree",
    "encode_value",
    "read_again",
    "same",
    "take_snapshot",
    "to_wire",
    "wire_of",
    "wire_prop",
]


def take_snapshot(
    root: Control,
    ids: IdRegistry,
    skipped: list[TreeError] | None = None,
    *,
    since: Snapshot | None = None,
    changed: Iterable[Control] = (),
    lows: Mapping[int, int] | None = None,
) -> Snapshot:
    """Read the tree under ``root`` into a snapshot, allocating ids through ``ids``.

    Without ``since``, every control is read. With ``since`` (the snapshot last sent, taken of
    the same tree with the same ``ids``), its nodes are kept, and read again only for the
    ``changed`` controls it shows; the controls new under those are read whole, and the
    nodes of controls no longer there are dropped. ``lows`` (``id(list)`` → the lowest index
    it changed at, from the change journal) lets a list of children be read from there on: a
    list of a changed control not in ``lows`` did not change. Without ``lows``, every list of
    a changed control is read whole.

    A control found in a second place (:class:`DuplicateControlError`), or a child that is
    not a control, raises a :class:`TreeError`; with a ``skipped`` list, that child is left
    out of the snapshot and the error appended there instead, so the rest can still be sent.
    The place a control already had on the client is the one it keeps.
    """
    reader = _Reader(ids, since, lows, skipped, build=True)
    reader.run(root, changed)
    return reader.snapshot()


def check_changes(
    root: Control,
    ids: IdRegistry,
    since: Snapshot | None,
    changed: Iterable[Control],
    lows: Mapping[int, int] | None = None,
) -> None:
    """Raise the :class:`TreeError` that ``take_snapshot`` with the same arguments would
    meet first, without reading any property or giving any id."""
    _Reader(ids, since, lows, None, build=False).run(root, changed)


def check_tree(root: Control) -> None:
    """Raise a :class:`TreeError` if a control is in two places under ``root``, or a list of
    children holds something else than controls."""
    check_changes(root, IdRegistry(root), None, ())


def read_again(snapshot: Snapshot, ids: IdRegistry) -> tuple[list[Control], list[Control]]:
    """What an update taken since ``snapshot`` looks at besides the journal's marks: the
    ``watched`` controls, prepared on every update and read again only if their hook marked
    them or changed a list or dict of theirs in place (:func:`changed_in_place`); and the
    controls read again whatever their hooks do: the ``faulty`` ones, and the ``unseen`` ones
    whose lists or dicts no longer encode as the snapshot has them."""
    watched = [ids.control(cid) for cid in snapshot.watched]
    stale = [ids.control(cid) for cid in snapshot.faulty]
    nodes = snapshot.nodes
    for cid, names in snapshot.unseen.items():
        control = ids.control(cid)
        if control is not None and _changed_in_place(control, names, nodes[cid]):
            stale.append(control)
    return [c for c in watched if c is not None], [c for c in stale if c is not None]


def changed_in_place(snapshot: Snapshot, ids: IdRegistry, control: Control) -> bool:
    """Whether a list or dict ``control`` holds in a sent property no longer encodes as
    ``snapshot`` has it."""
    cid = ids.id_of(control)
    if cid is None or cid not in snapshot.unseen:
        return False
    return _changed_in_place(control, snapshot.unseen[cid], snapshot.nodes[cid])


def _changed_in_place(control: Control, names: tuple[str, ...], node: Node) -> bool:
    declared, values = type(control).declared_props, control._values
    for name in names:
        decl = declared[name]
        if not same(wire_prop(decl, values.get(name)), node.props.get(decl.wire)):
            return True
    return False


class _Reader:
    """One reading of a tree against a baseline (empty without ``since``).

    ``build=False`` only checks where each child would go (no ids given, no property read).
    """

    def __init__(
        self,
        ids: IdRegistry,
        since: Snapshot | None,
        lows: Mapping[int, int] | None,
        skipped: list[TreeError] | None,
        *,
        build: bool,
    ) -> None:
        self.ids = ids
        self.since = since
        self.base: Mapping[int, Node] = since.nodes if since is not None else {}
        self.lows = lows
        self.skipped = skipped
        self.build = build
        self.nodes: dict[int, Node] = {}  # read in this reading
        self.dropped: set[int] = set()  # base nodes no longer there
        self.watched: set[int] = set(since.watched) if since is not None else set()
        self.unseen: dict[int, tuple[str, ...]] = dict(since.unseen) if since is not None else {}
        self.faulty: set[int] = set(since.faulty) if since is not None else set()
        self.claimed: dict[int, str] = {}  # id(control) -> its slot, for controls placed here
        self.starts: dict[int, dict[str, int]] = {}  # reread id -> list name -> read from
        self.added: list[int] = []
        self.reread: list[int] = []
        self.removed: list[int] = []
        self.pending: list[tuple[Control, int | None]] = []  # new controls, to read

    # -- the two readings --------------------------------------------------------------------

    def run(self, root: Control, changed: Iterable[Control]) -> None:
        if self.since is None:
            cid = self.ids.assign(root, None) if self.build else None
            self.claimed[id(root)] = f"{type(root).__name__} (the root)"
            self.pending.append((root, cid))
            self._read_new()
            return
        targets = self._targets(changed)
        for control, cid in targets:  # first what left, so that a move is not a duplicate
            for gone in self._leaving(control, cid):
                self._drop(gone)
        for control, cid in targets:
            if cid not in self.dropped:
                self.reread.append(cid)
                self._read(control, cid)
                self._read_new()

    def _targets(self, changed: Iterable[Control]) -> list[tuple[Control, int]]:
        """The changed controls the baseline shows, each once, with their ids."""
        ids, base = self.ids, self.base
        found: dict[int, Control] = {}
        for control in changed:
            cid = ids.id_of(control)
            if cid is not None and cid in base and ids.control(cid) is control:
                found[cid] = control
        return [(control, cid) for cid, control in found.items()]

    def _leaving(self, control: Control, cid: int) -> list[int]:
        """Ids of the children the baseline shows under ``cid`` that ``control`` no longer
        holds in the same slot (and, for each list, where reading it starts)."""
        old_props = self.base[cid].props
        starts = self.starts[cid] = {}
        gone: list[int] = []
        for decl in type(control).declared_children.values():
            old = old_props.get(decl.wire)
            value = control._values.get(decl.name)
            placement = (cid, decl.wire)
            if isinstance(decl, Children):
                start = starts[decl.name] = self._start(cid, value or (), old)
                if isinstance(old, RefList) and start < len(old.ids):
                    kids = (k for k in (value or ())[start:] if isinstance(k, Control))
                    keep = {self.ids.placed(kid, placement) for kid in kids}
                    gone.extend(k for k in old.ids[start:] if k not in keep)
            elif isinstance(old, Ref) and not self._holds(value, placement, old.id):
                gone.append(old.id)
        return gone

    def _holds(self, value: Any, placement: tuple[int, str], cid: int) -> bool:
        return isinstance(value, Control) and self.ids.placed(value, placement) == cid

    def _start(self, cid: int, items: Any, old: Any) -> int:
        """Where reading list ``items`` of node ``cid`` starts: the items before are the
        same controls in the same places as in the baseline's ``old`` list."""
        if self.lows is None or cid in self.faulty:
            return 0  # every list read whole; a node with a child left out is misaligned
        count = len(old.ids) if isinstance(old, RefList) else 0
        start = self.lows.get(id(items))
        if start is None:  # this list did not change
            return count if len(items) == count else 0
        return start if start <= count else 0

    def _drop(self, cid: int) -> None:
        """Drop node ``cid`` of the baseline and everything under it."""
        stack = [cid]
        while stack:
            gone = stack.pop()
            if gone in self.dropped or gone not in self.base:
                continue
            self.dropped.add(gone)
            self.removed.append(gone)
            stack.extend(_kid_ids(self.base[gone]))

    # -- reading one control -----------------------------------------------------------------

    def _read_new(self) -> None:
        pending = self.pending
        while pending:
            control, cid = pending.pop()
            if cid is not None:
                self.added.append(cid)
            self._read(control, cid)

    def _read(self, control: Control, cid: int | None) -> None:
        cls = type(control)
        props, unseen, whole = _wire_props(control) if self.build else ({}, (), False)
        starts = self.starts.get(cid) if cid is not None else None
        old_props = self.base[cid].props if starts is not None and cid is not None else {}
        complete = True
        values = control._values
        for decl in cls.declared_children.values():
            value = values.get(decl.name)
            if isinstance(decl, Children):
                start = starts.get(decl.name, 0) if starts is not None else 0
                if not value:
                    continue
                old = old_props.get(decl.wire)
                old_ids = old.ids if isinstance(old, RefList) else ()
                kept = old_ids[:start]
                allowed = set(old_ids[start:]) if start else None
                placed = [
                    self._place(kid, control, cid, decl, n, allowed)
                    for n, kid in enumerate(value[start:], start)
                ]
                kid_ids = kept + tuple(k for k in placed if k is not None)
                complete = complete and len(kid_ids) == len(kept) + len(placed)
                if kid_ids:
                    props[decl.wire] = RefList(kid_ids)
            elif value is not None:
                kid_id = self._place(value, control, cid, decl, None, None)
                complete = complete and kid_id is not None
                if kid_id is not None:
                    props[decl.wire] = Ref(kid_id)
        check_client_type(cls, cls.control_type)
        if cid is None:
            return
        self.nodes[cid] = Node(cls.control_type, props)
        _keep(self.watched, cid, whole or cls.prepare_always)
        _keep(self.faulty, cid, not complete)
        if unseen:
            self.unseen[cid] = unseen
        else:
            self.unseen.pop(cid, None)

    def _place(
        self,
        kid: Any,
        parent: Control,
        cid: int | None,
        decl: Child | Children,
        index: int | None,
        allowed: set[int] | None,
    ) -> int | None:
        """The id ``kid`` gets under ``parent`` (its own if it stays in the slot, and is
        one of the ``allowed`` ids when given), or ``None`` when it is left out (an error,
        raised or kept in ``skipped``)."""
        here = f"{type(parent).__name__}.{decl.name}"
        if not isinstance(kid, Control):
            self._fail(NotAControlError(str(Place(parent, decl.name, index)), kid))
            return None
        first = self.claimed.get(id(kid))
        if first is not None:
            self._fail(DuplicateControlError(kid, first, here))
            return None
        placement = (cid, decl.wire) if cid is not None else None
        kept = self.ids.placed(kid, placement) if placement is not None else None
        if kept is not None and self._live(kept) and (allowed is None or kept in allowed):
            self.claimed[id(kid)] = here
            return kept
        elsewhere = self._shown_at(kid)
        if elsewhere is not None:
            self._fail(DuplicateControlError(kid, elsewhere, here))
            return None
        self.claimed[id(kid)] = here
        new = self.ids.assign(kid, placement) if self.build else None
        self.pending.append((kid, new))
        return new if new is not None else -1

    def _live(self, cid: int) -> bool:
        return cid in self.nodes or (cid in self.base and cid not in self.dropped)

    def _shown_at(self, control: Control) -> str | None:
        """The slot where the baseline shows ``control`` and still does, if it does."""
        cid = self.ids.id_of(control)
        if cid is None or not self._live(cid) or self.ids.control(cid) is not control:
            return None
        placement = self.ids.placement(cid)
        parent = self.ids.control(placement[0]) if placement is not None else None
        if placement is None or parent is None:
            return f"{type(control).__name__} (the root)"
        decl = type(parent).by_wire.get(placement[1])
        return f"{type(parent).__name__}.{decl.name if decl is not None else placement[1]}"

    def _fail(self, error: TreeError) -> None:
        """Raise ``error``, or keep it in ``skipped`` (the child is left out)."""
        if self.skipped is None:
            raise error
        self.skipped.append(error)

    # -- the result --------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        since = self.since
        for cid in self.dropped:
            self.unseen.pop(cid, None)
        nodes: Mapping[int, Node]
        if since is None:
            nodes = NodeTable.of(self.nodes)
            root = self.added[0]
        elif not self.nodes and not self.dropped:  # nothing read again: the same table
            nodes, root = since.nodes, since.root
        else:  # the chunks of the table no node changed in are shared with since's
            nodes = NodeTable.of(since.nodes).changed(self.nodes, self.dropped)
            root = since.root
        return Snapshot(
            root,
            nodes,
            frozenset(self.watched - self.dropped),
            self.unseen,
            frozenset(self.faulty - self.dropped),
            tuple(self.added),
            tuple(self.reread),
            tuple(self.removed),
        )


def _keep(ids: set[int], cid: int, kept: bool) -> None:
    if kept:
        ids.add(cid)
    else:
        ids.discard(cid)


def _kid_ids(node: Node) -> list[int]:
    found: list[int] = []
    for value in node.props.values():
        if isinstance(value, RefList):
            found.extend(value.ids)
        elif isinstance(value, Ref):
            found.append(value.id)
    return found


#: Values that cannot change in place (a change to them is a property write, which is seen).
_FIXED = frozenset(
    {
        type(None),
        bool,
        int,
        float,
        str,
        bytes,
        dt.date,
        dt.datetime,
        dt.time,
        dt.timedelta,
        types.FunctionType,
        types.MethodType,
        types.BuiltinFunctionType,
    }
)


def _seen(value: Any) -> bool:
    """Whether every change to ``value`` marks its control: it cannot change in place, or
    it is a value object whose fields say so when set, holding only such values. A list or a
    dict can change unseen: the control holding one is watched."""
    kind = type(value)
    if kind in _FIXED or isinstance(value, enum.Enum):
        return True
    if kind is tuple:
        return all(map(_fixed, value))
    if isinstance(value, WireValue):
        if vars(WireValue)["__setattr__"] is getattr(kind, "__setattr__", None):
            return all(map(_seen, value.wire_parts()))
        return all(map(_fixed, value.wire_parts()))  # frozen: it cannot change
    return False


def _fixed(value: Any) -> bool:
    """Whether ``value`` cannot change at all."""
    kind = type(value)
    if kind in _FIXED or isinstance(value, enum.Enum):
        return True
    return kind is tuple and all(map(_fixed, value))


def _wire_props(control: Control) -> tuple[dict[str, Any], tuple[str, ...], bool]:
    """The control's wire properties (children aside); the names of the sent properties
    holding a value that can change unseen (see :func:`_seen`); and whether an unsent one
    does (``before_update`` may derive from it: the control is read whole every time)."""
    cls = type(control)
    declared, events = cls.declared_props, cls.declared_events
    props: dict[str, Any] = {}
    unseen: list[str] = []
    whole = False
    for name, value in control._values.items():
        if value is None:
            continue
        decl = declared.get(name)
        if decl is not None:
            if not _seen(value):
                if decl.sent:
                    unseen.append(name)
                else:
                    whole = True
            if decl.sent:
                wire = wire_prop(decl, value)
                if wire is not None:
                    props[decl.wire] = wire
        elif name in events:
            props[events[name].wire] = True
    internals = control.wire_internals()
    if internals:
        props["_internals"] = encode_value(dict(internals))
    return props, tuple(unseen), whole
