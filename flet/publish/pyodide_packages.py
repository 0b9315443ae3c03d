"""Packages Pyodide builds itself (numpy, pandas, matplotlib, scipy...), fetched at publish time.

PyPI has no WebAssembly wheels of compiled packages. Pyodide builds them, and the
`pyodide-lock.json` inside the flet-web wheel lists every one of them for Pyodide 314.0.7 with
its file name, version, dependencies and sha256. `flet publish` takes what the app needs from
Pyodide's package distribution (by default the URL Pyodide's own loader uses for its packages,
read from the shipped `pyodide.mjs`; `--pyodide-packages-url` names a mirror or a local folder,
e.g. an unpacked Pyodide release), checks each file against the lock's sha256 before it enters
the cache or the site, and writes their lock entries unchanged into the site's lock. The
worker then loads them from the site like the other wheels, so the page stays offline-capable.

Which requirement comes from where (`wheels.resolve_wheels`): one whose name Pyodide's lock
lists as a compiled package comes from Pyodide; a pure-Python one comes from the package index
as before, unless the index has no wheel of it (e.g. a machine without an index), in which
case Pyodide's copy is taken; the dependencies of a package from Pyodide come from Pyodide too.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name
from packaging.version import InvalidVersion, Version

from .cache import sha256_of
from .errors import PublishError
from .options import Reporter
from .summary import format_bytes
from .target import PYODIDE_VERSION

__all__ = [
    "FIX_SOURCE",
    "FromPyodide",
    "PyodideIndex",
    "PyodidePackage",
    "PyodidePackageError",
    "PyodideSource",
    "default_packages_url",
    "fetch_packages",
]

#: files at least this big report their download progress
PROGRESS_FROM = 1 << 20
#: seconds without an answer before a download is given up
TIMEOUT = 60
FIX_SOURCE = (
    "check the network, or pass --pyodide-packages-url with a mirror of Pyodide "
    f"{PYODIDE_VERSION}'s packages or a local folder holding them (an unpacked Pyodide "
    f"{PYODIDE_VERSION} release: its folder with pyodide-lock.json and the wheels)"
)


class PyodidePackageError(PublishError):
    """A package of Pyodide's distribution could not be used (network, hash, version)."""


@dataclass(frozen=True)
class PyodidePackage:
    """One entry of Pyodide's lock."""

    name: NormalizedName
    version: str
    file_name: str
    sha256: str
    depends: tuple[NormalizedName, ...]
    entry: Mapping[str, Any]  # the lock entry, written unchanged into the site's lock

    @property
    def compiled(self) -> bool:
        """Built for WebAssembly (or a shared library): no index has a wheel Pyodide loads."""
        return not self.file_name.endswith("-none-any.whl")

    def allows(self, requirement: Requirement) -> bool:
        """Whether this build's version meets ``requirement``'s version specifier."""
        try:
            version = Version(self.version)
        except InvalidVersion:
            return not requirement.specifier
        return requirement.specifier.contains(version, prereleases=True)


class PyodideIndex:
    """Pyodide's lock (`packages` of `pyodide-lock.json`), by normalised name."""

    def __init__(self, packages: Mapping[str, Mapping[str, Any]]) -> None:
        self._packages: dict[NormalizedName, PyodidePackage] = {}
        for entry in packages.values():
            name = canonicalize_name(entry["name"])
            self._packages[name] = PyodidePackage(
                name=name,
                version=str(entry["version"]),
                file_name=str(entry["file_name"]),
                sha256=str(entry["sha256"]),
                depends=tuple(canonicalize_name(d) for d in entry.get("depends", ())),
                entry=dict(entry),
            )

    def __len__(self) -> int:
        return len(self._packages)

    def get(self, name: str) -> PyodidePackage | None:
        return self._packages.get(canonicalize_name(name))

    def closure(self, names: Iterable[str]) -> list[PyodidePackage]:
        """The packages named and everything they depend on, sorted by name."""
        found: dict[NormalizedName, PyodidePackage] = {}
        queue = [canonicalize_name(n) for n in names]
        while queue:
            name = queue.pop()
            if name in found:
                continue
            package = self._packages.get(name)
            if package is None:
                raise PyodidePackageError(
                    f"Pyodide's lock names {name} as a dependency but has no entry for it",
                    "the flet-web wheel in the cache is damaged: delete it and publish again",
                )
            found[name] = package
            queue.extend(package.depends)
        return [found[n] for n in sorted(found)]


_LOADER_URL = re.compile(r"(https://[^\s`'\"]+/pyodide/v)\$\{")


def default_packages_url(loader: str, version: str = PYODIDE_VERSION) -> str | None:
    """Where Pyodide's own loader (`pyodide.mjs`) fetches the packages of ``version``."""
    match = _LOADER_URL.search(loader)
    return f"{match.group(1)}{version}/full/" if match else None


@dataclass(frozen=True)
class PyodideSource:
    """Where the files come from: an http(s) or file URL, or a local folder."""

    location: str

    @property
    def is_remote(self) -> bool:
        return urllib.parse.urlsplit(self.location).scheme in ("http", "https")

    def url_of(self, file_name: str) -> str:
        if self.is_remote or self.location.startswith("file:"):
            return urllib.parse.urljoin(self.location.rstrip("/") + "/", file_name)
        return str(Path(self.location) / file_name)

    def open(self, file_name: str) -> tuple[IO[bytes], int | None]:
        """The file's bytes, and its size when known."""
        where = self.url_of(file_name)
        if self.is_remote or where.startswith("file:"):
            response = urllib.request.urlopen(where, timeout=TIMEOUT)
            length = response.headers.get("Content-Length")
            return response, int(length) if length and length.isdigit() else None
        path = Path(where)
        return path.open("rb"), path.stat().st_size


