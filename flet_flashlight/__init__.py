"""``import flet_flashlight as ffl``: Flet 1.0's package name of :class:`flet.Flashlight`
(which a browser cannot switch: see its docstring)."""

from flet.controls.device import Flashlight as Flashlight

__all__ = ["Flashlight"]
