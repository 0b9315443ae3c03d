"""Seed-era ``ft.padding``: ``ft.padding.all(10)``, ``only``, ``symmetric``."""

from flet.values.geometry import Insets

__all__ = ["Padding", "all", "only", "symmetric"]

Padding = Insets
all = Insets.all
only = Insets.only
symmetric = Insets.symmetric
