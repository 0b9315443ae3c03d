"""The offline PWA parts of a site: what the page's `flet-pwa/pwa.js` is told, the data the
service worker template (`web_template/sw.js`) is rendered with, and the version file.

* `sw.js` sits at the base URL (a service worker's scope cannot be wider than its folder, and
  static hosts cannot send `Service-Worker-Allowed`). It holds the build id, every file's hash
  and the precache list (`precache.py`); its cache is named after the scope and the build id.
* `version.json` (`{"buildId": ..., "serviceWorker": ...}`) is fetched by the page with
  `cache: "no-store"` and never cached by the worker: it tells a running page which build the
  server has now. It is written with `--no-service-worker` too, so pages of an earlier build
  that had a worker learn to remove it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .layout import INDEX, SERVICE_WORKER, VERSION_FILE, chromium_engine
from .options import WebRenderer
from .plan import Plan
from .precache import Precache

__all__ = [
    "SERVICE_WORKER",
    "VERSION_FILE",
    "PwaSummary",
    "chromium_engine",
    "pwa_config",
    "service_worker_context",
    "summarize_pwa",
    "write_version_file",
]


@dataclass(frozen=True)
class PwaSummary:
    service_worker: bool
    engine: str  # the engine variant desktop Chrome loads
    precache_files: int  # what the worker stores at install in that browser
    precache_bytes: int
    icons: tuple[str, ...]  # install icons made from assets/icon.png


def pwa_config(plan: Plan, build_id: str) -> dict[str, Any]:
    """`pwa_config` of the page template: read by `flet-pwa/pwa.js` (data-config attribute)."""
    base = plan.base_url
    return {
        "buildId": build_id,
        "scope": base,
        "serviceWorkerUrl": f"{base}{SERVICE_WORKER}" if plan.service_worker else None,
        "versionUrl": f"{base}{VERSION_FILE}",
        "webRenderer": plan.web_renderer,
    }


def service_worker_context(
    precache: Precache, build_id: str, compressed: dict[str, dict[str, str]] | None = None
) -> dict[str, Any]:
    """The `build` object `web_template/sw.js` is rendered with; `compressed`: site path ->
    {gz, type} of the files with a gzip copy, which the worker fetches and decodes instead."""
    return {
        "build": {
            "id": build_id,
            "index": INDEX,
            "version": VERSION_FILE,
            "files": precache.files,
            "precache": _decoded(list(precache.common), compressed or {}),
            "engines": {key: list(files) for key, files in precache.engines.items()},
            "compressed": compressed or {},
        }
    }


def _decoded(paths: list[str], compressed: dict[str, dict[str, str]]) -> list[str]:
    """`paths` with a gzip file the worker stores decoded (the snapshot's heap) named by what
    it stores instead."""
    stored_as = {entry["gz"]: path for path, entry in compressed.items()}
    return [stored_as.get(path, path) for path in paths]


def write_version_file(site: Path, build_id: str, service_worker: bool) -> None:
    data = {"buildId": build_id, "serviceWorker": service_worker}
    (site / VERSION_FILE).write_text(json.dumps(data) + "\n", encoding="utf-8")


def summarize_pwa(
    precache: Precache, renderer: WebRenderer, service_worker: bool, icons: tuple[str, ...]
) -> PwaSummary:
    engine = chromium_engine(renderer)
    paths = precache.install_paths(engine)
    return PwaSummary(
        service_worker=service_worker,
        engine=engine,
        precache_files=len(paths) if service_worker else 0,
        precache_bytes=precache.install_bytes(engine) if service_worker else 0,
        icons=icons,
    )
