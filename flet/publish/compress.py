"""The `compress` stage: gzip copies of the large files a first visit fetches with `fetch()`.

Many static hosts send `.wasm` and font files as they are (a plain `python -m http.server`, S3
without a CDN, some intranet servers), and those are most of a first visit: Pyodide's and the
Flutter engine's WebAssembly and the icon fonts. The stage writes `NAME.gz` beside each such
file (gzip -9, reproducible), and the page tells its scripts about them: on a visit that no
service worker answers, `flet-pwa/gzip_fetch.js` makes the page's and the Python worker's
`fetch()` of `NAME` fetch `NAME.gz` instead and decode it with `DecompressionStream`; the
service worker stores the decoded file under `NAME` when it installs, so later visits read the
original bytes from its cache (where V8 keeps their compiled code). Where the host compresses
too, the same bytes travel either way.

Only files the page or the worker fetch with `fetch()` can be swapped this way (Flutter's
`main.dart.wasm`, the skwasm and CanvasKit `.wasm` files, Pyodide's `pyodide.asm.wasm`, fonts):
scripts loaded by `<script>` or `import()` cannot. A copy is written only when it saves at least
`MIN_SAVING` of a file of at least `MIN_SIZE` bytes. Copies are cached in the user cache by
the original's sha256, so a second publish does not compress again. Without a service worker
(`--no-service-worker`) there are no copies: each visit would decode and compile again, where
the host's own compression keeps V8's code cache. `--no-compress` turns the stage off.
"""

from __future__ import annotations

import gzip
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from .cache import sha256_of
from .layout import SNAPSHOT, SNAPSHOT_HEAP
from .options import Reporter
from .plan import Plan
from .snapshot import Snapshot
from .summary import GZIP_SUFFIX, format_bytes

__all__ = ["CONTENT_TYPES", "NONE", "Compressed", "compress_site"]

# What a file fetched with fetch() is served as; the decoded response gets the same type
# (WebAssembly.compileStreaming needs application/wasm).
CONTENT_TYPES: Final = {".wasm": "application/wasm", ".otf": "font/otf", ".ttf": "font/ttf"}
HEAP_TYPE: Final = "application/octet-stream"
MIN_SIZE: Final = 256 * 1024
MIN_SAVING: Final = 0.2  # at least a fifth smaller


@dataclass(frozen=True)
class Compressed:
    files: dict[str, str]  # site path -> site path of its gzip copy
    heap: bool = False  # the snapshot's heap is named too (SNAPSHOT_HEAP, decoded from SNAPSHOT)

    def runtime_config(self) -> dict[str, dict[str, str]]:
        """`runtime_config.compressed`: site path -> {gz, type}, read by gzip_fetch.js and sw.js.
        With `heap`, also the memory snapshot's heap, which is no file of the site: the service
        worker stores it decoded and gzip_fetch.js decodes it, so the worker can ask for it."""
        config = {
            path: {"gz": gz, "type": CONTENT_TYPES[Path(path).suffix]}
            for path, gz in self.files.items()
        }
        if self.heap:
            config[SNAPSHOT_HEAP] = {"gz": SNAPSHOT, "type": HEAP_TYPE}
        return config


NONE: Final = Compressed({})


def compress_site(
    plan: Plan, site: Path, report: Reporter, snapshot: Snapshot | None = None
) -> Compressed:
    """Write a gzip copy beside every large file the page or the worker fetch with fetch();
    name the snapshot's heap (already gzip) when there is one."""
    if not plan.compress:
        report.info("--no-compress: no gzip copies")
        return NONE
    if not plan.service_worker:
        report.info("no gzip copies without a service worker (--no-service-worker)")
        return NONE
    cache = plan.cache_dir / "gzip"
    files: dict[str, str] = {}
    before = after = 0
    for path in sorted(p for p in site.rglob("*") if _candidate(p)):
        copy = _cached_copy(path, cache)
        size, packed = path.stat().st_size, copy.stat().st_size
        if packed > size * (1 - MIN_SAVING):
            continue
        rel = path.relative_to(site).as_posix()
        if (site / (rel + GZIP_SUFFIX)).exists():
            continue  # the app's assets have a file of that name: theirs stays
        shutil.copyfile(copy, site / (rel + GZIP_SUFFIX))
        files[rel] = rel + GZIP_SUFFIX
        before += size
        after += packed
    if files:
        report.info(
            f"gzip copies of {len(files)} large files: {format_bytes(before)} -> "
            f"{format_bytes(after)}, fetched by a first visit where the host does not compress"
        )
    heap = snapshot is not None and snapshot.path == SNAPSHOT
    return Compressed(files, heap)


def _candidate(path: Path) -> bool:
    return path.is_file() and path.suffix in CONTENT_TYPES and path.stat().st_size >= MIN_SIZE


def _cached_copy(path: Path, cache: Path) -> Path:
    """The gzip -9 of `path` (no name, time 0: the same bytes every time), from the cache."""
    target = cache / f"{sha256_of(path)}{GZIP_SUFFIX}"
    if target.is_file():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache, suffix=".part")
    try:
        with (
            os.fdopen(fd, "wb") as raw,
            path.open("rb") as src,
            gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz,
        ):
            shutil.copyfileobj(src, gz, 1 << 20)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target
