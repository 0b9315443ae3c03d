"""Which files of the flet-web 1.0.5 wheel a site needs, per web renderer, and where they go.

The engine variants themselves are listed in `layout` (one place for the site's file names);
this module maps the wheel's members onto them. From the wheel's `flutter_bootstrap.js`:

* `webRenderer: "canvaskit"` selects the dart2js build, `main.dart.js`. Its CanvasKit loader
  takes `canvaskit/chromium/canvaskit.{js,wasm}` when the browser has
  `Intl.v8BreakIterator`, `Intl.Segmenter` and `ImageDecoder` (Chromium family, secure
  context) and the full `canvaskit/canvaskit.{js,wasm}` elsewhere (Firefox, Safari, or
  Chromium over plain http where `ImageDecoder` is missing). Both variants are shipped;
  Chromium's variant is the smaller one and is what a cold load in Chrome fetches.
* `webRenderer: "skwasm"` selects the dart2wasm build, `main.dart.mjs` + `main.dart.wasm`,
  and loads `canvaskit/skwasm.{js,wasm}`, or `canvaskit/skwasm_heavy.{js,wasm}` when
  `ImageDecoder` or the Chromium break iterators are missing (its fallback). `wimp` is used
  only with `enableWimp`, which our config never sets. The loader allows this build only in
  Chromium-family browsers with WasmGC and WebGL; elsewhere the page fails to start.
* `webRenderer: "auto"` picks skwasm where it is allowed and dart2js/CanvasKit otherwise, so
  it needs both sets.

Never shipped: `*.js.symbols` (debug symbols), `wimp.*`, `experimental_webparagraph/`,
`flutter.js` (inlined in the bootstrap), the client's own `index.html`, `manifest.json`,
`python.js`, `python-worker.js`, `flutter_service_worker.js` (it unregisters every service
worker of the scope), `version.json`, and from `pyodide/` everything but the four core files.
"""

from __future__ import annotations

from .layout import PYODIDE_CORE, PYODIDE_DIR, PYODIDE_LOCK, renderer_files
from .options import WebRenderer

__all__ = [
    "COMMON_DIRS",
    "COMMON_FILES",
    "FONT_MANIFEST",
    "PYODIDE_CORE",
    "PYODIDE_LOCK",
    "ROBOTO",
    "WEB_PREFIX",
    "renderer_files",
    "site_path",
]

WEB_PREFIX = "flet_web/web/"
COMMON_FILES = ("flutter_bootstrap.js", "favicon.png")
COMMON_DIRS = ("assets/", "icons/")
FONT_MANIFEST = "assets/FontManifest.json"
ROBOTO = {"family": "Roboto", "fonts": [{"asset": "fonts/roboto.woff2"}]}


def site_path(wheel_name: str, renderer: WebRenderer) -> str | None:
    """Where a wheel member goes in the site, or None when the site does not need it."""
    if not wheel_name.startswith(WEB_PREFIX) or wheel_name.endswith("/"):
        return None
    rel = wheel_name[len(WEB_PREFIX) :]
    if rel.endswith(".symbols"):
        return None
    if rel in COMMON_FILES or rel in renderer_files(renderer) or rel.startswith(COMMON_DIRS):
        return rel
    folder, _, name = rel.partition("/")
    if folder == PYODIDE_DIR and name in PYODIDE_CORE:
        return rel
    return None
