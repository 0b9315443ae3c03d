"""pyodide_runtime.site_files: a wheel's files into site-packages, the sources of modules that are
already imported from there kept back until install_more() writes them (after a snapshot
start, the heap holds those modules)."""

from __future__ import annotations

import importlib
import io
import shutil
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyodide_runtime import site_files

MODULES = {
    "demo_pkg/__init__.py": "VALUE = 1\n",
    "demo_pkg/loaded.py": "NAME = 'loaded'\n",
    "demo_pkg/lazy.py": "NAME = 'lazy'\n",
    "demo_pkg/_data/table.txt": "a b c\n",
    "demo_pkg-1.0.dist-info/METADATA": "Name: demo-pkg\nVersion: 1.0\n",
}


def wheel(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buffer.getvalue()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Path]:
    """A site-packages from which demo_pkg and demo_pkg.loaded were imported (as the snapshot
    would have them), whose files are then gone (as after a restore)."""
    target = tmp_path / "site-packages"
    with zipfile.ZipFile(io.BytesIO(wheel(MODULES))) as zf:
        zf.extractall(target)
    sys.path.insert(0, str(target))
    importlib.invalidate_caches()
    importlib.import_module("demo_pkg.loaded")
    shutil.rmtree(target)
    target.mkdir()
    yield target
    sys.path.remove(str(target))
    for name in [n for n in sys.modules if n == "demo_pkg" or n.startswith("demo_pkg.")]:
        del sys.modules[name]
    site_files._later.clear()


def written(target: Path) -> set[str]:
    return {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}


def test_the_sources_of_imported_modules_wait_and_the_rest_is_written_at_once(site: Path) -> None:
    kept = site_files.install(wheel(MODULES), str(site))

    assert kept == 2 and site_files.pending() == 2
    assert written(site) == {
        "demo_pkg/lazy.py",
        "demo_pkg/_data/table.txt",
        "demo_pkg-1.0.dist-info/METADATA",
    }
    importlib.invalidate_caches()
    assert importlib.import_module("demo_pkg.lazy").NAME == "lazy"  # importable at once


def test_install_more_writes_the_kept_files_in_batches(site: Path) -> None:
    site_files.install(wheel(MODULES), str(site))

    assert site_files.install_more(limit=1) == 1
    assert site_files.install_more(limit=1) == 0
    assert site_files.install_more() == 0
    assert written(site) == set(MODULES)
    assert (site / "demo_pkg" / "loaded.py").read_text() == MODULES["demo_pkg/loaded.py"]


def test_a_wheel_nothing_was_imported_from_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"

    assert site_files.install(wheel(MODULES), str(target)) == 0
    assert written(target) == set(MODULES)


def test_member_names_stay_inside_the_target(tmp_path: Path) -> None:
    target = tmp_path / "site-packages"
    hostile = {"../outside.py": "x = 1\n", "/abs/path.py": "y = 2\n", "ok.py": "z = 3\n"}

    site_files.install(wheel(hostile), str(target))

    assert not (tmp_path / "outside.py").exists()
    assert written(target) == {"outside.py", "abs/path.py", "ok.py"}


def test_metadata_and_data_files_as_pyodides_installer_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "prefix"))
    target = tmp_path / "site-packages"
    files = {
        **MODULES,
        "demo_pkg-1.0.data/data/share/demo/table.csv": "1,2\n",
        "demo_pkg-1.0.data/data/../../escape.txt": "no\n",
    }

    site_files.install(wheel(files), str(target), {"INSTALLER": "pyodide.loadPackage"})

    dist_info = target / "demo_pkg-1.0.dist-info"
    assert (dist_info / "INSTALLER").read_text() == "pyodide.loadPackage"
    assert (tmp_path / "prefix" / "share" / "demo" / "table.csv").read_text() == "1,2\n"
    assert not (tmp_path / "escape.txt").exists()
