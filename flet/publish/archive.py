"""Stage `pack_app`: `app.zip` of the app's folder (without secrets and build junk), and the
assets folder copied to the site root, where the Flet client resolves relative asset paths."""

from __future__ import annotations

import fnmatch
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ._zip import read_tree, write_zip
from .errors import AppError, AssetConflict
from .options import Reporter
from .plan import Plan
from .site import TEMP_PREFIX

__all__ = ["APP_ARCHIVE", "AppArchive", "copy_assets", "is_excluded", "pack_app"]

APP_ARCHIVE = "app.zip"
EXCLUDED_DIRS = {
    ".git", ".hg", ".svn", ".venv", "venv", "__pycache__", "node_modules", "dist", "build",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".idea", ".vscode",
}  # fmt: skip
EXCLUDED_FILES = (".env*", "*.pem", "*.key", "*.pyc", ".DS_Store")
# Site files an asset may replace (Flet lets an app bring its own favicon and icons).
OVERRIDABLE = ("favicon.png", "icons/")


@dataclass(frozen=True)
class AppArchive:
    files: tuple[str, ...]  # paths inside app.zip
    excluded: tuple[str, ...]  # what was left out, relative to the app's folder ("x/" = folder)
    assets: tuple[str, ...]  # asset files copied to the site root


def is_excluded(name: str, is_dir: bool) -> bool:
    """Whether a file or folder called `name` stays out of app.zip."""
    if is_dir:
        return name in EXCLUDED_DIRS or name.startswith(".env")
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in EXCLUDED_FILES)


def pack_app(plan: Plan, site: Path, report: Reporter) -> AppArchive:
    files: list[Path] = []
    excluded: list[str] = []
    for path, left_out in _walk(plan.app_dir, plan.distpath):
        rel = path.relative_to(plan.app_dir).as_posix()
        if left_out:
            excluded.append(rel + "/" if path.is_dir() else rel)
        else:
            files.append(path)
    try:
        entries = read_tree(plan.app_dir, files)
    except OSError as exc:
        raise AppError(
            f"cannot read {exc.filename}: {exc.strerror}",
            "make the file readable, or move it out of the app's folder",
        ) from exc
    write_zip(site / APP_ARCHIVE, entries)
    report.info(
        f"{APP_ARCHIVE}: {len(entries)} files; left out: {', '.join(excluded) or 'nothing'}"
    )
    assets = copy_assets(plan.assets_dir, site) if plan.assets_dir else ()
    if plan.assets_dir:
        report.info(f"assets: {len(assets)} files from {plan.assets_dir}")
    return AppArchive(tuple(name for name, _ in entries), tuple(sorted(excluded)), assets)


def _walk(root: Path, distpath: Path) -> Iterator[tuple[Path, bool]]:
    """Yield (path, excluded) for files and excluded folders under `root`, not descending
    into excluded folders. The publisher's own temporary folders are skipped silently."""
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            path = here / name
            if name.startswith(TEMP_PREFIX):
                continue
            if is_excluded(name, True) or _is_venv(path) or path.resolve() == distpath:
                yield path, True
            else:
                kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = here / name
            # broken links, link loops, sockets and pipes have no content to pack
            yield path, is_excluded(name, False) or not path.is_file()


def _is_venv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file()


def copy_assets(assets_dir: Path, site: Path) -> tuple[str, ...]:
    """Copy the assets folder's contents into the site root; refuse to overwrite site files."""
    sources = sorted(
        p for p in assets_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    rels = [p.relative_to(assets_dir).as_posix() for p in sources]
    conflicts = [rel for rel in rels if _reserved(rel, site)]
    if conflicts:
        raise AssetConflict(
            f"assets would overwrite files the publisher writes: {', '.join(conflicts[:5])}",
            "rename or move those files in the assets folder "
            "(only favicon.png and icons/* may replace the defaults)",
        )
    for src, rel in zip(sources, rels, strict=True):
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
    return tuple(rels)


def _reserved(rel: str, site: Path) -> bool:
    if rel in ("index.html", "manifest.json", "sw.js", "version.json", APP_ARCHIVE):
        return True
    if rel.startswith(("pyodide/", "flet-pwa/")):
        return True
    return (site / rel).exists() and not rel.startswith(OVERRIDABLE)
