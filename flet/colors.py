"""Seed-era ``ft.colors`` module: ``ft.colors.RED`` is ``ft.Colors.RED`` (``"red"``).

``ft.colors.with_opacity(0.5, ft.colors.RED)`` gives ``"red,0.5"``. See ``flet.values.colors``.
"""

from __future__ import annotations

from flet.values.colors import (
    DEPRECATED_COLORS,
    Colors,
    InvalidOpacityError,
    UnknownColorError,
    normalize_color,
    with_opacity,
)
from flet.values.colors import _resolve as _resolve_deprecated

__all__ = [
    "DEPRECATED_COLORS",
    "Colors",
    "InvalidOpacityError",
    "UnknownColorError",
    "normalize_color",
    "with_opacity",
]


def __getattr__(name: str) -> str:
    if name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name in DEPRECATED_COLORS:  # warn about the caller's line, not this module's
        return _resolve_deprecated(name, stacklevel=3)
    value: str = getattr(Colors, name)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *(n for n in dir(Colors) if n.isupper())})
