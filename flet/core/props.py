"""Property declarations: each control states its properties once.

A declaration says what a property accepts, its client-side default (values equal to it are not
sent), its wire name and how its value is encoded. The wire map of a control is derived from
these declarations by :mod:`flet.core.snapshot`; no control writes its own serializer.

Declarations are also where writes are seen: setting a declared property, or changing a list of
children in place (a :class:`ChildList`), marks the control in the change journal of the tree
showing it (:mod:`flet.core.changes`), so an update reads again only what changed. A value
object set as a property knows the control holds it (:mod:`flet.core.values`): setting one of
its fields marks the control too.
"""

from __future__ import annotations

import difflib
import math
import operator
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final, SupportsIndex

from flet.core.values import WireValue, own

if TYPE_CHECKING:
    from flet.core.control import Control

__all__ = [
    "MISSING",
    "Alias",
    "Child",
    "ChildList",
    "Children",
    "Either",
    "Event",
    "Prop",
    "PropertyError",
    "held",
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
        value = self.accept(obj, value)
        values = obj._values
        old = values.get(self.name, MISSING)
        kind = type(value)
        if old is value or (kind in _PLAIN and type(old) is kind and old == value):
            return  # the same value again (1 and 1.0 and True differ): nothing changed
        values[self.name] = value
        if isinstance(value, WireValue):
            own(value, obj)  # a change to one of its fields marks obj changed
        changes = obj._changes
        if changes is not None:
            changes.mark(obj)

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


class ChildList(list[Any]):
    """A list of child controls that marks its owner changed when it is changed in place.

    It is the list a :class:`Children` property holds (``col.controls.append(x)``,
    ``del col.controls[0]``, ``col.controls.sort(...)``...); each change also says the lowest
    index it touched, so that an update reads only the list's changed end. It accepts any
    item, as a list does; the snapshot names an item that is not a control.
    """

    __slots__ = ("_owner",)

    def __init__(self, owner: Control, items: Iterable[Any] = ()) -> None:
        super().__init__(items)
        self._owner = owner

    def _changed(self, low: int) -> None:
        owner = self._owner
        changes = owner._changes
        if changes is not None:
            changes.mark_list(owner, self, low)

    def append(self, item: Any) -> None:
        low = len(self)
        super().append(item)
        self._changed(low)

    def extend(self, items: Iterable[Any]) -> None:
        low = len(self)
        super().extend(items)
        self._changed(low)

    def __iadd__(self, items: Iterable[Any]) -> ChildList:  # type: ignore[misc]
        low = len(self)
        super().__iadd__(items)
        self._changed(low)
        return self

    def __imul__(self, times: SupportsIndex) -> ChildList:
        low = len(self) if operator.index(times) > 0 else 0
        super().__imul__(times)
        self._changed(low)
        return self

    def insert(self, index: SupportsIndex, item: Any) -> None:
        low = _clamp(operator.index(index), len(self))
        super().insert(index, item)
        self._changed(low)

    def pop(self, index: SupportsIndex = -1) -> Any:
        item = super().pop(index)  # raises first on an empty list or a bad index
        at = operator.index(index)
        self._changed(at if at >= 0 else at + len(self) + 1)
        return item

    def remove(self, item: Any) -> None:
        low = self.index(item)  # raises ValueError as remove does
        del self[low]

    def clear(self) -> None:
        super().clear()
        self._changed(0)

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self._changed(0)

    def reverse(self) -> None:
        super().reverse()
        self._changed(0)

    def __setitem__(self, key: Any, value: Any) -> None:
        low = _lowest(key, len(self))
        super().__setitem__(key, value)
        self._changed(low)

    def __delitem__(self, key: Any) -> None:
        low = _lowest(key, len(self))
        super().__delitem__(key)
        self._changed(low)


def _clamp(index: int, size: int) -> int:
    """Where ``list.insert(index, ...)`` puts an item in a list of ``size`` items."""
    if index < 0:
        index += size
    return min(max(index, 0), size)


def _lowest(key: Any, size: int) -> int:
    """The lowest index an item or slice assignment (or deletion) ``key`` touches."""
    if isinstance(key, slice):
        start, _, step = key.indices(size)
        return start if step > 0 else 0
    index = operator.index(key)
    return index + size if index < 0 else index


class Children(Declared):
    """A property holding a list of child controls (``controls``, ``actions``...).

    The list (a :class:`ChildList`) is the user's to mutate (``col.controls.append(x)``); the
    snapshot reads it.
    """

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        values = obj._values
        items = values.get(self.name)
        if items is None:
            items = values[self.name] = ChildList(obj)
        return items

    def __set__(self, obj: Control, value: Any) -> None:
        items = self.accept(obj, value)
        old = obj._values.get(self.name)
        obj._values[self.name] = items
        if old is not None and len(old) == len(items) and all(map(_same, old, items)):
            return  # the same controls again (a list derived before each update)
        changes = obj._changes
        if changes is not None:
            changes.mark_list(obj, items, 0)

    def accept(self, obj: Control, value: Any) -> Any:
        from flet.core.control import Control

        items = ChildList(obj, value or ())
        for item in items:
            if not isinstance(item, Control):
                raise PropertyError(
                    f"{type(obj).__name__}.{self.name} holds controls, not "
                    f"{type(item).__name__} ({item!r}); wrap text in ft.Text(...)."
                )
        return items


def _same(a: object, b: object) -> bool:
    return a is b


def held(obj: Control, name: str, make: Callable[[], Any]) -> Any:
    """The value of ``obj``'s property ``name``, created with ``make()`` (and the control
    marked changed) the first time it is read: a list the app may append to in place."""
    values = obj._values
    if name in values:
        return values[name]
    value = values[name] = make()
    changes = obj._changes
    if changes is not None:
        changes.mark(obj)  # it now holds a value that can change in place: read it again
    return value


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


#: Values compared by equality when set again (a hook that derives the same text again does
#: not mark its control changed); others by identity.
_PLAIN = frozenset({str, int, float, bool})

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
