"""Geolocator, PermissionHandler, Flashlight, SecureStorage and AudioRecorder: the device
services of Flet 1.0.5's extension packages, which the client in ``flet-web`` registers.

Apps of the async era put them in ``page.overlay`` (``ft.Geolocator(on_position_change=...)``,
``ft.PermissionHandler()``, ``ft.AudioRecorder(audio_encoder=ft.AudioEncoder.WAV)``) and call
their methods; apps of Flet 1.0 import them from ``flet_geolocator`` and the like. Both sets of
names are here, sent in the 1.0.5 wire shape (main.dart.js and the packages' Dart sources).

Each method starts its call on the client at once and returns an awaitable of the answer:
``pos = await geo.get_current_position()`` in an ``async`` handler; a sync handler may ignore
it. What a browser cannot do raises :class:`UnsupportedInBrowserError` in Python before
anything is sent: the flashlight (the client answers every Flashlight call with an error on
web), the last known position and the settings pages of Geolocator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from flet.controls.more_services import _CalledService
from flet.core.props import Alias, Event, Prop
from flet.core.snapshot import encode_value
from flet.events.device import GeolocatorPosition

__all__ = [
    "AudioEncoder",
    "AudioRecorder",
    "AudioRecorderConfiguration",
    "Flashlight",
    "FletUnsupportedPlatformException",
    "Geolocator",
    "GeolocatorActivityType",
    "GeolocatorAndroidSettings",
    "GeolocatorAppleSettings",
    "GeolocatorConfiguration",
    "GeolocatorPermissionStatus",
    "GeolocatorPositionAccuracy",
    "GeolocatorSettings",
    "GeolocatorWebConfiguration",
    "GeolocatorWebSettings",
    "InputDevice",
    "Permission",
    "PermissionHandler",
    "PermissionStatus",
    "PermissionType",
    "SecureStorage",
    "UnsupportedInBrowserError",
]


class FletUnsupportedPlatformException(RuntimeError):
    """Flet 1.0's name: the platform the app runs on cannot do this."""


class UnsupportedInBrowserError(FletUnsupportedPlatformException):
    """A device feature a browser page has no way to reach."""


