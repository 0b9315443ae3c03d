"""The site's `pyodide/pyodide-lock.json`: our wheels with their real sha256, and the entries
of Pyodide's own lock for the packages taken from Pyodide's distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from packaging.utils import NormalizedName, canonicalize_name

from .requirements import PROVIDED
from .resolver import dependencies
from .wheelinfo import WheelInfo

__all__ = ["LockEntry", "build_lock", "lock_entry"]

LockEntry = dict[str, Any]


def lock_entry(wheel: WheelInfo, depends: Sequence[str]) -> LockEntry:
    return {
        "name": wheel.name,
        "version": str(wheel.version),
        "file_name": wheel.file_name,
        "install_dir": "site",
        "sha256": wheel.sha256,
        "package_type": "package",
        "imports": list(wheel.imports),
        "depends": sorted(set(depends)),
        "unvendored_tests": False,
    }


def build_lock(
    info: Mapping[str, Any],
    wheels: Sequence[WheelInfo],
    extras: Mapping[NormalizedName, frozenset[str]],
    pyodide_entries: Mapping[str, LockEntry] | None = None,
) -> dict[str, Any]:
    """A lock listing `wheels` and, unchanged, the entries of Pyodide's lock for the packages
    taken from Pyodide's distribution; `depends` holds only names of packages in the lock."""
    entries = dict(pyodide_entries or {})
    names = {w.name for w in wheels} | set(entries)
    packages: dict[str, LockEntry] = dict(entries)
    for wheel in sorted(wheels, key=lambda w: w.name):
        deps = dependencies(wheel, extras.get(wheel.name, frozenset()))
        present = {_lock_name(req.name) for req in deps} & names
        packages[wheel.name] = lock_entry(wheel, sorted(present - {wheel.name}))
    return {"info": dict(info), "packages": dict(sorted(packages.items()))}


def _lock_name(name: str) -> str:
    """A dependency on `flet` is satisfied by our core, which the lock calls `flet-pwa`."""
    canonical = canonicalize_name(name)
    return PROVIDED.get(canonical, canonical)
