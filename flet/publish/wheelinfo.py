"""Reading a wheel: name, version, dependencies, importable names, hash, Pyodide fit."""

from __future__ import annotations

import email.message
import email.parser
import zipfile
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import (
    InvalidWheelFilename,
    NormalizedName,
    parse_wheel_filename,
)
from packaging.version import Version

from .cache import sha256_of
from .errors import IncompatibleWheel
from .target import supported_tags

__all__ = ["WheelInfo", "read_wheel"]


@dataclass(frozen=True)
class WheelInfo:
    path: Path
    name: NormalizedName
    version: Version
    requires: tuple[Requirement, ...]
    imports: tuple[str, ...]
    sha256: str

    @property
    def file_name(self) -> str:
        return self.path.name


def read_wheel(path: Path) -> WheelInfo:
    """Read `path`; raise IncompatibleWheel unless Pyodide 314 can install it."""
    try:
        name, version, _build, tags = parse_wheel_filename(path.name)
    except InvalidWheelFilename as e:
        raise IncompatibleWheel(str(path), f"not a wheel file name ({e})") from e
    if not tags & supported_tags():
        found = ", ".join(sorted(str(t) for t in tags))
        raise IncompatibleWheel(str(path), f"its tags ({found}) do not match Pyodide 314")
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            metadata = _metadata(zf, names)
    except (zipfile.BadZipFile, KeyError) as e:
        raise IncompatibleWheel(str(path), f"cannot read it ({e})") from e
    return WheelInfo(
        path=path,
        name=name,
        version=version,
        requires=_requires(metadata.get_all("Requires-Dist") or []),
        imports=_imports(names),
        sha256=sha256_of(path),
    )


def _metadata(zf: zipfile.ZipFile, names: list[str]) -> email.message.Message:
    meta = next(n for n in names if n.count("/") == 1 and n.endswith(".dist-info/METADATA"))
    return email.parser.Parser().parsestr(zf.read(meta).decode("utf-8"))


def _requires(lines: list[str]) -> tuple[Requirement, ...]:
    reqs: list[Requirement] = []
    for line in lines:
        try:
            reqs.append(Requirement(line))
        except InvalidRequirement:
            continue  # a broken line in someone else's metadata: nothing we can install for it
    return tuple(reqs)


def _imports(names: list[str]) -> tuple[str, ...]:
    """Top-level importable names: packages (folders with code), modules, extension modules."""
    found: set[str] = set()
    for name in names:
        top, _, rest = name.partition("/")
        if top.endswith((".dist-info", ".data")):
            continue
        if rest and rest.endswith((".py", ".so")):
            found.add(top)
        elif not rest and top.endswith((".py", ".so")):
            found.add(top.split(".", 1)[0])
    return tuple(sorted(n for n in found if n.isidentifier()))
