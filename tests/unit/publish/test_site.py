"""A whole publish with the placeholder page template: layout, lock, context, build id."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from flet.publish import PublishOptions, PublishResult, SiteError, TemplateError, publish
from flet.publish.locate import package_dir
from flet.publish.templates import build_id
from tests.unit.publish._support import Publish, app_maker, make_site_parts, publisher

pytestmark = pytest.mark.host_only


def context_of(site: Path) -> dict[str, Any]:
    html = (site / "index.html").read_text()
    match = re.search(r'<script id="ctx" type="application/json">(.*?)</script>', html, re.S)
    assert match, html
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def site_files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def canvaskit_site(tmp_path_factory: pytest.TempPathFactory) -> PublishResult:
    """One canvaskit publish shared by the read-only tests of this module."""
    tmp = tmp_path_factory.mktemp("canvaskit")
    run = publisher(tmp, make_site_parts(tmp))
    return run(
        app_maker(tmp)(), app_name='Say "hi" <b>', base_url="myapp", web_renderer="canvaskit"
    )


def test_layout_for_canvaskit(canvaskit_site: PublishResult) -> None:
    files = site_files(canvaskit_site.site_dir)
    top = {f for f in files if "/" not in f}
    assert top == {
        "index.html",
        "404.html",
        "manifest.json",
        "flutter_bootstrap.js",
        "main.dart.js",
        "favicon.png",
        "app.zip",
        "sw.js",
        "version.json",
    }
    assert {f for f in files if f.startswith("canvaskit/")} == {
        "canvaskit/canvaskit.js",
        "canvaskit/canvaskit.wasm",
        "canvaskit/chromium/canvaskit.js",
        "canvaskit/chromium/canvaskit.wasm",
        "canvaskit/canvaskit.wasm.gz",  # compress.py's copies
        "canvaskit/chromium/canvaskit.wasm.gz",
    }
    assert {f for f in files if f.startswith("flet-pwa/")} == {
        "flet-pwa/bridge.js",
        "flet-pwa/gzip_fetch.js",
        "flet-pwa/worker.mjs",
        "flet-pwa/rive_native.js",
    }
    pyodide = {f for f in files if f.startswith("pyodide/") and not f.endswith(".whl")}
    assert pyodide == {
        "pyodide/pyodide.mjs",
        "pyodide/pyodide.asm.mjs",
        "pyodide/pyodide.asm.wasm",
        "pyodide/pyodide.asm.wasm.gz",
        "pyodide/python_stdlib.zip",
        "pyodide/pyodide-lock.json",
        "pyodide/snapshot.bin.gz",
    }
    assert not [p for p in canvaskit_site.site_dir.parent.iterdir() if ".flet-publish-" in p.name]


def test_lock_lists_our_wheels_with_real_hashes(canvaskit_site: PublishResult) -> None:
    site = canvaskit_site.site_dir
    lock = json.loads((site / "pyodide" / "pyodide-lock.json").read_text())
    assert lock["info"] == {
        "abi_version": "2026_0",
        "arch": "wasm32",
        "platform": "emscripten_5_0_3",
        "python": "3.14.2",
    }
    assert set(lock["packages"]) == {"flet-pwa", "msgpack"}
    wheels = {p.name for p in (site / "pyodide").glob("*.whl")}
    assert wheels == {e["file_name"] for e in lock["packages"].values()}
    for entry in lock["packages"].values():
        data = (site / "pyodide" / entry["file_name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["install_dir"] == "site" and entry["package_type"] == "package"
        assert entry["unvendored_tests"] is False
    assert lock["packages"]["flet-pwa"]["depends"] == ["msgpack"]
    assert lock["packages"]["msgpack"]["file_name"].endswith("pyemscripten_2026_0_wasm32.whl")


def test_template_context(canvaskit_site: PublishResult) -> None:
    site = canvaskit_site.site_dir
    ctx = context_of(site)
    assert ctx["base_url"] == "/myapp/"
    assert ctx["app_name"] == ctx["app_short_name"] == 'Say "hi" <b>'
    assert ctx["flet_config"] == {
        "pyodide": True,
        "multiView": False,
        "routeUrlStrategy": "path",
        "entrypointBaseUrl": "/myapp/",
        "assetBase": "/myapp/",
        "webRenderer": "canvaskit",
        "canvasKitBaseUrl": "/myapp/canvaskit/",
        "fontFallbackBaseUrl": "/myapp/assets/fonts/",
        "noCdn": True,
    }
    lock = json.loads((site / "pyodide" / "pyodide-lock.json").read_text())
    runtime = ctx["runtime_config"]
    assert runtime == {
        "workerUrl": "/myapp/flet-pwa/worker.mjs",
        "pyodideUrl": "/myapp/pyodide/pyodide.mjs",
        "lockFileUrl": "/myapp/pyodide/pyodide-lock.json",
        "packages": sorted(lock["packages"]),
        "appArchiveUrl": "/myapp/app.zip",
        "appArchiveSha256": hashlib.sha256((site / "app.zip").read_bytes()).hexdigest(),
        "appModule": "app",
        "snapshot": {
            "url": "/myapp/pyodide/snapshot.bin.gz",
            "sha256": hashlib.sha256((site / "pyodide/snapshot.bin.gz").read_bytes()).hexdigest(),
            "deferredPackages": ["msgpack"],
            "heap": {
                "url": "/myapp/pyodide/snapshot.bin",
                "sha256": hashlib.sha256(
                    gzip.decompress((site / "pyodide/snapshot.bin.gz").read_bytes())
                ).hexdigest(),
            },
        },
        "compressed": {
            path: {"gz": f"{path}.gz", "type": kind}
            for path, kind in (
                ("assets/fonts/MaterialIcons-Regular.otf", "font/otf"),
                ("canvaskit/canvaskit.wasm", "application/wasm"),
                ("canvaskit/chromium/canvaskit.wasm", "application/wasm"),
                ("pyodide/pyodide.asm.wasm", "application/wasm"),
            )
        }
        | {
            "pyodide/snapshot.bin": {
                "gz": "pyodide/snapshot.bin.gz",
                "type": "application/octet-stream",
            }
        },
        "buildId": canvaskit_site.build_id,
    }
    assert runtime["appArchiveSha256"] == canvaskit_site.archive.sha256
    assert "<b>" not in (site / "index.html").read_text()  # autoescaped / tojson-escaped


def test_build_id_covers_every_file_and_the_page_without_its_id(
    canvaskit_site: PublishResult, tmp_path: Path
) -> None:
    site = tmp_path / "copy"
    shutil.copytree(canvaskit_site.site_dir, site)
    index = site / "index.html"
    index.write_text(index.read_text().replace(canvaskit_site.build_id, ""))
    assert build_id(site) == canvaskit_site.build_id  # sw.js, version.json: made from the id
    (site / "app.zip").write_bytes(b"changed")
    assert build_id(site) != canvaskit_site.build_id


def test_manifest_is_json_with_the_names(canvaskit_site: PublishResult) -> None:
    manifest = json.loads((canvaskit_site.site_dir / "manifest.json").read_text())
    assert manifest["name"] == 'Say "hi" <b>'
    assert manifest["start_url"] == "/myapp/"
    icons = {i["src"] for i in manifest["icons"]}
    assert all((canvaskit_site.site_dir / src).is_file() for src in icons)


def test_font_manifest_has_roboto(canvaskit_site: PublishResult) -> None:
    fonts = json.loads((canvaskit_site.site_dir / "assets/FontManifest.json").read_text())
    assert fonts[-1] == {"family": "Roboto", "fonts": [{"asset": "fonts/roboto.woff2"}]}
    assert (canvaskit_site.site_dir / "assets/fonts/roboto.woff2").is_file()


def test_summary_counts_disk_and_cold_load(canvaskit_site: PublishResult) -> None:
    s = canvaskit_site.summary
    assert s.files == len(site_files(canvaskit_site.site_dir))
    assert s.bytes == sum(s.sizes.values())
    assert 0 < s.cold_bytes < s.bytes
    assert s.cold_bytes <= s.bytes - s.sizes["canvaskit/canvaskit.wasm"]  # Chromium variant only
    assert list(canvaskit_site.timings) == [
        "plan",
        "fetch_client",
        "resolve_wheels",
        "pack_app",
        "make_snapshot",
        "compress",
        "render_templates",
        "write_site",
    ]


SKWASM_PRESENT = {"main.dart.mjs", "main.dart.wasm", "canvaskit/skwasm_heavy.wasm"}
SKWASM_ABSENT = {"main.dart.js", "canvaskit/canvaskit.wasm"}
AUTO_PRESENT = {"main.dart.js", "main.dart.wasm", "canvaskit/chromium/canvaskit.wasm"}
AUTO_ABSENT = {"canvaskit/wimp.wasm", "canvaskit/skwasm.js.symbols"}


@pytest.mark.parametrize(
    ("renderer", "present", "absent"),
    [("skwasm", SKWASM_PRESENT, SKWASM_ABSENT), ("auto", AUTO_PRESENT, AUTO_ABSENT)],
)
def test_other_renderers(
    make_app: Callable[..., Path],
    run_publish: Publish,
    renderer: str,
    present: set[str],
    absent: set[str],
) -> None:
    result = run_publish(make_app(), web_renderer=renderer)
    files = site_files(result.site_dir)
    assert present <= files
    assert not absent & files
    assert context_of(result.site_dir)["flet_config"]["webRenderer"] == renderer


def test_the_default_renderer_is_auto_which_chromium_runs_with_skwasm(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_app())
    files = site_files(result.site_dir)
    assert result.web_renderer == "auto"
    assert {"main.dart.wasm", "canvaskit/skwasm.wasm", "main.dart.js"} <= files
    assert context_of(result.site_dir)["flet_config"]["webRenderer"] == "auto"
    assert result.pwa is not None and result.pwa.engine == "skwasm"


def test_republish_replaces_the_site(make_app: Callable[..., Path], run_publish: Publish) -> None:
    app = make_app()
    first = run_publish(app)
    (first.site_dir / "stale.txt").write_text("old")
    second = run_publish(app)
    assert not (second.site_dir / "stale.txt").exists()
    assert second.build_id == first.build_id  # same inputs, same site
    parent = second.site_dir.parent
    assert not [p.name for p in parent.iterdir() if p.name.startswith(".flet-publish-")]


def test_refuses_to_replace_a_folder_that_is_not_a_site(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("precious")
    with pytest.raises(SiteError) as info:
        run_publish(app, distpath=mine)
    assert "not a published site" in str(info.value) and info.value.fix
    with pytest.raises(SiteError):
        run_publish(app, distpath=app.parent.parent)
    assert (mine / "thesis.tex").read_text() == "precious"


def test_template_with_unknown_name_fails(
    make_app: Callable[..., Path], run_publish: Publish, site_parts: tuple[Path, Path]
) -> None:
    templates, _ = site_parts
    (templates / "index.html").write_text("{{ no_such_name }}")
    with pytest.raises(TemplateError) as info:
        run_publish(make_app())
    assert "no_such_name" in str(info.value)


def test_default_templates_and_runtime_files(tmp_path: Path, make_app: Callable[..., Path]) -> None:
    """The real web_template/ and pyodide_runtime/js/ render with the context we provide."""
    result = publish(PublishOptions(app=make_app(), distpath=tmp_path / "dist", base_url="/x/"))
    site = result.site_dir
    js_dir = package_dir("pyodide_runtime") / "js"
    shipped = {p.relative_to(js_dir).as_posix() for p in js_dir.rglob("*.*js")}
    assert {"bridge.js", "worker.mjs"} <= shipped
    for name in shipped:
        assert (site / "flet-pwa" / name).read_bytes() == (js_dir / name).read_bytes()
    html = (site / "index.html").read_text()
    assert '<base href="/x/">' in html
    assert f'"buildId": "{result.build_id}"' in html
    assert '"canvasKitBaseUrl": "/x/canvaskit/"' in html
    assert json.loads((site / "manifest.json").read_text())["scope"] == "/x/"