def wire_duration(value: Any) -> Any:
    """A duration for the client: a number of milliseconds, an ``ft.Duration`` or a
    ``datetime.timedelta``."""
    if isinstance(value, dt.timedelta):
        return {"microseconds": value // dt.timedelta(microseconds=1)}
    return encode_value(value)


def _wire_fields(obj: Any, durations: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if value is not None:
            out[f.name] = wire_duration(value) if f.name in durations else encode_value(value)
    return out


# -- Geolocator ------------------------------------------------------------------------------


class GeolocatorPositionAccuracy(Enum):
    LOWEST = "lowest"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    BEST = "best"
    BEST_FOR_NAVIGATION = "bestForNavigation"
    REDUCED = "reduced"


class GeolocatorPermissionStatus(Enum):
    DENIED = "denied"
    DENIED_FOREVER = "deniedForever"
    WHILE_IN_USE = "whileInUse"
    ALWAYS = "always"
    UNABLE_TO_DETERMINE = "unableToDetermine"


class GeolocatorActivityType(Enum):
    AUTOMOTIVE_NAVIGATION = "automotiveNavigation"
    FITNESS = "fitness"
    OTHER_NAVIGATION = "otherNavigation"
    AIRBORNE = "airborne"
    OTHER = "other"


@dataclass
class GeolocatorSettings:
    """How positions are asked for: ``accuracy``, ``distance_filter`` (metres to move before
    the next change), ``time_limit`` (milliseconds, ``ft.Duration`` or ``timedelta``)."""

    accuracy: GeolocatorPositionAccuracy | None = None
    distance_filter: int | None = None
    time_limit: Any = None

    def to_wire(self) -> dict[str, Any]:
        return _wire_fields(self, ("time_limit", "maximum_age", "interval_duration"))


@dataclass
class GeolocatorWebSettings(GeolocatorSettings):
    """Browser settings: ``maximum_age`` of a cached position the browser may answer with."""

    maximum_age: Any = None


@dataclass
class GeolocatorAppleSettings(GeolocatorSettings):
    activity_type: GeolocatorActivityType | None = None
    pause_location_updates_automatically: bool | None = False
    show_background_location_indicator: bool | None = False
    allow_background_location_updates: bool | None = True


@dataclass
class GeolocatorAndroidSettings(GeolocatorSettings):
    interval_duration: Any = None
    foreground_notification_text: str | None = None
    foreground_notification_title: str | None = None


GeolocatorConfiguration = GeolocatorSettings  # Flet 1.0 names
GeolocatorWebConfiguration = GeolocatorWebSettings


def _settings(value: Any) -> Any:
    if not isinstance(value, GeolocatorSettings):
        raise TypeError(
            f"Geolocator settings take ft.GeolocatorSettings(...), not {type(value).__name__}"
        )
    return value.to_wire()


def _permission(answer: Any) -> GeolocatorPermissionStatus | None:
    return GeolocatorPermissionStatus._value2member_map_.get(answer)  # type: ignore[return-value]


def _no_browser(what: str, instead: str) -> UnsupportedInBrowserError:
    return UnsupportedInBrowserError(f"{what} is not available in a browser; {instead}")


class Geolocator(_CalledService):
    """The device's position from the browser's Geolocation API (the browser asks the visitor
    for permission the first time). ``on_position_change`` gets ``e.position`` as the device
    moves; ``on_error`` gets the client's message in ``e.data``."""

    control_type = "Geolocator"

    configuration = Prop(GeolocatorSettings, encode=_settings)
    location_settings = Alias("configuration")  # the async era's name
    _position = Prop(dict, wire="position", client=True, sent=False)

    on_position_change = Event()
    on_error = Event()

    @property
    def position(self) -> GeolocatorPosition | None:
        """The last position the client reported (``None`` until then)."""
        return GeolocatorPosition.from_client(self._position)

    def get_current_position(
        self,
        accuracy: GeolocatorPositionAccuracy | None = GeolocatorPositionAccuracy.BEST,
        location_settings: GeolocatorSettings | None = None,
        wait_timeout: float | None = 25,
        configuration: GeolocatorSettings | None = None,
    ) -> Awaitable[GeolocatorPosition]:
        """Where the device is now: an awaitable of a :class:`GeolocatorPosition`. The browser
        gives up after ``wait_timeout`` seconds (unless the settings say otherwise)."""
        chosen = configuration or location_settings or self.configuration
        wire = _settings(chosen) if chosen is not None else {}
        if "accuracy" not in wire and accuracy is not None:
            wire["accuracy"] = encode_value(accuracy)
        seconds = float(wait_timeout or 25)
        wire.setdefault("time_limit", {"milliseconds": int(seconds * 1000)})
        return self._invoke(
            "get_current_position",
            {"configuration": wire},
            _position_of,
            timeout=seconds + 5,
        )

    def get_last_known_position(self, wait_timeout: float | None = 25) -> Awaitable[Any]:
        raise _no_browser(
            "Geolocator.get_last_known_position()", "call get_current_position() instead."
        )

    def get_permission_status(
        self, wait_timeout: float | None = 25
    ) -> Awaitable[GeolocatorPermissionStatus | None]:
        return self._invoke("get_permission_status", None, _permission, float(wait_timeout or 25))

    def request_permission(
        self, wait_timeout: float | None = 25
    ) -> Awaitable[GeolocatorPermissionStatus | None]:
        """Ask the visitor for the position (the browser's prompt, once per site)."""
        return self._invoke("request_permission", None, _permission, float(wait_timeout or 25))

    def is_location_service_enabled(self, wait_timeout: float | None = 10) -> Awaitable[bool]:
        return self._invoke("is_location_service_enabled", None, bool, float(wait_timeout or 10))

    def open_app_settings(self, wait_timeout: float | None = 10) -> Awaitable[bool]:
        raise _no_browser(
            "Geolocator.open_app_settings()",
            "the visitor changes the site's location permission in the browser's address bar.",
        )

    def open_location_settings(self, wait_timeout: float | None = 10) -> Awaitable[bool]:
        raise _no_browser(
            "Geolocator.open_location_settings()",
            "the visitor turns location on in the system's settings.",
        )

    def distance_between(
        self,
        start_latitude: float,
        start_longitude: float,
        end_latitude: float,
        end_longitude: float,
    ) -> Awaitable[float | None]:
        """The distance in metres between two points (haversine, computed by the client)."""
        args = {
            "start_latitude": start_latitude,
            "start_longitude": start_longitude,
            "end_latitude": end_latitude,
            "end_longitude": end_longitude,
        }
        return self._invoke("distance_between", args)

    get_current_position_async = get_current_position
    get_last_known_position_async = get_last_known_position
    get_permission_status_async = get_permission_status
    request_permission_async = request_permission
    is_location_service_enabled_async = is_location_service_enabled
    open_app_settings_async = open_app_settings
    open_location_settings_async = open_location_settings


def _position_of(answer: Any) -> GeolocatorPosition:
    return GeolocatorPosition.from_client(answer) or GeolocatorPosition()


# -- PermissionHandler -----------------------------------------------------------------------


class PermissionStatus(Enum):
    GRANTED = "granted"
    DENIED = "denied"
    PERMANENTLY_DENIED = "permanentlyDenied"
    LIMITED = "limited"
    PROVISIONAL = "provisional"
    RESTRICTED = "restricted"


class PermissionType(Enum):
    ACCESS_MEDIA_LOCATION = "accessMediaLocation"
    ACCESS_NOTIFICATION_POLICY = "accessNotificationPolicy"
    ACTIVITY_RECOGNITION = "activityRecognition"
    APP_TRACKING_TRANSPARENCY = "appTrackingTransparency"
    ASSISTANT = "assistant"
    AUDIO = "audio"
    BACKGROUND_REFRESH = "backgroundRefresh"
    BLUETOOTH = "bluetooth"
    BLUETOOTH_ADVERTISE = "bluetoothAdvertise"
    BLUETOOTH_CONNECT = "bluetoothConnect"
    BLUETOOTH_SCAN = "bluetoothScan"
    CALENDAR_FULL_ACCESS = "calendarFullAccess"
    CALENDAR_WRITE_ONLY = "calendarWriteOnly"
    CAMERA = "camera"
    CONTACTS = "contacts"
    CRITICAL_ALERTS = "criticalAlerts"
    IGNORE_BATTERY_OPTIMIZATIONS = "ignoreBatteryOptimizations"
    LOCATION = "location"
    LOCATION_ALWAYS = "locationAlways"
    LOCATION_WHEN_IN_USE = "locationWhenInUse"
    MANAGE_EXTERNAL_STORAGE = "manageExternalStorage"
    MEDIA_LIBRARY = "mediaLibrary"
    MICROPHONE = "microphone"
    NEARBY_WIFI_DEVICES = "nearbyWifiDevices"
    NOTIFICATION = "notification"
    PHONE = "phone"
    PHOTOS = "photos"
    PHOTOS_ADD_ONLY = "photosAddOnly"
    REMINDERS = "reminders"
    REQUEST_INSTALL_PACKAGES = "requestInstallPackages"
    SCHEDULE_EXACT_ALARM = "scheduleExactAlarm"
    SENSORS = "sensors"
    SENSORS_ALWAYS = "sensorsAlways"
    SMS = "sms"
    SPEECH = "speech"
    STORAGE = "storage"
    SYSTEM_ALERT_WINDOW = "systemAlertWindow"
    UNKNOWN = "unknown"
    VIDEOS = "videos"


Permission = PermissionType  # Flet 1.0's name


def _permission_wire(value: Any) -> str:
    if isinstance(value, PermissionType):
        return value.value
    if isinstance(value, str) and value in PermissionType._value2member_map_:
        return value
    raise ValueError(
        f"PermissionHandler takes an ft.PermissionType, not {value!r} "
        "(e.g. ft.PermissionType.LOCATION, ft.PermissionType.MICROPHONE)"
    )


def _status(answer: Any) -> PermissionStatus | None:
    return PermissionStatus._value2member_map_.get(answer)  # type: ignore[return-value]


class PermissionHandler(_CalledService):
    """Checks and requests permissions. In a browser the answers come from the Permissions
    API: location, camera, microphone and notification have real statuses; the others are
    what the browser says for a permission it does not know (``denied``)."""

    control_type = "PermissionHandler"

    def check_permission(
        self, of: PermissionType, wait_timeout: float | None = 25
    ) -> Awaitable[PermissionStatus | None]:
        args = {"permission": _permission_wire(of)}
        return self._invoke("get_status", args, _status, float(wait_timeout or 25))

    def request_permission(
        self, of: PermissionType, wait_timeout: float | None = 25
    ) -> Awaitable[PermissionStatus | None]:
        args = {"permission": _permission_wire(of)}
        return self._invoke("request", args, _status, float(wait_timeout or 25))

    def get_status(self, permission: PermissionType) -> Awaitable[PermissionStatus | None]:
        """Flet 1.0's name of :meth:`check_permission`."""
        return self.check_permission(permission)

    def request(self, permission: PermissionType) -> Awaitable[PermissionStatus | None]:
        """Flet 1.0's name of :meth:`request_permission`."""
        return self.request_permission(permission)

    def open_app_settings(self, wait_timeout: float | None = 10) -> Awaitable[bool]:
        return self._invoke("open_app_settings", None, bool, float(wait_timeout or 10))

    check_permission_async = check_permission
    request_permission_async = request_permission
    open_app_settings_async = open_app_settings


# -- Flashlight ------------------------------------------------------------------------------

_NO_TORCH = (
    "a browser page cannot switch the device's flashlight (the Flet client supports it only "
    "in Android and iOS apps); check Flashlight.is_available() first"
)


class Flashlight(_CalledService):
    """The device's torch. Not reachable from a browser: ``is_available()`` answers
    ``False`` and switching it raises :class:`UnsupportedInBrowserError`."""

    control_type = "Flashlight"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.turned_on = False

    def is_available(self) -> Awaitable[bool]:
        return _answer(False)

    def turn_on(self, wait_timeout: float | None = 5) -> Awaitable[bool]:
        raise UnsupportedInBrowserError(f"Flashlight.turn_on(): {_NO_TORCH}.")

    def turn_off(self, wait_timeout: float | None = 5) -> Awaitable[bool]:
        raise UnsupportedInBrowserError(f"Flashlight.turn_off(): {_NO_TORCH}.")

    def toggle(self, wait_timeout: float | None = 5) -> Awaitable[bool]:
        raise UnsupportedInBrowserError(f"Flashlight.toggle(): {_NO_TORCH}.")

    on = turn_on  # Flet 1.0's names
    off = turn_off
    is_available_async = is_available
    turn_on_async = turn_on
    turn_off_async = turn_off
    toggle_async = toggle


async def _answer(value: Any) -> Any:
    return value


# -- SecureStorage ---------------------------------------------------------------------------


def _text(method: str, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(
            f"SecureStorage.{method}() stores text, not {type(value).__name__}; "
            "pass str(value), or json.dumps(value) for lists and dicts"
        )
    return value


class SecureStorage(_CalledService):
    """Key-value storage for secrets. In a browser the values are encrypted with WebCrypto and
    kept in ``localStorage`` (``web_options={"use_session_storage": True}`` for this tab's
    session only); values are text."""

    control_type = "SecureStorage"

    web_options = Prop(dict)
    ios_options = Prop(dict)
    android_options = Prop(dict)
    macos_options = Prop(dict)
    windows_options = Prop(dict)
    on_change = Event()

    def set(self, key: str, value: str) -> Awaitable[None]:
        args = {"key": _text("set", key), "value": _text("set", value)}
        return self._invoke("set", args)

    def get(self, key: str) -> Awaitable[str | None]:
        return self._invoke("get", {"key": _text("get", key)})

    def get_all(self) -> Awaitable[dict[str, str]]:
        return self._invoke("get_all", None, lambda answer: dict(answer or {}))

    def contains_key(self, key: str) -> Awaitable[bool]:
        return self._invoke("contains_key", {"key": _text("contains_key", key)}, bool)

    def remove(self, key: str) -> Awaitable[None]:
        return self._invoke("remove", {"key": _text("remove", key)})

    def clear(self) -> Awaitable[None]:
        return self._invoke("clear")

    def get_availability(self) -> Awaitable[bool | None]:
        """Whether protected data is available (Apple devices; a browser answers ``None``
        or ``True``)."""
        return self._invoke("get_availability")


# -- AudioRecorder ---------------------------------------------------------------------------


class AudioEncoder(Enum):
    AACLC = "aacLc"
    AACELD = "aacEld"
    AACHE = "aacHe"
    AMRNB = "amrNb"
    AMRWB = "amrWb"
    OPUS = "opus"
    FLAC = "flac"
    WAV = "wav"
    PCM16BITS = "pcm16bits"


@dataclass
class InputDevice:
    """A microphone the browser offers (``AudioRecorder.get_input_devices()``)."""

    id: str
    label: str


@dataclass
class AudioRecorderConfiguration:
    """How to record (Flet 1.0's shape; the async era set these on the recorder itself)."""

    encoder: AudioEncoder = AudioEncoder.WAV
    suppress_noise: bool = False
    cancel_echo: bool = False
    auto_gain: bool = False
    channels: int = 2
    sample_rate: int = 44100
    bit_rate: int = 128000
    device: InputDevice | None = None

    def to_wire(self) -> dict[str, Any]:
        wire = _wire_fields(self)
        if self.device is not None:
            wire["device"] = {"id": self.device.id, "label": self.device.label}
        return wire


def _devices(answer: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in (answer or {}).items()}


class AudioRecorder(_CalledService):
    """Records from the microphone (the browser asks the visitor first). In a browser
    ``start_recording()`` needs no path and ``stop_recording()`` gives a ``blob:`` URL of the
    recording, which ``ft.Audio(src=...)`` can play."""

    control_type = "AudioRecorder"

    # the async era's settings; sent with each start_recording as the 1.0.5 configuration
    configuration = Prop(AudioRecorderConfiguration, sent=False)
    audio_encoder = Prop(AudioEncoder, sent=False)
    suppress_noise = Prop(bool, sent=False)
    cancel_echo = Prop(bool, sent=False)
    auto_gain = Prop(bool, sent=False)
    channels_num = Prop(int, sent=False)
    sample_rate = Prop(int, sent=False)
    bit_rate = Prop(int, sent=False)

    on_state_changed = Event(wire="on_state_change")
    on_state_change = Alias("on_state_changed")  # Flet 1.0's name

    def _configuration(self) -> dict[str, Any]:
        config = self.configuration or AudioRecorderConfiguration()
        wire = config.to_wire()
        era = {
            "encoder": self.audio_encoder,
            "suppress_noise": self.suppress_noise,
            "cancel_echo": self.cancel_echo,
            "auto_gain": self.auto_gain,
            "channels": self.channels_num,
            "sample_rate": self.sample_rate,
            "bit_rate": self.bit_rate,
        }
        wire.update({k: encode_value(v) for k, v in era.items() if v is not None})
        return wire

    def start_recording(
        self,
        output_path: str | None = None,
        wait_timeout: float | None = 10,
        configuration: AudioRecorderConfiguration | None = None,
    ) -> Awaitable[bool]:
        """Start recording; an awaitable of whether it started (``False`` when the visitor
        refused the microphone). ``output_path`` means nothing in a browser."""
        wire = configuration.to_wire() if configuration is not None else self._configuration()
        args = {"output_path": output_path, "configuration": wire}
        return self._invoke("start_recording", args, bool, float(wait_timeout or 10))

    def stop_recording(self, wait_timeout: float | None = 10) -> Awaitable[str | None]:
        """Stop; an awaitable of the recording's ``blob:`` URL."""
        return self._invoke("stop_recording", None, None, float(wait_timeout or 10))

    def is_recording(self, wait_timeout: float | None = 5) -> Awaitable[bool]:
        return self._invoke("is_recording", None, bool, float(wait_timeout or 5))

    def is_paused(self, wait_timeout: float | None = 5) -> Awaitable[bool]:
        return self._invoke("is_paused", None, bool, float(wait_timeout or 5))

    def pause_recording(self) -> Awaitable[None]:
        return self._invoke("pause_recording")

    def resume_recording(self) -> Awaitable[None]:
        return self._invoke("resume_recording")

    def cancel_recording(self, wait_timeout: float | None = 5) -> Awaitable[None]:
        return self._invoke("cancel_recording", None, None, float(wait_timeout or 5))

    def is_supported_encoder(
        self, encoder: AudioEncoder, wait_timeout: float | None = 5
    ) -> Awaitable[bool]:
        args = {"encoder": encode_value(AudioEncoder(encoder))}
        return self._invoke("is_supported_encoder", args, bool, float(wait_timeout or 5))

    def get_input_devices(self, wait_timeout: float | None = 5) -> Awaitable[dict[str, str]]:
        """The microphones: ``{device id: label}``, as in Flet 0.25."""
        return self._invoke("get_input_devices", None, _devices, float(wait_timeout or 5))

    def has_permission(self, wait_timeout: float | None = 10) -> Awaitable[bool]:
        return self._invoke("has_permission", None, bool, float(wait_timeout or 10))

    start_recording_async = start_recording
    stop_recording_async = stop_recording
    is_recording_async = is_recording
    is_paused_async = is_paused
    cancel_recording_async = cancel_recording
    is_supported_encoder_async = is_supported_encoder
    get_input_devices_async = get_input_devices
    has_permission_async = has_permission
