"""Seed-era ``ft.alignment``: ``ft.alignment.center`` and friends."""

from flet.values.enums import Axis
from flet.values.geometry import Alignment

__all__ = [
    "Alignment",
    "Axis",
    "bottom_center",
    "bottom_left",
    "bottom_right",
    "center",
    "center_left",
    "center_right",
    "top_center",
    "top_left",
    "top_right",
]

top_left = Alignment(-1, -1)
top_center = Alignment(0, -1)
top_right = Alignment(1, -1)
center_left = Alignment(-1, 0)
center = Alignment(0, 0)
center_right = Alignment(1, 0)
bottom_left = Alignment(-1, 1)
bottom_center = Alignment(0, 1)
bottom_right = Alignment(1, 1)
