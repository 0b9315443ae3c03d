"""Visits of a served site in Debian's Chromium: a cold and a warm load in one fresh profile,
and click-to-repaint latencies (helper of ``bench_site.py``, which defines the figures).

Every page of the profile runs ``site_probe.js`` first (``globalThis.fletBench``): it turns on
Flutter's semantics tree and records, on the page's clock, when the counter first reads "0" and
how long each click on the FAB takes to change the counter's text.

Network figures come from Playwright's events of the page and its dedicated workers
(``request.sizes()``: response headers + encoded body, i.e. what came over the wire), and from
the static server's log (every request it answered, service worker included). Chromium runs
with the test harness's flags (``tests/browser/harness.py``): requests to any host but
127.0.0.1 fail and are counted as blocked.
"""

from __future__ import annotations

import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from harness import StaticServer, chromium_launch_options, is_local_url

if TYPE_CHECKING:
    from playwright.sync_api import (
        BrowserContext,
        ConsoleMessage,
        Page,
        Playwright,
        Request,
        WebError,
    )

__all__ = ["ProfileRun", "Visit", "VisitSettings", "run_profile", "service_worker_ready"]

PROBE_JS = Path(__file__).with_name("site_probe.js")
_LOG_LINE = re.compile(r'"[A-Z]+ (\S+) HTTP/[0-9.]+" (\d{3})')
_POLL_MS = 200


@dataclass(frozen=True)
class VisitSettings:
    timeout_s: float = 90.0  # longest wait for the first render
    give_up_idle_s: float = 20.0  # no render, a console error, no request for this long: stop
    settle_idle_s: float = 1.5  # after the render: no request for this long ends the load
    settle_max_s: float = 30.0
    service_worker_timeout_s: float = 90.0
    clicks: int = 20
    warm_visits: int = 1  # warm visits per profile; the later ones are "warm again"


@dataclass
class Visit:
    """One navigation: what the page recorded and what went over the network."""

    kind: str  # "cold", "warm" or "again" (a later warm visit)
    first_render_ms: float | None  # navigation start -> counter reads "0"; None: never
    initialized_ms: float | None  # fletPwaTimings.initialized (our sites only)
    worker_ready_ms: float | None  # fletPwaTimings.workerReady: the worker's own clock
    stages_ms: dict[str, float]  # all of fletPwaTimings (our sites only; else empty)
    requests: int  # finished requests of the page and its workers
    wire_bytes: int  # their response headers + encoded bodies
    from_service_worker: int  # of those, answered by a service worker
    blocked: list[str]  # URLs off 127.0.0.1 (they fail by design)
    controller: str | None  # script URL of the service worker controlling the page
    errors: list[str] = field(default_factory=list)  # console errors, uncaught exceptions
    server: list[tuple[str, int]] = field(default_factory=list)  # (path, status) it answered

    @property
    def rendered(self) -> bool:
        return self.first_render_ms is not None


@dataclass
class ProfileRun:
    """A fresh profile: cold visit, service worker (if any) ready, warm visit(s), clicks."""

    cold: Visit
    warm: Visit
    service_worker: str | None  # active worker after the cold visit, "timeout", or None
    latencies_ms: list[float]  # the clicked page's clicks after its first
    again: list[Visit] = field(default_factory=list)  # later warm visits, in order
    first_clicks_ms: list[float] = field(default_factory=list)  # each warm page's first click


class _Network:
    """Requests of one page (its dedicated workers included) and console errors of a context."""

    def __init__(self) -> None:
        self.finished: list[Request] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.in_flight = 0
        self.last_activity = time.monotonic()

    def watch(self, page: Page) -> None:
        page.on("request", self._on_request)
        page.on("requestfinished", self._on_finished)
        page.on("requestfailed", self._on_failed)
        page.context.on("console", self._on_console)  # the page's workers' messages too
        page.context.on("weberror", self._on_web_error)

    def unwatch(self, page: Page) -> None:
        page.context.remove_listener("console", self._on_console)
        page.context.remove_listener("weberror", self._on_web_error)

    def idle_for(self) -> float:
        return 0.0 if self.in_flight else time.monotonic() - self.last_activity

    def _on_request(self, request: Request) -> None:
        self.in_flight += 1
        self.last_activity = time.monotonic()
        if not is_local_url(request.url):
            self.blocked.append(request.url)

    def _on_finished(self, request: Request) -> None:
        self.in_flight -= 1
        self.last_activity = time.monotonic()
        self.finished.append(request)

    def _on_failed(self, request: Request) -> None:
        self.in_flight -= 1
        self.last_activity = time.monotonic()

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def _on_web_error(self, error: WebError) -> None:
        self.errors.append(f"{error.error.name}: {error.error.message}")

    def wire(self) -> tuple[int, int]:
        """(bytes over the wire, responses a service worker answered) of finished requests."""
        total = from_worker = 0
        for request in self.finished:
            response = request.response()
            if response is not None and response.from_service_worker:
                from_worker += 1
                continue
            sizes = request.sizes()
            total += sizes["responseHeadersSize"] + max(sizes["responseBodySize"], 0)
        return total, from_worker


