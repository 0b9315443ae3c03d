"""Seed-era ``ft.transform``: ``ft.transform.Rotate``, ``Scale`` and ``Offset``."""

from flet.values.animation import Rotate, Scale
from flet.values.geometry import Offset

__all__ = ["Offset", "Rotate", "Scale"]
