"""``import flet_ads as fta``: Flet 1.0's import name of the ad controls. Ads need Flet's
Android or iOS app: in a browser each one raises ``AdsNeedMobileAppError`` (see
``flet.controls.ads``)."""

from flet.controls.ads import *  # noqa: F403
from flet.controls.ads import __all__ as __all__
