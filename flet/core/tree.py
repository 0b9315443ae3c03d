"""What a control tree must be to be sent: controls only, each object in one place.

``check_tree`` walks a tree (it never writes to it) and raises a :class:`TreeError` naming
the control, its places and the fix. The session calls it where app code asks
for an update, so the error is raised in the code that made the change; snapshots skip a
second occurrence instead of failing, so one bad change cannot stop every later update.
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterator

from flet.core.control import Control
from flet.core.props import Children

__all__ = [
    "DuplicateControlError",
    "NotAControlError",
    "Places",
    "TreeError",
    "check_tree",
    "child_places",
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


def child_places(control: Control) -> Iterator[tuple[str, Control]]:
    """``(place, child)`` for each direct child, the place written ``Column.controls[2]``."""
    owner = type(control).__name__
    for decl in type(control).declared_children.values():
        value = control._values.get(decl.name)
        if isinstance(decl, Children):
            for index, kid in enumerate(value or ()):
                yield f"{owner}.{decl.name}[{index}]", kid
        elif value is not None:
            yield f"{owner}.{decl.name}", value


class Places:
    """Where each control object of one tree walk was first met."""

    def __init__(self, root: Control) -> None:
        self._first: dict[int, str] = {id(root): type(root).__name__}

    def claim(self, parent: Control) -> tuple[list[Control], list[TreeError]]:
        """The children of ``parent`` met nowhere before (now claimed), and an error for
        each child that was met before or is not a control."""
        kids: list[Control] = []
        errors: list[TreeError] = []
        for place, kid in child_places(parent):
            if not isinstance(kid, Control):
                errors.append(NotAControlError(place, kid))
                continue
            first = self._first.get(id(kid))
            if first is None:
                self._first[id(kid)] = place
                kids.append(kid)
            else:
                errors.append(DuplicateControlError(kid, _bare(first), _bare(place)))
        return kids, errors


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


def _bare(place: str) -> str:
    """``Column.controls`` for ``Column.controls[2]``: the list, not the index."""
    return place.split("[", 1)[0]
