"""Resolving requirements to wheels for Pyodide, with markers evaluated for Pyodide.

`pip download` evaluates markers for the host, so it may fetch wheels Pyodide does not need
and miss ones only Pyodide needs. The resolver therefore only uses pip to *fetch*: it walks
the dependency graph itself from the wheels' metadata (markers evaluated for Pyodide), and
asks pip again for whatever is still missing, pinning what it already has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name

from .errors import PublishError, WheelNotFound
from .requirements import PROVIDED, marker_applies
from .wheelinfo import WheelInfo, read_wheel

__all__ = ["Download", "Elsewhere", "Resolution", "dependencies", "resolve"]

# download(requirement strings, constraints "name==version", destination folder)
Download = Callable[[Sequence[str], Sequence[str], Path], None]
MAX_ROUNDS = 8


class Elsewhere(Protocol):
    """Packages provided apart from the downloads (Pyodide's own builds)."""

    def provides(self, name: str) -> bool:
        """Whether ``name`` is provided."""
        ...

    def take(self, name: str, parent: str) -> bool:
        """Provide ``name`` (needed by ``parent``) if possible; ``False`` if it was already
        provided or cannot be."""
        ...

    def pins(self) -> list[str]:
        """``name==version`` of everything provided, for the downloads' constraints."""
        ...

    def check(self, requirement: Requirement, parent: str) -> None:
        """A provided package is required by ``parent``: note a version it does not meet."""
        ...


class _Nowhere:
    def provides(self, name: str) -> bool:
        return False

    def take(self, name: str, parent: str) -> bool:
        return False

    def pins(self) -> list[str]:
        return []

    def check(self, requirement: Requirement, parent: str) -> None:
        pass


@dataclass
class Resolution:
    wheels: dict[NormalizedName, WheelInfo] = field(default_factory=dict)
    extras: dict[NormalizedName, frozenset[str]] = field(default_factory=dict)
    required_by: dict[NormalizedName, str] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)


def dependencies(wheel: WheelInfo, extras: frozenset[str]) -> list[Requirement]:
    """The wheel's requirements that apply in Pyodide when installed with `extras`."""
    return [req for req in wheel.requires if marker_applies(req, extras)]


def resolve(
    requirements: Sequence[Requirement],
    local: Iterable[WheelInfo],
    download: Download,
    workdir: Path,
    pinned: Sequence[str] = (),
    elsewhere: Elsewhere | None = None,
) -> Resolution:
    """Every wheel `requirements` need in Pyodide, from `local` wheels first, then downloads.

    `pinned` constrains packages the site already provides (e.g. "msgpack==1.2.4").
    `elsewhere` provides packages the downloads cannot (Pyodide's own builds): when a download
    finds no wheel of a package, `elsewhere.take(name, parent)` may provide it (then the round
    is tried again with it pinned); what it provides is not walked here, only version-checked.
    """
    available = {w.name: w for w in local}
    other = elsewhere if elsewhere is not None else _Nowhere()
    fetch = [r for r in requirements if canonicalize_name(r.name) not in available]
    parents: dict[NormalizedName, str] = {}
    for round_no in range(MAX_ROUNDS):
        attempt = 0
        while fetch:
            attempt += 1
            dest = workdir / f"round{round_no}-{attempt}"
            try:
                _fetch(fetch, available, download, dest, [*pinned, *other.pins()], other)
                break
            except WheelNotFound as e:
                error = _with_parent(e, parents)
                if not other.take(error.name, error.required_by or "requirements.txt"):
                    raise error from None
            fetch = [r for r in fetch if not other.provides(r.name)]
        result, missing = _closure(requirements, available, other)
        parents = result.required_by
        if not missing:
            return result
        still = [r for r in missing if canonicalize_name(r.name) not in available]
        if not still:
            break
        fetch = still
    raise PublishError(
        "could not resolve requirements.txt for Pyodide "
        f"(still missing: {', '.join(sorted(str(r) for r in missing))})",
        "pin the missing packages in requirements.txt or pass their wheels with --wheel PATH",
    )


def _fetch(
    reqs: Sequence[Requirement],
    available: dict[NormalizedName, WheelInfo],
    download: Download,
    dest: Path,
    pinned: Sequence[str],
    other: Elsewhere,
) -> None:
    dest.mkdir(parents=True)
    constraints = [*pinned, *(f"{w.name}=={w.version}" for w in available.values())]
    download([_without_marker(r) for r in reqs], constraints, dest)
    for path in sorted(dest.glob("*.whl")):
        wheel = read_wheel(path)
        if not other.provides(wheel.name):
            available.setdefault(wheel.name, wheel)


def _closure(
    requirements: Sequence[Requirement],
    available: dict[NormalizedName, WheelInfo],
    other: Elsewhere,
) -> tuple[Resolution, list[Requirement]]:
    result = Resolution()
    missing: list[Requirement] = []
    queue = [(req, "requirements.txt") for req in requirements]
    while queue:
        req, parent = queue.pop(0)
        name = canonicalize_name(req.name)
        if name in PROVIDED:
            continue
        if other.provides(name):
            other.check(req, parent)
            continue
        wheel = available.get(name)
        if wheel is None:
            missing.append(req)
            result.required_by.setdefault(name, parent)
            continue
        _check_version(req, wheel, parent, result)
        extras = result.extras.get(name, frozenset()) | frozenset(req.extras)
        if name in result.wheels and extras == result.extras[name]:
            continue
        result.wheels[name] = wheel
        result.extras[name] = extras
        result.required_by.setdefault(name, parent)
        queue += [(dep, f"{wheel.name} {wheel.version}") for dep in dependencies(wheel, extras)]
    return result, missing


def _check_version(req: Requirement, wheel: WheelInfo, parent: str, result: Resolution) -> None:
    if req.specifier and not req.specifier.contains(wheel.version, prereleases=True):
        note = f"{parent} wants {req}, the site has {wheel.name} {wheel.version}"
        if note not in result.mismatches:
            result.mismatches.append(note)


def _without_marker(req: Requirement) -> str:
    copy = Requirement(str(req))
    copy.marker = None
    return str(copy)


def _with_parent(error: WheelNotFound, parents: dict[NormalizedName, str]) -> WheelNotFound:
    parent = parents.get(canonicalize_name(error.name))
    if parent is None or parent == "requirements.txt" or error.required_by:
        return error
    return WheelNotFound(error.name, parent)
