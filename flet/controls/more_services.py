"""HapticFeedback, Share, Wakelock, Battery and Connectivity: services of the 1.0.5 client.

As with :class:`~flet.FilePicker`, an app of the async era puts ``ft.HapticFeedback()`` in
``page.overlay`` and calls ``hf.heavy_impact()`` from a sync handler; the page moves service
controls from the overlay to its service registry, where the client runs their methods. A
service used before it was added joins the page it is used from.

Each method starts its call on the client at once and returns an awaitable of the answer:
a sync handler may ignore it, an ``async`` one writes ``level = await
battery.get_battery_level()``. Share, Wakelock, Battery and Connectivity did not exist in the
async era; they keep the Flet 1.0.5 names. In a browser, vibration needs a device that
vibrates, the battery level is ``None`` where the browser has no Battery API, and the
connection kinds are what the browser reports.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flet.controls.base import call_client
from flet.controls.services import Service
from flet.core.control import current_page
from flet.core.props import Event
from flet.core.snapshot import encode_value
from flet.events.controls import BatteryState, ConnectivityType, connectivity_types

__all__ = [
    "Battery",
    "Connectivity",
    "HapticFeedback",
    "Share",
    "ShareFile",
    "ShareResult",
    "ShareResultStatus",
    "Wakelock",
]


class _CalledService(Service):
    """A service whose methods run on the client and may be called from sync code."""

    def _invoke(
        self,
        name: str,
        args: dict[str, Any] | None = None,
        convert: Callable[[Any], Any] | None = None,
        timeout: float = 10.0,
    ) -> Awaitable[Any]:
        page = self.page or current_page.get()
        call = call_client(self, name, args, timeout, add_with="page.overlay.append(...)")
        page.adopt(self)  # used without being added: it joins the page
        if convert is None:
            return call
        return page.run_task(_converted, call, convert)  # type: ignore[no-any-return]


async def _converted(call: Awaitable[Any], convert: Callable[[Any], Any]) -> Any:
    return convert(await call)


class HapticFeedback(_CalledService):
    """Vibrates the device: ``heavy_impact()``, ``medium_impact()``, ``light_impact()``,
    ``vibrate()`` and ``selection_click()``."""

    control_type = "HapticFeedback"

    def heavy_impact(self) -> Awaitable[None]:
        return self._invoke("heavy_impact")

    def medium_impact(self) -> Awaitable[None]:
        return self._invoke("medium_impact")

    def light_impact(self) -> Awaitable[None]:
        return self._invoke("light_impact")

    def vibrate(self) -> Awaitable[None]:
        return self._invoke("vibrate")

    def selection_click(self) -> Awaitable[None]:
        return self._invoke("selection_click")

    heavy_impact_async = heavy_impact
    medium_impact_async = medium_impact
    light_impact_async = light_impact
    vibrate_async = vibrate
    selection_click_async = selection_click


class ShareResultStatus(StrEnum):
    SUCCESS = "success"
    DISMISSED = "dismissed"
    UNAVAILABLE = "unavailable"


@dataclass
class ShareResult:
    """How a share ended: ``status`` and the platform's own ``raw`` answer."""

    status: ShareResultStatus | None
    raw: str | None = None


def _share_result(answer: Any) -> ShareResult:
    if not isinstance(answer, dict):
        return ShareResult(None, None)
    status = ShareResultStatus._value2member_map_.get(answer.get("status"))
    raw = answer.get("raw")
    return ShareResult(status, raw if isinstance(raw, str) else None)  # type: ignore[arg-type]


@dataclass
class ShareFile:
    """A file to share: its ``data`` (bytes; a browser page has no paths to share from) or a
    ``path``, with an optional ``mime_type`` and ``name``."""

    path: str | None = None
    data: bytes | None = None
    mime_type: str | None = None
    name: str | None = None

    def __post_init__(self) -> None:
        if self.path is None and self.data is None:
            raise ValueError("ShareFile needs data=b'...' (the file's contents) or path=...")
        if self.data is not None and not isinstance(self.data, bytes | bytearray):
            raise TypeError(f"ShareFile.data takes bytes, not {type(self.data).__name__}")

    @staticmethod
    def from_bytes(
        data: bytes, *, mime_type: str | None = None, name: str | None = None
    ) -> ShareFile:
        return ShareFile(data=data, mime_type=mime_type, name=name)

    @staticmethod
    def from_path(path: str, *, name: str | None = None) -> ShareFile:
        return ShareFile(path=path, name=name)

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {"path": self.path, "mime_type": self.mime_type, "name": self.name}
        if self.data is not None:
            wire["data"] = bytes(self.data)
        return {k: v for k, v in wire.items() if v is not None}


def _share_args(
    *,
    text: str | None = None,
    uri: str | None = None,
    title: str | None = None,
    subject: str | None = None,
    files: list[ShareFile] | None = None,
    preview_thumbnail: ShareFile | None = None,
    share_position_origin: Any = None,
    download_fallback_enabled: bool = True,
    mail_to_fallback_enabled: bool = True,
    excluded_cupertino_activities: Iterable[Any] | None = None,
) -> dict[str, Any]:
    args: dict[str, Any] = {"text": text, "uri": uri, "title": title, "subject": subject}
    if files is not None:
        args["files"] = [f.to_wire() for f in files]
    if preview_thumbnail is not None:
        args["preview_thumbnail"] = preview_thumbnail.to_wire()
    if share_position_origin is not None:
        args["share_position_origin"] = encode_value(share_position_origin)
    args["download_fallback_enabled"] = bool(download_fallback_enabled)
    args["mail_to_fallback_enabled"] = bool(mail_to_fallback_enabled)
    if excluded_cupertino_activities:
        args["excluded_cupertino_activities"] = [
            getattr(a, "value", a) for a in excluded_cupertino_activities
        ]
    return {k: v for k, v in args.items() if v is not None}


