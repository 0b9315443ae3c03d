"""``import flet_webview as fwv``: Flet 1.0's name of the WebView package (``ft.WebView``)."""

from flet.controls.webview import *  # noqa: F403
from flet.controls.webview import __all__ as __all__
