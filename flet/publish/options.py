"""What the caller asks for (`PublishOptions`) and how progress is reported back."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

__all__ = [
    "RENDERERS",
    "ROUTE_URL_STRATEGIES",
    "ProgressEvent",
    "PublishOptions",
    "Reporter",
    "RouteUrlStrategy",
    "WebRenderer",
    "default_cache_dir",
]

WebRenderer = Literal["auto", "canvaskit", "skwasm"]
RouteUrlStrategy = Literal["path", "hash"]
RENDERERS: tuple[WebRenderer, ...] = ("auto", "canvaskit", "skwasm")
ROUTE_URL_STRATEGIES: tuple[RouteUrlStrategy, ...] = ("path", "hash")


@dataclass(frozen=True)
class ProgressEvent:
    """One line of progress: `kind` is "stage" (a stage starts), "info" or "warning"."""

    stage: str
    kind: Literal["stage", "info", "warning"]
    message: str


@dataclass(frozen=True)
class PublishOptions:
    """Everything `publish()` needs. Relative paths are taken from the current directory,
    except `assets`, which is relative to the app's folder (as in Flet)."""

    app: Path
    distpath: Path = Path("dist")
    app_name: str | None = None  # default: the script stem ("main"/"app": the folder's name)
    app_short_name: str | None = None  # default: app_name
    app_description: str | None = None
    base_url: str = "/"
    route_url_strategy: RouteUrlStrategy = "path"
    web_renderer: WebRenderer = "auto"  # skwasm where the loader allows it, else canvaskit
    assets: Path | None = None  # default: "assets" next to the app, if that folder exists
    exclude: tuple[str, ...] = ()  # gitignore patterns left out of app.zip and assets (--exclude)
    include: tuple[str, ...] = ()  # patterns published even if a default leaves them out
    pre: bool = False  # allow pre-releases when resolving requirements.txt
    wheels: tuple[Path, ...] = ()  # local wheels added to the site (--wheel)
    client_wheel: Path | None = None  # a local flet-web 1.0.5 wheel (--client-wheel)
    # where Pyodide's own packages (numpy, pandas...) are fetched from: an http(s) or file URL
    # or a local folder (--pyodide-packages-url); default: the URL Pyodide's loader uses
    pyodide_packages_url: str | None = None
    cache_dir: Path | None = None  # default: ${XDG_CACHE_HOME:-~/.cache}/flet-pwa
    pip: tuple[str, ...] | None = None  # default: (sys.executable, "-m", "pip")
    template_dir: Path | None = None  # default: the web_template package
    runtime_js_dir: Path | None = None  # default: pyodide_runtime/js
    service_worker: bool = True  # False: --no-service-worker (no sw.js; old ones removed)
    snapshot: bool = True  # False: --no-snapshot (Python starts without a memory snapshot)
    compress: bool = True  # False: --no-compress (no gzip copies of the large files)
    # standard library modules the site keeps although flet/publish/stdlib.py leaves them out
    keep_stdlib: tuple[str, ...] = ()  # --keep-stdlib NAME
    full_stdlib: bool = False  # --full-stdlib: Pyodide's python_stdlib.zip unchanged
    pwa_theme_color: str = "#FF005F"  # manifest theme_color (#RGB or #RRGGBB)
    pwa_background_color: str = "#FFFFFF"  # manifest background_color, maskable icons' fill
    progress: Callable[[ProgressEvent], None] | None = field(default=None, compare=False)


def default_cache_dir() -> Path:
    """`${XDG_CACHE_HOME:-~/.cache}/flet-pwa`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "flet-pwa"


class Reporter:
    """Forwards progress to the caller's callback and keeps the warnings for the result."""

    def __init__(self, callback: Callable[[ProgressEvent], None] | None) -> None:
        self._callback = callback
        self.stage = ""
        self.warnings: list[str] = []

    def start(self, stage: str, message: str) -> None:
        self.stage = stage
        self._emit(ProgressEvent(stage, "stage", message))

    def info(self, message: str) -> None:
        self._emit(ProgressEvent(self.stage, "info", message))

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        self._emit(ProgressEvent(self.stage, "warning", message))

    def _emit(self, event: ProgressEvent) -> None:
        if self._callback is not None:
            self._callback(event)
