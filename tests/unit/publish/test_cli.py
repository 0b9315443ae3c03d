"""The `flet` console script, run as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from flet.publish.core_wheel import project_version

pytestmark = pytest.mark.host_only


def flet(*args: str | Path, module: str = "flet.cli") -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", module, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_version() -> None:
    proc = flet("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"flet-pwa {project_version()}"


def test_publish_prints_progress_and_summary(
    tmp_path: Path, make_app: Callable[..., Path], site_parts: tuple[Path, Path]
) -> None:
    templates, js = site_parts
    dist = tmp_path / "site"
    proc = flet(  # python -m flet.publish ... == flet publish ...
        make_app(), "--distpath", dist, "--app-name", "Counter",
        "--web-renderer", "canvaskit", "--template-dir", templates, "--runtime-dir", js,
        module="flet.publish",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "[1/8] checking the app and options" in proc.stderr
    assert "[8/8] writing" in proc.stderr
    assert f"published {dist}" in proc.stdout
    assert "first visit (canvaskit, Chromium):" in proc.stdout
    assert (dist / "index.html").is_file()


def test_errors_print_the_fix_and_exit_2(tmp_path: Path) -> None:
    proc = flet("publish", tmp_path / "nope.py")
    assert proc.returncode == 2
    assert "\nerror: app file" in proc.stderr
    assert "\n  fix: pass the path of your app's .py file" in proc.stderr


def test_bad_flag_values_are_usage_errors(tmp_path: Path) -> None:
    proc = flet("publish", tmp_path / "app.py", "--web-renderer", "html")
    assert proc.returncode == 2
    assert "invalid choice: 'html'" in proc.stderr


def test_requirement_without_a_wheel_exits_2_naming_it(
    tmp_path: Path, make_app: Callable[..., Path], site_parts: tuple[Path, Path]
) -> None:
    templates, js = site_parts
    app = make_app(requirements="psycopg2\n")
    proc = flet(
        "publish", app, "--distpath", tmp_path / "site",
        "--template-dir", templates, "--runtime-dir", js,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "error: WheelNotFound: no wheel of 'psycopg2' for Pyodide 314" in proc.stderr
    assert "fix: remove it from requirements.txt or pass --wheel PATH" in proc.stderr
    assert not (tmp_path / "site").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".flet-publish-")]


def test_keep_stdlib_flags_reach_the_publisher(
    tmp_path: Path, make_app: Callable[..., Path], site_parts: tuple[Path, Path]
) -> None:
    templates, js = site_parts
    app = make_app()
    common = ("--template-dir", templates, "--runtime-dir", js)
    kept = flet("publish", app, "--distpath", tmp_path / "kept", "--keep-stdlib", "pdb", *common)
    both = flet(
        "publish", app, "--distpath", tmp_path / "both", "--keep-stdlib", "pdb", "--full-stdlib",
        *common,
    )  # fmt: skip
    assert kept.returncode == 0, kept.stderr
    assert "modules left out (--keep-stdlib NAME brings one back); kept: pdb" in kept.stderr
    assert both.returncode == 2
    assert "error: --keep-stdlib has no effect with --full-stdlib" in both.stderr
