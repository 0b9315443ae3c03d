"""Seed-era ``ft.border_radius``: ``ft.border_radius.all(8)`` and friends."""

from flet.values.geometry import BorderRadius

__all__ = ["BorderRadius", "all", "horizontal", "only", "vertical"]

all = BorderRadius.all
only = BorderRadius.only
vertical = BorderRadius.vertical
horizontal = BorderRadius.horizontal
