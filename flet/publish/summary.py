"""What was written: file counts and sizes, and what a first visit downloads.

The cold-load estimate is for a Chromium-family browser in a secure context: the page,
the bootstrap, the engine files that browser picks for the renderer (see `layout`),
the font manifest and every font it lists (Flutter web fetches them all at start-up; seen
in headless Chromium for both renderers), the runtime's JavaScript, Pyodide, the lock, every
wheel (the worker loads all lock packages) and `app.zip`. Left out: the other engine
variants, `NOTICES`, shaders, package scripts, the install icons and the app's own assets,
which load on demand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .client_files import FONT_MANIFEST
from .layout import (
    APP_ARCHIVE,
    INDEX,
    MANIFEST,
    PYODIDE_DIR,
    RUNTIME_DIR,
    chromium_engine_files,
)
from .options import WebRenderer

__all__ = [
    "GZIP_SUFFIX",
    "SiteSummary",
    "cold_load_files",
    "format_bytes",
    "is_gzip_copy",
    "summarize",
]

_COLD_FILES = (
    INDEX,
    MANIFEST,
    "favicon.png",
    "flutter_bootstrap.js",
    APP_ARCHIVE,
    FONT_MANIFEST,
)
GZIP_SUFFIX = ".gz"  # compress.py's copies: NAME.gz beside NAME
_COLD_DIRS = (f"{RUNTIME_DIR}/", f"{PYODIDE_DIR}/")


@dataclass(frozen=True)
class SiteSummary:
    files: int
    bytes: int
    cold_files: int
    cold_bytes: int
    sizes: dict[str, int]  # site path -> bytes, sorted by path


def cold_load_files(
    site: Path, renderer: WebRenderer, paths: list[str], *, over_the_wire: bool = True
) -> set[str]:
    """The site paths a first visit in Chromium fetches (an estimate; see the module doc).
    `over_the_wire`: a file with a gzip copy (`compress.py`) counts as its copy, which is what
    the page fetches; else as itself (what the service worker stores), copies left out."""
    present = set(paths)
    cold = {p for p in paths if p in _COLD_FILES or p.startswith(_COLD_DIRS)}
    cold.update(chromium_engine_files(renderer))
    cold.update(_fonts(site / FONT_MANIFEST))
    cold = {p for p in cold & present if not is_gzip_copy(p, present)}
    if not over_the_wire:
        return cold
    return {p + GZIP_SUFFIX if p + GZIP_SUFFIX in present else p for p in cold}


def is_gzip_copy(path: str, present: set[str]) -> bool:
    """Whether `path` is the gzip copy `compress.py` wrote of another site file."""
    return path.endswith(GZIP_SUFFIX) and path.removesuffix(GZIP_SUFFIX) in present


def summarize(site: Path, renderer: WebRenderer) -> SiteSummary:
    sizes = {
        p.relative_to(site).as_posix(): p.stat().st_size
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }
    cold = cold_load_files(site, renderer, list(sizes))
    return SiteSummary(
        files=len(sizes),
        bytes=sum(sizes.values()),
        cold_files=len(cold),
        cold_bytes=sum(sizes[p] for p in cold),
        sizes=sizes,
    )


def format_bytes(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n / (1024 * 1024):.1f} MiB"


def _fonts(manifest: Path) -> set[str]:
    if not manifest.is_file():
        return set()
    families = json.loads(manifest.read_text(encoding="utf-8"))
    return {f"assets/{font['asset']}" for family in families for font in family["fonts"]}
