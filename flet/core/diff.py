"""The diff: from the snapshot last sent to the current one, a list of patches.

Pure: it reads two snapshots and returns data. Each control that changed gets one patch rooted
at its own id (protocol §9), so several changes to one control coalesce into one message.
Lists of children are edited in place with remove / move / add, so surviving controls keep
their ids (and the client keeps their widget state); a new control travels as a whole map.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flet.core.snapshot import Node, Ref, RefList, Snapshot, to_wire

__all__ = ["ADD", "MOVE", "REMOVE", "REPLACE", "Patch", "diff", "same"]

REPLACE, ADD, REMOVE, MOVE = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Patch:
    """A PATCH_CONTROL body: ``patch`` is ``[path_tree, *ops]`` relative to control ``id``."""

    id: int
    patch: list[Any]

    def body(self) -> dict[str, Any]:
        return {"id": self.id, "patch": self.patch}


def diff(old: Snapshot, new: Snapshot) -> list[Patch]:
    """Patches that turn what the client shows (``old``) into ``new``."""
    patches: list[Patch] = []
    pending = [new.root] if new.root in old.nodes else []
    while pending:
        cid = pending.pop()
        patch, kept = _diff_node(old, new, cid)
        if patch is not None:
            patches.append(patch)
        pending.extend(reversed(kept))
    return patches


def _diff_node(old: Snapshot, new: Snapshot, cid: int) -> tuple[Patch | None, list[int]]:
    before, after = old.nodes[cid], new.nodes[cid]
    ops: list[list[Any]] = []
    tree: dict[str, int] = {}
    kept: list[int] = []
    for key in _keys(before, after):
        was, now = before.props.get(key), after.props.get(key)
        if isinstance(was, RefList) or isinstance(now, RefList):
            _diff_list(old, new, key, was, now, ops, tree, kept)
        elif isinstance(now, Ref) and isinstance(was, Ref) and now.id == was.id:
            kept.append(now.id)
        elif isinstance(now, Ref):
            ops.append([REPLACE, 0, key, to_wire(new, now.id)])
        elif not same(was, now):
            ops.append([REPLACE, 0, key, now])
    if not ops:
        return None, kept
    root: list[Any] = [0, {k: [n] for k, n in tree.items()}] if tree else [0]
    return Patch(cid, [root, *ops]), kept


def _keys(before: Node, after: Node) -> list[str]:
    keys = list(before.props)
    keys.extend(k for k in after.props if k not in before.props)
    return keys


def _diff_list(
    old: Snapshot,
    new: Snapshot,
    key: str,
    was: Any,
    now: Any,
    ops: list[list[Any]],
    tree: dict[str, int],
    kept: list[int],
) -> None:
    before = was.ids if isinstance(was, RefList) else ()
    after = now.ids if isinstance(now, RefList) else ()
    if not before or not after:
        if before != after:
            ops.append([REPLACE, 0, key, [to_wire(new, i) for i in after]])
        return
    node = tree.setdefault(key, len(tree) + 1)
    list_ops, survivors = _list_edits(before, after, node, new)
    ops.extend(list_ops)
    kept.extend(survivors)


def _list_edits(
    before: tuple[int, ...], after: tuple[int, ...], node: int, new: Snapshot
) -> tuple[list[list[Any]], list[int]]:
    """Remove, move and add ops turning list ``before`` into ``after`` (applied in order)."""
    ops: list[list[Any]] = []
    wanted = set(after)
    working = list(before)
    for index in range(len(working) - 1, -1, -1):
        if working[index] not in wanted:
            ops.append([REMOVE, node, index])
            del working[index]
    survivors = set(working)
    for index, cid in enumerate(after):
        if index < len(working) and working[index] == cid:
            continue
        if cid in survivors:
            source = working.index(cid, index)
            ops.append([MOVE, node, source, node, index])
            working.insert(index, working.pop(source))
        else:
            ops.append([ADD, node, index, to_wire(new, cid)])
            working.insert(index, cid)
    return ops, [cid for cid in after if cid in survivors]


def same(a: Any, b: Any) -> bool:
    """Equality that tells ``1`` from ``True`` and ``1.0`` (the client does)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Mapping):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)
