"""Stage `fetch_client`: the flet-web 1.0.5 client and Pyodide 314.0.7, from one wheel.

Copies what the chosen renderer loads (see `client_files`), patches the font manifest so
text renders offline, copies the Pyodide core files with the standard library trimmed (see
`stdlib`) and reads Pyodide's lock (its `info`, and its packages for `pyodide_packages`) and
where Pyodide's loader fetches packages from.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import ensure_pinned
from .client_files import COMMON_FILES, FONT_MANIFEST, ROBOTO, WEB_PREFIX, site_path
from .errors import PinnedWheelError
from .layout import (
    PYODIDE_CORE,
    PYODIDE_DIR,
    PYODIDE_LOADER,
    PYODIDE_LOCK,
    PYODIDE_STDLIB,
    renderer_files,
)
from .options import Reporter
from .plan import Plan
from .pyodide_packages import PyodideIndex, default_packages_url
from .stdlib import StdlibTrim, check_keep, trim_stdlib
from .summary import format_bytes
from .target import CLIENT

__all__ = ["ClientFiles", "fetch_client", "patch_font_manifest"]


@dataclass(frozen=True)
class ClientFiles:
    wheel: Path
    files: tuple[str, ...]  # site paths written
    lock_info: dict[str, Any]  # `info` of the wheel's pyodide-lock.json
    pyodide_index: PyodideIndex  # its `packages`: what Pyodide builds
    packages_url: str | None  # where Pyodide's loader fetches them (read from pyodide.mjs)
    stdlib: StdlibTrim  # what the site's python_stdlib.zip leaves out


def fetch_client(plan: Plan, site: Path, report: Reporter) -> ClientFiles:
    wheel, how = ensure_pinned(CLIENT, plan.cache_dir / "client", plan.pip, plan.client_wheel)
    report.info(f"{CLIENT.requirement}: {how} ({wheel})")
    with zipfile.ZipFile(wheel) as zf:
        files = _extract(zf, site, plan)
        lock = json.loads(zf.read(WEB_PREFIX + PYODIDE_LOCK))
    _check_complete(files, plan)
    patch_font_manifest(site / FONT_MANIFEST)
    report.info(f"{len(files)} client files for renderer {plan.web_renderer!r}")
    stdlib = _trim_stdlib(site / PYODIDE_STDLIB, plan, report)
    loader = (site / PYODIDE_LOADER).read_text(encoding="utf-8")
    return ClientFiles(
        wheel,
        tuple(sorted(files)),
        dict(lock["info"]),
        PyodideIndex(lock["packages"]),
        default_packages_url(loader),
        stdlib,
    )


def _trim_stdlib(path: Path, plan: Plan, report: Reporter) -> StdlibTrim:
    check_keep(plan.keep_stdlib, path)
    trim = trim_stdlib(path, path, plan.keep_stdlib, plan.full_stdlib)
    if trim.full:
        report.info(f"python_stdlib.zip: whole ({format_bytes(trim.bytes_after)}, --full-stdlib)")
    else:
        kept = f"; kept: {', '.join(plan.keep_stdlib)}" if plan.keep_stdlib else ""
        report.info(
            f"python_stdlib.zip: {format_bytes(trim.bytes_before)} -> "
            f"{format_bytes(trim.bytes_after)}, {len(trim.left_out)} modules left out "
            f"(--keep-stdlib NAME brings one back){kept}"
        )
    return trim


def patch_font_manifest(path: Path) -> None:
    """Add Roboto (shipped at assets/fonts/roboto.woff2) so text renders without Google Fonts."""
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if not any(entry.get("family") == "Roboto" for entry in manifest):
        manifest.append(ROBOTO)
    path.write_text(json.dumps(manifest, separators=(",", ":")), encoding="utf-8")


def _extract(zf: zipfile.ZipFile, site: Path, plan: Plan) -> list[str]:
    written: list[str] = []
    for info in zf.infolist():
        rel = site_path(info.filename, plan.web_renderer)
        if rel is None:
            continue
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        written.append(rel)
    return written


def _check_complete(files: list[str], plan: Plan) -> None:
    expected = {*COMMON_FILES, *renderer_files(plan.web_renderer), FONT_MANIFEST}
    expected.update(f"{PYODIDE_DIR}/{name}" for name in PYODIDE_CORE)
    missing = sorted(expected - set(files))
    if missing:
        raise PinnedWheelError(
            f"the client wheel lacks {', '.join(missing)}",
            f"delete the cached wheel in {plan.cache_dir / 'client'} and publish again",
        )
