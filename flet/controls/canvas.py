"""``import flet.canvas as cv``: Canvas and the shapes it paints.

Shapes are controls the Flet 1.0.5 client reads only inside a Canvas's ``shapes`` (its painter
switches on their type); path elements are plain maps with a ``_type``. Async-era spellings are
translated: canvas ``Text(text=...)`` is ``value`` in 1.0.5, a float ``resize_interval`` is
sent as the whole milliseconds the client reads, ``on_resize`` handlers read ``e.width`` and
``e.height`` (the client sends ``w`` and ``h``), and coordinates the client cannot do without
(``x``, ``y``, a line's ends) are sent as 0 when an app leaves them unset.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    ValueProp,
)
from flet.core.control import Control
from flet.core.props import Alias, Child, Children, Event, Prop, held
from flet.values._plain import DataValue
from flet.values.geometry import BorderRadius
from flet.values.painting import PointMode

__all__ = [
    "Arc",
    "Canvas",
    "CanvasResizeEvent",
    "Circle",
    "Color",
    "Fill",
    "Line",
    "Oval",
    "Path",
    "PointMode",
    "Points",
    "Rect",
    "Shadow",
    "Shape",
    "Text",
]

Number = int | float


# -- Canvas ------------------------------------------------------------------------------------


class _ResizeHandler:
    """Calls an ``on_resize`` handler with ``e.width`` and ``e.height`` readable."""

    __slots__ = ("handler",)

    def __init__(self, handler: Callable[..., Any]) -> None:
        self.handler = handler

    def __call__(self, event: Any) -> Any:
        data = event.data if isinstance(event.data, dict) else {}
        named = {"width": data.get("w"), "height": data.get("h")}
        return self.handler(dataclasses.replace(event, data={**data, **named}))


class CanvasResizeEvent(Event):
    """``on_resize``: the handler is kept as given; the session calls it through a translator
    so that ``e.width`` and ``e.height`` read the canvas size."""

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        value = super().__get__(obj, owner)
        return value.handler if isinstance(value, _ResizeHandler) else value

    def accept(self, obj: Control, value: Any) -> Any:
        handler = super().accept(obj, value)
        return None if handler is None else _ResizeHandler(handler)


def _whole_ms(value: Any) -> Any:
    return int(value)


class Canvas(LayoutControl):
    """Paints ``shapes`` in order over ``content``; ``on_resize`` reports its size."""

    control_type = "Canvas"
    positional = ("shapes", "content", "resize_interval", "on_resize")

    shapes = Children()
    content = Child()
    resize_interval = NumberProp(default=10, encode=_whole_ms)
    on_resize = CanvasResizeEvent()

    # 1.0.5 sizes an expanded canvas as infinite (its painter has no size of its own)
    width = NumberProp(sent=False)
    height = NumberProp(sent=False)
    _wire_width = NumberProp(wire="width")
    _wire_height = NumberProp(wire="height")

    def before_update(self) -> None:
        fill = float("inf") if self.expand else None
        self._wire_width = self.width if self.width is not None else fill
        self._wire_height = self.height if self.height is not None else fill

    def clean(self) -> Awaitable[None]:
        """Remove every shape and send the empty canvas (an awaitable sync code may ignore)."""
        self.shapes.clear()
        return self.update()

    clean_async = clean


# -- shapes ------------------------------------------------------------------------------------


class _ListProp(Prop):
    """A list of values (points, path elements) the app may append to, as in the async era:
    it reads as an empty list until set, and an empty list is not sent."""

    def __init__(self) -> None:
        super().__init__((list, tuple), default=[])

    def __get__(self, obj: Control | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return held(obj, self.name, list)

    def accept(self, obj: Control, value: Any) -> Any:
        items = super().accept(obj, value)
        return [] if items is None else items if isinstance(items, list) else list(items)


class Shape(Control):
    """Base of the shapes; ``required`` names the coordinates the client cannot do without."""

    required: ClassVar[tuple[str, ...]] = ()

    def before_update(self) -> None:
        for name in self.required:
            if getattr(self, name) is None:
                setattr(self, name, 0)


class _Painted(Shape):
    paint = ValueProp()


class Line(_Painted):
    control_type = "Line"
    positional = ("x1", "y1", "x2", "y2", "paint")
    required = ("x1", "y1", "x2", "y2")

    x1 = NumberProp()
    y1 = NumberProp()
    x2 = NumberProp()
    y2 = NumberProp()


class Circle(_Painted):
    control_type = "Circle"
    positional = ("x", "y", "radius", "paint")
    required = ("x", "y")

    x = NumberProp()
    y = NumberProp()
    radius = NumberProp()


class Arc(_Painted):
    control_type = "Arc"
    positional = ("x", "y", "width", "height", "start_angle", "sweep_angle", "use_center", "paint")
    required = ("x", "y")

    x = NumberProp()
    y = NumberProp()
    width = NumberProp()
    height = NumberProp()
    start_angle = NumberProp()
    sweep_angle = NumberProp()
    use_center = Prop(bool)


class Oval(_Painted):
    control_type = "Oval"
    positional = ("x", "y", "width", "height", "paint")
    required = ("x", "y")

    x = NumberProp()
    y = NumberProp()
    width = NumberProp()
    height = NumberProp()


class Rect(_Painted):
    control_type = "Rect"
    positional = ("x", "y", "width", "height", "border_radius", "paint")
    required = ("x", "y")

    x = NumberProp()
    y = NumberProp()
    width = NumberProp()
    height = NumberProp()
    border_radius = RadiusProp()


class Fill(_Painted):
    """Fills the whole canvas with ``paint``."""

    control_type = "Fill"
    positional = ("paint",)


class Color(Shape):
    """Fills the whole canvas with ``color``, blended by ``blend_mode``."""

    control_type = "Color"
    positional = ("color", "blend_mode")

    color = ColorProp()
    blend_mode = StrProp()


class Points(_Painted):
    control_type = "Points"
    positional = ("points", "point_mode", "paint")

    points = _ListProp()
    point_mode = StrProp()


class Text(Shape):
    """Text drawn at ``(x, y)``; ``alignment`` says which point of the text sits there."""

    control_type = "Text"
    positional = (
        "x",
        "y",
        "text",
        "style",
        "spans",
        "alignment",
        "text_align",
        "max_lines",
        "max_width",
        "ellipsis",
        "rotate",
    )
    required = ("x", "y")

    x = NumberProp()
    y = NumberProp()
    value = Prop((str, int, float), encode=str)
    text = Alias("value")  # async-era name
    style = ValueProp()
    spans = Children()
    alignment = AlignmentProp()
    text_align = StrProp()
    max_lines = Prop(int)
    max_width = NumberProp()
    ellipsis = StrProp()
    rotate = NumberProp()


# -- Path --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Element(DataValue):
    """A path element: its class name is the ``_type`` the client's path builder reads."""

    def to_wire(self) -> dict[str, Any]:
        return {**DataValue.to_wire(self), "_type": type(self).__name__}


