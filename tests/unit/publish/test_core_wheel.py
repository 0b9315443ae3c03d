"""The core wheel (flet + pyodide_runtime): reproducible, complete, importable."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from flet.publish.core_wheel import build_core_wheel, core_files
from flet.publish.locate import package_dir
from flet.publish.wheelinfo import read_wheel

pytestmark = pytest.mark.host_only


def test_build_is_reproducible(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = build_core_wheel(tmp_path / "a")
    second = build_core_wheel(tmp_path / "b")
    assert first.name == second.name
    assert first.name.startswith("flet_pwa-") and first.name.endswith("-py3-none-any.whl")
    assert first.read_bytes() == second.read_bytes()


def test_holds_flet_without_host_parts_and_runtime_python(tmp_path: Path) -> None:
    with zipfile.ZipFile(build_core_wheel(tmp_path)) as zf:
        names = zf.namelist()
        infos = zf.infolist()
    assert "flet/__init__.py" in names
    assert "flet_core/__init__.py" in names
    assert "flet_charts/__init__.py" in names  # `import flet_charts as fch` (1.0 apps)
    assert "flet_camera/__init__.py" in names
    assert not [n for n in names if n.startswith("flet/publish/") or n == "flet/cli.py"]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    runtime = package_dir("pyodide_runtime")
    expected_runtime = {
        f"pyodide_runtime/{p.relative_to(runtime).as_posix()}"
        for p in runtime.rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert {n for n in names if n.startswith("pyodide_runtime/")} == expected_runtime
    assert names == sorted(names[:-4]) + names[-4:]  # sorted files, then dist-info
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_record_matches_every_file(tmp_path: Path) -> None:
    with zipfile.ZipFile(build_core_wheel(tmp_path)) as zf:
        record_name = next(n for n in zf.namelist() if n.endswith(".dist-info/RECORD"))
        rows = [line.split(",") for line in zf.read(record_name).decode().splitlines()]
        listed = {row[0] for row in rows}
        assert listed == set(zf.namelist())
        for name, digest, size in rows:
            if name == record_name:
                assert (digest, size) == ("", "")
                continue
            data = zf.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            assert digest == "sha256=" + expected.decode()
            assert int(size) == len(data)


def test_metadata_names_the_lock_entry(tmp_path: Path) -> None:
    wheel = read_wheel(build_core_wheel(tmp_path))
    assert wheel.name == "flet-pwa"
    assert "flet" in wheel.imports
    assert [str(r) for r in wheel.requires] == ["msgpack>=1.1"]
    assert len(core_files()) > 10


def test_installed_wheel_imports_flet_but_not_the_publisher(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    with zipfile.ZipFile(build_core_wheel(tmp_path)) as zf:
        zf.extractall(site)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import flet\n"
        "print(flet.__file__)\n"
        "print(callable(flet.app))\n"
        "import flet_core.page\n"
        "print(flet_core.page.Page is flet.Page and flet_core.__file__.startswith(sys.argv[1]))\n"
        "try:\n"
        "    import flet.publish\n"
        "except ModuleNotFoundError:\n"
        "    print('no publisher')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-I", "-c", script, str(site)],
        capture_output=True,
        text=True,
        check=True,
    )
    file, has_app, era_name, publisher = proc.stdout.splitlines()
    assert Path(file).is_relative_to(site)
    assert has_app == "True"
    assert era_name == "True"  # the async era's import name ships in the wheel
    assert publisher == "no publisher"
