"""One update of a shown tree, without I/O: what changed is prepared and read into a snapshot.

A session's flush is ``read_changes`` → diff or ``to_wire`` → encode and send → ``settle``; if
nothing could be sent, ``unsent`` puts back in the journal what the update took from it, so
that the next flush reads it again. What an update prepares: the root, the controls the
journal marked, the controls the last snapshot watches (``Snapshot.watched`` and ``faulty``,
and ``unseen`` ones whose lists or dicts changed in place), the controls whose
``before_update`` failed last time, and the controls new under any of these. What it reads:
the same, less the root and the watched controls whose hooks changed nothing (marked lists
from where they changed, new controls whole). Nothing else is visited.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from flet.core.changes import Changes, Marks
from flet.core.control import Control
from flet.core.ids import IdRegistry
from flet.core.lifecycle import prepare
from flet.core.props import Children
from flet.core.snapshot import (
    Snapshot,
    changed_in_place,
    check_changes,
    read_again,
    take_snapshot,
)
from flet.core.tree import TreeError

__all__ = ["Reading", "check_update", "read_changes", "settle", "unsent"]


class Reading(NamedTuple):
    """The next snapshot, and what reading it met (a tuple: two are made per click, and a
    frozen dataclass takes three times as long to make)."""

    snapshot: Snapshot
    #: what was taken from the journal (put back by ``unsent``)
    taken: tuple[Marks, ...]
    #: controls whose ``before_update`` raised, with the error (they stay as they were)
    failed: tuple[tuple[Control, Exception], ...]
    #: children left out of the snapshot (a control in two places, not a control)
    skipped: tuple[TreeError, ...]


def check_update(root: Control, ids: IdRegistry, changes: Changes, since: Snapshot | None) -> None:
    """Raise the ``TreeError`` the next update would meet with the changes marked so far
    (before any ``before_update`` runs): where app code asks for an update. What it reads
    again: the marked controls and the ``faulty`` ones (the watched ones only if their hooks
    change them, which is not known before they run)."""
    marks = changes.peek()
    quiet = since is not None and not since.faulty and not marks.lists
    if quiet and not any(map(_holds_children, marks.controls)):
        return  # only controls holding no child changed: nothing can be misplaced
    faulty = [ids.control(cid) for cid in since.faulty] if since is not None else []
    changed = [*marks.controls, *(control for control in faulty if control is not None)]
    check_changes(root, ids, since, changed, marks.lows if since is not None else None)


def _holds_children(control: Control) -> bool:
    values = control._values
    for decl in type(control).declared_children.values():
        value = values.get(decl.name)
        if value is not None and (value or not isinstance(decl, Children)):
            return True
    return False


def read_changes(
    root: Control,
    ids: IdRegistry,
    changes: Changes,
    since: Snapshot | None,
    retry: Iterable[Control] = (),
) -> Reading:
    """Prepare what changed since ``since`` (``before_update``), then take the next snapshot.

    The journal is emptied; marks that hooks make while they run are prepared too (each
    control once). ``retry``: controls to prepare again (hooks that failed last time).
    Without ``since`` everything is prepared and read.

    Read again are the controls marked (before or by the hooks), the ``retry`` ones and the
    ``faulty`` ones, and those whose lists or dicts changed in place; the root and the
    ``watched`` controls are prepared on every update but read again only if their hooks
    changed them. Nothing changed, nothing is read: the snapshot shares ``since``'s nodes.
    """
    shown = ids.shown
    marks = changes.take()
    taken = [marks]
    lows = marks.lows if since is not None else None
    watched, stale = read_again(since, ids) if since is not None else ([], [])
    first = [root, *marks.controls, *watched, *stale, *retry]  # the root is often watched
    batch = list({id(c): c for c in first if c is root or shown(c)}.values())
    reread = {id(control): control for control in (*marks.controls, *stale, *retry)}
    done: dict[int, Control] = {}
    failed: list[tuple[Control, Exception]] = []
    try:
        while batch:
            failed += prepare(*batch, shown=shown, done=done, lows=lows)
            more = changes.take()  # what the hooks changed: new children are prepared too
            taken.append(more)
            if lows is not None and more.lists:
                for key, low in more.lows.items():
                    lows[key] = min(low, lows.get(key, low))
            batch = [control for control in more.controls if shown(control)]
            reread.update((id(control), control) for control in more.controls)
        if since is not None:  # a hook may change a list or dict of its control in place
            for control in (root, *watched):
                if id(control) not in reread and changed_in_place(since, ids, control):
                    reread[id(control)] = control
        skipped: list[TreeError] = []
        if since is not None and not reread:  # nothing to read again: the same nodes
            snapshot = since.unchanged()
        else:
            changed = reread.values() if since is not None else done.values()
            snapshot = take_snapshot(root, ids, skipped, since=since, changed=changed, lows=lows)
    except BaseException:
        changes.restore(taken)
        raise
    return Reading(snapshot, tuple(taken), tuple(failed), tuple(skipped))


def unsent(reading: Reading, changes: Changes) -> None:
    """``reading``'s update was not sent: what it took from the journal goes back, so the
    next update reads it again (the watched controls it reads anyway)."""
    changes.restore(reading.taken)


def settle(
    snapshot: Snapshot, ids: IdRegistry, changes: Changes
) -> tuple[list[Control], list[Control]]:
    """``snapshot`` was sent: its new controls report their changes to ``changes``, and the
    ids of its removed ones are released. Returns (the controls added, those that left)."""
    gone = ids.release(snapshot.removed)
    for control in gone:
        control._changes = None
    added = [c for c in map(ids.control, snapshot.added) if c is not None]
    for control in added:
        control._changes = changes
    return added, gone
