"""``import flet_geolocator as fgl``: Flet 1.0's package name of :class:`flet.Geolocator`."""

from flet.controls.device import (
    FletUnsupportedPlatformException as FletUnsupportedPlatformException,
)
from flet.controls.device import Geolocator as Geolocator
from flet.controls.device import GeolocatorActivityType as GeolocatorIosActivityType
from flet.controls.device import GeolocatorAndroidSettings as GeolocatorAndroidConfiguration
from flet.controls.device import GeolocatorAppleSettings as GeolocatorIosConfiguration
from flet.controls.device import GeolocatorConfiguration as GeolocatorConfiguration
from flet.controls.device import GeolocatorPermissionStatus as GeolocatorPermissionStatus
from flet.controls.device import GeolocatorPositionAccuracy as GeolocatorPositionAccuracy
from flet.controls.device import GeolocatorWebConfiguration as GeolocatorWebConfiguration
from flet.events.device import GeolocatorPosition as GeolocatorPosition
from flet.events.device import GeolocatorPositionChangeEvent as GeolocatorPositionChangeEvent

__all__ = [
    "FletUnsupportedPlatformException",
    "Geolocator",
    "GeolocatorAndroidConfiguration",
    "GeolocatorConfiguration",
    "GeolocatorIosActivityType",
    "GeolocatorIosConfiguration",
    "GeolocatorPermissionStatus",
    "GeolocatorPosition",
    "GeolocatorPositionAccuracy",
    "GeolocatorPositionChangeEvent",
    "GeolocatorWebConfiguration",
]
