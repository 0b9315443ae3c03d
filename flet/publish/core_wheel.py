"""Building `flet_pwa-<version>-py3-none-any.whl`: the core that runs in the browser.

It holds the `flet` package (without `flet/publish/`, `flet/cli.py` and `flet/fastapi.py`,
which run only on the host), `flet_core` (the async era's import name of `flet`), the import
names of Flet 1.0's extension packages (`EXTENSION_PACKAGES`: `flet_charts`, `flet_map`...)
and the `.py` files of `pyodide_runtime` (its JavaScript is served as site files), all taken
from where they are imported. The build is reproducible: entries are sorted and carry fixed
timestamps and modes, so the wheel's hash changes only when the code or the version changes.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import tomllib
from collections.abc import Iterator
from pathlib import Path

from ._zip import write_zip
from .errors import PublishError
from .locate import package_dir

__all__ = ["DIST_NAME", "LOCK_NAME", "build_core_wheel", "core_files", "project_version"]

DIST_NAME = "flet_pwa"
LOCK_NAME = "flet-pwa"
# What the core needs in the browser (pyproject's jinja2 is for the publisher only).
REQUIRES_DIST = ("msgpack>=1.1",)
# Flet 1.0's import names of extension packages whose controls live in `flet` (thin packages)
EXTENSION_PACKAGES = (
    "flet_ads",
    "flet_audio_recorder",
    "flet_camera",
    "flet_charts",
    "flet_code_editor",
    "flet_color_pickers",
    "flet_datatable2",
    "flet_flashlight",
    "flet_geolocator",
    "flet_map",
    "flet_permission_handler",
    "flet_secure_storage",
    "flet_webview",
)
_SKIP_DIRS = {"__pycache__"}
_SKIP_SUFFIXES = (".pyc", ".pyo")


def project_version() -> str:
    """The version of flet-pwa: the checkout's pyproject.toml, else the installed metadata.

    The checkout comes first because an editable install's metadata keeps the version it was
    installed with.
    """
    pyproject = package_dir("flet").parent / "pyproject.toml"
    if pyproject.is_file():
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == LOCK_NAME and isinstance(project.get("version"), str):
            return str(project["version"])
    try:
        return importlib.metadata.version(LOCK_NAME)
    except importlib.metadata.PackageNotFoundError as e:
        raise PublishError(
            "cannot tell the version of flet-pwa (no pyproject.toml, not installed)",
            "install flet-pwa (pip install .) or run from its checkout",
        ) from e


def core_files() -> list[tuple[str, Path]]:
    """(archive name, file) for everything the core wheel holds, sorted by archive name."""
    flet_dir = package_dir("flet")
    runtime_dir = package_dir("pyodide_runtime")
    files = [(f"flet/{rel}", path) for rel, path in _walk(flet_dir) if not _host_only(rel)]
    files += [(f"flet_core/{rel}", path) for rel, path in _walk(package_dir("flet_core"))]
    for name in EXTENSION_PACKAGES:
        files += [(f"{name}/{rel}", path) for rel, path in _walk(package_dir(name))]
    files += [(f"pyodide_runtime/{rel}", p) for rel, p in _walk(runtime_dir) if rel.endswith(".py")]
    return sorted(files)


def build_core_wheel(dest_dir: Path, version: str | None = None) -> Path:
    """Write the core wheel into `dest_dir` and return its path."""
    version = version or project_version()
    dist_info = f"{DIST_NAME}-{version}.dist-info"
    entries = [(name, path.read_bytes()) for name, path in core_files()]
    entries += [
        (f"{dist_info}/METADATA", _metadata(version).encode()),
        (f"{dist_info}/WHEEL", _wheel_file(version).encode()),
        (f"{dist_info}/top_level.txt", _top_level()),
    ]
    entries.append((f"{dist_info}/RECORD", _record(entries, f"{dist_info}/RECORD")))
    path = dest_dir / f"{DIST_NAME}-{version}-py3-none-any.whl"
    write_zip(path, entries)
    return path


def _top_level() -> bytes:
    names = ["flet", "flet_core", *EXTENSION_PACKAGES, "pyodide_runtime"]
    return "".join(f"{name}\n" for name in names).encode()


def _walk(root: Path) -> Iterator[tuple[str, Path]]:
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if not path.is_file() or _SKIP_DIRS & set(rel.parts) or path.suffix in _SKIP_SUFFIXES:
            continue
        if any(part.startswith(".") for part in rel.parts):
            continue
        yield rel.as_posix(), path


def _host_only(rel: str) -> bool:
    return rel in ("cli.py", "fastapi.py") or rel.startswith("publish/")


def _metadata(version: str) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {LOCK_NAME}",
        f"Version: {version}",
        "Summary: Flet apps in the browser: the core and the Pyodide runtime",
        "Requires-Python: >=3.11",
        *(f"Requires-Dist: {req}" for req in REQUIRES_DIST),
    ]
    return "\n".join(lines) + "\n"


def _wheel_file(version: str) -> str:
    return (
        "Wheel-Version: 1.0\n"
        f"Generator: flet-pwa-publish {version}\n"
        "Root-Is-Purelib: true\n"
        "Tag: py3-none-any\n"
    )


def _record(entries: list[tuple[str, bytes]], record_name: str) -> bytes:
    rows = [f"{name},sha256={_urlsafe_hash(data)},{len(data)}" for name, data in entries]
    rows.append(f"{record_name},,")
    return ("\n".join(rows) + "\n").encode()


def _urlsafe_hash(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
