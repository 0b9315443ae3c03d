"""The memory snapshot's Python side: what is imported before it is taken, what is redone after.

``flet publish`` boots the site's own Pyodide in Node (``flet/publish/snapshot.mjs``), puts
the core wheel's and msgpack's files into ``site-packages`` and calls ``prepare()``; then the
whole wasm heap is saved. In the browser, ``js/worker.mjs`` restores that heap instead of
starting Python, loads the site's packages as on a normal boot (their files: the heap holds
imported modules, not the file system) and calls ``restored()`` before the app runs.

What a heap cannot carry, and how it is dealt with:

* **Compiled extensions.** A snapshot holds no loaded dynamic library, so msgpack is imported
  in its pure-Python form (``MSGPACK_PUREPYTHON``) before the snapshot. The app starts with
  it: loading msgpack's wheel (its C extension is a WebAssembly side module to compile) took
  about 0.3 s of the start, so the worker loads it once the app runs (the page names it in
  ``snapshot.deferredPackages``, see ``flet/publish/snapshot.py``) and then
  calls ``extensions_loaded()``, which re-imports msgpack in place with its C extension
  (``importlib.reload`` keeps the module object that ``flet.protocol.codec`` holds).
* **Per-visit state.** ``random``'s generator would start from the same state on every visit
  (it is reseeded), and the time zone would be the publishing machine's (``time.tzset()``
  reads the browser's again). The string hash secret stays the one of the snapshot, shared by
  every visitor; in one tab's own worker that only gives up a defence against hash flooding.
  ``sys._emscripten_info.runtime`` keeps naming the Node that made the snapshot.
* **The file system.** Files written before the snapshot are gone after it; import caches
  are invalidated so the packages the worker installs are found.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys

__all__ = ["PRELOAD", "extensions_loaded", "prepare", "restored"]

# What a published app's start imports: the core (flet's controls, the session, the wire
# protocol), what the worker runs before the app (pyodide_runtime's bootstrap and pubsub), what
# Pyodide's package loader imports on its first call (importlib.metadata, through
# ``importlib.invalidate_caches()`` below) and ``runpy``, which runs the app. Pyodide 314
# restores a snapshot only into its initial memory (30 MiB), which this fills to 29.1 MiB (the
# publish summary says how much): ``tarfile`` (the package loader imports it on its first call)
# would not fit; the snapshot script refuses a heap that grew. Past that, the worker would
# have to grow the wasm memory between instantiating Pyodide and restoring the heap.
PRELOAD = (
    "flet",
    "flet.app",
    "flet.session",
    "flet.protocol",
    "flet.protocol.codec",
    "flet.protocol.messages",
    "pyodide_runtime.bootstrap",
    "pyodide_runtime.errors",
    "pyodide_runtime.pubsub",
    "pyodide_runtime.transport",
    "pyodide_runtime.blocking",
    "pyodide_runtime.site_files",
    "importlib.metadata",
    "importlib.util",
    "runpy",
)

_PURE_MSGPACK = "MSGPACK_PUREPYTHON"


def prepare() -> list[str]:
    """Import what start-up needs (msgpack without its C extension); return ``sys.modules``'
    names, sorted. Called once, in the Pyodide the snapshot is taken from."""
    os.environ[_PURE_MSGPACK] = "1"
    try:
        for name in PRELOAD:
            importlib.import_module(name)
    finally:
        del os.environ[_PURE_MSGPACK]
    importlib.invalidate_caches()  # imports importlib.metadata's finder too, as loadPackage does
    gc.collect()
    return sorted(sys.modules)


def restored() -> None:
    """Redo what the heap cannot carry (see the module's doc); called once the worker has
    loaded the site's packages but the deferred ones onto the restored snapshot, before the app
    runs."""
    importlib.invalidate_caches()
    random = sys.modules.get("random")
    if random is not None:
        random.seed()
    time = sys.modules.get("time")
    if time is not None and hasattr(time, "tzset"):
        time.tzset()


def extensions_loaded() -> bool:
    """Called once the worker has loaded the deferred packages: msgpack with its C extension
    from now on. Returns whether it has it."""
    importlib.invalidate_caches()
    msgpack = sys.modules.get("msgpack")
    if msgpack is None:
        return False
    if not _has_c_extension(msgpack):
        importlib.reload(msgpack)
    return _has_c_extension(msgpack)


def _has_c_extension(msgpack: object) -> bool:
    packer = getattr(msgpack, "Packer", None)
    return getattr(packer, "__module__", "") == "msgpack._cmsgpack"
