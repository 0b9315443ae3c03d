"""Text and button styles, and the home of every value object apps import from ``flet``.

``TextStyle`` and ``ButtonStyle`` are defined here; borders, shapes, gradients, shadows,
animations and transforms are re-exported from their modules (``flet/__init__`` star-imports
this one). ``ButtonStyle`` fields may differ per widget state:
``color={ft.ControlState.HOVERED: "red", ft.ControlState.DEFAULT: "blue"}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from flet.values import animation, borders, box, gradients
from flet.values._plain import DataValue
from flet.values.animation import *  # noqa: F403
from flet.values.borders import *  # noqa: F403
from flet.values.borders import BorderSide, OutlinedBorder
from flet.values.box import *  # noqa: F403
from flet.values.box import BoxShadow
from flet.values.enums import (
    FontWeight,
    MouseCursor,
    TextBaseline,
    TextDecoration,
    TextDecorationStyle,
    TextOverflow,
    VisualDensity,
)
from flet.values.geometry import Alignment, Insets
from flet.values.gradients import *  # noqa: F403

__all__ = sorted(
    [
        "ButtonStyle",
        "StrutStyle",
        "TextStyle",
        *animation.__all__,
        *borders.__all__,
        *box.__all__,
        *gradients.__all__,
    ]
)

Number = int | float


@dataclass(slots=True)
class TextStyle(DataValue):
    """How text looks: ``ft.TextStyle(size=20, weight=ft.FontWeight.BOLD, color="red")``."""

    size: Number | None = None
    height: Number | None = None
    weight: FontWeight | str | None = None
    italic: bool | None = None
    decoration: TextDecoration | int | None = None
    decoration_color: str | None = None
    decoration_thickness: Number | None = None
    decoration_style: TextDecorationStyle | str | None = None
    font_family: str | None = None
    color: str | None = None
    bgcolor: str | None = None
    shadow: BoxShadow | list[BoxShadow] | None = None
    foreground: Any = None
    letter_spacing: Number | None = None
    word_spacing: Number | None = None
    overflow: TextOverflow | str | None = None
    baseline: TextBaseline | str | None = None
    font_family_fallback: list[str] | None = None


@dataclass(slots=True)
class StrutStyle(DataValue):
    """The minimum line height of a paragraph (``Text.strut_style``...)."""

    size: Number | None = None
    height: Number | None = None
    weight: FontWeight | str | None = None
    italic: bool | None = None
    font_family: str | None = None
    leading: Number | None = None
    force_strut_height: bool | None = None


@dataclass(slots=True)
class ButtonStyle(DataValue):
    """A button's look, each field either one value or a map per widget state.

    Sent inside the button's ``_internals.style`` (protocol §8.3). ``surface_tint_color``
    (async era) has no 1.0.5 equivalent and is kept in Python only.
    """

    color: str | dict[Any, Any] | None = None
    bgcolor: str | dict[Any, Any] | None = None
    overlay_color: str | dict[Any, Any] | None = None
    shadow_color: str | dict[Any, Any] | None = None
    surface_tint_color: str | dict[Any, Any] | None = None
    elevation: Number | dict[Any, Any] | None = None
    animation_duration: Any = None
    padding: Number | Insets | dict[Any, Any] | None = None
    side: BorderSide | dict[Any, Any] | None = None
    shape: OutlinedBorder | dict[Any, Any] | None = None
    alignment: Alignment | None = None
    enable_feedback: bool | None = None
    text_style: TextStyle | dict[Any, Any] | None = None
    icon_size: Number | dict[Any, Any] | None = None
    icon_color: str | dict[Any, Any] | None = None
    visual_density: VisualDensity | str | None = None
    mouse_cursor: MouseCursor | str | dict[Any, Any] | None = None

    state_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "color",
            "bgcolor",
            "overlay_color",
            "shadow_color",
            "elevation",
            "padding",
            "side",
            "shape",
            "text_style",
            "icon_size",
            "icon_color",
            "mouse_cursor",
        }
    )

    def to_wire(self) -> dict[str, Any]:
        wire = DataValue.to_wire(self)
        wire.pop("surface_tint_color", None)
        return wire
