"""Helpers for the publisher tests: stand-in templates and runtime files, apps, wheels."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flet.publish import PublishOptions, PublishResult, publish

REPO = Path(__file__).resolve().parents[3]

# Stands in for web_template/index.html (owned elsewhere): it exposes the whole context as
# JSON, so tests can read back exactly what the publisher handed to the template.
PLACEHOLDER_INDEX = """<!DOCTYPE html>
<html><head><base href="{{ base_url }}"><title>{{ app_name }}</title>
<script id="ctx" type="application/json">{{ {"base_url": base_url, "app_name": app_name,
"app_short_name": app_short_name, "app_description": app_description,
"flet_config": flet_config, "runtime_config": runtime_config}|tojson }}</script>
</head><body></body></html>
"""

APP_SOURCE = """import flet as ft


def main(page):
    page.add(ft.Text("hello"))


ft.app(main)
"""

Publish = Callable[..., PublishResult]


def make_site_parts(folder: Path) -> tuple[Path, Path]:
    """(template dir, runtime JS dir): the placeholder index.html plus the real manifest
    template, and stub runtime files."""
    templates = folder / "templates"
    templates.mkdir()
    (templates / "index.html").write_text(PLACEHOLDER_INDEX)
    shutil.copyfile(REPO / "web_template" / "manifest.json", templates / "manifest.json")
    js = folder / "runtime-js"
    js.mkdir()
    (js / "bridge.js").write_text("// bridge stub\n")
    (js / "worker.mjs").write_text("// worker stub\n")
    (js / "gzip_fetch.js").write_text("// gzip_fetch stub\n")
    (js / "rive_native.js").write_text("// rive stub\n")
    return templates, js


def app_maker(folder: Path) -> Callable[..., Path]:
    """make(files={"rel/path": "text"}, requirements="...") -> path of myapp/app.py."""

    def make(files: dict[str, str] | None = None, requirements: str | None = None) -> Path:
        app_dir = folder / "myapp"
        app_dir.mkdir(exist_ok=True)
        app = app_dir / "app.py"
        app.write_text(APP_SOURCE)
        for rel, text in (files or {}).items():
            (app_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (app_dir / rel).write_text(text)
        if requirements is not None:
            (app_dir / "requirements.txt").write_text(requirements)
        return app

    return make


def publisher(folder: Path, site_parts: tuple[Path, Path]) -> Publish:
    """run(app, **options): publish with the stand-in templates into folder/dist."""
    templates, js = site_parts

    def run(app: Path, **options: Any) -> PublishResult:
        options.setdefault("distpath", folder / "dist")
        return publish(
            PublishOptions(app=app, template_dir=templates, runtime_js_dir=js, **options)
        )

    return run


def make_wheel(
    folder: Path, name: str, version: str, requires: list[str], tag: str = "py3-none-any"
) -> Path:
    """A minimal wheel with one module `<name>.py` and the given Requires-Dist lines."""
    module = name.replace("-", "_")
    dist_info = f"{module}-{version}.dist-info"
    meta = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    meta += [f"Requires-Dist: {r}" for r in requires]
    path = folder / f"{module}-{version}-{tag}.whl"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{module}.py", "VALUE = 1\n")
        zf.writestr(f"{dist_info}/METADATA", "\n".join(meta) + "\n")
        zf.writestr(f"{dist_info}/WHEEL", f"Wheel-Version: 1.0\nTag: {tag}\n")
        zf.writestr(f"{dist_info}/RECORD", "")
    return path
