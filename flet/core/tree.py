"""What a control tree must be to be sent: controls only, each object in one place.

``check_tree`` walks a tree (it never writes to it) and raises a :class:`TreeError` naming
the control, its places and the fix. The session calls it where app code asks
for an update, so the error is raised in the code that made the change; snapshots skip a
second occurrence instead of failing, so one bad change cannot stop every later update.
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from flet.core.control import Control
from flet.core.props import Children

__all__ = [
    "DuplicateControlError",
    "NotAControlError",
    "Place",
    "Places",
    "TreeError",
    "check_tree",
    "describe",
]

#: Short, bounded reprs: a value nested a thousand deep must not break an error message.
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxother = 2, 40, 40
_SHORT.maxlist = _SHORT.maxdict = 4


def describe(control: Control) -> str:
    """``Text(value='Hello')``: the control's type and a few of its property values."""
    shown: list[str] = []
    for name, value in control._values.items():
        if name in type(control).declared_props and len(shown) < 3:
            shown.append(f"{name}={_SHORT.repr(value)}")
    return f"{type(control).__name__}({', '.join(shown)})"


class TreeError(ValueError):
    """A tree that cannot be sent as it is; the snapshot leaves the offending child out."""


class NotAControlError(TreeError):
    """A list of children holds something that is not a control."""

    def __init__(self, place: str, value: object) -> None:
        self.value = value
        super().__init__(
            f"{place} is a {type(value).__name__} ({_SHORT.repr(value)}), not a control; "
            "put a control there, e.g. ft.Text(...) for text."
        )


class DuplicateControlError(TreeError):
    """The same control object is in two places of the tree (or twice in one list)."""

    def __init__(self, control: Control, first: str, again: str) -> None:
        self.control = control
        where = f"in {first}" if first == again else f"in {first} and in {again}"
        super().__init__(
            f"{describe(control)} appears twice on the page ({where}); a control can be in "
            "one place only, so create a second one (or remove it from the first place)."
        )


@dataclass(frozen=True, slots=True)
class Place:
    """Where a child is: ``Column.controls[2]`` (``index`` is ``None`` for a single child)."""

    parent: Control
    prop: str
    index: int | None = None

    def __str__(self) -> str:
        at = "" if self.index is None else f"[{self.index}]"
        return f"{type(self.parent).__name__}.{self.prop}{at}"

    def slot(self) -> str:
        """The property without the index: ``Column.controls``."""
        return f"{type(self.parent).__name__}.{self.prop}"


class Places:
    """Where each control object of one tree walk was first met."""

    def __init__(self, root: Control) -> None:
        self._first: dict[int, Control] = {id(root): root}  # id(child) -> its parent

    def claim(self, parent: Control) -> tuple[list[Control], list[TreeError]]:
        """The children of ``parent`` met nowhere before (now claimed), and an error for
        each child that was met before or is not a control."""
        kids: list[Control] = []
        errors: list[TreeError] = []
        first = self._first
        for kid in parent.child_controls():
            if isinstance(kid, Control) and id(kid) not in first:
                first[id(kid)] = parent
                kids.append(kid)
            else:
                errors.append(self._error(parent, kid))
        return kids, errors

    def _error(self, parent: Control, kid: Any) -> TreeError:
        """The error for ``kid`` under ``parent``, its places spelt out (the slow path)."""
        here = list(_places_of(parent, kid))
        if not isinstance(kid, Control):
            return NotAControlError(str(here[-1]), kid)
        owner = self._first[id(kid)]
        first = next(_places_of(owner, kid), None)  # None: kid is the root itself
        first_slot = first.slot() if first is not None else f"{type(kid).__name__} (the root)"
        return DuplicateControlError(kid, first_slot, here[-1].slot())


def _places_of(parent: Control, kid: Any) -> Iterator[Place]:
    for decl in type(parent).declared_children.values():
        value = parent._values.get(decl.name)
        if isinstance(decl, Children):
            for index, item in enumerate(value or ()):
                if item is kid:
                    yield Place(parent, decl.name, index)
        elif value is kid:
            yield Place(parent, decl.name)


def check_tree(root: Control) -> None:
    """Raise a :class:`TreeError` if a control is in two places under ``root``, or a list of
    children holds something else than controls."""
    places = Places(root)
    stack = [root]
    while stack:
        kids, errors = places.claim(stack.pop())
        if errors:
            raise errors[0]
        stack.extend(kids)
