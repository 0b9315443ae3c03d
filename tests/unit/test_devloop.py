"""flet.devloop: which changed files reload the app in ``flet run`` (browser and window)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flet.devloop import watch_filter

pytestmark = pytest.mark.host_only  # flet run is a host tool


def test_file_mode_reloads_on_the_script_only(tmp_path: Path):
    wanted = watch_filter(tmp_path / "app.py")
    assert wanted(None, str(tmp_path / "app.py"))
    assert not wanted(None, str(tmp_path / "helper.py"))
    assert not wanted(None, str(tmp_path.parent / "app.py"))


def test_directory_mode_reloads_on_the_folder_not_below(tmp_path: Path):
    wanted = watch_filter(tmp_path / "app.py", "directory")
    assert wanted(None, str(tmp_path / "helper.py"))
    assert not wanted(None, str(tmp_path / "pkg" / "mod.py"))


def test_recursive_mode_skips_ignored_folders(tmp_path: Path):
    wanted = watch_filter(tmp_path / "app.py", "recursive", ["data"])
    assert wanted(None, str(tmp_path / "pkg" / "mod.py"))
    assert not wanted(None, str(tmp_path / "__pycache__" / "app.cpython-311.pyc"))
    assert not wanted(None, str(tmp_path / ".venv" / "lib" / "x.py"))
    assert not wanted(None, str(tmp_path / "data" / "rows.csv"))
