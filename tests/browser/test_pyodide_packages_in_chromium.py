"""A package built by Pyodide, taken from Pyodide's distribution at publish time, imported by
an app running in Chromium (flet/publish/pyodide_packages.py).

The distribution is a local folder holding micropip 0.11.1 as Pyodide 314.0.7 ships it (the
file comes from the flet-web wheel, so its sha256 is the one of Pyodide's lock); the package
index is switched off, so micropip can only come from there.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from flutter_semantics import enable_semantics, wait_for_text
from harness import StaticServer
from playwright.sync_api import Page

from flet.publish import PublishOptions, publish
from flet.publish.options import default_cache_dir
from flet.publish.target import CLIENT

ServerFactory = Callable[..., StaticServer]
MICROPIP = "micropip-0.11.1-py3-none-any.whl"
APP = """import importlib.metadata

import micropip

import flet as ft


def main(page: ft.Page):
    version = importlib.metadata.version("micropip")
    page.add(ft.Text(f"micropip {version} from {micropip.__name__}"))


ft.app(main)
"""


def test_an_app_imports_a_package_from_pyodides_distribution(
    page: Page,
    tmp_path: Path,
    static_server: ServerFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "pyodide-full"
    folder.mkdir()
    with zipfile.ZipFile(default_cache_dir() / "client" / CLIENT.file_name) as zf:
        (folder / MICROPIP).write_bytes(zf.read(f"flet_web/web/pyodide/{MICROPIP}"))
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    (app_dir / "main.py").write_text(APP)
    (app_dir / "requirements.txt").write_text("micropip\n")
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    result = publish(
        PublishOptions(
            app=app_dir / "main.py", distpath=tmp_path / "dist", pyodide_packages_url=str(folder)
        )
    )
    assert any(p.name == "micropip" and p.from_pyodide for p in result.packages)
    # the service worker stores it at install, so the app works offline after one visit
    assert f'"pyodide/{MICROPIP}"' in (result.site_dir / "sw.js").read_text()

    page.goto(static_server(result.site_dir).url)
    enable_semantics(page)
    wait_for_text(page, "micropip 0.11.1 from micropip", exact=True)
