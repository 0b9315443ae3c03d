"""Property declarations: each control states its properties once.

A declaration says what a property accepts, its client-side default (values equal to it are not
sent), its wire name and how its value is encoded. The wire map of a control is derived from
these declarations by :mod:`flet.core.snapshot`; no control writes its own serializer.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from flet.core.control import Control

__all__ = [
    "MISSING",
    "Alias",
    "Child",
    "Children",
    "Either",
    "Event",
    "Prop",
    "PropertyError",
    "suggest",
]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()

Encoder = Callable[[Any], Any]


class PropertyError(TypeError):
    """A property got a value it cannot take; the message names the control and the fix."""


def suggest(name: str, choices: Iterable[str]) -> str:
    """A did-you-mean hint for ``name`` among ``choices``, or an empty string."""
    close = difflib.get_close_matches(name, list(choices), n=3, cutoff=0.6)
    return f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""


class Declared:
    """Base of all declarations; knows its attribute name and wire name once bound."""

    name: str = ""
    wire: str = ""

    def __init__(self, wire: str | None = None) -> None:
        self._wire = wire

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.wire = self._wire or name

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return obj._values.get(self.name, self.initial())

    def __set__(self, obj: Control, value: Any) -> None:
        obj._values[self.name] = self.accept(obj, value)

    def initial(self) -> Any:
        return None

    def accept(self, obj: Control, value: Any) -> Any:
        return value


class Prop(Declared):
    """A value property sent to the client.

    ``types``: accepted Python types (``None`` is always accepted and means unset).
    ``default``: the client's default; a value equal to it is not sent.
    ``encode``: turns the Python value into its wire value (enums, value objects, icon codes).
    ``client``: the client reports this property (page size, a text field's value); it is kept
    up to date from the client and, when ``sent`` is false, never sent back.
    ``decode``: turns a value set in Python or reported by the client into the Python type the
    property reads as (a slider's ``float``, though the browser may report ``10``).
    """

    def __init__(
        self,
        types: type | tuple[type, ...] | None = None,
        *,
        default: Any = None,
        wire: str | None = None,
        encode: Encoder | None = None,
        client: bool = False,
        sent: bool = True,
        decode: Encoder | None = None,
    ) -> None:
        super().__init__(wire)
        self.types = types
        self.default = default
        self.encode = encode
        self.client = client
        self.sent = sent
        self.decode = decode

    def from_client(self, value: Any) -> Any:
        """A value the client reported, as the property reads it.

        The client's values are input from outside: one that does not fit the declaration
        raises :class:`PropertyError` (the session drops it), so that a map where a string
        belongs, a list for a bool or a 64-bit index never reaches the model or the snapshot.
        """
        if value is not None and not _fits(self.types, value):
            raise PropertyError(
                f"{self.name} takes {_type_names(self.types or _SCALARS)}; "
                f"the client sent {_a(type(value).__name__)}"
            )
        return self._decoded(value)

    def _decoded(self, value: Any) -> Any:
        return value if value is None or self.decode is None else self.decode(value)

    def initial(self) -> Any:
        return self.default

    def accept(self, obj: Control, value: Any) -> Any:
        if value is None or self.types is None or isinstance(value, self.types):
            return self._decoded(value)
        if self.types in (float, (int, float)) and isinstance(value, int | float):
            return self._decoded(value)
        expected = _type_names(self.types)
        raise PropertyError(
            f"{type(obj).__name__}.{self.name} takes {expected}, not {type(value).__name__} "
            f"({value!r}); pass {expected} or None to unset it."
        )


class Child(Declared):
    """A property holding one child control (``content``, ``appbar``...)."""

    def accept(self, obj: Control, value: Any) -> Any:
        from flet.core.control import Control

        if value is not None and not isinstance(value, Control):
            raise PropertyError(
                f"{type(obj).__name__}.{self.name} takes a control, not "
                f"{type(value).__name__} ({value!r}); wrap text in ft.Text(...)."
            )
        return value


class Children(Declared):
    """A property holding a list of child controls (``controls``, ``actions``...).

    The list is the user's to mutate (``col.controls.append(x)``); the snapshot reads it.
    """

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return obj._values.setdefault(self.name, [])

    def accept(self, obj: Control, value: Any) -> Any:
        from flet.core.control import Control

        items = list(value or [])
        for item in items:
            if not isinstance(item, Control):
                raise PropertyError(
                    f"{type(obj).__name__}.{self.name} holds controls, not "
                    f"{type(item).__name__} ({item!r}); wrap text in ft.Text(...)."
                )
        return items


class Event(Declared):
    """An event handler property (``on_click``); the wire gets ``on_click: true`` when set."""

    def __set_name__(self, owner: type, name: str) -> None:
        super().__set_name__(owner, name)
        self.event = name.removeprefix("on_")

    def accept(self, obj: Control, value: Any) -> Any:
        if value is not None and not callable(value):
            raise PropertyError(
                f"{type(obj).__name__}.{self.name} takes a function, not {value!r}; "
                "pass a def, an async def or a lambda."
            )
        return value


class Alias:
    """Another name for a declared property (``ElevatedButton.text`` for ``content``)."""

    def __init__(self, target: str) -> None:
        self.target = target

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        return self if obj is None else getattr(obj, self.target)

    def __set__(self, obj: Control, value: Any) -> None:
        setattr(obj, self.target, value)


class Either(Alias):
    """A property that takes a value (text, an icon) or a control, under one wire key.

    The value is kept in ``<name>_value`` (a value property), a control in ``<name>_control``
    (a child property); both have the property's wire name and only one is ever set. Reading
    gives whichever is set. ``flet.controls.base.either`` declares the three at once.
    """

    def __init__(self, value_name: str, control_name: str) -> None:
        super().__init__(control_name)
        self.value_name = value_name

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        control = getattr(obj, self.target)
        return getattr(obj, self.value_name) if control is None else control

    def __set__(self, obj: Control, value: Any) -> None:
        from flet.core.control import Control

        is_control = isinstance(value, Control)
        setattr(obj, self.value_name, None if is_control else value)
        setattr(obj, self.target, value if is_control else None)


#: What a property without declared types accepts from the client: plain scalars.
_SCALARS = (str, int, float, bool)
#: Ints the client may report for an int-only property (an index, a count): 32-bit, the range
#: the client itself can decode when the value is sent back (protocol §5).
_INT_RANGE = range(-(2**31), 2**31)


def _fits(types: type | tuple[type, ...] | None, value: Any) -> bool:
    """Whether a value from the client fits a property of ``types`` (``None`` aside).

    A bool fits only where bools are declared; an int fits a number property at any size and
    an int-only one within 32 bits; floats must be finite; maps must have string keys.
    """
    kinds = _SCALARS if types is None else types if isinstance(types, tuple) else (types,)
    if isinstance(value, bool):
        return bool in kinds
    if isinstance(value, int):
        return float in kinds or (int in kinds and value in _INT_RANGE)
    if isinstance(value, float):
        return float in kinds and math.isfinite(value)
    if isinstance(value, dict):
        return dict in kinds and all(isinstance(key, str) for key in value)
    return isinstance(value, kinds)


def _a(name: str) -> str:
    return f"an {name}" if name[:1] in "aeiou" else f"a {name}"


def _type_names(types: type | tuple[type, ...]) -> str:
    items = types if isinstance(types, tuple) else (types,)
    if int in items and float in items:
        items = tuple(t for t in items if t is not int)
    names = {bool: "a bool", int: "an int", float: "a number", str: "a string"}
    names |= {dict: "a dict with string keys", list: "a list"}
    return " or ".join(names.get(t, t.__name__) for t in items)
