"""What decorates a box: shadows, blur, colour filters, background images, decorations."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from flet.values._plain import DataValue, plain
from flet.values.borders import Border
from flet.values.enums_painting import (
    BlendMode,
    BlurStyle,
    BlurTileMode,
    BoxFit,
    BoxShape,
    FilterQuality,
    ImageRepeat,
)
from flet.values.geometry import Alignment, BorderRadius, Offset
from flet.values.gradients import Gradient

__all__ = [
    "Blur",
    "BoxConstraints",
    "BoxDecoration",
    "BoxShadow",
    "ColorFilter",
    "DecorationImage",
]

Number = int | float


def _offset(value: Any) -> Any:
    """An offset given as a pair ``(x, y)`` (async-era and 1.0.5 both allow it) as a map."""
    if isinstance(value, tuple | list) and len(value) == 2:
        return {"x": value[0], "y": value[1]}
    return plain(value)


@dataclass(slots=True)
class BoxShadow(DataValue):
    """``ft.BoxShadow(spread_radius=1, blur_radius=15, color=..., offset=ft.Offset(0, 0))``."""

    spread_radius: Number | None = None
    blur_radius: Number | None = None
    color: str | None = None
    offset: Offset | tuple[Number, Number] | None = None
    blur_style: BlurStyle | str | None = None

    def to_wire(self) -> dict[str, Any]:
        wire = DataValue.to_wire(self)
        if self.offset is not None:
            wire["offset"] = _offset(self.offset)
        return wire


@dataclass(slots=True)
class Blur(DataValue):
    """A Gaussian blur of what lies behind a container (``Container.blur``)."""

    sigma_x: Number
    sigma_y: Number
    tile_mode: BlurTileMode | str | None = None


@dataclass(slots=True)
class ColorFilter(DataValue):
    color: str | None = None
    blend_mode: BlendMode | str | None = None


@dataclass(slots=True)
class DecorationImage(DataValue):
    """A background image. Async-era ``src_base64`` is sent as the image's bytes."""

    src: str | bytes | None = None
    src_base64: str | None = None
    color_filter: ColorFilter | None = None
    fit: BoxFit | str | None = None
    alignment: Alignment | None = None
    repeat: ImageRepeat | str | None = None
    match_text_direction: bool | None = None
    scale: Number | None = None
    opacity: Number | None = None
    filter_quality: FilterQuality | str | None = None
    invert_colors: bool | None = None
    anti_alias: bool | None = None

    def to_wire(self) -> dict[str, Any]:
        wire = DataValue.to_wire(self)
        encoded = wire.pop("src_base64", None)
        if encoded is not None and self.src is None:
            wire["src"] = base64.b64decode(encoded)
        return wire


@dataclass(slots=True)
class BoxDecoration(DataValue):
    """A box's background, border, corners, shadows and gradient (``View.decoration``...).

    The async-era field ``shadow`` and the 1.0.5 one ``shadows`` are both accepted; the client
    reads ``shadows``.
    """

    bgcolor: str | None = None
    image: DecorationImage | None = None
    border: Border | None = None
    border_radius: Number | BorderRadius | None = None
    shadow: BoxShadow | list[BoxShadow] | None = None
    gradient: Gradient | None = None
    shape: BoxShape | str | None = None
    blend_mode: BlendMode | str | None = None
    shadows: BoxShadow | list[BoxShadow] | None = None

    def to_wire(self) -> dict[str, Any]:
        wire = DataValue.to_wire(self)
        shadow = wire.pop("shadow", None)
        if shadow is not None and "shadows" not in wire:
            wire["shadows"] = shadow
        return wire


@dataclass(slots=True)
class BoxConstraints(DataValue):
    min_width: Number | None = None
    min_height: Number | None = None
    max_width: Number | None = None
    max_height: Number | None = None
