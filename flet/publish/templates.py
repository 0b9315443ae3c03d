"""Stage `render_templates`: the runtime's JavaScript, `manifest.json`, the build id, and
`index.html` rendered with the context described in docs/architecture.md.

`buildId` is the first 16 hex digits of a sha256 over every site file's path and content,
computed after everything else is in place and before `index.html` is rendered (so
`index.html` itself is not part of it). It changes whenever any other file changes.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .archive import APP_ARCHIVE
from .cache import sha256_of
from .errors import TemplateError
from .options import Reporter
from .plan import Plan
from .wheels import LOCK_FILE

__all__ = ["Rendered", "build_id", "render_templates", "template_context"]

RUNTIME_DIR = "flet-pwa"


@dataclass(frozen=True)
class Rendered:
    build_id: str
    context: dict[str, Any]
    runtime_files: tuple[str, ...]


def render_templates(plan: Plan, site: Path, packages: list[str], report: Reporter) -> Rendered:
    env = _environment(plan.template_dir)
    runtime_files = _copy_runtime_js(plan.runtime_js_dir, site)
    context = template_context(plan, packages, build_id="")
    _render(env, "manifest.json", context, site)
    context["runtime_config"]["buildId"] = bid = build_id(site)
    _render(env, "index.html", context, site)
    report.info(f"buildId {bid}; flet-pwa/: {', '.join(runtime_files)}")
    return Rendered(bid, context, runtime_files)


def template_context(plan: Plan, packages: list[str], build_id: str) -> dict[str, Any]:
    """The names `web_template/index.html` and `manifest.json` may use (architecture.md)."""
    base = plan.base_url
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
            "workerUrl": f"{base}{RUNTIME_DIR}/worker.mjs",
            "pyodideUrl": f"{base}pyodide/pyodide.mjs",
            "lockFileUrl": f"{base}{LOCK_FILE}",
            "packages": list(packages),
            "appArchiveUrl": f"{base}{APP_ARCHIVE}",
            "appModule": plan.app_module,
            "buildId": build_id,
        },
    }


def build_id(site: Path) -> str:
    """A short hash over every file under `site` (path and content), in path order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        digest.update(path.relative_to(site).as_posix().encode() + b"\0")
        digest.update(bytes.fromhex(sha256_of(path)))
    return digest.hexdigest()[:16]


def _environment(template_dir: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
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
            "(base_url, app_name, app_short_name, app_description, flet_config, runtime_config)",
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
