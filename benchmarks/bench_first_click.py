"""Where a page's first click spends its time, against the clicks after it, in headless Chromium.

Usage::

    .venv/bin/python benchmarks/bench_first_click.py [--app examples/counter.py]
        [--against DIR ...] [--runs 3] [--clicks 5]

Publishes the app (as ``bench_site.py`` does), serves it and every ``--against`` folder, and per
run and site, in a fresh profile: a cold visit, the service worker (if any) activated, then a
warm visit that is left to settle for 2.5 s and clicked ``--clicks`` times on the FAB, each
click after the previous repaint plus 100 ms (``site_probe.js``, as ``bench_site.py`` clicks).
The clicks are traced (``click_trace.CATEGORIES``); the trace's figures are defined in
``click_trace.py``. Also per click, when the page's dedicated worker has an ``onmessage``
handler: "worker" = ms from the worker receiving the click's message to its first message
back, on the worker's clock. Tracing slows every click a little; click-to-repaint without it
is ``bench_site.py``'s figure.

Prints, per site, the median over the runs of each figure for click 1, click 2, click 3 and
the clicks after (their median per run first). A benchmark: it prints figures, it decides
nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))  # harness
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's flet

from bench_site import ROOT, check_against, chromium_version, load_average, publish_app
from click_trace import CATEGORIES, ClickCost, click_costs
from harness import StaticServer, chromium_launch_options, start_static_server
from playwright.sync_api import sync_playwright
from site_measure import PROBE_JS, VisitSettings, click_latencies, service_worker_ready

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page, Playwright, Worker

Click = tuple[ClickCost, float | None]  # the trace's figures, the worker's span (None: unknown)

SETTLE_MS = 2500
RENDER_TIMEOUT_S = 90.0

# Wraps the worker's message handler and postMessage; each click's span is read afterwards.
_WORKER_CLOCK = """() => {
  if (typeof self.onmessage !== "function") return false;
  const log = (globalThis.__firstClickLog = []);
  const now = () => performance.now();
  const handler = self.onmessage;
  self.onmessage = (event) => { log.push(["in", now()]); return handler(event); };
  const post = self.postMessage.bind(self);
  self.postMessage = (...args) => { log.push(["out", now()]); return post(...args); };
  return true;
}"""


@dataclass
class SiteClicks:
    name: str
    site_dir: Path
    runs: list[list[Click]] = field(default_factory=list)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "examples" / "counter.py")
    parser.add_argument("--against", type=Path, action="append", default=[], metavar="DIR")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clicks", type=int, default=5)
    args = parser.parse_args(argv)
    check_against(parser, args.against)
    if args.runs < 1 or args.clicks < 4:
        parser.error("--runs must be at least 1 and --clicks at least 4")
    return args


def measure_site(playwright: Playwright, server: StaticServer, clicks: int) -> list[Click]:
    with tempfile.TemporaryDirectory(prefix="bench-click-profile-") as profile:
        launch = cast("dict[str, Any]", chromium_launch_options())
        context = playwright.chromium.launch_persistent_context(profile, **launch)
        try:
            context.add_init_script(path=PROBE_JS)
            cold = _visit(context, server.url)
            service_worker_ready(cold, VisitSettings())
            cold.close()
            warm = _visit(context, server.url)
            return _traced_clicks(context, warm, clicks)
        finally:
            context.close()


def _visit(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    for other in context.pages:
        if other is not page:
            other.close()
    page.goto(url, wait_until="commit")
    page.wait_for_function(
        "() => fletBench.firstRender !== null", timeout=RENDER_TIMEOUT_S * 1000, polling=200
    )
    page.wait_for_timeout(SETTLE_MS)
    return page


def _traced_clicks(context: BrowserContext, page: Page, clicks: int) -> list[Click]:
    worker = _clocked_worker(page)
    cdp = context.new_cdp_session(page)
    events: list[dict[str, Any]] = []
    done: list[bool] = []
    cdp.on("Tracing.dataCollected", lambda message: events.extend(message["value"]))
    cdp.on("Tracing.tracingComplete", lambda _message: done.append(True))
    cdp.send("Tracing.start", {"categories": CATEGORIES, "transferMode": "ReportEvents"})
    page.wait_for_timeout(300)  # the trace has started on every thread
    latencies = click_latencies(page, VisitSettings(clicks=clicks))
    cdp.send("Tracing.end")
    deadline = time.monotonic() + 60
    while not done and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    spans = _worker_spans(worker, len(latencies))
    return list(zip(click_costs(events, latencies), spans, strict=True))


def _clocked_worker(page: Page) -> Worker | None:
    for worker in page.workers:
        if worker.evaluate(_WORKER_CLOCK):
            return worker
    return None


def _worker_spans(worker: Worker | None, clicks: int) -> list[float | None]:
    """ms from each received message to the worker's next message out (the last ``clicks``)."""
    if worker is None:
        return [None] * clicks
    spans: list[float | None] = []
    received: float | None = None
    for kind, at in worker.evaluate("globalThis.__firstClickLog"):
        if kind == "in":
            received = at
        elif received is not None:
            spans.append(at - received)
            received = None
    return ([None] * clicks + spans)[-clicks:]


