"""Stage `resolve_wheels`: the core wheel, msgpack, the app's requirements, the lock.

Requirements come from the package index through pip, except Pyodide's own builds
(`pyodide_packages`): a compiled package of Pyodide's lock, or any package of that lock the
index has no wheel of, is taken from Pyodide's distribution with its dependencies."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import NormalizedName

from .cache import ensure_pinned
from .client import ClientFiles
from .core_wheel import build_core_wheel
from .errors import OptionError
from .layout import PYODIDE_DIR, PYODIDE_LOCK
from .lock import build_lock
from .options import Reporter
from .pip import pip_download
from .plan import Plan
from .pyodide_packages import (
    FIX_SOURCE,
    FromPyodide,
    PyodidePackage,
    PyodidePackageError,
    PyodideSource,
    fetch_packages,
)
from .requirements import PROVIDED
from .resolver import Resolution, resolve
from .summary import format_bytes
from .target import MSGPACK, PYODIDE_VERSION, pip_target_args
from .wheelinfo import WheelInfo, read_wheel

__all__ = ["Wheels", "resolve_wheels"]


@dataclass(frozen=True)
class Wheels:
    wheels: tuple[WheelInfo, ...]  # as copied into the site's pyodide/ folder
    lock: dict[str, Any]
    from_pyodide: tuple[str, ...] = ()  # lock names of the packages from Pyodide's distribution

    @property
    def lock_names(self) -> list[str]:
        return sorted(self.lock["packages"])


def resolve_wheels(plan: Plan, site: Path, client: ClientFiles, report: Reporter) -> Wheels:
    out = site / PYODIDE_DIR
    out.mkdir(parents=True, exist_ok=True)
    core = read_wheel(build_core_wheel(out))
    report.info(f"core: {core.file_name} (sha256 {core.sha256[:12]})")
    local = list(plan.local_wheels)
    own_msgpack = next((w.path for w in local if w.file_name == MSGPACK.file_name), None)
    local = [w for w in local if w.path != own_msgpack]
    msgpack_path, how = ensure_pinned(
        MSGPACK, plan.cache_dir / "wheels", plan.pip, local=own_msgpack
    )
    report.info(f"{MSGPACK.requirement}: {how}")
    pyodide = _from_pyodide(plan, client, local, report)
    roots = []
    for req in plan.requirements:
        if pyodide.compiled(req.name):
            pyodide.take_requirement(req)
        else:
            roots.append(req)
    with tempfile.TemporaryDirectory(prefix="flet-publish-pip-") as tmp:
        resolution = _resolve_app(plan, roots, local, Path(tmp), report, pyodide)
        app_wheels = [_copy(w, out) for w in resolution.wheels.values()]
    for path in pyodide.files.values():
        _copy_path(path, out)
    _report_pyodide(pyodide, report)
    wheels = [core, read_wheel(_copy_path(msgpack_path, out)), *app_wheels]
    _check_unique(wheels)
    entries: dict[str, dict[str, Any]] = {p.name: dict(p.entry) for p in pyodide.chosen.values()}
    lock = build_lock(client.lock_info, wheels, resolution.extras, entries)
    (site / PYODIDE_LOCK).write_text(
        json.dumps(lock, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return Wheels(tuple(sorted(wheels, key=lambda w: w.name)), lock, tuple(sorted(entries)))


def _from_pyodide(
    plan: Plan, client: ClientFiles, local: list[WheelInfo], report: Reporter
) -> FromPyodide:
    cache = _pyodide_cache(plan)
    location = plan.pyodide_packages_url or client.packages_url

    def fetch(packages: list[PyodidePackage]) -> dict[NormalizedName, Path]:
        if location is None:
            raise PyodidePackageError(
                f"{', '.join(p.name for p in packages)} must come from Pyodide's packages, "
                "and Pyodide's loader in the client wheel names no URL for them",
                FIX_SOURCE,
            )
        return fetch_packages(packages, PyodideSource(location), cache, report)

    return FromPyodide(client.pyodide_index, fetch, keep_out=[w.name for w in local])


def _pyodide_cache(plan: Plan) -> Path:
    return plan.cache_dir / "pyodide-packages" / PYODIDE_VERSION


def _report_pyodide(pyodide: FromPyodide, report: Reporter) -> None:
    if not pyodide.chosen:
        return
    size = sum(path.stat().st_size for path in pyodide.files.values())
    report.info(
        f"from Pyodide {PYODIDE_VERSION}'s packages ({format_bytes(size)}, checked against "
        "its lock's sha256):"
    )
    for name, package in sorted(pyodide.chosen.items()):
        report.info(f"  {package.file_name} (needed by {pyodide.required_by[name]})")
    for note in pyodide.mismatches:
        report.warn(f"version mismatch: {note}")


def _resolve_app(
    plan: Plan,
    roots: list[Requirement],
    local: list[WheelInfo],
    tmp: Path,
    report: Reporter,
    pyodide: FromPyodide,
) -> Resolution:
    if not roots and not local:
        return Resolution()
    if roots:
        report.info(f"resolving {len(roots)} requirement(s) with pip")

    chosen = tmp / "from-pyodide"  # Pyodide's builds taken so far, for what needs them
    chosen.mkdir()

    def download(reqs: Sequence[str], constraints: Sequence[str], dest: Path) -> None:
        _offer(pyodide.files.values(), chosen)
        _pip_download(plan, [*local_folders, chosen], reqs, constraints, dest)

    local_folders = sorted({w.path.parent for w in local})
    roots = [*roots, *(_requirement_for(w) for w in local)]
    resolution = resolve(roots, local, download, tmp, [MSGPACK.requirement], pyodide)
    for note in resolution.mismatches:
        report.warn(f"version mismatch: {note}")
    for wheel in resolution.wheels.values():
        report.info(f"  {wheel.file_name} (needed by {resolution.required_by[wheel.name]})")
    return resolution


def _offer(paths: Iterable[Path], folder: Path) -> None:
    """Put each file into ``folder`` (a hard link where possible), once."""
    for path in paths:
        target = folder / path.name
        if not target.exists():
            try:
                os.link(path, target)
            except OSError:
                shutil.copyfile(path, target)


def _pip_download(
    plan: Plan, folders: list[Path], reqs: Sequence[str], constraints: Sequence[str], dest: Path
) -> None:
    constraints_file = dest.parent / f"{dest.name}-constraints.txt"
    constraints_file.write_text("\n".join(constraints) + "\n", encoding="utf-8")
    args = [*pip_target_args(pre=plan.pre), "--constraint", str(constraints_file)]
    for folder in folders:
        args += ["--find-links", str(folder)]
    pip_download(plan.pip, reqs, dest, args)


def _requirement_for(wheel: WheelInfo) -> Requirement:
    if wheel.name in PROVIDED:
        raise OptionError(
            f"--wheel {wheel.file_name}: the site already provides {wheel.name}",
            f"drop --wheel {wheel.file_name} (only {MSGPACK.file_name} may be given, "
            "for machines without a package index)",
        )
    return Requirement(f"{wheel.name}=={wheel.version}")


def _copy(wheel: WheelInfo, out: Path) -> WheelInfo:
    return dataclasses.replace(wheel, path=_copy_path(wheel.path, out))


def _copy_path(path: Path, out: Path) -> Path:
    target = out / path.name
    shutil.copyfile(path, target)
    return target


def _check_unique(wheels: list[WheelInfo]) -> None:
    seen: dict[str, WheelInfo] = {}
    for wheel in wheels:
        if wheel.name in seen:
            raise OptionError(
                f"two wheels for {wheel.name}: {seen[wheel.name].file_name} and {wheel.file_name}",
                f"drop the --wheel for {wheel.name}; the site already provides it",
            )
        seen[wheel.name] = wheel
