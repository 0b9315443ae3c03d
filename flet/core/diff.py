"""The diff: from the snapshot last sent to the current one, a list of patches.

Pure: it reads two snapshots and returns data. Each control that changed gets one patch rooted
at its own id (protocol §9), so several changes to one control coalesce into one message. Only
the nodes the new snapshot read again are compared (``Snapshot.reread``): the others are the old
snapshot's own, so the diff costs what changed, not the size of the page.
Lists of children are edited in place with remove / move / add, so surviving controls keep
their ids (and the client keeps their widget state); a new control travels as a whole map.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flet.core.nodes import Node, Ref, RefList, Snapshot, same, to_wire

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
    """Patches that turn what the client shows (``old``) into ``new``, a snapshot taken
    ``since=old``: the nodes ``new`` read again are compared with ``old``'s."""
    patches: list[Patch] = []
    for cid in new.reread:
        before, after = old.nodes.get(cid), new.nodes.get(cid)
        if before is None or after is None or before is after:
            continue
        patch = _diff_node(new, cid, before, after)
        if patch is not None:
            patches.append(patch)
    return patches


def _diff_node(new: Snapshot, cid: int, before: Node, after: Node) -> Patch | None:
    ops: list[list[Any]] = []
    tree: dict[str, int] = {}
    for key in _keys(before, after):
        was, now = before.props.get(key), after.props.get(key)
        if isinstance(was, RefList) or isinstance(now, RefList):
            _diff_list(new, key, was, now, ops, tree)
        elif isinstance(now, Ref) and isinstance(was, Ref) and now.id == was.id:
            continue
        elif isinstance(now, Ref):
            ops.append([REPLACE, 0, key, to_wire(new, now.id)])
        elif not same(was, now):
            ops.append([REPLACE, 0, key, now])
    if not ops:
        return None
    root: list[Any] = [0, {k: [n] for k, n in tree.items()}] if tree else [0]
    return Patch(cid, [root, *ops])


def _keys(before: Node, after: Node) -> list[str]:
    keys = list(before.props)
    keys.extend(k for k in after.props if k not in before.props)
    return keys


def _diff_list(
    new: Snapshot,
    key: str,
    was: Any,
    now: Any,
    ops: list[list[Any]],
    tree: dict[str, int],
) -> None:
    before = was.ids if isinstance(was, RefList) else ()
    after = now.ids if isinstance(now, RefList) else ()
    if before == after:
        return
    if not before or not after:
        ops.append([REPLACE, 0, key, [to_wire(new, i) for i in after]])
        return
    node = tree.setdefault(key, len(tree) + 1)
    ops.extend(_list_edits(before, after, node, new))


def _list_edits(
    before: tuple[int, ...], after: tuple[int, ...], node: int, new: Snapshot
) -> list[list[Any]]:
    """Remove, move and add ops turning list ``before`` into ``after`` (applied in order).

    Only the part between the lists' common start and common end is looked at (an append
    to a long list costs the new items): the ops are the same as for the whole lists, since
    no item of the common parts is removed or moved.
    """
    start = _common_start(before, after)
    end = _common_start(before[start:][::-1], after[start:][::-1])
    middle_before = before[start : len(before) - end]
    middle_after = after[start : len(after) - end]
    ops: list[list[Any]] = []
    wanted = set(middle_after)
    working = list(middle_before)
    for index in range(len(working) - 1, -1, -1):
        if working[index] not in wanted:
            ops.append([REMOVE, node, start + index])
            del working[index]
    survivors = set(working)
    for index, cid in enumerate(middle_after):
        if index < len(working) and working[index] == cid:
            continue
        if cid in survivors:
            source = working.index(cid, index)
            ops.append([MOVE, node, start + source, node, start + index])
            working.insert(index, working.pop(source))
        else:
            ops.append([ADD, node, start + index, to_wire(new, cid)])
            working.insert(index, cid)
    return ops


def _common_start(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """How many items ``a`` and ``b`` have in common at their start."""
    size = min(len(a), len(b))
    if a[:size] == b[:size]:  # one extends the other: compared in C
        return size
    low, high = 0, size - 1  # a[:low] == b[:low] and a[:high + 1] != b[:high + 1]
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low
