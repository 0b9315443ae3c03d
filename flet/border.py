"""Seed-era ``ft.border``: ``ft.border.all(1, ft.Colors.RED)``, ``only``, ``symmetric``."""

from flet.values.borders import Border, BorderSide

__all__ = ["Border", "BorderSide", "all", "only", "symmetric"]

all = Border.all
only = Border.only
symmetric = Border.symmetric
