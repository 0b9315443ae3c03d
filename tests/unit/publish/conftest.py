"""Fixtures for the publisher tests. All of them need the host (files, subprocesses, pip);
inside Pyodide this folder is not even collected (jinja2 and pip are not there)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

if sys.platform == "emscripten":
    collect_ignore_glob = ["test_*.py", "_support.py"]
else:
    from tests.unit.publish._support import Publish, app_maker, make_site_parts, publisher


@pytest.fixture
def site_parts(tmp_path: Path) -> tuple[Path, Path]:
    return make_site_parts(tmp_path)


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[..., Path]:
    return app_maker(tmp_path)


@pytest.fixture
def run_publish(tmp_path: Path, site_parts: tuple[Path, Path]) -> Publish:
    return publisher(tmp_path, site_parts)
