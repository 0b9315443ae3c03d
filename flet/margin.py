"""Seed-era ``ft.margin``: ``ft.margin.all(5)``, ``only``, ``symmetric``."""

from flet.values.geometry import Insets

__all__ = ["Margin", "all", "only", "symmetric"]

Margin = Insets
all = Insets.all
only = Insets.only
symmetric = Insets.symmetric