def report(site: SiteClicks) -> str:
    rows = [(f"click {n + 1}", [run[n] for run in site.runs]) for n in range(3)]
    lines = [
        f"{site.name}: medians of {len(site.runs)} runs",
        f"{'':10} {'repaint':>8} {'worker':>7} {'page lazy':>13} {'worker lazy':>12} "
        f"{'recompiled':>11} {'bg tier-up':>10} {'gpu':>6}",
    ]
    for label, picked in rows:
        lines.append(_row(label, picked))
    later = [_median_click(run[3:]) for run in site.runs]
    lines.append(_row("clicks 4+", later))
    return "\n".join(lines)


def _median_click(clicks: Sequence[Click]) -> Click:
    costs = [cost for cost, _ in clicks]
    spans = [span for _, span in clicks if span is not None]
    return (
        ClickCost(
            latency_ms=statistics.median(c.latency_ms for c in costs),
            page_lazy=_median_tally([c.page_lazy for c in costs]),
            worker_lazy=_median_tally([c.worker_lazy for c in costs]),
            worker_recompiled=_median_tally([c.worker_recompiled for c in costs]),
            background_tier_up_ms=statistics.median(c.background_tier_up_ms for c in costs),
            gpu_ms=statistics.median(c.gpu_ms for c in costs),
        ),
        statistics.median(spans) if spans else None,
    )


def _median_tally(tallies: Sequence[tuple[int, float]]) -> tuple[int, float]:
    """(count, ms) pairs: the median count (rounded) and the median ms."""
    return (
        round(statistics.median(count for count, _ in tallies)),
        statistics.median(ms for _, ms in tallies),
    )


def _row(label: str, picked: Sequence[Click]) -> str:
    cost, span = _median_click(picked)
    worker = "-" if span is None else f"{span:.0f}"
    return (
        f"{label:10} {cost.latency_ms:6.0f}ms {worker:>5}ms "
        f"{cost.page_lazy[0]:4d} /{cost.page_lazy[1]:4.0f}ms "
        f"{cost.worker_lazy[0]:3d} /{cost.worker_lazy[1]:3.0f}ms "
        f"{cost.worker_recompiled[0]:2d} /{cost.worker_recompiled[1]:3.0f}ms "
        f"{cost.background_tier_up_ms:8.0f}ms {cost.gpu_ms:4.0f}ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print(f"load average before: {load_average()}; {chromium_version()}, headless")
    with tempfile.TemporaryDirectory(prefix="bench-click-") as workdir:
        tempfile.tempdir = workdir
        sites = [SiteClicks(f"ours ({args.app.name})", publish_app(args.app, Path(workdir)))]
        sites += [SiteClicks(f.resolve().name, f.resolve()) for f in args.against]
        servers = [start_static_server(site.site_dir) for site in sites]
        try:
            with sync_playwright() as playwright:
                for run in range(args.runs):
                    for site, server in zip(sites, servers, strict=True):
                        site.runs.append(measure_site(playwright, server, args.clicks))
                        firsts = ", ".join(f"{c.latency_ms:.0f}" for c, _ in site.runs[-1][:3])
                        print(f"run {run + 1}/{args.runs} {site.name}: clicks {firsts}, ...")
        finally:
            for server in servers:
                server.stop()
            tempfile.tempdir = None
    print(f"load average after: {load_average()}")
    print()
    print(
        "per click: repaint = click to repaint (traced); worker = worker's message in -> first "
        "out; page/worker lazy = functions compiled on first call (count / ms); recompiled = "
        "worker functions compiled again after their optimized code was dropped; bg tier-up = "
        "V8's optimizing compiles on background threads; gpu = GPU process WebGL time"
    )
    for site in sites:
        print()
        print(report(site))
    return 0


if __name__ == "__main__":
    sys.exit(main())
