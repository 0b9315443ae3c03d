"""The offline PWA parts of a publish: the service worker's precache and hashes, the version
file, `--no-service-worker`, the build id, the manifest, colours and install icons."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from flet.publish import (
    AssetConflict,
    AssetError,
    OptionError,
    PublishOptions,
    PublishResult,
    publish,
)
from flet.publish.icons import ICONS
from flet.publish.layout import engine_variants
from tests.unit.publish._support import Publish

pytestmark = pytest.mark.host_only


def sw_build(site: Path) -> dict[str, Any]:
    """The `BUILD` object rendered into sw.js."""
    match = re.search(r"^const BUILD = (.*);$", (site / "sw.js").read_text(), re.M)
    assert match, "sw.js has no BUILD line"
    build: dict[str, Any] = json.loads(match.group(1))
    return build


def site_files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def sri(path: Path) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode()


def page_pwa_config(site: Path) -> dict[str, Any]:
    """pwa_config as the real index.html hands it to flet-pwa/pwa.js."""
    html = (site / "index.html").read_text()
    match = re.search(r"""<script src="flet-pwa/pwa.js" data-config='([^']*)'>""", html)
    assert match, "index.html does not load flet-pwa/pwa.js"
    config: dict[str, Any] = json.loads(match.group(1))
    return config


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> PublishResult:
    """The real templates and runtime JS, canvaskit, under /app/."""
    tmp = tmp_path_factory.mktemp("pwa")
    app = tmp / "myapp" / "app.py"
    app.parent.mkdir()
    app.write_text("import flet as ft\n\nft.app(lambda page: page.add(ft.Text('hi')))\n")
    options = PublishOptions(
        app=app, distpath=tmp / "dist", base_url="/app/", web_renderer="canvaskit"
    )
    return publish(options)


# --- the service worker ------------------------------------------------------------------------


def test_precache_is_what_a_page_load_fetches(site: PublishResult) -> None:
    root = site.site_dir
    build = sw_build(root)
    precache = set(build["precache"])
    fonts = {
        f"assets/{font['asset']}"
        for family in json.loads((root / "assets/FontManifest.json").read_text())
        for font in family["fonts"]
    }
    must = {
        "index.html", "manifest.json", "flutter_bootstrap.js", "favicon.png", "app.zip",
        "assets/FontManifest.json", "flet-pwa/bridge.js", "flet-pwa/worker.mjs",
        "flet-pwa/pwa.js", "flet-pwa/rive.js", "flet-pwa/rive_native.js", "pyodide/pyodide.mjs",
        "pyodide/pyodide.asm.mjs", "pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip",
        "pyodide/pyodide-lock.json", "icons/icon-192.png", "icons/icon-512.png",
        "icons/icon-maskable-192.png", "icons/icon-maskable-512.png",
        "icons/loading-animation.png",
    }  # fmt: skip
    wheels = {f"pyodide/{p.name}" for p in (root / "pyodide").glob("*.whl")}
    assert len(wheels) == 2
    assert must | fonts | wheels <= precache
    on_demand = {"assets/NOTICES", "assets/AssetManifest.bin.json", "sw.js", "version.json"}
    engine_files = {f for files in build["engines"].values() for f in files}
    assert not precache & (on_demand | engine_files)
    assert {p for p in precache if p.startswith("canvaskit/")} == set()


def test_engines_are_kept_apart_by_browser_variant(site: PublishResult) -> None:
    assert sw_build(site.site_dir)["engines"] == {
        "canvaskit-chromium": [
            "main.dart.js",
            "canvaskit/chromium/canvaskit.js",
            "canvaskit/chromium/canvaskit.wasm",
        ],
        "canvaskit-full": ["main.dart.js", "canvaskit/canvaskit.js", "canvaskit/canvaskit.wasm"],
    }
    assert site.pwa is not None and site.pwa.engine == "canvaskit-chromium"
    assert site.pwa.precache_files == len(sw_build(site.site_dir)["precache"]) + 3


