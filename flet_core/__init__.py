"""``import flet_core``: the async era's name of the Flet package (0.21-0.24).

The same names as ``flet``; ``flet_core.page``, ``flet_core.control_event``... are the era's
module names (see ``flet._era``).
"""

from typing import Any

import flet
from flet import *  # noqa: F403
from flet import __all__ as __all__


def __getattr__(name: str) -> Any:
    return getattr(flet, name)
