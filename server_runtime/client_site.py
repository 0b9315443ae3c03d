"""The 1.0.5 web client's files for server mode, and the page that starts it on a WebSocket.

``client_dir()`` extracts, once per machine, the client's files from the cached ``flet-web``
wheel (the same pinned wheel ``flet publish`` uses: fetched with ``pip download --no-deps``,
checked by sha256, never installed) into ``<cache>/server-client/<sha>/``, without Pyodide and
the stock worker, with Roboto added to the font manifest so that text draws without Google
Fonts. ``render_page`` renders ``web_template/server.html`` (autoescaped Jinja2): the
``flet`` object in WebSocket mode (``pyodide: false``, a root-absolute
``webSocketEndpoint``), the base URL where the app is mounted, local CanvasKit and fonts.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from flet.publish.cache import ensure_pinned
from flet.publish.client import patch_font_manifest
from flet.publish.client_files import FONT_MANIFEST, WEB_PREFIX
from flet.publish.locate import package_dir
from flet.publish.options import default_cache_dir
from flet.publish.target import CLIENT

__all__ = ["RUNTIME_DIR", "PageConfig", "client_dir", "render_page", "runtime_js_dir"]

RUNTIME_DIR = "flet-pwa"  # where the page finds rive.js and rive_native.js
_LEFT_OUT = ("pyodide/", "python.js", "python-worker.js", "flutter_service_worker.js")

#: the era's renderer names, and what the 1.0.5 client has for them
RENDERERS = {
    "auto": "auto",
    "canvaskit": "canvaskit",
    "canvas_kit": "canvaskit",
    "html": "canvaskit",  # Flutter removed its HTML renderer; CanvasKit draws everywhere
    "skwasm": "skwasm",
}


def client_dir(cache_dir: Path | None = None, pip: Sequence[str] | None = None) -> Path:
    """The folder holding the client's files, extracted on first use."""
    cache = cache_dir or default_cache_dir()
    target = cache / "server-client" / CLIENT.sha256[:16]
    if (target / "index.html").is_file():
        return target
    wheel, _ = ensure_pinned(CLIENT, cache / "client", pip or (sys.executable, "-m", "pip"))
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".extract-") as tmp:
        staging = Path(tmp) / "web"
        with zipfile.ZipFile(wheel) as zf:
            for name in zf.namelist():
                rel = name[len(WEB_PREFIX) :] if name.startswith(WEB_PREFIX) else None
                if not rel or rel.endswith("/") or rel.startswith(_LEFT_OUT):
                    continue
                if rel.endswith((".symbols", ".map")):
                    continue
                out = staging / rel
                out.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(name) as src, out.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
        patch_font_manifest(staging / FONT_MANIFEST)
        try:
            os.replace(staging, target)
        except OSError:  # another process finished first
            if not (target / "index.html").is_file():
                raise
    return target


def runtime_js_dir() -> Path:
    """``rive.js`` and ``rive_native.js`` (served under ``flet-pwa/``)."""
    return package_dir("pyodide_runtime") / "js"


@dataclass(frozen=True)
class PageConfig:
    """What the page of one mounted app says."""

    app_name: str = "Flet"
    app_short_name: str = "Flet"
    app_description: str = "An app written with Flet"
    web_renderer: str = "canvaskit"
    route_url_strategy: str = "path"
    #: accepted as Flet's app() took it; the 1.0.5 client's loader has no such setting
    use_color_emoji: bool = False

    def __post_init__(self) -> None:
        if self.web_renderer not in RENDERERS:
            names = ", ".join(sorted(RENDERERS))
            raise ValueError(f"web_renderer={self.web_renderer!r}: use one of {names}")
        if self.route_url_strategy not in ("path", "hash"):
            raise ValueError(
                f"route_url_strategy={self.route_url_strategy!r}: use 'path' or 'hash'"
            )


def flet_config(config: PageConfig, base_url: str, websocket_path: str) -> dict[str, Any]:
    return {
        "pyodide": False,
        "multiView": False,
        "routeUrlStrategy": config.route_url_strategy,
        "entrypointBaseUrl": base_url,
        "assetBase": base_url,
        "webRenderer": RENDERERS[config.web_renderer],
        "canvasKitBaseUrl": f"{base_url}canvaskit/",
        "fontFallbackBaseUrl": f"{base_url}assets/fonts/",
        "noCdn": True,
        "webSocketEndpoint": websocket_path,
    }


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(package_dir("web_template")),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


def render_page(config: PageConfig, base_url: str, websocket_path: str) -> str:
    """The app's ``index.html``; ``base_url`` ends with ``/``, ``websocket_path`` is absolute."""
    return _env.get_template("server.html").render(
        base_url=base_url,
        app_name=config.app_name,
        app_short_name=config.app_short_name,
        app_description=config.app_description,
        flet_config=flet_config(config, base_url, websocket_path),
        runtime_dir=RUNTIME_DIR,
    )
