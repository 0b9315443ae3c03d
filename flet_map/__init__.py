"""``import flet_map as ftm``: Flet 1.0's name of the map package; the same as ``flet.map``."""

from flet.map import *  # noqa: F403
from flet.map import __all__ as __all__
