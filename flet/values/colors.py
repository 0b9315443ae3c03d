"""Colour names as the Flet 1.0.5 client reads them.

A colour on the wire is a string: a Material name (``"red400"``, ``"redaccent100"``,
``"white54"``), a theme role (``"primary"``, ``"onprimary"``), a hex value, optionally followed
by an opacity (``"red,0.5"``). ``Colors`` holds the names as plain ``str`` constants, generated
from Flet 1.0.5's own ``Colors`` by ``scripts/gen_colors.py`` (see ``_data/material_colors.py``).

Seed-era names that newer Flet dropped still work, with a ``DeprecationWarning``:
``BACKGROUND`` -> ``SURFACE``, ``ON_BACKGROUND`` -> ``ON_SURFACE``, ``SURFACE_VARIANT`` ->
``SURFACE_CONTAINER_HIGHEST`` (Flutter's replacements for these deprecated ``ColorScheme``
roles; the 1.0.5 client no longer knows the old names). ``normalize_color`` applies the same
mapping to colour strings.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterator, Mapping, Sequence

from flet.values._data.material_colors import SEED_SPELLINGS, MaterialColors

__all__ = [
    "DEPRECATED_COLORS",
    "Colors",
    "InvalidOpacityError",
    "UnknownColorError",
    "normalize_color",
    "with_opacity",
]

# seed-era theme role -> the 1.0.5 role the client understands
DEPRECATED_COLORS: Mapping[str, str] = {
    "BACKGROUND": "SURFACE",
    "ON_BACKGROUND": "ON_SURFACE",
    "SURFACE_VARIANT": "SURFACE_CONTAINER_HIGHEST",
}
_DEPRECATED_VALUES = {
    old.replace("_", "").lower(): getattr(MaterialColors, new)
    for old, new in DEPRECATED_COLORS.items()
}


class UnknownColorError(AttributeError):
    """``Colors`` has no colour of that name; the message names the closest ones."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.color_name = name

    def __str__(self) -> str:
        import difflib  # only on the error path

        wanted = self.color_name.upper()
        text = f"Colors has no colour named {self.color_name!r}"
        if wanted in _color_names():
            return text + f"; colour names are upper case: {wanted}"
        hints = difflib.get_close_matches(wanted, _color_names(), n=3, cutoff=0.6)
        if hints:
            text += "; did you mean " + ", ".join(hints) + "?"
        return text + " (any '#rrggbb' string works too)"


class InvalidOpacityError(ValueError):
    """``with_opacity`` got an opacity outside 0..1."""


def with_opacity(opacity: float, color: str) -> str:
    """``color`` at ``opacity`` (0.0 to 1.0), as the client reads it: ``"red,0.5"``."""
    if isinstance(opacity, bool) or not isinstance(opacity, int | float):
        raise InvalidOpacityError(f"opacity must be a number from 0.0 to 1.0, not {opacity!r}")
    if not 0 <= opacity <= 1:
        raise InvalidOpacityError(
            f"opacity must be between 0.0 and 1.0 inclusive, got {opacity}; "
            "e.g. with_opacity(0.5, Colors.RED)"
        )
    return f"{color},{opacity}"


def normalize_color(value: str) -> str:
    """Map a seed-era theme role in a colour string to the 1.0.5 one; keep anything else.

    ``"background"`` -> ``"surface"``, ``"surfaceVariant,0.5"`` ->
    ``"surfacecontainerhighest,0.5"``. Letter case does not matter to the client.
    """
    name, comma, opacity = value.partition(",")
    replacement = _DEPRECATED_VALUES.get(name.strip().lower())
    return value if replacement is None else replacement + comma + opacity


@functools.cache
def _color_names() -> tuple[str, ...]:
    """All constant names of ``MaterialColors`` (1.0.5 names and seed-era spellings)."""
    return tuple(name for name in vars(MaterialColors) if name.isupper())


@functools.cache
def _color_values() -> frozenset[str]:
    return frozenset(getattr(MaterialColors, name) for name in _color_names())


def _resolve(name: str, stacklevel: int) -> str:
    """A seed-era colour name's 1.0.5 value (with a warning), else ``UnknownColorError``."""
    replacement = DEPRECATED_COLORS.get(name)
    if replacement is None:
        raise UnknownColorError(name)
    warnings.warn(
        f"Colors.{name} is gone from Flet 1.0.5; sending Colors.{replacement} instead "
        f"(write Colors.{replacement} to silence this warning)",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
    value: str = getattr(MaterialColors, replacement)
    return value


class _ColorsMeta(type):
    """Deprecated names, did-you-mean errors and iteration over the 1.0.5 colours."""

    def __getattr__(cls, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        return _resolve(name, stacklevel=3)

    def __iter__(cls) -> Iterator[str]:
        return (
            getattr(MaterialColors, name) for name in _color_names() if name not in SEED_SPELLINGS
        )

    def __len__(cls) -> int:
        return len(_color_names()) - len(SEED_SPELLINGS)

    def __contains__(cls, value: object) -> bool:
        return isinstance(value, str) and value.lower() in _color_values()


class Colors(MaterialColors, metaclass=_ColorsMeta):
    """Material colour names and theme roles: ``Colors.RED_400 == "red400"``."""

    with_opacity = staticmethod(with_opacity)

    @staticmethod
    def random(
        exclude: Sequence[str] | None = None, weights: Mapping[str, int] | None = None
    ) -> str | None:
        """A random colour, optionally excluding some or weighting them; ``None`` if none left."""
        import random

        excluded = set(exclude or ())
        choices = [color for color in Colors if color not in excluded]
        if not choices:
            return None
        if weights:
            return random.choices(choices, weights=[weights.get(c, 1) for c in choices])[0]
        return random.choice(choices)
