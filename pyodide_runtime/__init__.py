"""The in-browser runtime: the Web Worker that runs the app in Pyodide and the page bridge.

Dependency rule: ``flet`` (sessions, transports, the runner seam), ``js`` and ``pyodide``; the
``js``/``pyodide`` imports happen only when a packet is converted, so everything here imports on
plain CPython too and is tested there with fakes.

* ``bootstrap.start(app_module, post_packet)``: run the app's module under a runner that serves
  its ``main`` over a ``PostMessageTransport`` (called by ``js/worker.mjs``).
* ``transport.PostMessageTransport``: packets as transferable ``Uint8Array``s.
* ``errors``: typed start-up errors whose first line is what the client's error card shows.
* ``js/``: ``bridge.js`` (page), ``worker.mjs`` (module worker), ``rive_native.js`` (stand-in);
  the publisher copies them to the site's ``flet-pwa/`` folder.
"""

from pyodide_runtime.bootstrap import start
from pyodide_runtime.errors import (
    AppCrashed,
    AppImportError,
    AppNotStarted,
    AppStartError,
    AppSyntaxError,
)
from pyodide_runtime.transport import PostMessageTransport

__all__ = [
    "AppCrashed",
    "AppImportError",
    "AppNotStarted",
    "AppStartError",
    "AppSyntaxError",
    "PostMessageTransport",
    "start",
]