def fetch_packages(
    packages: Iterable[PyodidePackage], source: PyodideSource, cache: Path, report: Reporter
) -> dict[NormalizedName, Path]:
    """Each package's file in ``cache`` (downloaded once, checked against its sha256)."""
    cache.mkdir(parents=True, exist_ok=True)
    paths: dict[NormalizedName, Path] = {}
    for package in packages:
        target = cache / package.file_name
        if target.is_file() and sha256_of(target) == package.sha256:
            paths[package.name] = target
            continue
        _download(package, source, target, report)
        report.info(f"  {package.file_name}: downloaded and checked (sha256 {package.sha256[:12]})")
        paths[package.name] = target
    return paths


def _download(
    package: PyodidePackage, source: PyodideSource, target: Path, report: Reporter
) -> None:
    url = source.url_of(package.file_name)
    with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".download-", delete=False) as tmp:
        tmp_path = Path(tmp.name)
        try:
            digest = _copy(package, source, url, tmp, report)
        except BaseException:
            tmp.close()
            tmp_path.unlink(missing_ok=True)
            raise
    if digest != package.sha256:
        tmp_path.unlink(missing_ok=True)
        raise PyodidePackageError(
            f"{package.file_name} from {url} has sha256 {digest}, but Pyodide {PYODIDE_VERSION}'s "
            f"lock says {package.sha256}; nothing was kept",
            f"point --pyodide-packages-url at the packages of Pyodide {PYODIDE_VERSION} "
            "(a file of another build, or a damaged one, is never shipped)",
        )
    os.replace(tmp_path, target)


def _copy(
    package: PyodidePackage, source: PyodideSource, url: str, out: IO[bytes], report: Reporter
) -> str:
    try:
        stream, size = source.open(package.file_name)
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", None) or e
        raise PyodidePackageError(
            f"cannot download {package.name} {package.version} ({package.file_name}) "
            f"from {url}: {reason}",
            FIX_SOURCE,
        ) from e
    digest = hashlib.sha256()
    done, next_report = 0, 0.25
    with stream:
        try:
            for block in iter(lambda: stream.read(1 << 16), b""):
                out.write(block)
                digest.update(block)
                done += len(block)
                if size and size >= PROGRESS_FROM and done / size >= next_report:
                    report.info(
                        f"  {package.file_name}: {format_bytes(done)} of {format_bytes(size)}"
                    )
                    next_report += 0.25
        except (urllib.error.URLError, OSError) as e:
            raise PyodidePackageError(
                f"downloading {package.file_name} from {url} failed after "
                f"{format_bytes(done)}: {e}",
                FIX_SOURCE,
            ) from e
    return digest.hexdigest()


class FromPyodide:
    """The app's packages that come from Pyodide's distribution (a `resolver.Elsewhere`):
    each taken with everything it depends on in Pyodide's lock, fetched into the cache at
    once (so that pip finds a compiled dependency of a package from the index there)."""

    def __init__(
        self,
        index: PyodideIndex,
        fetch: Callable[[list[PyodidePackage]], Mapping[NormalizedName, Path]],
        keep_out: Iterable[str] = (),
    ) -> None:
        self.index = index
        self._fetch = fetch
        self._keep_out = {canonicalize_name(n) for n in keep_out}  # given with --wheel
        self.chosen: dict[NormalizedName, PyodidePackage] = {}
        self.required_by: dict[NormalizedName, str] = {}
        self.files: dict[NormalizedName, Path] = {}
        self.mismatches: list[str] = []

    def compiled(self, name: str) -> bool:
        """Whether ``name`` is one of Pyodide's compiled builds (and not given with --wheel)."""
        package = self.index.get(name)
        return package is not None and package.compiled and package.name not in self._keep_out

    def take_requirement(self, requirement: Requirement) -> None:
        """A line of requirements.txt that only Pyodide can serve."""
        self.check(requirement, "requirements.txt")
        self.take(requirement.name, "requirements.txt")

    # -- resolver.Elsewhere ---------------------------------------------------------------

    def provides(self, name: str) -> bool:
        return canonicalize_name(name) in self.chosen

    def take(self, name: str, parent: str) -> bool:
        package = self.index.get(name)
        if package is None or package.name in self.chosen or package.name in self._keep_out:
            return False
        new = [p for p in self.index.closure([package.name]) if p.name not in self.chosen]
        for p in new:
            self.chosen[p.name] = p
            self.required_by[p.name] = parent if p.name == package.name else package.name
        self.files.update(self._fetch(new))
        return True

    def pins(self) -> list[str]:
        return [f"{p.name}=={p.version}" for p in self.chosen.values() if _is_wheel(p)]

    def check(self, requirement: Requirement, parent: str) -> None:
        package = self.index.get(requirement.name)
        if package is None or package.allows(requirement):
            return
        if parent == "requirements.txt":
            raise PyodidePackageError(
                f"requirements.txt wants {requirement}, but Pyodide {PYODIDE_VERSION} builds "
                f"{package.name} {package.version} only",
                f"allow {package.name} {package.version} in requirements.txt "
                f"(e.g. {package.name}>={package.version.split('.')[0]}), or leave the version "
                "out: the browser can only load Pyodide's build",
            )
        note = f"{parent} wants {requirement}, Pyodide has {package.name} {package.version}"
        if note not in self.mismatches:
            self.mismatches.append(note)


def _is_wheel(package: PyodidePackage) -> bool:
    return package.file_name.endswith(".whl")
