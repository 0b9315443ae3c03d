"""The layout of a published site: where each file is, and which engine files each browser loads.

Every stage that writes, lists, precaches or measures a site's files names them from here, so a
file moves in one place. The paths are site paths (relative to the site's root, `/`-separated).

Engine variants: Flutter's loader (the wheel's `flutter_bootstrap.js`, flutter.js inlined)
picks one set of engine files per browser. `webRenderer: "canvaskit"` is the dart2js build
(`main.dart.js`) with CanvasKit's Chromium variant where the browser has `Intl.v8BreakIterator`,
`Intl.Segmenter` and `ImageDecoder` (Chromium family, secure context) and the full CanvasKit
elsewhere; `"skwasm"` is the dart2wasm build (`main.dart.mjs` + `main.dart.wasm`) with skwasm,
or skwasm_heavy where `ImageDecoder` or the break iterators are missing, allowed only in
Chromium-family browsers with WasmGC and WebGL; `"auto"` allows both (skwasm where it can run).
The variant keys are what `pyodide_runtime/js/pwa.js` computes in the browser with the
loader's own tests.
"""

from __future__ import annotations

from typing import Final

from .options import WebRenderer

__all__ = [
    "APP_ARCHIVE",
    "CHROMIUM_ENGINE",
    "ENGINES",
    "INDEX",
    "MANIFEST",
    "NOT_FOUND",
    "PYODIDE_CORE",
    "PYODIDE_DIR",
    "PYODIDE_LOADER",
    "PYODIDE_LOCK",
    "PYODIDE_STDLIB",
    "RUNTIME_DIR",
    "SERVICE_WORKER",
    "SNAPSHOT",
    "SNAPSHOT_HEAP",
    "VERSION_FILE",
    "WORKER",
    "chromium_engine",
    "chromium_engine_files",
    "engine_variants",
    "renderer_files",
]

# --- the page and its PWA files -----------------------------------------------------------------
INDEX: Final = "index.html"
NOT_FOUND: Final = "404.html"  # a copy of index.html, for hosts that answer unknown paths with it
MANIFEST: Final = "manifest.json"
SERVICE_WORKER: Final = "sw.js"
VERSION_FILE: Final = "version.json"
APP_ARCHIVE: Final = "app.zip"

# --- flet-pwa's runtime scripts (pyodide_runtime/js) ----------------------------------------------
RUNTIME_DIR: Final = "flet-pwa"
WORKER: Final = f"{RUNTIME_DIR}/worker.mjs"

# --- Pyodide 314.0.7, as the flet-web wheel ships it, plus what the publish adds ------------------
PYODIDE_DIR: Final = "pyodide"
PYODIDE_CORE: Final = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
PYODIDE_LOADER: Final = f"{PYODIDE_DIR}/pyodide.mjs"
PYODIDE_STDLIB: Final = f"{PYODIDE_DIR}/python_stdlib.zip"
PYODIDE_LOCK: Final = f"{PYODIDE_DIR}/pyodide-lock.json"
SNAPSHOT: Final = f"{PYODIDE_DIR}/snapshot.bin.gz"
# Not a file of the site: the decoded heap, as the service worker stores it (and gzip_fetch.js
# decodes it on a first visit), so a warm visit does not gunzip 30 MiB again.
SNAPSHOT_HEAP: Final = f"{PYODIDE_DIR}/snapshot.bin"

# --- the Flutter engine: each variant's files, by the key pwa.js computes -------------------------
_CANVASKIT: Final[dict[str, tuple[str, ...]]] = {
    "canvaskit-chromium": (
        "main.dart.js",
        "canvaskit/chromium/canvaskit.js",
        "canvaskit/chromium/canvaskit.wasm",
    ),
    "canvaskit-full": ("main.dart.js", "canvaskit/canvaskit.js", "canvaskit/canvaskit.wasm"),
}
_SKWASM: Final[dict[str, tuple[str, ...]]] = {
    "skwasm": ("main.dart.mjs", "main.dart.wasm", "canvaskit/skwasm.js", "canvaskit/skwasm.wasm"),
    "skwasm-heavy": (
        "main.dart.mjs",
        "main.dart.wasm",
        "canvaskit/skwasm_heavy.js",
        "canvaskit/skwasm_heavy.wasm",
    ),
}
ENGINES: Final[dict[str, tuple[str, ...]]] = _SKWASM | _CANVASKIT
# The variant desktop Chrome (secure context, WebGL, WasmGC) loads, per renderer.
CHROMIUM_ENGINE: Final[dict[WebRenderer, str]] = {
    "canvaskit": "canvaskit-chromium",
    "skwasm": "skwasm",
    "auto": "skwasm",
}


def engine_variants(renderer: WebRenderer) -> dict[str, tuple[str, ...]]:
    """The engine files each browser loads, by variant key, for the variants `renderer` allows."""
    if renderer == "canvaskit":
        return dict(_CANVASKIT)
    if renderer == "skwasm":
        return dict(_SKWASM)
    return dict(ENGINES)


def renderer_files(renderer: WebRenderer) -> tuple[str, ...]:
    """Engine and entry files that `renderer` may load in some browser, each once."""
    return tuple(dict.fromkeys(f for files in engine_variants(renderer).values() for f in files))


def chromium_engine(renderer: WebRenderer) -> str:
    """The engine variant key desktop Chrome picks for `renderer`."""
    return CHROMIUM_ENGINE[renderer]


def chromium_engine_files(renderer: WebRenderer) -> tuple[str, ...]:
    """The engine files a cold load in desktop Chrome (secure context) actually fetches."""
    return ENGINES[chromium_engine(renderer)]