class Share(_CalledService):
    """The browser's share sheet (Web Share; where there is none, text goes by mail or a
    download): ``share_text``, ``share_uri`` and ``share_files``, each giving a
    :class:`ShareResult`."""

    control_type = "Share"

    def share_text(
        self,
        text: str,
        *,
        title: str | None = None,
        subject: str | None = None,
        preview_thumbnail: ShareFile | None = None,
        share_position_origin: Any = None,
        download_fallback_enabled: bool = True,
        mail_to_fallback_enabled: bool = True,
        excluded_cupertino_activities: Iterable[Any] | None = None,
    ) -> Awaitable[ShareResult]:
        if not isinstance(text, str):
            raise TypeError(f"Share.share_text() takes the text as str, not {type(text).__name__}")
        args = _share_args(
            text=text,
            title=title,
            subject=subject,
            preview_thumbnail=preview_thumbnail,
            share_position_origin=share_position_origin,
            download_fallback_enabled=download_fallback_enabled,
            mail_to_fallback_enabled=mail_to_fallback_enabled,
            excluded_cupertino_activities=excluded_cupertino_activities,
        )
        return self._invoke("share_text", args, _share_result)

    def share_uri(
        self,
        uri: str,
        *,
        share_position_origin: Any = None,
        excluded_cupertino_activities: Iterable[Any] | None = None,
    ) -> Awaitable[ShareResult]:
        if not isinstance(uri, str):
            raise TypeError(f"Share.share_uri() takes the address as str, not {type(uri).__name__}")
        args = _share_args(
            uri=uri,
            share_position_origin=share_position_origin,
            excluded_cupertino_activities=excluded_cupertino_activities,
        )
        return self._invoke("share_uri", args, _share_result)

    def share_files(
        self,
        files: list[ShareFile],
        *,
        title: str | None = None,
        text: str | None = None,
        subject: str | None = None,
        preview_thumbnail: ShareFile | None = None,
        share_position_origin: Any = None,
        download_fallback_enabled: bool = True,
        mail_to_fallback_enabled: bool = True,
        excluded_cupertino_activities: Iterable[Any] | None = None,
    ) -> Awaitable[ShareResult]:
        files = list(files or [])
        if not files:
            raise ValueError(
                "Share.share_files() needs at least one file: "
                "share_files([ft.ShareFile.from_bytes(b'...', name='a.txt')])"
            )
        wrong = [f for f in files if not isinstance(f, ShareFile)]
        if wrong:
            raise TypeError(
                f"Share.share_files() takes ft.ShareFile items, not {type(wrong[0]).__name__}; "
                "wrap bytes with ft.ShareFile.from_bytes(data, name=...)"
            )
        args = _share_args(
            files=files,
            title=title,
            text=text,
            subject=subject,
            preview_thumbnail=preview_thumbnail,
            share_position_origin=share_position_origin,
            download_fallback_enabled=download_fallback_enabled,
            mail_to_fallback_enabled=mail_to_fallback_enabled,
            excluded_cupertino_activities=excluded_cupertino_activities,
        )
        return self._invoke("share_files", args, _share_result)

    share_text_async = share_text
    share_uri_async = share_uri
    share_files_async = share_files


class Wakelock(_CalledService):
    """Keeps the screen on while enabled (the browser's Screen Wake Lock)."""

    control_type = "Wakelock"

    def enable(self) -> Awaitable[None]:
        return self._invoke("enable")

    def disable(self) -> Awaitable[None]:
        return self._invoke("disable")

    def is_enabled(self) -> Awaitable[bool]:
        return self._invoke("is_enabled", None, bool)

    enable_async = enable
    disable_async = disable
    is_enabled_async = is_enabled


def _battery_state(answer: Any) -> BatteryState:
    return BatteryState._value2member_map_.get(answer, BatteryState.UNKNOWN)  # type: ignore[return-value]


def _level(answer: Any) -> int | None:
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        return None
    return int(answer)


class Battery(_CalledService):
    """The device's battery: ``get_battery_level()`` (percent, ``None`` if the browser does
    not tell), ``get_battery_state()``; ``on_state_change`` gets ``e.state``."""

    control_type = "Battery"

    on_state_change = Event()

    def get_battery_level(self) -> Awaitable[int | None]:
        return self._invoke("get_battery_level", None, _level)

    def get_battery_state(self) -> Awaitable[BatteryState]:
        return self._invoke("get_battery_state", None, _battery_state)

    def is_in_battery_save_mode(self) -> Awaitable[bool]:
        return self._invoke("is_in_battery_save_mode", None, bool)

    get_battery_level_async = get_battery_level
    get_battery_state_async = get_battery_state
    is_in_battery_save_mode_async = is_in_battery_save_mode


class Connectivity(_CalledService):
    """The kinds of network connection up now (``get_connectivity()``, a list of
    :class:`ConnectivityType`); ``on_change`` gets ``e.connectivity`` when they change."""

    control_type = "Connectivity"

    on_change = Event()

    def get_connectivity(self) -> Awaitable[list[ConnectivityType]]:
        return self._invoke("get_connectivity", None, connectivity_types)

    get_connectivity_async = get_connectivity
