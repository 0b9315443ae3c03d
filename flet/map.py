"""``import flet.map as map``: the map and its layers, as apps of Flet 0.24/0.25 import them.

The controls live in :mod:`flet.controls.map` and :mod:`flet.controls.map_layers`, their value
types in :mod:`flet.values.maps`, their events in :mod:`flet.events.maps`; ``import flet_map as
ftm`` (Flet 1.0) is the same.
"""

from flet.controls import map as _controls
from flet.controls import map_layers as _layers
from flet.controls.map import *  # noqa: F403
from flet.controls.map_layers import *  # noqa: F403
from flet.events import maps as _events
from flet.events.maps import *  # noqa: F403
from flet.values import maps as _values
from flet.values.maps import *  # noqa: F403

__all__ = sorted(
    {
        *_controls.__all__,
        *_layers.__all__,
        *(n for n in _events.__all__ if n != "MAP_EVENTS"),
        *_values.__all__,
    }
)
