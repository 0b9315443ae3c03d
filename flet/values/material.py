"""Value objects of the Material controls: ``Tooltip``, ``MenuStyle``, ``AutoCompleteSuggestion``.

``ft.Tooltip`` is the async era's (0.25) dataclass, given to any control's ``tooltip``: its
box fields (``gradient``, ``border``, ``shadow``...) become the 1.0.5 ``decoration`` map,
``height`` a minimum height in ``size_constraints`` and ``enable_tap_to_dismiss`` the 1.0.5
``tap_to_dismiss``. The 0.21-0.24 spelling, a wrapper added to the page
(``ft.Tooltip(content=ft.Text("Hover me"), message="Hi")``), gives back its ``content`` with
the tooltip set: the 1.0.5 client has no Tooltip control.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from flet.core.control import Control
from flet.values._plain import DataValue, plain
from flet.values.borders import Border
from flet.values.box import BoxConstraints, BoxDecoration, BoxShadow, DecorationImage
from flet.values.geometry import Alignment, BorderRadius, Insets
from flet.values.gradients import Gradient
from flet.values.styles import TextStyle
from flet.values.wire import WireValue

__all__ = ["AutoCompleteSuggestion", "MenuStyle", "Tooltip", "TooltipTriggerMode"]

Number = int | float

# the async-era Tooltip's box fields, which 1.0.5 reads from its ``decoration`` map
_DECORATION = ("image", "shadow", "blend_mode", "gradient", "border", "border_radius", "shape")


class TooltipTriggerMode(StrEnum):
    MANUAL = "manual"
    TAP = "tap"
    LONG_PRESS = "long_press"


@dataclass(slots=True)
class Tooltip(DataValue):
    """``ft.Tooltip(message="Save", bgcolor=..., wait_duration=500)`` for ``tooltip=``.

    With a ``content`` control (the 0.21-0.24 wrapper) the call returns that control, its
    ``tooltip`` set to this value.
    """

    message: str | None = None
    enable_feedback: bool | None = None
    height: Number | None = None
    vertical_offset: Number | None = None
    margin: Number | Insets | None = None
    padding: Number | Insets | None = None
    bgcolor: str | None = None
    image: DecorationImage | None = None
    shadow: BoxShadow | list[BoxShadow] | None = None
    blend_mode: Any = None
    gradient: Gradient | None = None
    border: Border | None = None
    border_radius: Number | BorderRadius | None = None
    shape: Any = None
    text_style: TextStyle | None = None
    text_align: Any = None
    prefer_below: bool | None = None
    show_duration: Any = None
    wait_duration: Any = None
    exit_duration: Any = None
    enable_tap_to_dismiss: bool | None = None
    exclude_from_semantics: bool | None = None
    trigger_mode: TooltipTriggerMode | str | None = None
    # 1.0.5 names, for apps written against it
    decoration: BoxDecoration | None = None
    tap_to_dismiss: bool | None = None
    size_constraints: BoxConstraints | None = None
    mouse_cursor: Any = None
    content: Any = None  # the 0.21-0.24 wrapper's control; never sent

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if args and isinstance(args[0], Control):  # 0.21-0.24: content came first
            args, kwargs = args[1:], {**kwargs, "content": args[0]}
        content = kwargs.pop("content", None)
        tip = WireValue.__new__(cls)
        if content is None:
            return tip
        if not isinstance(content, Control):
            raise TypeError(
                f"Tooltip.content takes a control, not {type(content).__name__} "
                f"({content!r}); wrap text in ft.Text(...)."
            )
        cls.__init__(tip, *args, **kwargs)
        content.tooltip = tip
        return content

    def to_wire(self) -> dict[str, Any]:
        wire = DataValue.to_wire(self)
        wire.pop("content", None)
        box = {name: getattr(self, name) for name in _DECORATION}
        for name in _DECORATION:
            wire.pop(name, None)
        if any(v is not None for v in box.values()) and self.decoration is None:
            wire["decoration"] = BoxDecoration(**box).to_wire()
        height = wire.pop("height", None)
        if height is not None and self.size_constraints is None:
            wire["size_constraints"] = {"min_height": height}
        dismiss = wire.pop("enable_tap_to_dismiss", None)
        if dismiss is not None and self.tap_to_dismiss is None:
            wire["tap_to_dismiss"] = dismiss
        return wire


@dataclass(slots=True)
class MenuStyle(DataValue):
    """The look of a menu (``MenuBar.style``, ``SubmenuButton.menu_style``); most fields take
    one value or a map per widget state. ``surface_tint_color`` (async era) is not sent."""

    alignment: Alignment | None = None
    bgcolor: str | dict[Any, Any] | None = None
    shadow_color: str | dict[Any, Any] | None = None
    surface_tint_color: str | dict[Any, Any] | None = None
    elevation: Number | dict[Any, Any] | None = None
    padding: Number | Insets | dict[Any, Any] | None = None
    side: Any = None
    shape: Any = None
    mouse_cursor: Any = None
    visual_density: Any = None
    fixed_size: Any = None
    max_size: Any = None
    min_size: Any = None

    state_fields: ClassVar[frozenset[str]] = frozenset(
        {"bgcolor", "shadow_color", "elevation", "padding", "side", "shape", "mouse_cursor"}
        | {"fixed_size", "max_size", "min_size"}
    )

    def to_wire(self) -> dict[str, Any]:
        wire = DataValue.to_wire(self)
        wire.pop("surface_tint_color", None)
        return wire


@dataclass(slots=True)
class AutoCompleteSuggestion(DataValue):
    """One suggestion of an ``AutoComplete``: ``value`` is shown and matched, ``key`` names it."""

    key: str | None = None
    value: str | None = None

    def to_wire(self) -> dict[str, Any]:
        return {k: plain(v) for k, v in (("key", self.key), ("value", self.value)) if v}
