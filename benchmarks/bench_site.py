"""Load time, size and responsiveness of the published counter app, in headless Chromium.

Usage::

    .venv/bin/python benchmarks/bench_site.py [--app examples/counter.py] [--against DIR ...]
        [--variant NAME=FLAGS ...] [--runs 3] [--warm-visits 1] [--clicks 20]

Publishes the app with ``flet.publish`` into a temporary folder, serves it (and every
``--against`` folder, e.g. Flet's own ``flet publish`` output of the same counter app) with
``python -m http.server --bind 127.0.0.1`` in a subprocess each (stopped by PID at the end),
drives Debian's Chromium with Playwright and prints one table with a column per site. The
runs alternate between the sites, so a change of the machine's load hits all of them alike;
the load average is printed before and after. Timings never decide anything: this is a
benchmark, not a test.

Definitions:

- first render: navigation start -> the counter's "0" is in Flutter's semantics tree, on the
  page's own clock (``performance.now()``). ``site_probe.js`` runs before the page's scripts,
  clicks the off-screen ``flt-semantics-placeholder`` as soon as Flutter adds it (as the test
  harness does) and a MutationObserver records when the text appears (Flutter updates the
  semantics DOM in the frame that paints it). Also reported for our sites: the worker's
  "initialized" time from ``globalThis.fletPwaTimings`` (absent for other sites), and the
  medians of its stages: ``starting-python``, ``starting-app``, ``initialized`` and Flutter's
  ``firstFrame`` (each in s since navigation start; the worker's download stage starts at
  once).
- cold: a fresh browser profile (empty HTTP cache, no service worker). warm: the same
  profile, a second navigation in a new tab after the first one closed, with the HTTP cache
  and any service worker the cold visit installed (we wait until it is activated; the table
  says which worker answered and how many requests it answered). With ``--warm-visits N``
  the profile is visited N-1 more times the same way ("warm again": what a later visit gets
  once the browser has kept what the first warm visit left, e.g. compiled code in its caches).
- ``--variant NAME=FLAGS``: our app published once more with these ``flet publish`` flags
  (e.g. ``no-sw=--no-service-worker``, ``skwasm=--web-renderer skwasm``), a column of its own.
- cold load requests and bytes: requests of the page and its dedicated workers finished
  until the network has been quiet for 1.5 s after the first render; bytes are Playwright's
  ``request.sizes()`` (response headers + encoded body: what came over the wire). Requests to
  any host but 127.0.0.1 fail by design (the harness's Chromium flags) and are counted as
  "blocked external requests". "server requests" are what the static server answered
  (its log), service worker included: during the cold visit plus the worker's install, and
  during the warm visit (304 = revalidated from the HTTP cache). ``http.server`` sends
  ``Last-Modified`` and no ``Cache-Control``, so Chromium's heuristic freshness (10 % of a
  file's age) decides between a 304 and no request at all: these counts depend on how long
  ago the site was written.
- on disk: every file under the site folder (files and bytes; MB = 10^6 bytes).
- click-to-repaint: on the warm page of the last run, ``--clicks`` DOM clicks on the FAB's
  semantics node, each dispatched from the page (click time = ``performance.now()`` just
  before it) after the previous one repainted plus 100 ms; the MutationObserver records when
  the counter's text changes to the next number. Median and p95 (nearest rank). The first
  click of a page is reported apart: every warm page (warm and warm again, every run) is
  clicked once after it settled, and the clicked page's series follows its first click.
- Cold and warm are repeated ``--runs`` times (a fresh profile each); the table shows the
  median and the range (min-max).

A site that does not render within ``--timeout`` s (or has logged a console error and sent no
request for 20 s) is reported as "did not render"; the notes under the table list its console
errors and the hosts it tried to reach.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))  # harness
# `flet` of this checkout (the shared virtualenv may hold another one as an editable install)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness import CHROMIUM_PATH, StaticServer, start_static_server
from playwright.sync_api import sync_playwright
from site_measure import ProfileRun, VisitSettings, run_profile
from site_report import SiteFigures, disk_usage, notes, table

from flet.publish import PublishOptions, publish

ROOT = Path(__file__).resolve().parents[1]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "examples" / "counter.py")
    parser.add_argument(
        "--against",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="another published site of the same counter app (repeatable)",
    )
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=FLAGS",
        help="our app published again with these flet publish flags, e.g. "
        "'no-sw=--no-service-worker' (repeatable)",
    )
    parser.add_argument("--runs", type=int, default=3, help="cold+warm pairs per site")
    parser.add_argument(
        "--warm-visits", type=int, default=1, help="warm visits per profile (later: warm again)"
    )
    parser.add_argument("--clicks", type=int, default=20, help="FAB clicks on the last warm page")
    parser.add_argument("--timeout", type=float, default=90.0, help="s to wait for a render")
    args = parser.parse_args(argv)
    check_against(parser, args.against)
    if args.runs < 1 or args.clicks < 0 or args.warm_visits < 1:
        parser.error("--runs and --warm-visits must be at least 1 and --clicks at least 0")
    for variant in args.variant:
        name, _, flags = variant.partition("=")
        if not name or not flags:
            parser.error(f"--variant {variant!r}: give NAME=FLAGS, e.g. no-sw=--no-service-worker")
    return args


def check_against(parser: argparse.ArgumentParser, folders: Sequence[Path]) -> None:
    """``parser.error`` unless every ``--against`` folder holds a published site."""
    for folder in folders:
        if not (folder / "index.html").is_file():
            parser.error(f"--against {folder}: no index.html there; pass a published site folder")


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def chromium_version() -> str:
    result = subprocess.run(
        [str(CHROMIUM_PATH), "--version"], capture_output=True, text=True, check=False
    )
    return result.stdout.strip().splitlines()[0] if result.stdout.strip() else "unknown"


def publish_app(app: Path, workdir: Path) -> Path:
    result = publish(PublishOptions(app=app, distpath=workdir / "site"))
    print(f"published {app.name} (build {result.build_id}) in {sum(result.timings.values()):.1f} s")
    return result.site_dir


def publish_variant(app: Path, workdir: Path, variant: str) -> tuple[str, Path]:
    """`flet publish` of `app` with the variant's flags, through the CLI (same checkout)."""
    name, _, flags = variant.partition("=")
    site = workdir / f"variant-{name}"
    command = [sys.executable, "-m", "flet.publish", str(app), "--distpath", str(site), "-q"]
    subprocess.run([*command, *shlex.split(flags)], cwd=ROOT, check=True)
    print(f"published {app.name} with {flags}")
    return f"ours {name}", site


