"""Seed-era ``ft.padding``: ``ft.padding.all(10)``, ``only``, ``symmetric``."""

from flet.values.geometry import Insets

__all__ = ["Padding", "all", "only", "symmetric"]

Padding = Insets
all = Insets.all  # noqa: A001 - the seed-era name
only = Insets.only
symmetric = Insets.symmetric
