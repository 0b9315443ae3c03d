"""The control base class.

A control is a plain object holding declared property values. Its wire shape, its id and its
place in a session are not stored on it: snapshots derive the wire map from the declarations,
and sessions own ids. The only session state a control keeps is the page it is mounted on and
that session's change journal (:mod:`flet.core.changes`), set and cleared together by the
session's mount/unmount lifecycle.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ClassVar

from flet.core.client_types import check as check_client_type
from flet.core.props import (
    Alias,
    Child,
    Children,
    Declared,
    Either,
    Event,
    Prop,
    PropertyError,
    suggest,
)
from flet.core.ref import Ref
from flet.core.values import WireValue

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from flet.core.changes import Changes

__all__ = ["Control", "ControlNotMountedError", "current_page"]


class ControlNotMountedError(RuntimeError):
    """``update()`` was called on a control that is on no page."""


#: The page of the session whose code is running (set by the session for its tasks).
current_page: ContextVar[Any] = ContextVar("current_page", default=None)


class Control:
    """Base of every control. Subclasses declare properties as class attributes."""

    #: The type name the client knows (``_c`` on the wire); empty for abstract bases.
    control_type: ClassVar[str] = ""
    #: Names of the properties that positional constructor arguments set, in order.
    positional: ClassVar[tuple[str, ...]] = ()
    #: Static ``_internals`` hints for the client (protocol §8.3).
    internals: ClassVar[Mapping[str, Any]] = {}
    #: ``before_update`` reads more than this control's own properties (its children's, or
    #: plain attributes): it runs, and the control is read again, on every update. True for
    #: every class whose ``before_update`` is the app's own (as in the async era, where each
    #: update ran every hook); a catalog class that needs it says so.
    prepare_always: ClassVar[bool] = False

    # Filled by __init_subclass__ from the declarations of the class and its bases.
    declared_props: ClassVar[dict[str, Prop]] = {}
    declared_children: ClassVar[dict[str, Child | Children]] = {}
    declared_events: ClassVar[dict[str, Event]] = {}
    settable: ClassVar[frozenset[str]] = frozenset()
    by_wire: ClassVar[dict[str, Declared]] = {}

    visible = Prop(bool, default=True)
    disabled = Prop(bool, default=False)
    tooltip = Prop((str, dict, WireValue))
    # a text badge, or an ft.Badge control (the client draws only these two)
    badge = Either("_badge_value", "_badge_control")
    _badge_value = Prop((str, int), encode=str, wire="badge")
    _badge_control = Child(wire="badge")
    key = Prop((str, int, float, bool))
    expand = Prop((bool, int))
    expand_loose = Prop(bool)
    col = Prop((int, dict))
    opacity = Prop(float, default=1.0)
    rtl = Prop(bool)

    _values: dict[str, Any]
    _page: Any
    _changes: Changes | None
    _ref: Ref[Any] | None

    def __new__(cls, *args: Any, **kwargs: Any) -> Control:
        check_client_type(cls, cls.control_type)
        self = super().__new__(cls)
        self._values = {}
        self._page = None
        self._changes = None
        self._ref = None
        return self

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        props: dict[str, Prop] = {}
        children: dict[str, Child | Children] = {}
        events: dict[str, Event] = {}
        settable: set[str] = set()
        for klass in reversed(cls.__mro__):
            for name, item in vars(klass).items():
                if isinstance(item, Prop):
                    props[name] = item
                elif isinstance(item, Child | Children):
                    children[name] = item
                elif isinstance(item, Event):
                    events[name] = item
                elif not isinstance(item, Alias):
                    continue
                settable.add(name)
        cls.declared_props, cls.declared_children, cls.declared_events = props, children, events
        cls.settable = frozenset(settable)
        cls.by_wire = {d.wire: d for d in (*props.values(), *children.values(), *events.values())}
        if "prepare_always" not in vars(cls) and _apps_own(cls.before_update):
            cls.prepare_always = True

    def __init__(
        self, *args: Any, data: Any = None, ref: Ref[Any] | None = None, **kwargs: Any
    ) -> None:
        cls = type(self)
        if len(args) > len(cls.positional):
            raise PropertyError(
                f"{cls.__name__}() takes {len(cls.positional)} positional argument(s) "
                f"({', '.join(cls.positional) or 'none'}), got {len(args)}; "
                "pass the others by name."
            )
        for name, value in zip(cls.positional, args, strict=False):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in cls.settable:
                raise PropertyError(
                    f"{cls.__name__}() has no property {name!r}.{suggest(name, cls.settable)}"
                )
            setattr(self, name, value)
        self.data = data
        self.ref = ref

    @property
    def ref(self) -> Ref[Any] | None:
        """The :class:`~flet.core.ref.Ref` this control fills (Python only, never sent)."""
        return self._ref

    @ref.setter
    def ref(self, ref: Ref[Any] | None) -> None:
        if ref is not None and not isinstance(ref, Ref):
            raise PropertyError(
                f"{type(self).__name__}(ref=...) takes an ft.Ref(), not "
                f"{type(ref).__name__} ({ref!r}); write name = ft.Ref[ft.Text]() first."
            )
        self._ref = ref
        if ref is not None:
            ref.current = self

    # -- tree ------------------------------------------------------------------------------

    def child_controls(self) -> Iterator[Control]:
        """The direct children, in declaration order."""
        for decl in type(self).declared_children.values():
            value = self._values.get(decl.name)
            if isinstance(value, list):
                yield from value
            elif value is not None:
                yield value

    def wire_internals(self) -> Mapping[str, Any]:
        """``_internals`` hints; override to derive them from properties."""
        return type(self).internals

    def before_update(self) -> None:
        """Called before each snapshot; override to derive properties (pure of I/O)."""

    # -- lifecycle hooks (one of each spelling may be overridden) ---------------------------

    def did_mount(self) -> Any:
        """Called after the control first reached the client."""

    async def did_mount_async(self) -> None:
        """Async spelling of :meth:`did_mount`."""

    def will_unmount(self) -> Any:
        """Called after the control was removed from the client."""

    async def will_unmount_async(self) -> None:
        """Async spelling of :meth:`will_unmount`."""

    # -- session ---------------------------------------------------------------------------

    @property
    def page(self) -> Any:
        """The page this control is mounted on, or ``None``."""
        return self._page

    @page.setter
    def page(self, page: Any) -> None:
        """Seed-era apps write ``self.page = page`` in a control's ``__init__``: that page is
        kept until the control is mounted. Once mounted, the session's page stays (an
        assignment is ignored), so the control keeps updating the page it is on."""
        if self._page is None:
            self._page = page

    @property
    def uid(self) -> int | None:
        """The id this control has on the client (``e.target`` of its events), or ``None``
        while it is on no page."""
        page = self._page
        return None if page is None else page.uid_of(self)

    def clean(self) -> Awaitable[None]:
        """Remove all children (``controls``, ``spans``...) and send the change.

        The async era's ``Column.clean()``, ``GridView.clean()``...; ``clean_async`` is the
        same method.
        """
        for decl in type(self).declared_children.values():
            value = self._values.get(decl.name)
            if isinstance(value, list):
                value.clear()
        return self.update()

    def clean_async(self) -> Awaitable[None]:
        """The same as :meth:`clean`."""
        return self.clean()

    def update(self) -> Awaitable[None]:
        """Send this control's changes (and any other pending ones) to the client.

        This control and everything under it are read again, whatever changed in them (a
        value changed in place included). Returns an awaitable that completes when the patch
        has been sent; sync code may ignore it. ``update_async`` is the same method.
        """
        page = self._page or current_page.get()
        if page is None:
            raise ControlNotMountedError(
                f"{type(self).__name__} is not on a page yet; add it with page.add(...) "
                "(or to a control that is on the page) before calling update()."
            )
        if self._changes is not None:
            self._changes.mark_tree(self)
        result: Awaitable[None] = page.update()
        return result

    def update_async(self) -> Awaitable[None]:
        """The same as :meth:`update` (kept for apps of the async era)."""
        return self.update()

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{k}={v!r}" for k, v in self._values.items() if k in type(self).declared_props
        )
        return f"{type(self).__name__}({shown})"


def _apps_own(hook: Any) -> bool:
    """Whether ``hook`` (a ``before_update``) was written outside the ``flet`` package (the
    ``flet_<name>`` extension names only re-export its classes)."""
    module = getattr(hook, "__module__", None) or ""
    return not (module == "flet" or module.startswith("flet."))
