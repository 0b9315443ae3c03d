"""``ft.WebView`` (``import flet_webview as fwv`` in 1.0): a web page inside the app.

In a browser the 1.0.5 client's WebView (flet-webview's ``webview_web.dart``) is an
``<iframe>``: it reads ``url`` once, when the view is first built, and loads it with
webview_flutter_web, which refuses an address without a scheme ("LoadRequestParams#uri is
required to have a scheme"). It registers no methods and sends no events on the web. So here:

* ``url`` must be absolute (``https://...``, ``http://127.0.0.1:8000/page.html``) or a
  ``data:`` URL; a relative path is refused in Python with :class:`WebViewUrlError`
  (:meth:`WebView.html_url` makes a ``data:`` URL of a page's HTML, e.g. one read from the
  app's assets). Changing ``url`` after the view is shown does not reload it: put a new
  ``WebView`` in its place.
* the methods of the mobile/desktop WebView (``reload``, ``go_back``, ``run_javascript``,
  ``load_html``...) raise :class:`WebViewNotSupportedOnWebError`, which says what to do.
* handlers (``on_page_started``, ``on_page_ended``, ``on_web_resource_error``...) are
  accepted, as the era's apps set them, and sent, but the web client never calls them.
* the era's ``javascript_enabled``/``enable_javascript`` and ``prevent_link`` (1.0:
  ``prevent_links``) are kept in Python: an iframe always runs the page's scripts and follows
  its links.
"""

from __future__ import annotations

import base64
from enum import StrEnum
from typing import Any, NoReturn

from flet.controls.base import ColorProp, LayoutControl, StrProp
from flet.core.props import Event, Prop, PropertyError

__all__ = [
    "JavaScriptMode",
    "LogLevelSeverity",
    "RequestMethod",
    "WebView",
    "WebViewNotSupportedOnWebError",
    "WebViewUrlError",
    "WebviewLogLevelSeverity",
    "WebviewRequestMethod",
]

#: schemes an iframe loads without a server of the app's own
_SCHEMES = ("http:", "https:", "data:", "blob:", "about:")


class WebViewUrlError(PropertyError):
    """``WebView.url`` is not an address the browser client can load."""


class WebViewNotSupportedOnWebError(RuntimeError):
    """A WebView method the browser client (an iframe) does not have."""


class RequestMethod(StrEnum):
    GET = "get"
    POST = "post"


class LogLevelSeverity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    DEBUG = "debug"
    INFO = "info"
    LOG = "log"


class JavaScriptMode(StrEnum):
    UNRESTRICTED = "unrestricted"
    DISABLED = "disabled"


# the era's (0.25) names
WebviewRequestMethod = RequestMethod
WebviewLogLevelSeverity = LogLevelSeverity


def _check_url(url: Any) -> str:
    if not isinstance(url, str) or not url.strip():
        raise WebViewUrlError(f"WebView needs url='https://...', not {url!r}")
    if not url.strip().lower().startswith(_SCHEMES):
        raise WebViewUrlError(
            f"WebView.url {url!r} has no scheme: in the browser the WebView is an iframe that "
            "loads only absolute addresses. Pass 'https://...' (or http://), or for a page of "
            "your own pass ft.WebView.html_url(html_text) (a data: URL of its HTML)."
        )
    return url


class WebView(LayoutControl):
    """Shows the page at ``url`` (in the browser: an iframe)."""

    control_type = "WebView"
    positional = ("url",)

    url = Prop(str, decode=_check_url)
    bgcolor = ColorProp()
    prevent_links = Prop(list)
    on_page_started = Event()
    on_page_ended = Event()
    on_web_resource_error = Event()
    on_progress = Event()
    on_url_change = Event()
    on_scroll = Event()
    on_console_message = Event()
    on_javascript_alert_dialog = Event()
    # the era's settings an iframe cannot honour (kept, never sent)
    javascript_enabled = Prop(bool, sent=False)
    enable_javascript = Prop(bool, sent=False)
    prevent_link = StrProp(sent=False)

    def before_update(self) -> None:
        _check_url(self.url)  # set, and absolute (a relative one was refused when set)

    @staticmethod
    def html_url(html: str) -> str:
        """A ``data:`` URL of ``html``, for ``WebView(url=...)`` of a page of your own."""
        data = base64.b64encode(html.encode("utf-8")).decode("ascii")
        return f"data:text/html;charset=utf-8;base64,{data}"

    # -- the mobile/desktop WebView's methods: none of them exists in the browser ----------

    def _unsupported(self, name: str) -> NoReturn:
        raise WebViewNotSupportedOnWebError(
            f"WebView.{name}() is not available in the browser: there the WebView is an "
            "iframe and the Flet 1.0.5 web client gives it no methods. To show another page, "
            "replace the WebView with ft.WebView(url=...) and update the page."
        )

    def reload(self) -> NoReturn:
        self._unsupported("reload")

    def can_go_back(self, wait_timeout: Any = None) -> NoReturn:
        self._unsupported("can_go_back")

    def can_go_forward(self, wait_timeout: Any = None) -> NoReturn:
        self._unsupported("can_go_forward")

    def go_back(self) -> NoReturn:
        self._unsupported("go_back")

    def go_forward(self) -> NoReturn:
        self._unsupported("go_forward")

    def enable_zoom(self) -> NoReturn:
        self._unsupported("enable_zoom")

    def disable_zoom(self) -> NoReturn:
        self._unsupported("disable_zoom")

    def clear_cache(self) -> NoReturn:
        self._unsupported("clear_cache")

    def clear_local_storage(self) -> NoReturn:
        self._unsupported("clear_local_storage")

    def get_current_url(self, wait_timeout: Any = None) -> NoReturn:
        self._unsupported("get_current_url")

    def get_title(self, wait_timeout: Any = None) -> NoReturn:
        self._unsupported("get_title")

    def get_user_agent(self, wait_timeout: Any = None) -> NoReturn:
        self._unsupported("get_user_agent")

    def load_file(self, path: str) -> NoReturn:
        self._unsupported("load_file")

    def load_request(self, url: str, method: Any = None) -> NoReturn:
        self._unsupported("load_request")

    def run_javascript(self, value: str) -> NoReturn:
        self._unsupported("run_javascript")

    def load_html(self, value: str, base_url: str | None = None) -> NoReturn:
        self._unsupported("load_html")

    def scroll_to(self, x: int, y: int) -> NoReturn:
        self._unsupported("scroll_to")

    def scroll_by(self, x: int, y: int) -> NoReturn:
        self._unsupported("scroll_by")

    def set_javascript_mode(self, mode: Any) -> NoReturn:
        self._unsupported("set_javascript_mode")
