"""``ft.dropdownm2``: the namespace of ``ft.dropdownm2.Option("a")`` (Flet 1.0)."""

from flet.controls.dropdown_m2 import DropdownM2, Option

__all__ = ["DropdownM2", "Option"]
