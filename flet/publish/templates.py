"""Stage `render_templates`: the runtime's JavaScript, the install icons, `manifest.json`,
the build id, `index.html` rendered with the context described in docs/architecture.md, and
the offline parts: `sw.js` (unless `--no-service-worker`) and `version.json`.

`buildId` is the first 16 hex digits of a sha256 over every site file's path and content,
with `index.html` as rendered with an empty `buildId` (so the page's configuration counts,
but not the id itself) and without `sw.js` and `version.json` (both are made from the id).
It changes whenever anything a page load gets changes.

`sw.js` is taken from the template folder, or from the packaged `web_template/` when a
custom template folder has none.

With the path route strategy, `404.html` is a copy of the final `index.html` (unless the app's
assets bring their own): static hosts such as GitHub Pages answer an unknown path with it, so
the first visit of a deep link (`/settings`) or a reload there still starts the app, whose
`<base href>` is absolute. Once the service worker runs it answers navigations itself.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .archive import AppArchive
from .cache import sha256_of
from .compress import NONE as NO_COPIES
from .compress import Compressed
from .errors import TemplateError
from .icons import make_icons
from .layout import (
    APP_ARCHIVE,
    INDEX,
    NOT_FOUND,
    PYODIDE_LOADER,
    PYODIDE_LOCK,
    RUNTIME_DIR,
    SERVICE_WORKER,
    SNAPSHOT_HEAP,
    WORKER,
)
from .locate import package_dir
from .options import Reporter
from .plan import Plan
from .precache import DERIVED_FILES, precache_for
from .pwa import (
    PwaSummary,
    pwa_config,
    service_worker_context,
    summarize_pwa,
    write_version_file,
)
from .snapshot import DEFERRED_PACKAGES, Snapshot
from .summary import format_bytes

__all__ = ["Rendered", "build_id", "render_templates", "template_context"]


@dataclass(frozen=True)
class Rendered:
    build_id: str
    context: dict[str, Any]
    runtime_files: tuple[str, ...]
    pwa: PwaSummary


def render_templates(
    plan: Plan,
    site: Path,
    packages: list[str],
    report: Reporter,
    archive: AppArchive,
    snapshot: Snapshot | None = None,
    compressed: Compressed = NO_COPIES,
) -> Rendered:
    """`archive`: what `pack_app` wrote (app.zip's hash; the asset files already copied to the
    site root, which keep their icons); `snapshot`: what `make_snapshot` wrote, if anything;
    `compressed`: the gzip copies `compress` wrote."""
    env = _environment(plan.template_dir)
    runtime_files = _copy_runtime_js(plan.runtime_js_dir, site)
    icons = make_icons(plan.assets_dir, site, plan.background_color, archive.assets)
    if icons:
        report.info(f"install icons from assets/icon.png: {', '.join(icons)}")
    context = template_context(
        plan, packages, archive.sha256, build_id="", snapshot=snapshot, compressed=compressed
    )
    _render(env, "manifest.json", context, site)
    _render(env, INDEX, context, site)
    bid = build_id(site)
    context["runtime_config"]["buildId"] = context["pwa_config"]["buildId"] = bid
    _render(env, INDEX, context, site)
    if plan.route_url_strategy == "path" and not (site / NOT_FOUND).exists():
        shutil.copyfile(site / INDEX, site / NOT_FOUND)
    pwa = _write_offline_files(env, plan, site, bid, icons, compressed)
    report.info(f"buildId {bid}; flet-pwa/: {', '.join(runtime_files)}")
    if pwa.service_worker:
        report.info(
            f"{SERVICE_WORKER}: precaches {pwa.precache_files} files, "
            f"{format_bytes(pwa.precache_bytes)} in Chrome ({pwa.engine})"
        )
    else:
        report.info(f"--no-service-worker: no {SERVICE_WORKER}; pages remove an earlier one")
    return Rendered(bid, context, runtime_files, pwa)


def _write_offline_files(
    env: jinja2.Environment,
    plan: Plan,
    site: Path,
    bid: str,
    icons: tuple[str, ...],
    compressed: Compressed,
) -> PwaSummary:
    precache = precache_for(site, plan.web_renderer)
    if plan.service_worker:
        context = service_worker_context(precache, bid, compressed.runtime_config())
        _render(env, SERVICE_WORKER, context, site)
    write_version_file(site, bid, plan.service_worker)
    return summarize_pwa(precache, plan.web_renderer, plan.service_worker, icons)


def template_context(
    plan: Plan,
    packages: list[str],
    app_sha256: str,
    build_id: str,
    snapshot: Snapshot | None = None,
    compressed: Compressed = NO_COPIES,
) -> dict[str, Any]:
    """The names `web_template/index.html` and `manifest.json` may use (architecture.md).
    `app_sha256`: the hex sha256 of app.zip, which the worker checks before it unpacks;
    `snapshot`: the memory snapshot the worker restores (its URL and sha256), if any;
    `compressed`: the gzip copies a first visit fetches instead of the originals."""
    base = plan.base_url
    snapshot_config = None
    if snapshot is not None and snapshot.path is not None:
        snapshot_config = {
            "url": f"{base}{snapshot.path}",
            "sha256": snapshot.sha256,
            # loaded once the app runs: the heap holds them in a form that works meanwhile
            "deferredPackages": [p for p in DEFERRED_PACKAGES if p in packages],
            # the decoded heap, from the service worker's cache or gzip_fetch.js (compress.py)
            "heap": (
                {"url": f"{base}{SNAPSHOT_HEAP}", "sha256": snapshot.heap_sha256}
                if compressed.heap
                else None
            ),
        }
    return {
        "base_url": base,
        "app_name": plan.app_name,
        "app_short_name": plan.app_short_name,
        "app_description": plan.app_description,
        "flet_config": {
            "pyodide": True,
            "multiView": False,
            "routeUrlStrategy": plan.route_url_strategy,
            "entrypointBaseUrl": base,
            "assetBase": base,
            "webRenderer": plan.web_renderer,
            "canvasKitBaseUrl": f"{base}canvaskit/",
            "fontFallbackBaseUrl": f"{base}assets/fonts/",
            "noCdn": True,
        },
        "runtime_config": {
            "workerUrl": f"{base}{WORKER}",
            "pyodideUrl": f"{base}{PYODIDE_LOADER}",
            "lockFileUrl": f"{base}{PYODIDE_LOCK}",
            "packages": list(packages),
            "appArchiveUrl": f"{base}{APP_ARCHIVE}",
            "appArchiveSha256": app_sha256,
            "appModule": plan.app_module,
            "snapshot": snapshot_config,
            "compressed": compressed.runtime_config(),
            "buildId": build_id,
        },
        "pwa_config": pwa_config(plan, build_id),
        "theme_color": plan.theme_color,
        "background_color": plan.background_color,
    }


def build_id(site: Path) -> str:
    """A short hash over every file under `site` (path and content), in path order, except the
    files made from it (`sw.js`, `version.json`)."""
    digest = hashlib.sha256()
    files = (p for p in site.rglob("*") if p.is_file())
    for path in sorted(p for p in files if p.relative_to(site).as_posix() not in DERIVED_FILES):
        digest.update(path.relative_to(site).as_posix().encode() + b"\0")
        digest.update(bytes.fromhex(sha256_of(path)))
    return digest.hexdigest()[:16]


def _environment(template_dir: Path) -> jinja2.Environment:
    packaged = package_dir("web_template")
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(template_dir), jinja2.FileSystemLoader(packaged)]
    )
    return jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _render(env: jinja2.Environment, name: str, context: dict[str, Any], site: Path) -> None:
    try:
        text = env.get_template(name).render(context)
    except jinja2.TemplateError as e:
        where = f"{name}:{e.lineno}" if isinstance(e, jinja2.TemplateSyntaxError) else name
        raise TemplateError(
            f"cannot render {where}: {e}",
            "templates may only use the names listed in docs/architecture.md "
            "(base_url, app_name, app_short_name, app_description, flet_config, runtime_config, "
            "pwa_config, theme_color, background_color; sw.js: build)",
        ) from e
    (site / name).write_text(text, encoding="utf-8")


def _copy_runtime_js(js_dir: Path, site: Path) -> tuple[str, ...]:
    sources = sorted(p for p in js_dir.rglob("*") if p.suffix in (".js", ".mjs") and p.is_file())
    copied: list[str] = []
    for src in sources:
        rel = src.relative_to(js_dir).as_posix()
        target = site / RUNTIME_DIR / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
        copied.append(rel)
    return tuple(copied)
