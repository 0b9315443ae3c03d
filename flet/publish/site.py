"""Stage `write_site`: the site is built in a temporary folder next to `distpath` and then
swapped in with two renames, so `distpath` is never left half-written."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .errors import SiteError
from .layout import INDEX

__all__ = ["check_distpath", "make_staging", "replace_site"]

TEMP_PREFIX = ".flet-publish-"


def check_distpath(distpath: Path, app_dir: Path) -> None:
    """Refuse output folders whose replacement would destroy something that is not a site."""
    if distpath == app_dir or distpath in app_dir.parents:
        raise SiteError(
            f"--distpath {distpath} contains the app itself",
            "choose an output folder that does not contain the app, e.g. --distpath dist",
        )
    if distpath.exists() and not distpath.is_dir():
        raise SiteError(f"--distpath {distpath} is a file", "choose a folder for --distpath")
    if distpath.is_dir() and any(distpath.iterdir()) and not (distpath / INDEX).is_file():
        raise SiteError(
            f"--distpath {distpath} is a non-empty folder that is not a published site",
            "choose a new or empty folder, or delete this one first",
        )


def make_staging(distpath: Path) -> Path:
    """An empty folder next to `distpath`, on the same file system, for building the site."""
    distpath.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{distpath.name}-", dir=distpath.parent))


def replace_site(staging: Path, distpath: Path) -> None:
    """Move `staging` to `distpath`, replacing a previous site; restore it if that fails."""
    staging.chmod(0o755)  # mkdtemp makes it 0700; a site folder should be readable
    old: Path | None = None
    if distpath.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}old-", dir=distpath.parent))
        old.rmdir()
        distpath.rename(old)
    try:
        staging.rename(distpath)
    except OSError as e:
        if old is not None:
            old.rename(distpath)
        raise SiteError(f"cannot write {distpath}: {e}", "check permissions of its folder") from e
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
