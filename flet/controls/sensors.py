"""Motion sensors, ShakeDetector, ScreenBrightness, StoragePaths, SemanticsService and
BrowserContextMenu: services of the Flet 1.0.5 client that the async era did not have, under
their Flet 1.0 names.

Put one in ``page.overlay`` (or just use it: a service joins the page it is used from).
Accelerometer, UserAccelerometer and Gyroscope read the browser's device-motion events (a
phone's browser has them; a desktop's sends none, or ``on_error``). What a browser has no way
to reach is refused in Python with :class:`~flet.UnsupportedInBrowserError`, never sent: the
Magnetometer and Barometer (the client supports them only in Android and iOS apps), the screen
brightness and the storage directories (the client answers ``None`` to every call on web).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from flet.controls.device import UnsupportedInBrowserError, wire_duration
from flet.controls.more_services import _CalledService
from flet.core.props import Event, Prop
from flet.core.snapshot import encode_value
from flet.values.animation import Duration

__all__ = [
    "Accelerometer",
    "AccessibilityFeatures",
    "Assertiveness",
    "Barometer",
    "BrowserContextMenu",
    "Gyroscope",
    "Magnetometer",
    "ScreenBrightness",
    "SemanticsService",
    "ShakeDetector",
    "StoragePaths",
    "UserAccelerometer",
]


class _Sensor(_CalledService):
    """A stream of readings: ``on_reading`` gets ``e.x``, ``e.y``, ``e.z``, ``e.timestamp``;
    ``interval`` is how often (milliseconds, ``ft.Duration`` or ``timedelta``)."""

    enabled = Prop(bool, default=True)
    interval = Prop((int, float, Duration, dt.timedelta), encode=wire_duration)
    cancel_on_error = Prop(bool, default=True)
    on_reading = Event()
    on_error = Event()


class Accelerometer(_Sensor):
    control_type = "Accelerometer"


class UserAccelerometer(_Sensor):
    control_type = "UserAccelerometer"


class Gyroscope(_Sensor):
    control_type = "Gyroscope"


class _PhoneOnly(_CalledService):
    """A service the Flet client offers only in Android and iOS apps: refused in a browser."""

    instead = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise UnsupportedInBrowserError(
            f"{type(self).__name__} is not available in a browser (the Flet client supports "
            f"it only in Android and iOS apps); {self.instead}"
        )


class Magnetometer(_PhoneOnly, _Sensor):
    control_type = "Magnetometer"
    instead = "Accelerometer and Gyroscope work in a phone's browser."


class Barometer(_PhoneOnly, _Sensor):
    control_type = "Barometer"
    instead = "a browser has no air-pressure sensor API."


class ScreenBrightness(_PhoneOnly):
    control_type = "ScreenBrightness"
    instead = "a page cannot read or set the screen's brightness."
    on_system_screen_brightness_change = Event()
    on_application_screen_brightness_change = Event()


class ShakeDetector(_CalledService):
    """``on_shake`` fires when the device is shaken (from the browser's device-motion
    events; a desktop never shakes)."""

    control_type = "ShakeDetector"

    minimum_shake_count = Prop(int, default=1)
    shake_slop_time_ms = Prop(int, default=500)
    shake_count_reset_time_ms = Prop(int, default=3000)
    shake_threshold_gravity = Prop(float, default=2.7)
    on_shake = Event()


_NO_PATHS = (
    "a browser page has no file system directories; keep data with page.client_storage or "
    "ft.SecureStorage, and let the visitor pick files with ft.FilePicker"
)


class StoragePaths(_CalledService):
    """The app's directories: none exist in a browser, so every method raises
    :class:`~flet.UnsupportedInBrowserError` (the client would answer ``None``)."""

    control_type = "StoragePaths"

    def _refuse(self, method: str) -> Awaitable[Any]:
        raise UnsupportedInBrowserError(f"StoragePaths.{method}(): {_NO_PATHS}.")

    def get_application_cache_directory(self) -> Awaitable[str]:
        return self._refuse("get_application_cache_directory")

    def get_application_documents_directory(self) -> Awaitable[str]:
        return self._refuse("get_application_documents_directory")

    def get_application_support_directory(self) -> Awaitable[str]:
        return self._refuse("get_application_support_directory")

    def get_downloads_directory(self) -> Awaitable[str | None]:
        return self._refuse("get_downloads_directory")

    def get_external_cache_directories(self) -> Awaitable[list[str] | None]:
        return self._refuse("get_external_cache_directories")

    def get_external_storage_directories(self) -> Awaitable[list[str] | None]:
        return self._refuse("get_external_storage_directories")

    def get_external_storage_directory(self) -> Awaitable[str | None]:
        return self._refuse("get_external_storage_directory")

    def get_library_directory(self) -> Awaitable[str]:
        return self._refuse("get_library_directory")

    def get_temporary_directory(self) -> Awaitable[str]:
        return self._refuse("get_temporary_directory")

    def get_console_log_filename(self) -> Awaitable[str]:
        return self._refuse("get_console_log_filename")


class Assertiveness(Enum):
    POLITE = "polite"
    ASSERTIVE = "assertive"


@dataclass
class AccessibilityFeatures:
    """The accessibility settings the client reports (all ``False`` where a browser does not
    tell)."""

    accessible_navigation: bool = False
    bold_text: bool = False
    disable_animations: bool = False
    high_contrast: bool = False
    invert_colors: bool = False
    reduce_motion: bool = False
    on_off_switch_labels: bool = False
    supports_announcements: bool = False

    @staticmethod
    def from_client(answer: Any) -> AccessibilityFeatures:
        data = answer if isinstance(answer, dict) else {}
        return AccessibilityFeatures(
            **{f.name: data.get(f.name) is True for f in fields(AccessibilityFeatures)}
        )


class SemanticsService(_CalledService):
    """Speaks through the screen reader: ``announce_message()`` and ``announce_tooltip()``;
    ``get_accessibility_features()`` reads the visitor's settings."""

    control_type = "SemanticsService"

    def announce_message(
        self,
        message: str,
        rtl: bool = False,
        assertiveness: Assertiveness = Assertiveness.POLITE,
    ) -> Awaitable[None]:
        args = {
            "message": str(message),
            "rtl": bool(rtl),
            "assertiveness": encode_value(Assertiveness(assertiveness)),
        }
        return self._invoke("announce_message", args)

    def announce_tooltip(self, message: str) -> Awaitable[None]:
        return self._invoke("announce_tooltip", {"message": str(message)})

    def get_accessibility_features(self) -> Awaitable[AccessibilityFeatures]:
        return self._invoke("get_accessibility_features", None, AccessibilityFeatures.from_client)


class BrowserContextMenu(_CalledService):
    """The browser's own right-click menu over the app: ``disable()`` it (for an app with
    menus of its own, ``ft.ContextMenu``) and ``enable()`` it again; ``disabled`` says which
    was asked last, as in Flet 1.0."""

    control_type = "BrowserContextMenu"

    def enable(self) -> Awaitable[None]:
        self.disabled = False
        return self._invoke("enable_menu")

    def disable(self) -> Awaitable[None]:
        self.disabled = True
        return self._invoke("disable_menu")

    enable_async = enable
    disable_async = disable