def new_site(name: str, site_dir: Path) -> SiteFigures:
    files, size = disk_usage(site_dir)
    return SiteFigures(name, site_dir, files, size)


def measure(sites: list[SiteFigures], args: argparse.Namespace) -> None:
    settings = VisitSettings(
        timeout_s=args.timeout, clicks=args.clicks, warm_visits=args.warm_visits
    )
    servers: list[StaticServer] = []
    try:
        servers = [start_static_server(site.site_dir) for site in sites]
        with sync_playwright() as playwright:
            for run in range(args.runs):
                for site, server in zip(sites, servers, strict=True):
                    last = run == args.runs - 1
                    result = run_profile(playwright, server, settings, clicks=last)
                    site.runs.append(result)
                    print(f"run {run + 1}/{args.runs} {site.name}: {progress(result)}", flush=True)
    finally:
        for server in servers:
            server.stop()


def progress(result: ProfileRun) -> str:
    def shown(ms: float | None) -> str:
        return "no render" if ms is None else f"{ms / 1000:.1f} s"

    cold, warm = result.cold.first_render_ms, result.warm.first_render_ms
    return f"first render cold {shown(cold)}, warm {shown(warm)}"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print(f"load average before: {load_average()}; {chromium_version()}, headless")
    with tempfile.TemporaryDirectory(prefix="bench-site-") as workdir:
        # The servers' logs and the browser profiles go in here too, out of others' way.
        tempfile.tempdir = workdir
        sites = [new_site(f"ours ({args.app.name})", publish_app(args.app, Path(workdir)))]
        sites += [
            new_site(*publish_variant(args.app.resolve(), Path(workdir), variant))
            for variant in args.variant
        ]
        sites += [new_site(folder.resolve().name, folder.resolve()) for folder in args.against]
        measure(sites, args)
        tempfile.tempdir = None
    print(f"load average after: {load_average()}")
    print()
    print(table(sites))
    if extra := notes(sites):
        print()
        print(extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
