"""What the service worker stores for one build: every site file with its content hash, the
files a page load fetches (precached at install), and the engine files per browser variant.

The precache list is the cold-load set of `summary.cold_load_files` without the engine files,
plus the page itself, the web app manifest and every install icon. The engine files are kept
apart by variant (`layout.engine_variants`): the page tells the worker which variant
this browser loads, and only that one is precached. Every other site file (the app's assets,
`NOTICES`, shaders, other engine variants) is cached the first time a page fetches it.

Hashes are Subresource Integrity strings (`sha256-<base64>`): the worker fetches with
`integrity`, so a file of another build (a site republished while the worker installs) can
never enter this build's cache.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .layout import INDEX, MANIFEST, NOT_FOUND, SERVICE_WORKER, VERSION_FILE, engine_variants
from .options import WebRenderer
from .summary import cold_load_files

__all__ = [
    "DERIVED_FILES",
    "INDEX",
    "MANIFEST",
    "NOT_FOUND",
    "Precache",
    "integrity_of",
    "precache_for",
]

ICONS_DIR = "icons/"
# Written after the build id from it, never cached by the worker (it answers navigations with
# index.html, so the host's 404.html copy of it is only for visits before the worker runs).
DERIVED_FILES = (SERVICE_WORKER, VERSION_FILE, NOT_FOUND)


@dataclass(frozen=True)
class Precache:
    files: dict[str, str]  # site path -> "sha256-<base64>", every file of the build
    sizes: dict[str, int]  # site path -> bytes
    common: tuple[str, ...]  # precached in every browser
    engines: dict[str, tuple[str, ...]]  # variant key -> engine files, precached per browser

    def install_paths(self, engine: str) -> tuple[str, ...]:
        """What the worker stores at install in a browser that loads `engine`."""
        return self.common + tuple(p for p in self.engines[engine] if p not in self.common)

    def install_bytes(self, engine: str) -> int:
        return sum(self.sizes[p] for p in self.install_paths(engine))


def precache_for(site: Path, renderer: WebRenderer) -> Precache:
    """The precache of the site in `site` (`index.html` included, derived files left out)."""
    paths = sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file() and p.relative_to(site).as_posix() not in DERIVED_FILES
    )
    engines = engine_variants(renderer)
    engine_files = {f for files in engines.values() for f in files}
    page = cold_load_files(site, renderer, paths, over_the_wire=False) | {INDEX, MANIFEST}
    page.update(p for p in paths if p.startswith(ICONS_DIR))
    common = tuple(sorted(p for p in page & set(paths) if p not in engine_files))
    return Precache(
        files={p: integrity_of(site / p) for p in paths},
        sizes={p: (site / p).stat().st_size for p in paths},
        common=common,
        engines={key: tuple(files) for key, files in engines.items()},
    )


def integrity_of(path: Path) -> str:
    """The Subresource Integrity string of a file: `sha256-` and the base64 digest."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return "sha256-" + base64.b64encode(digest.digest()).decode("ascii")
