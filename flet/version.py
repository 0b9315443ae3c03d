"""``flet.version.version``: the version string apps of the async era print or compare.

It is flet-pwa's own version (``flet.__version__``); the Flet API it follows is that of
Flet 0.21-0.25, drawn by the Flet 1.0.5 web client. (``flet`` imports this module only when
an app asks for it, so ``flet`` is complete by then.)
"""

from flet import __version__ as version

__all__ = ["version"]
