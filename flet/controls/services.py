"""Page services (protocol §11): non-visual controls in the page's service registry.

A service control is registered by putting it in the registry's ``_services`` list (the page
does that on first use, see ``Page._service``); its methods are then invoked on the client.
On top of them sit the async-era page APIs: :class:`ClientStorage` (``page.client_storage``),
``page.set_clipboard``/``get_clipboard`` and ``page.launch_url`` (in ``page.py``), and the
Python-only :class:`SessionStorage` (``page.session``).

The browser never lets Python wait synchronously (no threads in Pyodide), so
``page.client_storage`` reads from a mirror of the stored values that the session loads from
the browser before ``main`` runs when the app's code uses ``client_storage`` (and otherwise on
first use); writes update the mirror at once and go through to the browser. Values are stored
as JSON text, as Flet 0.25 did, so dicts and lists round-trip.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from flet.core.control import Control

if TYPE_CHECKING:
    from flet.controls.page import UpdateSink

__all__ = [
    "ClientStorage",
    "ClientStorageError",
    "Clipboard",
    "DeviceInfo",
    "Service",
    "SessionStorage",
    "SharedPreferences",
    "UrlLauncher",
]


class Service(Control):
    """Base of service controls: they live in the page's service registry."""

    service: ClassVar[bool] = True


class SharedPreferences(Service):
    """Persistent key-value storage (``localStorage`` in the browser)."""

    control_type = "SharedPreferences"


class Clipboard(Service):
    control_type = "Clipboard"


class UrlLauncher(Service):
    control_type = "UrlLauncher"


class ClientStorageError(TypeError):
    """A value ``client_storage`` cannot store."""


class DeviceInfo:
    """``page.get_device_info()``: the browser's answer; keys read as attributes."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = dict(data)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["data"][name]
        except KeyError:
            raise AttributeError(f"DeviceInfo has no {name!r}") from None

    def __repr__(self) -> str:
        return f"DeviceInfo({self.data!r})"


def _encode(key: str, value: Any) -> str:
    try:
        return json.dumps(value, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ClientStorageError(
            f"client_storage cannot store {type(value).__name__} under {key!r} ({exc}); "
            "store str, int, float, bool, None, or lists and dicts of those."
        ) from None


def _decode(raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw  # stored by other code as a plain bool, number or list
    try:
        return json.loads(raw)
    except ValueError:
        return raw


class ClientStorage:
    """``page.client_storage``: get/set/contains_key/remove/get_keys/clear and ``_async`` twins.

    The sync methods use the mirror; the ``_async`` ones ask the browser (and refresh the
    mirror), so they also see values another tab wrote since.
    """

    def __init__(self, page: PageServices, sink: UpdateSink) -> None:
        self._page = page
        self._sink = sink
        self._raw: dict[str, Any] = {}
        self._written: set[str] = set()
        self._loading: Awaitable[Any] | None = None
        self._cleared = False
        self.loaded = False

    # -- the mirror ------------------------------------------------------------------------

    def ensure_loading(self) -> Awaitable[Any]:
        """Start loading the browser's values into the mirror (once); awaitable."""
        if self._loading is None:
            self._loading = self._sink.run_task(self._load())
        return self._loading

    async def _load(self) -> None:
        keys = await self._call("get_keys", {"key_prefix": ""}) or []
        calls = [(k, self._call("get", {"key": k})) for k in keys if k not in self._written]
        for key, call in calls:
            raw = await call
            if not self._cleared and key not in self._written:
                self._raw[key] = raw
        self.loaded = True

    def _call(self, name: str, args: dict[str, Any] | None = None) -> Awaitable[Any]:
        prefs = self._page._service(SharedPreferences)
        return self._sink.call_method(prefs, name, args)

    def _read(self) -> dict[str, Any]:
        if not self.loaded:
            warnings.warn(
                "page.client_storage was read before the browser's stored values arrived; "
                "use 'await page.client_storage.get_async(key)' here",
                RuntimeWarning,
                stacklevel=3,
            )
        return self._raw

    def _write(self, key: str, raw: Any) -> None:
        self._written.add(key)
        if raw is None:
            self._raw.pop(key, None)
        else:
            self._raw[key] = raw

    # -- sync API (mirror) -----------------------------------------------------------------

    def get(self, key: str) -> Any:
        return _decode(self._read().get(key))

    def contains_key(self, key: str) -> bool:
        return key in self._read()

    def get_keys(self, key_prefix: str = "") -> list[str]:
        return [k for k in self._read() if k.startswith(key_prefix)]

    def set(self, key: str, value: Any) -> bool:
        raw = _encode(key, value)
        self._write(key, raw)
        self._call("set", {"key": key, "value": raw})
        return True

    def remove(self, key: str) -> bool:
        existed = key in self._raw
        self._write(key, None)
        self._call("remove", {"key": key})
        return existed

    def clear(self) -> bool:
        self._cleared = True
        self._raw.clear()
        self._call("clear")
        return True

    # -- async API (the browser) -----------------------------------------------------------

    async def get_async(self, key: str) -> Any:
        raw = await self._call("get", {"key": key})
        self._write(key, raw)
        return _decode(raw)

    async def set_async(self, key: str, value: Any) -> bool:
        raw = _encode(key, value)
        self._write(key, raw)
        return bool(await self._call("set", {"key": key, "value": raw}))

    async def contains_key_async(self, key: str) -> bool:
        return bool(await self._call("contains_key", {"key": key}))

    async def remove_async(self, key: str) -> bool:
        self._write(key, None)
        return bool(await self._call("remove", {"key": key}))

    async def get_keys_async(self, key_prefix: str = "") -> list[str]:
        return list(await self._call("get_keys", {"key_prefix": key_prefix}) or [])

    async def clear_async(self) -> bool:
        self._cleared = True
        self._raw.clear()
        return bool(await self._call("clear"))


