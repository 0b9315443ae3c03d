"""Which files of the flet-web 1.0.5 wheel a site needs, per web renderer.

Derived from the loader in the wheel's `flutter_bootstrap.js` (flutter.js inlined):

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

from .options import WebRenderer

__all__ = [
    "CANVASKIT_FILES",
    "COMMON_DIRS",
    "COMMON_FILES",
    "PYODIDE_CORE",
    "SKWASM_FILES",
    "WEB_PREFIX",
    "chromium_engine_files",
    "engine_variants",
    "renderer_files",
    "site_path",
]

WEB_PREFIX = "flet_web/web/"
COMMON_FILES = ("flutter_bootstrap.js", "favicon.png")
COMMON_DIRS = ("assets/", "icons/")
CANVASKIT_FILES = (
    "main.dart.js",
    "canvaskit/canvaskit.js",
    "canvaskit/canvaskit.wasm",
    "canvaskit/chromium/canvaskit.js",
    "canvaskit/chromium/canvaskit.wasm",
)
SKWASM_FILES = (
    "main.dart.mjs",
    "main.dart.wasm",
    "canvaskit/skwasm.js",
    "canvaskit/skwasm.wasm",
    "canvaskit/skwasm_heavy.js",
    "canvaskit/skwasm_heavy.wasm",
)
# Pyodide 314.0.7 as shipped in the same wheel, copied to the site's pyodide/ folder.
PYODIDE_CORE = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
PYODIDE_LOCK = "pyodide/pyodide-lock.json"
FONT_MANIFEST = "assets/FontManifest.json"
ROBOTO = {"family": "Roboto", "fonts": [{"asset": "fonts/roboto.woff2"}]}


def renderer_files(renderer: WebRenderer) -> tuple[str, ...]:
    """Engine and entry files (site paths) that `renderer` may load in some browser."""
    if renderer == "canvaskit":
        return CANVASKIT_FILES
    if renderer == "skwasm":
        return SKWASM_FILES
    return SKWASM_FILES + CANVASKIT_FILES


def chromium_engine_files(renderer: WebRenderer) -> tuple[str, ...]:
    """The engine files a cold load in desktop Chrome (secure context) actually fetches."""
    if renderer == "canvaskit":
        return (
            "main.dart.js",
            "canvaskit/chromium/canvaskit.js",
            "canvaskit/chromium/canvaskit.wasm",
        )
    return ("main.dart.mjs", "main.dart.wasm", "canvaskit/skwasm.js", "canvaskit/skwasm.wasm")


def engine_variants(renderer: WebRenderer) -> dict[str, tuple[str, ...]]:
    """The engine files each browser loads, by variant key, for the variants `renderer` allows.

    The keys are what `pyodide_runtime/js/pwa.js` computes in the browser with the same tests
    as the loader: `canvaskit-chromium` / `canvaskit-full` (dart2js with CanvasKit's Chromium
    variant or the full one), `skwasm` / `skwasm-heavy` (dart2wasm with skwasm or its fallback).
    """
    canvaskit: dict[str, tuple[str, ...]] = {
        "canvaskit-chromium": (
            "main.dart.js",
            "canvaskit/chromium/canvaskit.js",
            "canvaskit/chromium/canvaskit.wasm",
        ),
        "canvaskit-full": ("main.dart.js", "canvaskit/canvaskit.js", "canvaskit/canvaskit.wasm"),
    }
    skwasm: dict[str, tuple[str, ...]] = {
        "skwasm": (
            "main.dart.mjs",
            "main.dart.wasm",
            "canvaskit/skwasm.js",
            "canvaskit/skwasm.wasm",
        ),
        "skwasm-heavy": (
            "main.dart.mjs",
            "main.dart.wasm",
            "canvaskit/skwasm_heavy.js",
            "canvaskit/skwasm_heavy.wasm",
        ),
    }
    if renderer == "canvaskit":
        return canvaskit
    if renderer == "skwasm":
        return skwasm
    return skwasm | canvaskit


def site_path(wheel_name: str, renderer: WebRenderer) -> str | None:
    """Where a wheel member goes in the site, or None when the site does not need it."""
    if not wheel_name.startswith(WEB_PREFIX) or wheel_name.endswith("/"):
        return None
    rel = wheel_name[len(WEB_PREFIX) :]
    if rel.endswith(".symbols"):
        return None
    if rel in COMMON_FILES or rel in renderer_files(renderer) or rel.startswith(COMMON_DIRS):
        return rel
    if rel.startswith("pyodide/") and rel[len("pyodide/") :] in PYODIDE_CORE:
        return rel
    return None
