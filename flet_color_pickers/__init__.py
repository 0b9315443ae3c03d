"""``import flet_color_pickers as fcp``: Flet 1.0's import name of the colour pickers (see
``flet.controls.color_pickers``)."""

from flet.controls.color_pickers import *  # noqa: F403
from flet.controls.color_pickers import __all__ as __all__
