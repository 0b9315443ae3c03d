"""What a control tree must be to be sent: controls only, each object in one place.

The errors a tree can have, naming the control, its places and the fix. The snapshot's reading
finds them (:func:`flet.core.snapshot.check_changes`, ``check_tree``): the session checks the
changes where app code asks for an update, so the error is raised in the code that made the
change; snapshots leave a second occurrence out instead of failing, so one bad change cannot
stop every later update.
"""

from __future__ import annotations

import reprlib
from dataclasses import dataclass

from flet.core.control import Control

__all__ = [
    "DuplicateControlError",
    "NotAControlError",
    "Place",
    "TreeError",
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
