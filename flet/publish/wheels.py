"""Stage `resolve_wheels`: the core wheel, msgpack, the app's requirements, the lock."""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement

from .cache import ensure_pinned
from .core_wheel import build_core_wheel
from .errors import OptionError
from .lock import build_lock
from .options import Reporter
from .pip import pip_download
from .plan import Plan
from .requirements import PROVIDED
from .resolver import Resolution, resolve
from .target import MSGPACK, pip_target_args
from .wheelinfo import WheelInfo, read_wheel

__all__ = ["Wheels", "resolve_wheels"]

LOCK_FILE = "pyodide/pyodide-lock.json"


@dataclass(frozen=True)
class Wheels:
    wheels: tuple[WheelInfo, ...]  # as copied into the site's pyodide/ folder
    lock: dict[str, Any]

    @property
    def lock_names(self) -> list[str]:
        return sorted(self.lock["packages"])


def resolve_wheels(plan: Plan, site: Path, lock_info: dict[str, Any], report: Reporter) -> Wheels:
    out = site / "pyodide"
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
    with tempfile.TemporaryDirectory(prefix="flet-publish-pip-") as tmp:
        resolution = _resolve_app(plan, local, Path(tmp), report)
        app_wheels = [_copy(w, out) for w in resolution.wheels.values()]
    wheels = [core, read_wheel(_copy_path(msgpack_path, out)), *app_wheels]
    _check_unique(wheels)
    lock = build_lock(lock_info, wheels, resolution.extras)
    (site / LOCK_FILE).write_text(
        json.dumps(lock, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return Wheels(tuple(sorted(wheels, key=lambda w: w.name)), lock)


def _resolve_app(plan: Plan, local: list[WheelInfo], tmp: Path, report: Reporter) -> Resolution:
    if not plan.requirements and not local:
        return Resolution()
    if plan.requirements:
        report.info(f"resolving {len(plan.requirements)} requirement(s) with pip")

    def download(reqs: Sequence[str], constraints: Sequence[str], dest: Path) -> None:
        _pip_download(plan, local, reqs, constraints, dest)

    roots = [*plan.requirements, *(_requirement_for(w) for w in local)]
    resolution = resolve(roots, local, download, tmp, pinned=[MSGPACK.requirement])
    for note in resolution.mismatches:
        report.warn(f"version mismatch: {note}")
    for wheel in resolution.wheels.values():
        report.info(f"  {wheel.file_name} (needed by {resolution.required_by[wheel.name]})")
    return resolution


def _pip_download(
    plan: Plan, local: list[WheelInfo], reqs: Sequence[str], constraints: Sequence[str], dest: Path
) -> None:
    constraints_file = dest.parent / f"{dest.name}-constraints.txt"
    constraints_file.write_text("\n".join(constraints) + "\n", encoding="utf-8")
    args = [*pip_target_args(pre=plan.pre), "--constraint", str(constraints_file)]
    for folder in sorted({str(w.path.parent) for w in local}):
        args += ["--find-links", folder]
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
