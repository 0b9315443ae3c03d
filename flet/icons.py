"""Seed-era ``ft.icons`` module: ``ft.icons.ADD`` is ``ft.Icons.ADD`` (an integer code).

Flet 1.0.5 clients take icons as integer codes, not names; see ``flet.values.icons``.
"""

from __future__ import annotations

from flet.values.icons import CupertinoIcons, Icons, UnknownIconError, icon_code

__all__ = ["CupertinoIcons", "Icons", "UnknownIconError", "icon_code"]


def __getattr__(name: str) -> int:
    if name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    code: int = getattr(Icons, name)
    return code


def __dir__() -> list[str]:
    return sorted({*globals(), *Icons.names()})