@pytest.mark.parametrize(
    ("renderer", "variants"),
    [
        ("skwasm", {"skwasm", "skwasm-heavy"}),
        ("auto", {"skwasm", "skwasm-heavy", "canvaskit-chromium", "canvaskit-full"}),
    ],
)
def test_every_engine_variant_file_is_shipped(
    renderer: Any, variants: set[str], make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_app(), web_renderer=renderer)
    build = sw_build(result.site_dir)
    assert set(build["engines"]) == variants == set(engine_variants(renderer))
    for files in build["engines"].values():
        assert set(files) <= set(build["files"])


def test_every_file_has_its_content_hash(site: PublishResult) -> None:
    root = site.site_dir
    files = sw_build(root)["files"]
    assert set(files) == site_files(root) - {"sw.js", "version.json", "404.html"}
    for path, integrity in files.items():
        assert integrity == sri(root / path), path


def test_service_worker_names_the_build_and_is_valid_javascript(site: PublishResult) -> None:
    build = sw_build(site.site_dir)
    assert build["id"] == site.build_id
    assert (build["index"], build["version"]) == ("index.html", "version.json")
    text = (site.site_dir / "sw.js").read_text()
    assert "skipWaiting()" in text and "clients.claim" not in text  # updates wait for Reload
    subprocess.run(["node", "--check", str(site.site_dir / "sw.js")], check=True)


def test_page_gets_the_worker_and_version_urls(site: PublishResult) -> None:
    assert page_pwa_config(site.site_dir) == {
        "buildId": site.build_id,
        "scope": "/app/",
        "serviceWorkerUrl": "/app/sw.js",
        "versionUrl": "/app/version.json",
        "webRenderer": "canvaskit",
    }
    version = json.loads((site.site_dir / "version.json").read_text())
    assert version == {"buildId": site.build_id, "serviceWorker": True}


def test_custom_template_folder_without_sw_js_gets_the_packaged_one(
    make_app: Callable[..., Path], run_publish: Publish, site_parts: tuple[Path, Path]
) -> None:
    templates, _ = site_parts
    assert not (templates / "sw.js").exists()
    result = run_publish(make_app())
    assert sw_build(result.site_dir)["id"] == result.build_id


def test_no_service_worker(tmp_path: Path, make_app: Callable[..., Path]) -> None:
    result = publish(
        PublishOptions(app=make_app(), distpath=tmp_path / "dist", service_worker=False)
    )
    root = result.site_dir
    assert not (root / "sw.js").exists()
    assert json.loads((root / "version.json").read_text())["serviceWorker"] is False
    assert page_pwa_config(root)["serviceWorkerUrl"] is None
    assert result.pwa is not None and result.pwa.precache_files == 0


# --- build id ----------------------------------------------------------------------------------


def test_build_id_changes_with_the_page_config_alone(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app()
    path_routes = run_publish(app, route_url_strategy="path")
    hash_routes = run_publish(app, route_url_strategy="hash")
    assert path_routes.build_id != hash_routes.build_id  # only index.html differs
    assert run_publish(app, route_url_strategy="hash").build_id == hash_routes.build_id


# --- manifest and colours ----------------------------------------------------------------------


def test_manifest_for_installing(tmp_path: Path, make_app: Callable[..., Path]) -> None:
    result = publish(
        PublishOptions(
            app=make_app(),
            distpath=tmp_path / "dist",
            base_url="/repo/",
            app_name="My App",
            app_short_name="App",
            app_description="Does things",
            pwa_theme_color="#1e88e5",
            pwa_background_color="#abc",
        )
    )
    manifest = json.loads((result.site_dir / "manifest.json").read_text())
    assert {k: manifest[k] for k in ("id", "scope", "start_url", "display")} == {
        "id": "/repo/",
        "scope": "/repo/",
        "start_url": "/repo/",
        "display": "standalone",
    }
    assert (manifest["name"], manifest["short_name"]) == ("My App", "App")
    assert manifest["description"] == "Does things"
    assert manifest["theme_color"] == "#1E88E5"
    assert manifest["background_color"] == "#AABBCC"
    icons = {(i["src"], i["sizes"], i["purpose"]) for i in manifest["icons"]}
    assert icons == {
        ("icons/icon-192.png", "192x192", "any"),
        ("icons/icon-512.png", "512x512", "any"),
        ("icons/icon-maskable-192.png", "192x192", "maskable"),
        ("icons/icon-maskable-512.png", "512x512", "maskable"),
    }
    for icon in manifest["icons"]:
        with Image.open(result.site_dir / icon["src"]) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]