class SessionStorage:
    """``page.session``: values kept in Python for as long as the session runs."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value

    def get(self, key: str) -> Any:
        return self._values.get(key)

    def contains_key(self, key: str) -> bool:
        return key in self._values

    def remove(self, key: str) -> None:
        self._values.pop(key, None)

    def get_keys(self) -> list[str]:
        return list(self._values)

    def clear(self) -> None:
        self._values.clear()


S = TypeVar("S", bound=Service)


def _given(**args: Any) -> dict[str, Any]:
    return {k: v for k, v in args.items() if v is not None}


class PageServices:
    """The page's service API (a part of :class:`~flet.controls.page.Page`).

    A method that needs the browser's answer returns an awaitable: ``await
    page.get_clipboard()`` in an ``async def`` handler. A sync handler cannot wait for the
    browser (no threads in Pyodide); calls whose result it ignores (``page.set_clipboard``,
    ``page.launch_url``) still run.
    """

    _session: UpdateSink
    _managed: list[Service]
    _client_storage: ClientStorage | None
    _session_storage: SessionStorage

    def adopt(self, service: Service) -> None:
        """A service the app uses without having added it to the page joins the page's
        services (as apps of the Flet 1.0 style use them)."""
        if service.page is None and service not in self._managed:
            self._managed.append(service)

    def _service(self, kind: type[S]) -> S:
        """The page's own instance of service ``kind``, registered on first use."""
        for service in self._managed:
            if type(service) is kind:
                return service
        created = kind()
        self._managed.append(created)
        return created

    @property
    def client_storage(self) -> ClientStorage:
        """The browser's persistent key-value storage (``localStorage``), read from a mirror
        loaded when the session starts; writes go through to the browser."""
        if self._client_storage is None:
            self._client_storage = ClientStorage(self, self._session)
        self._client_storage.ensure_loading()
        return self._client_storage

    @property
    def session(self) -> SessionStorage:
        """Key-value storage that lives as long as this session (Python only)."""
        return self._session_storage

    def set_clipboard(self, value: str, wait_timeout: float | None = 10) -> Awaitable[Any]:
        clipboard = self._service(Clipboard)
        return self._session.call_method(clipboard, "set", {"data": value}, wait_timeout or 10)

    def get_clipboard(self, wait_timeout: float | None = 10) -> Awaitable[Any]:
        """An awaitable of the clipboard's text: ``await page.get_clipboard()`` (a handler
        cannot wait for the browser without ``await``; see docs)."""
        return self._session.call_method(self._service(Clipboard), "get", None, wait_timeout or 10)

    set_clipboard_async = set_clipboard
    get_clipboard_async = get_clipboard

    def launch_url(
        self,
        url: str,
        web_window_name: str | None = None,
        web_popup_window: bool | None = False,
        window_width: int | None = None,
        window_height: int | None = None,
    ) -> Awaitable[Any]:
        """Open ``url`` (a new tab by default; ``web_window_name="_self"`` for this one)."""
        launcher = self._service(UrlLauncher)
        if web_popup_window:
            args = _given(url=url, width=window_width, height=window_height)
            return self._session.call_method(launcher, "open_window", args)
        args = _given(url=url, mode="platformDefault", web_only_window_name=web_window_name)
        return self._session.call_method(launcher, "launch_url", args)

    launch_url_async = launch_url

    def can_launch_url(self, url: str) -> Awaitable[Any]:
        return self._session.call_method(self._service(UrlLauncher), "can_launch_url", {"url": url})

    def close_in_app_web_view(self) -> Awaitable[Any]:
        launcher = self._service(UrlLauncher)
        return self._session.call_method(launcher, "close_in_app_web_view")

    can_launch_url_async = can_launch_url
    close_in_app_web_view_async = close_in_app_web_view

    async def get_device_info(self) -> DeviceInfo:
        """What the browser says about itself (``browser_name``, ``user_agent``, ...)."""
        return DeviceInfo(
            await self._session.call_method(cast(Control, self), "get_device_info") or {}
        )
