"""Shared declarations: layout properties and the property kinds controls reuse."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

from flet.core.control import Control, ControlNotMountedError, current_page
from flet.core.props import Child, Either, Event, Prop
from flet.core.snapshot import encode_value
from flet.values.geometry import Alignment, BorderRadius, Insets
from flet.values.icons import icon_code
from flet.values.wire import WireValue

__all__ = [
    "AlignmentProp",
    "AnimationProp",
    "ColorProp",
    "Either",
    "IconProp",
    "InsetsProp",
    "LayoutControl",
    "NumberProp",
    "RadiusProp",
    "Scrollable",
    "StrProp",
    "TextProp",
    "UrlLinked",
    "ValueProp",
    "call_client",
    "either",
    "open_data_channel",
    "scroll_wire",
    "url_wire",
]

NUMBER = (int, float)


def NumberProp(default: Any = None, **kw: Any) -> Prop:
    return Prop(NUMBER, default=default, **kw)


def StrProp(default: Any = None, **kw: Any) -> Prop:
    return Prop(str, default=default, **kw)


def ColorProp(**kw: Any) -> Prop:
    """A colour: a name (``"red400"``), a theme role, ``"#rrggbb"``, or ``"red,0.5"``."""
    return Prop(str, **kw)


def TextProp(**kw: Any) -> Prop:
    """Text content; numbers are shown as text (``ft.Text(5)``)."""
    return Prop((str, int, float), encode=str, **kw)


def IconProp(**kw: Any) -> Prop:
    """An icon: a code (``ft.Icons.ADD``) or a name (``"add"``), sent as the client's code."""
    return Prop((int, str), encode=icon_code, **kw)


def InsetsProp(**kw: Any) -> Prop:
    """Padding or margin: a number for all sides, or ``ft.padding.only(...)``."""
    return Prop((int, float, Insets, dict), **kw)


def AlignmentProp(**kw: Any) -> Prop:
    return Prop((Alignment, dict), **kw)


def RadiusProp(**kw: Any) -> Prop:
    return Prop((int, float, BorderRadius, dict), **kw)


def AnimationProp(**kw: Any) -> Prop:
    """An implicit animation: ``True``, a duration in ms, or ``ft.Animation(ms, curve)``."""
    return Prop((bool, int, dict, WireValue), **kw)


def ValueProp(*kinds: type, **kw: Any) -> Prop:
    """A value object (``ft.TextStyle(...)``, ``ft.border.all(...)``) or the same as a dict.

    ``kinds`` adds other accepted types (a number for a radius, a string for a colour).
    """
    return Prop((dict, WireValue, *kinds), **kw)


class LayoutControl(Control):
    """A visual control that can be sized, positioned, transformed and animated."""

    width = NumberProp()
    height = NumberProp()
    left = NumberProp()
    top = NumberProp()
    right = NumberProp()
    bottom = NumberProp()
    align = AlignmentProp()
    margin = InsetsProp()
    rotate = ValueProp(int, float)
    scale = ValueProp(int, float)
    offset = ValueProp()
    flip = ValueProp()
    transform = ValueProp()
    aspect_ratio = NumberProp()
    animate_opacity = AnimationProp()
    animate_size = AnimationProp()
    animate_position = AnimationProp()
    animate_align = AnimationProp()
    animate_margin = AnimationProp()
    animate_rotation = AnimationProp()
    animate_scale = AnimationProp()
    animate_offset = AnimationProp()
    size_change_interval = Prop(int)
    on_size_change = Event()
    on_animation_end = Event()


def either(name: str, kind: Callable[..., Prop] = TextProp) -> tuple[Either, Prop, Child]:
    """``label, _label_value, _label_control = either("label")`` in a class body."""
    return Either(f"_{name}_value", f"_{name}_control"), kind(wire=name), Child(wire=name)


def call_client(
    control: Control,
    name: str,
    args: dict[str, Any] | None = None,
    timeout: float = 10.0,
    add_with: str = "page.add(...)",
) -> Awaitable[Any]:
    """Call client method ``name`` of ``control`` (after it has reached the client).

    Returns an awaitable of the result, failing after ``timeout`` seconds; sync code may ignore
    it (a failure is then logged). ``add_with`` is how the error tells to put the control on
    the page when it is not there yet.
    """
    page = control.page or current_page.get()
    if page is None:
        raise ControlNotMountedError(
            f"{type(control).__name__} is not on a page yet; add it with {add_with} "
            f"before calling {name}()."
        )
    return page._session.call_method(control, name, args, timeout)  # type: ignore[no-any-return]


def open_data_channel(
    control: Control, channel_id: int, receiver: Callable[[bytes], None]
) -> Callable[[bytes], None]:
    """Listen on the DataChannel ``channel_id`` the client opened for ``control``: the bytes it
    sends go to ``receiver``. Returns the function that sends bytes on that channel."""
    page = control.page or current_page.get()
    if page is None:
        raise ControlNotMountedError(f"{type(control).__name__} is not on a page yet")
    session = page._session
    session.open_data_channel(channel_id, receiver)
    return functools.partial(session.send_data, channel_id)


def scroll_wire(value: Any) -> Any:
    """A ``scroll`` mode; async-era ``scroll=True`` meant ``"auto"`` and ``False`` none."""
    if isinstance(value, bool):
        return "auto" if value else None
    return encode_value(value)


class Scrollable(Control):
    """A control the client can scroll from Python (Column, Row, ListView, GridView, View)."""

    def scroll_to(
        self,
        offset: float | None = None,
        delta: float | None = None,
        key: Any = None,
        duration: Any = 0,
        curve: Any = "ease",
        scroll_key: Any = None,
    ) -> Awaitable[Any]:
        """Scroll on the client to ``offset`` (pixels from the start; negative from the end),
        by ``delta``, or to the child whose ``key`` is ``key`` (``scroll_key`` in Flet 1.0).

        Returns an awaitable; sync code may ignore it.
        """
        target = key if key is not None else scroll_key
        args = {"offset": offset, "delta": delta, "scroll_key": target, "duration": duration}
        args = {k: encode_value(v) for k, v in args.items() if v is not None}
        return call_client(self, "scroll_to", {**args, "curve": encode_value(curve)})

    scroll_to_async = scroll_to


# async-era UrlTarget.BLANK was "blank"; the client opens a named window for it
_TARGETS = {"blank": "_blank", "self": "_self", "parent": "_parent", "top": "_top"}


def url_wire(url: Any, target: Any) -> Any:
    """The 1.0.5 ``url`` value: the address alone, or ``{"url", "target"}`` with a target."""
    if url is None or target is None or not isinstance(url, str):
        return url
    target = str(getattr(target, "value", target))
    return {"url": url, "target": _TARGETS.get(target, target)}


class UrlLinked(Control):
    """A control that opens ``url`` when clicked; the async-era ``url_target`` joins it.

    Both stay in Python; ``before_update`` derives the 1.0.5 wire ``url`` from them. A subclass
    may redeclare ``url`` to narrow what it accepts.
    """

    url = Prop((str, dict, WireValue), sent=False)
    url_target = StrProp(sent=False)
    _wire_url = Prop((str, dict), wire="url")

    def before_update(self) -> None:
        self._wire_url = url_wire(self.url, self.url_target)