def server_lines(server: StaticServer) -> list[tuple[str, int]]:
    """(path, status) of every request the server answered so far."""
    return [(path, int(status)) for path, status in _LOG_LINE.findall(server.log())]


def run_profile(
    playwright: Playwright, server: StaticServer, settings: VisitSettings, clicks: bool
) -> ProfileRun:
    """Cold and warm visit(s) of ``server.url`` in a new profile; clicks on the last page."""
    with tempfile.TemporaryDirectory(prefix="bench-site-profile-") as profile:
        launch = cast("dict[str, Any]", chromium_launch_options())  # the harness's flags
        context = playwright.chromium.launch_persistent_context(profile, **launch)
        try:
            context.add_init_script(path=PROBE_JS)
            mark = len(server_lines(server))
            cold_page, cold = _visit(context, server.url, "cold", settings)
            worker = service_worker_ready(cold_page, settings) if cold.rendered else None
            cold.server, mark = _served_since(server, mark)  # with the worker's install
            cold_page.close()
            warm_page, warm = _visit(context, server.url, "warm", settings)
            warm.server, mark = _served_since(server, mark)
            firsts = _first_click(warm_page, warm, settings)
            again: list[Visit] = []
            for _ in range(settings.warm_visits - 1):
                warm_page.close()
                warm_page, visit = _visit(context, server.url, "again", settings)
                visit.server, mark = _served_since(server, mark)
                again.append(visit)
                firsts += _first_click(warm_page, visit, settings)
            last = again[-1] if again else warm
            latencies = click_latencies(warm_page, settings) if clicks and last.rendered else []
            return ProfileRun(cold, warm, worker, latencies[1:], again, firsts)
        finally:
            context.close()


def _served_since(server: StaticServer, mark: int) -> tuple[list[tuple[str, int]], int]:
    lines = server_lines(server)
    return lines[mark:], len(lines)


def _visit(
    context: BrowserContext, url: str, kind: str, settings: VisitSettings
) -> tuple[Page, Visit]:
    page = context.new_page()
    for other in context.pages:
        if other is not page:
            other.close()  # the persistent context's blank first page
    network = _Network()
    network.watch(page)
    page.goto(url, wait_until="commit")
    _wait_for_first_render(page, network, settings)
    _settle(page, network, settings)
    snapshot: dict[str, Any] = page.evaluate("fletBench.snapshot()")
    network.unwatch(page)
    wire_bytes, from_worker = network.wire()
    timings = snapshot["fletPwaTimings"] or {}
    visit = Visit(
        kind=kind,
        first_render_ms=snapshot["firstRender"],
        initialized_ms=timings.get("initialized"),
        worker_ready_ms=timings.get("workerReady"),
        stages_ms=timings,
        requests=len(network.finished),
        wire_bytes=wire_bytes,
        from_service_worker=from_worker,
        blocked=network.blocked,
        controller=snapshot["controller"],
        errors=network.errors,
    )
    return page, visit


def _first_render(page: Page) -> float | None:
    value = page.evaluate("fletBench.firstRender")
    return None if value is None else float(value)


def _wait_for_first_render(page: Page, network: _Network, settings: VisitSettings) -> None:
    """Until the counter reads "0", or the timeout, or a console error and a quiet network."""
    deadline = time.monotonic() + settings.timeout_s
    while _first_render(page) is None and time.monotonic() < deadline:
        if network.errors and network.idle_for() > settings.give_up_idle_s:
            return
        page.wait_for_timeout(_POLL_MS)


def _settle(page: Page, network: _Network, settings: VisitSettings) -> None:
    """Until no request has been in flight for ``settle_idle_s`` (at most ``settle_max_s``)."""
    deadline = time.monotonic() + settings.settle_max_s
    while network.idle_for() < settings.settle_idle_s and time.monotonic() < deadline:
        page.wait_for_timeout(_POLL_MS)


def service_worker_ready(page: Page, settings: VisitSettings) -> str | None:
    """The active service worker's script URL once it is activated (None: no worker)."""
    timeout_ms = settings.service_worker_timeout_s * 1000
    result = page.evaluate(
        "([timeout, grace]) => fletBench.serviceWorkerReady(timeout, grace)",
        [timeout_ms, settings.settle_idle_s * 1000 + 3000],
    )
    return None if result is None else str(result)


def _first_click(page: Page, visit: Visit, settings: VisitSettings) -> list[float]:
    """The page's first click, once it has settled (none if it did not render)."""
    if not visit.rendered or settings.clicks == 0:
        return []
    return click_latencies(page, settings, clicks=1)


def click_latencies(page: Page, settings: VisitSettings, clicks: int | None = None) -> list[float]:
    """Click the FAB ``clicks`` (default ``settings.clicks``) more times, each after the
    previous repaint; ms of every click on the page so far."""
    for _ in range(settings.clicks if clicks is None else clicks):
        value = page.evaluate("fletBench.value")
        page.evaluate("(expected) => fletBench.click(expected)", str(int(value) + 1))
        page.wait_for_function("() => fletBench.pending === null", timeout=30_000)
        page.wait_for_timeout(100)  # let the frame finish: each click starts from idle
    return [float(ms) for ms in page.evaluate("fletBench.latencies")]
