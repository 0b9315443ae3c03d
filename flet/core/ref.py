"""``ft.Ref``: a typed handle on a control, filled by the control's ``ref=`` argument.

``name = ft.Ref[ft.TextField]()`` then ``ft.TextField(ref=name)``; ``name.current`` is the
control from then on. A ref is the app's; no session state lives on it.
"""

from __future__ import annotations

from typing import Generic, TypeVar

__all__ = ["Ref"]

T = TypeVar("T")


class Ref(Generic[T]):
    """Holds the control passed ``ref=self``; ``current`` is ``None`` until then."""

    __slots__ = ("current",)

    def __init__(self) -> None:
        self.current: T | None = None

    def __repr__(self) -> str:
        return f"Ref({self.current!r})"
