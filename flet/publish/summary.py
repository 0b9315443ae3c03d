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

__all__ = ["SiteSummary", "cold_load_files", "format_bytes", "summarize"]

_COLD_FILES = (
    INDEX,
    MANIFEST,
    "favicon.png",
    "flutter_bootstrap.js",
    APP_ARCHIVE,
    FONT_MANIFEST,
)
_COLD_DIRS = (f"{RUNTIME_DIR}/", f"{PYODIDE_DIR}/")


@dataclass(frozen=True)
class SiteSummary:
    files: int
    bytes: int
    cold_files: int
    cold_bytes: int
    sizes: dict[str, int]  # site path -> bytes, sorted by path


def cold_load_files(site: Path, renderer: WebRenderer, paths: list[str]) -> set[str]:
    """The site paths a first visit in Chromium fetches (an estimate; see the module doc)."""
    cold = {p for p in paths if p in _COLD_FILES or p.startswith(_COLD_DIRS)}
    cold.update(chromium_engine_files(renderer))
    cold.update(_fonts(site / FONT_MANIFEST))
    return cold & set(paths)


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