@dataclass(slots=True)
class _MoveTo(_Element):
    x: Number
    y: Number


@dataclass(slots=True)
class _LineTo(_Element):
    x: Number
    y: Number


@dataclass(slots=True)
class _QuadraticTo(_Element):
    """A conic curve; ``w`` 1 is a quadratic Bézier (the client's default would be 0)."""

    cp1x: Number
    cp1y: Number
    x: Number
    y: Number
    w: Number = 1


@dataclass(slots=True)
class _CubicTo(_Element):
    cp1x: Number
    cp1y: Number
    cp2x: Number
    cp2y: Number
    x: Number
    y: Number


@dataclass(slots=True)
class _SubPath(_Element):
    elements: list[_Element]
    x: Number
    y: Number


@dataclass(slots=True)
class _Arc(_Element):
    x: Number
    y: Number
    width: Number
    height: Number
    start_angle: Number
    sweep_angle: Number


@dataclass(slots=True)
class _ArcTo(_Element):
    x: Number
    y: Number
    radius: Number = 0
    rotation: Number = 0
    large_arc: bool = False
    clockwise: bool = True


@dataclass(slots=True)
class _Oval(_Element):
    x: Number
    y: Number
    width: Number
    height: Number


@dataclass(slots=True)
class _Rect(_Element):
    x: Number
    y: Number
    width: Number
    height: Number
    border_radius: Number | BorderRadius | None = None


@dataclass(slots=True)
class _Close(_Element):
    pass


for _cls in (_MoveTo, _LineTo, _QuadraticTo, _CubicTo, _SubPath, _Arc, _ArcTo, _Oval, _Rect):
    _cls.__name__ = _cls.__qualname__ = _cls.__name__.removeprefix("_")
_Close.__name__ = _Close.__qualname__ = "Close"


class Path(_Painted):
    """A path of ``elements`` (``cv.Path.MoveTo(x, y)``, ``LineTo``, ``Close()``...)."""

    control_type = "Path"
    positional = ("elements", "paint")

    elements = _ListProp()

    PathElement: ClassVar[type[_Element]] = _Element
    MoveTo: ClassVar[type[_MoveTo]] = _MoveTo
    LineTo: ClassVar[type[_LineTo]] = _LineTo
    QuadraticTo: ClassVar[type[_QuadraticTo]] = _QuadraticTo
    CubicTo: ClassVar[type[_CubicTo]] = _CubicTo
    SubPath: ClassVar[type[_SubPath]] = _SubPath
    Arc: ClassVar[type[_Arc]] = _Arc
    ArcTo: ClassVar[type[_ArcTo]] = _ArcTo
    Oval: ClassVar[type[_Oval]] = _Oval
    Rect: ClassVar[type[_Rect]] = _Rect
    Close: ClassVar[type[_Close]] = _Close


class Shadow(Shape):
    """The shadow a path of ``path`` elements casts at ``elevation``."""

    control_type = "Shadow"
    positional = ("path", "color", "elevation", "transparent_occluder")

    path = _ListProp()
    color = ColorProp()
    elevation = NumberProp()
    transparent_occluder = Prop(bool)