@pytest.mark.parametrize("color", ["red", "#12345", "1E88E5", "#GGGGGG", ""])
def test_bad_colour_is_an_option_error(
    color: str, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    with pytest.raises(OptionError) as info:
        run_publish(make_app(), pwa_theme_color=color)
    assert "--pwa-theme-color" in str(info.value) and "#1E88E5" in info.value.fix


# --- icons -------------------------------------------------------------------------------------


def write_icon(app: Path, size: tuple[int, int] = (300, 200)) -> None:
    assets = app.parent / "assets"
    assets.mkdir(exist_ok=True)
    Image.new("RGBA", size, (200, 30, 30, 255)).save(assets / "icon.png")


def test_icons_are_made_from_the_app_icon(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app()
    write_icon(app)
    result = run_publish(app, pwa_background_color="#00FF00")
    assert result.pwa is not None
    assert set(result.pwa.icons) == {spec.path for spec in ICONS}
    for spec in ICONS:
        with Image.open(result.site_dir / spec.path) as image:
            assert image.size == (spec.size, spec.size)
            corner = image.convert("RGBA").getpixel((0, 0))
            centre = image.convert("RGBA").getpixel((spec.size // 2, spec.size // 2))
            assert centre == (200, 30, 30, 255)
            # maskable: opaque background colour in the corners; any: transparent there
            assert corner == ((0, 255, 0, 255) if spec.padded else (0, 0, 0, 0)), spec.path
    with Image.open(result.site_dir / "icons/icon-512.png") as image:
        assert image.getpixel((256, 0))[3] == 0  # 300x200 kept its aspect ratio
        assert image.getpixel((0, 256))[3] == 255
    with Image.open(result.site_dir / "icons/icon-maskable-512.png") as image:
        assert image.getpixel((round(512 * 0.05), 256))[:3] == (0, 255, 0)  # outside the 80 %
    files = sw_build(result.site_dir)["files"]
    assert files["icons/icon-192.png"] == sri(result.site_dir / "icons/icon-192.png")


def test_an_icon_in_the_assets_wins_over_one_made(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app()
    write_icon(app)
    own = app.parent / "assets" / "icons" / "icon-192.png"
    own.parent.mkdir()
    Image.new("RGB", (192, 192), (1, 2, 3)).save(own)
    result = run_publish(app)
    assert result.pwa is not None and "icons/icon-192.png" not in result.pwa.icons
    assert (result.site_dir / "icons/icon-192.png").read_bytes() == own.read_bytes()


def test_without_an_app_icon_the_default_icons_stay(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_app())
    assert result.pwa is not None and result.pwa.icons == ()
    assert (result.site_dir / "icons/icon-512.png").is_file()


def test_an_icon_that_is_not_an_image_is_an_asset_error(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app({"assets/icon.png": "not a png"})
    with pytest.raises(AssetError) as info:
        run_publish(app)
    assert "icon.png" in str(info.value) and "PNG" in info.value.fix


@pytest.mark.parametrize("name", ["sw.js", "version.json"])
def test_assets_cannot_replace_the_offline_files(
    name: str, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    with pytest.raises(AssetConflict):
        run_publish(make_app({f"assets/{name}": "x"}))


# --- CLI ---------------------------------------------------------------------------------------


def test_cli_flags(tmp_path: Path, make_app: Callable[..., Path]) -> None:
    dist = tmp_path / "site"
    command = [
        sys.executable, "-m", "flet.cli", "publish", str(make_app()), "--distpath", str(dist),
        "--no-service-worker", "--pwa-theme-color", "#123456",
        "--pwa-background-color", "#fff", "-q",
    ]  # fmt: skip
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "offline: no service worker" in proc.stdout
    assert not (dist / "sw.js").exists()
    manifest = json.loads((dist / "manifest.json").read_text())
    assert (manifest["theme_color"], manifest["background_color"]) == ("#123456", "#FFFFFF")
