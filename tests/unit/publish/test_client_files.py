"""Which client files each renderer gets, checked against the real flet-web 1.0.5 wheel."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from flet.publish.cache import ensure_pinned
from flet.publish.client import patch_font_manifest
from flet.publish.client_files import (
    PYODIDE_CORE,
    WEB_PREFIX,
    renderer_files,
    site_path,
)
from flet.publish.options import WebRenderer, default_cache_dir
from flet.publish.target import CLIENT

pytestmark = pytest.mark.host_only

NEVER = {
    "index.html",
    "manifest.json",
    "python.js",
    "python-worker.js",
    "flutter_service_worker.js",
    "flutter.js",
    "flutter.js.map",
    "version.json",
    "pyodide/pyodide-lock.json",
    "pyodide/micropip-0.11.1-py3-none-any.whl",
    "pyodide/packaging-26.1-py3-none-any.whl",
    "pyodide/pyodide.js",
    "pyodide/pyodide.d.ts",
    "pyodide/ffi.d.ts",
    "pyodide/package.json",
    "pyodide/python",
    "pyodide/python.bat",
    "pyodide/python.exe",
    "pyodide/python_cli_entry.mjs",
    "canvaskit/wimp.js",
    "canvaskit/wimp.wasm",
    "canvaskit/experimental_webparagraph/canvaskit.wasm",
}


@pytest.fixture(scope="module")
def wheel_names() -> list[str]:
    wheel, _ = ensure_pinned(CLIENT, default_cache_dir() / "client", ())
    with zipfile.ZipFile(wheel) as zf:
        return zf.namelist()


def selected(names: list[str], renderer: WebRenderer) -> set[str]:
    return {p for n in names if (p := site_path(n, renderer)) is not None}


def engine_files(paths: set[str]) -> set[str]:
    return {p for p in paths if p.startswith(("main.dart.", "canvaskit/"))}


def test_canvaskit_gets_dart2js_and_both_canvaskit_variants(wheel_names: list[str]) -> None:
    assert engine_files(selected(wheel_names, "canvaskit")) == {
        "main.dart.js",
        "canvaskit/canvaskit.js",
        "canvaskit/canvaskit.wasm",
        "canvaskit/chromium/canvaskit.js",
        "canvaskit/chromium/canvaskit.wasm",
    }


def test_skwasm_gets_dart2wasm_and_skwasm_with_its_fallback(wheel_names: list[str]) -> None:
    assert engine_files(selected(wheel_names, "skwasm")) == {
        "main.dart.mjs",
        "main.dart.wasm",
        "canvaskit/skwasm.js",
        "canvaskit/skwasm.wasm",
        "canvaskit/skwasm_heavy.js",
        "canvaskit/skwasm_heavy.wasm",
    }


def test_auto_gets_both_builds(wheel_names: list[str]) -> None:
    both = selected(wheel_names, "canvaskit") | selected(wheel_names, "skwasm")
    assert selected(wheel_names, "auto") == both


@pytest.mark.parametrize("renderer", ["auto", "canvaskit", "skwasm"])
def test_common_files_and_exclusions(wheel_names: list[str], renderer: WebRenderer) -> None:
    paths = selected(wheel_names, renderer)
    assert {"flutter_bootstrap.js", "favicon.png", "assets/fonts/roboto.woff2"} <= paths
    assert {f"pyodide/{name}" for name in PYODIDE_CORE} == {
        p for p in paths if p.startswith("pyodide/")
    }
    assert not {p for p in paths if p.endswith(".symbols")}
    assert not paths & NEVER
    assert set(renderer_files(renderer)) <= paths  # every file the renderer needs is there


def test_the_loader_still_works_as_the_selection_assumes(wheel_names: list[str]) -> None:
    """The choice above was read from the wheel's flutter_bootstrap.js; pin what it relies on."""
    wheel, _ = ensure_pinned(CLIENT, default_cache_dir() / "client", ())
    with zipfile.ZipFile(wheel) as zf:
        bootstrap = zf.read(WEB_PREFIX + "flutter_bootstrap.js").decode()
    assert '"compileTarget":"dart2js","renderer":"canvaskit","mainJsPath":"main.dart.js"' in (
        bootstrap
    )
    assert '"mainWasmPath":"main.dart.wasm","jsSupportRuntimePath":"main.dart.mjs"' in bootstrap
    assert 'c(s,"chromium")' in bootstrap  # Chromium picks canvaskit/chromium/
    assert '"skwasm_heavy"' in bootstrap and 'e.enableWimp?"wimp":"skwasm"' in bootstrap
    assert "flet.canvasKitBaseUrl" in bootstrap and "flet.fontFallbackBaseUrl" in bootstrap


def test_font_manifest_gets_roboto_once(tmp_path: Path) -> None:
    manifest = tmp_path / "FontManifest.json"
    original = [{"family": "MaterialIcons", "fonts": [{"asset": "fonts/MaterialIcons.otf"}]}]
    manifest.write_text(json.dumps(original))
    patch_font_manifest(manifest)
    patch_font_manifest(manifest)
    roboto = {"family": "Roboto", "fonts": [{"asset": "fonts/roboto.woff2"}]}
    assert json.loads(manifest.read_text()) == [*original, roboto]
