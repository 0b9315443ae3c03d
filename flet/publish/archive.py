"""Stage `pack_app`: `app.zip` of the app's folder and the assets folder copied to the site
root, where the Flet client resolves relative asset paths. Both leave out what
`exclusions.py` says (secrets, environments, caches, build output, links out of the folder),
and the report lists every file left out with its reason.

The sha256 of `app.zip` goes into the page's runtime configuration (`appArchiveSha256`); the
worker refuses an archive that does not match it."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ._zip import read_files, write_zip
from .cache import sha256_of
from .errors import AppError, AssetConflict
from .exclusions import LeftOut, Scan, describe_left_out, scan
from .layout import (
    APP_ARCHIVE,
    INDEX,
    MANIFEST,
    PYODIDE_DIR,
    RUNTIME_DIR,
    SERVICE_WORKER,
    VERSION_FILE,
)
from .options import Reporter
from .plan import Plan

__all__ = ["APP_ARCHIVE", "AppArchive", "copy_assets", "pack_app"]

# Site files an asset may replace (Flet lets an app bring its own favicon and icons).
OVERRIDABLE = ("favicon.png", "icons/")


@dataclass(frozen=True)
class AppArchive:
    files: tuple[str, ...]  # paths inside app.zip
    excluded: tuple[LeftOut, ...]  # left out of app.zip, relative to the app's folder
    assets: tuple[str, ...]  # asset files copied to the site root
    assets_excluded: tuple[LeftOut, ...]  # left out of the assets ("assets/.env", ...)
    sha256: str  # hex digest of app.zip


def pack_app(plan: Plan, site: Path, report: Reporter) -> AppArchive:
    found = _scan(plan, plan.app_dir, "app folder")
    entries = _read(found.files)
    write_zip(site / APP_ARCHIVE, entries)
    digest = sha256_of(site / APP_ARCHIVE)
    report.info(f"{APP_ARCHIVE}: {len(entries)} files; {describe_left_out(found.left_out)}")
    assets: tuple[str, ...] = ()
    assets_left_out: tuple[LeftOut, ...] = ()
    if plan.assets_dir:
        assets, assets_left_out = copy_assets(plan, plan.assets_dir, site)
        report.info(
            f"assets: {len(assets)} files from {plan.assets_dir}; "
            + describe_left_out(assets_left_out)
        )
    return AppArchive(
        tuple(name for name, _ in entries), found.left_out, assets, assets_left_out, digest
    )


def copy_assets(
    plan: Plan, assets_dir: Path, site: Path
) -> tuple[tuple[str, ...], tuple[LeftOut, ...]]:
    """Copy the assets folder's published files into the site root; refuse to overwrite site
    files. Returns (site paths copied, what was left out)."""
    found = _scan(plan, assets_dir, "assets folder")
    rels = [rel for _, rel in found.files]
    conflicts = sorted(rel for rel in rels if _reserved(rel, site))
    if conflicts:
        raise AssetConflict(
            f"assets would overwrite files the publisher writes: {', '.join(conflicts[:5])}",
            "rename or move those files in the assets folder "
            "(only favicon.png and icons/* may replace the defaults)",
        )
    for src, rel in found.files:
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copyfile(src, target)
        except OSError as exc:
            raise _unreadable(exc) from exc
    return tuple(sorted(rels)), found.left_out


def _scan(plan: Plan, root: Path, what: str) -> Scan:
    """`root`'s files as `exclusions.scan` finds them; rules see paths relative to the app's
    folder when `root` is inside it."""
    root = root.resolve()
    inside = root != plan.app_dir and root.is_relative_to(plan.app_dir)
    prefix = root.relative_to(plan.app_dir).as_posix() + "/" if inside else ""
    try:
        return scan(root, plan.file_filter, prefix=prefix, distpath=plan.distpath, what=what)
    except OSError as exc:
        raise _unreadable(exc) from exc


def _read(files: Iterable[tuple[Path, str]]) -> list[tuple[str, bytes]]:
    try:
        return read_files(files)
    except OSError as exc:
        raise _unreadable(exc) from exc


def _unreadable(exc: OSError) -> AppError:
    return AppError(
        f"cannot read {exc.filename}: {exc.strerror}",
        "make the file readable, or move it out of the app's folder",
    )


def _reserved(rel: str, site: Path) -> bool:
    if rel in (INDEX, MANIFEST, SERVICE_WORKER, VERSION_FILE, APP_ARCHIVE):
        return True
    if rel.startswith((f"{PYODIDE_DIR}/", f"{RUNTIME_DIR}/")):
        return True
    return (site / rel).exists() and not rel.startswith(OVERRIDABLE)
