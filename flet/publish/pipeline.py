"""`publish(options)`: the named stages, in order, with timings and progress.

plan -> fetch_client -> resolve_wheels -> pack_app -> make_snapshot -> compress
-> render_templates -> write_site

`pack_app` writes app.zip and hashes it, and `make_snapshot` writes the memory snapshot and
hashes it, before `render_templates` puts both hashes into `index.html` and computes the build
id over the finished files; `compress` writes the gzip copies of the large files (part of the
build id and of the service worker's file list) and tells `render_templates` which.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .archive import AppArchive, pack_app
from .client import fetch_client
from .compress import compress_site
from .options import PublishOptions, Reporter
from .plan import Plan, make_plan
from .pwa import PwaSummary
from .site import make_staging, replace_site
from .snapshot import Snapshot, make_snapshot
from .summary import SiteSummary, summarize
from .templates import render_templates
from .wheels import Wheels, resolve_wheels

__all__ = ["STAGES", "LockedPackage", "PublishResult", "publish"]

STAGES = (
    "plan",
    "fetch_client",
    "resolve_wheels",
    "pack_app",
    "make_snapshot",
    "compress",
    "render_templates",
    "write_site",
)
T = TypeVar("T")


@dataclass(frozen=True)
class LockedPackage:
    name: str
    version: str
    file_name: str
    sha256: str
    from_pyodide: bool = False  # taken from Pyodide's package distribution


@dataclass(frozen=True)
class PublishResult:
    site_dir: Path
    build_id: str
    web_renderer: str
    packages: tuple[LockedPackage, ...]
    archive: AppArchive
    summary: SiteSummary
    warnings: tuple[str, ...]
    timings: dict[str, float]  # stage -> seconds
    pwa: PwaSummary | None = None  # the service worker's precache, the install icons made
    snapshot: Snapshot | None = None  # the memory snapshot, or why there is none


class _Stages:
    """Runs each stage under its name: reports it, times it."""

    def __init__(self, report: Reporter) -> None:
        self.report = report
        self.timings: dict[str, float] = {}

    def run(self, stage: str, message: str, fn: Callable[[], T]) -> T:
        self.report.start(stage, f"[{STAGES.index(stage) + 1}/{len(STAGES)}] {message}")
        started = time.perf_counter()
        try:
            return fn()
        finally:
            self.timings[stage] = round(time.perf_counter() - started, 3)


def publish(options: PublishOptions) -> PublishResult:
    """Write the static site for `options.app` into `options.distpath`.

    Raises a `PublishError` (with a `.fix` hint) when something the user can fix is wrong.
    """
    report = Reporter(options.progress)
    stages = _Stages(report)
    plan = stages.run("plan", "checking the app and options", lambda: make_plan(options, report))
    with _staging(plan) as site:
        client = stages.run(
            "fetch_client", "client and Pyodide files", lambda: fetch_client(plan, site, report)
        )
        wheels = stages.run(
            "resolve_wheels",
            "wheels and lock",
            lambda: resolve_wheels(plan, site, client, report),
        )
        archive = stages.run("pack_app", "packing the app", lambda: pack_app(plan, site, report))
        snapshot = stages.run(
            "make_snapshot",
            "Pyodide memory snapshot",
            lambda: make_snapshot(plan, site, wheels.wheels, report),
        )
        compressed = stages.run(
            "compress",
            "gzip copies of the large files",
            lambda: compress_site(plan, site, report, snapshot),
        )
        rendered = stages.run(
            "render_templates",
            "rendering templates",
            lambda: render_templates(
                plan, site, wheels.lock_names, report, archive, snapshot, compressed
            ),
        )
        stages.run(
            "write_site", f"writing {plan.distpath}", lambda: replace_site(site, plan.distpath)
        )
    return PublishResult(
        site_dir=plan.distpath,
        build_id=rendered.build_id,
        web_renderer=plan.web_renderer,
        packages=_packages(wheels),
        archive=archive,
        summary=summarize(plan.distpath, plan.web_renderer),
        warnings=tuple(report.warnings),
        timings=stages.timings,
        pwa=rendered.pwa,
        snapshot=snapshot,
    )


@contextmanager
def _staging(plan: Plan) -> Iterator[Path]:
    site = make_staging(plan.distpath)
    try:
        yield site
    finally:
        if site.exists():
            shutil.rmtree(site, ignore_errors=True)


def _packages(wheels: Wheels) -> tuple[LockedPackage, ...]:
    return tuple(
        LockedPackage(
            e["name"], e["version"], e["file_name"], e["sha256"], name in wheels.from_pyodide
        )
        for name, e in wheels.lock["packages"].items()
    )
