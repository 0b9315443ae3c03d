"""The offline PWA in real Chromium: the service worker from `web_template/sw.js` and the page
side in `pyodide_runtime/js/pwa.js`.

* Offline: after the first visit the worker is active; the HTTP server process is stopped;
  a reload and a new tab run the app, and every request they make is answered by the worker.
  The only requests that try the network are the version probes (`version.json`, which the
  worker answers with 204 when the server is gone) and the browser's own update check of
  `sw.js` (invisible to Playwright; it fails quietly).
* Updates: v1 and v2 published into the same folder; every load shows the text of the build
  it reports, the notice appears, Reload switches every tab to v2, v1's cache is deleted.
* Installability (CDP `Page.getInstallabilityErrors`) with a persistent profile.
* The same offline run for a site published with `--base-url /sub/`.

Every test fails on a console error and on any request that leaves 127.0.0.1 (the guard).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from counter_app import BOOT_MS, COUNTER, count_to
from flutter_semantics import SEMANTICS_HOST, enable_semantics, wait_for_text
from harness import BrowserGuard, StaticServer, chromium_launch_options
from playwright.sync_api import BrowserContext, Page, Playwright, Request, expect

from flet.publish import PublishOptions, PublishResult, publish

NOTICE = "#fletpwa-update"

ServerFactory = Callable[..., StaticServer]
ContextFactory = Callable[..., BrowserContext]

TEXT_APP = """import flet as ft


def main(page):
    page.add(ft.Text({text!r}))


ft.app(main)
"""


# --- helpers ----------------------------------------------------------------------------------


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    enable_semantics(page, timeout=BOOT_MS)


def active_worker(page: Page) -> dict[str, str]:
    """Wait until the page's scope has an activated worker; its scope and script URL."""
    result: dict[str, str] = page.evaluate(
        """async () => {
            const registration = await navigator.serviceWorker.ready;
            const worker = registration.active;
            if (worker.state !== "activated") {
                await new Promise((resolve) => worker.addEventListener(
                    "statechange", () => worker.state === "activated" && resolve()));
            }
            return {scope: registration.scope, script: worker.scriptURL};
        }"""
    )
    return result


def caches_of(page: Page) -> dict[str, list[str]]:
    """Cache Storage of the origin: cache name -> stored URLs."""
    result: dict[str, list[str]] = page.evaluate(
        """async () => {
            const out = {};
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                out[name] = (await cache.keys()).map((request) => request.url);
            }
            return out;
        }"""
    )
    return result


def cache_names_once_empty(page: Page, timeout_ms: int = 30_000) -> list[str]:
    """The origin's cache names, polled in the page until there are none or time is up."""
    names: list[str] = page.evaluate(
        """async (timeout) => {
            const deadline = Date.now() + timeout;
            for (;;) {
                const names = await caches.keys();
                if (names.length === 0 || Date.now() > deadline) return names;
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
        }""",
        timeout_ms,
    )
    return names


def page_build(page: Page) -> str:
    build: str = page.evaluate("window.fletPwa.buildId")
    return build


class RequestLog:
    """Requests of a context (pages, their workers, its service workers) from now on."""

    def __init__(self, context: BrowserContext) -> None:
        self.requests: list[Request] = []
        context.on("request", self._record)

    def _record(self, request: Request) -> None:
        self.requests.append(request)

    def http(self) -> list[Request]:
        return [r for r in self.requests if r.url.startswith("http")]

    def not_from_service_worker(self) -> list[str]:
        """Requests of pages and workers that the service worker did not answer."""
        missed = []
        for request in self.http():
            if request.service_worker is not None:
                continue  # made by the service worker itself, see by_service_worker()
            response = request.response()
            if response is None or not response.from_service_worker:
                missed.append(f"{request.url} ({request.failure or 'network'})")
        return missed

    def by_service_worker(self) -> list[str]:
        """URLs the service worker itself fetched (it went to the network for them)."""
        return [r.url for r in self.http() if r.service_worker is not None]


def assert_offline_run(log: RequestLog, server: StaticServer, served_before: int) -> None:
    assert not server.running
    assert len(server.requested_paths()) == served_before
    assert log.http(), "no request was recorded at all"
    assert log.not_from_service_worker() == []
    assert {url.rsplit("/", 1)[-1] for url in log.by_service_worker()} <= {"version.json"}


# --- offline ----------------------------------------------------------------------------------


def test_counter_runs_offline_after_the_first_visit(
    new_context: ContextFactory, counter_site: PublishResult, static_server: ServerFactory
) -> None:
    server = static_server(counter_site.site_dir)
    context = new_context()
    page = context.new_page()
    open_app(page, server.url)
    count_to(page, 1)  # the first visit works while the worker installs
    worker = active_worker(page)
    assert worker["scope"] == server.url
    assert worker["script"] == f"{server.url}sw.js?engine=skwasm"  # --web-renderer auto
    stored = caches_of(page)
    assert list(stored) == [f"flet-pwa / {counter_site.build_id}"]
    assert counter_site.pwa is not None
    assert len(stored[f"flet-pwa / {counter_site.build_id}"]) == counter_site.pwa.precache_files

    served_before = len(server.requested_paths())
    server.stop()
    log = RequestLog(context)
    page.reload()
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 3)
    tab = context.new_page()
    open_app(tab, f"{server.url}?v=2")  # query strings still hit the cache
    count_to(tab, 2)
    status = tab.evaluate("fetch('flutter_bootstrap.js?v=2').then((response) => response.status)")

    assert status == 200
    assert_offline_run(log, server, served_before)
    assert page_build(tab) == counter_site.build_id


def test_sub_path_site_runs_offline_with_routes(
    new_context: ContextFactory, tmp_path: Path, static_server: ServerFactory
) -> None:
    root = tmp_path / "pages"
    result = publish(PublishOptions(app=COUNTER, distpath=root / "sub", base_url="/sub/"))
    server = static_server(root)
    context = new_context()
    page = context.new_page()
    open_app(page, f"{server.url}sub/")
    count_to(page, 1)
    worker = active_worker(page)
    assert worker["scope"] == f"{server.url}sub/"
    assert list(caches_of(page)) == [f"flet-pwa /sub/ {result.build_id}"]

    served_before = len(server.requested_paths())
    server.stop()
    log = RequestLog(context)
    page.reload()
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 2)
    tab = context.new_page()
    open_app(tab, f"{server.url}sub/some/route")  # a path route gets the cached page
    count_to(tab, 1)

    assert_offline_run(log, server, served_before)


# --- updates ----------------------------------------------------------------------------------


def publish_text(app_dir: Path, dist: Path, text: str, **options: Any) -> PublishResult:
    app_dir.mkdir(exist_ok=True)
    (app_dir / "app.py").write_text(TEXT_APP.format(text=text))
    return publish(PublishOptions(app=app_dir / "app.py", distpath=dist, **options))


def shows_its_build(page: Page, texts: dict[str, str]) -> str:
    """Wait for the app's text and check it is the text of the build the page reports."""
    enable_semantics(page, timeout=BOOT_MS)
    build = page_build(page)
    wait_for_text(page, texts[build], exact=True, timeout=BOOT_MS)
    for other_build, text in texts.items():
        if other_build != build:
            assert page.locator(SEMANTICS_HOST).get_by_text(text, exact=True).count() == 0
    return build


def test_update_is_offered_and_switches_every_tab_atomically(
    new_context: ContextFactory, tmp_path: Path, static_server: ServerFactory
) -> None:
    app_dir, dist = tmp_path / "app", tmp_path / "dist"
    v1 = publish_text(app_dir, dist, "Version one")
    server = static_server(dist)
    context = new_context()
    page = context.new_page()
    page.goto(server.url)
    texts = {v1.build_id: "Version one"}
    assert shows_its_build(page, texts) == v1.build_id
    active_worker(page)
    page.reload()  # now controlled by v1's worker
    assert shows_its_build(page, texts) == v1.build_id

    v2 = publish_text(app_dir, dist, "Version two")
    assert v2.build_id != v1.build_id
    texts[v2.build_id] = "Version two"
    page.reload()  # still v1, from v1's cache; v2's worker installs and waits
    assert shows_its_build(page, texts) == v1.build_id
    notice = page.locator(NOTICE)
    expect(notice).to_contain_text("A new version is available", timeout=BOOT_MS)
    other_tab = context.new_page()
    other_tab.goto(server.url)
    assert shows_its_build(other_tab, texts) == v1.build_id

    with (
        other_tab.expect_event("load", timeout=BOOT_MS),
        page.expect_navigation(timeout=BOOT_MS),
    ):
        notice.get_by_role("button", name="Reload").click()
    assert shows_its_build(page, texts) == v2.build_id
    assert shows_its_build(other_tab, texts) == v2.build_id
    assert list(caches_of(page)) == [f"flet-pwa / {v2.build_id}"]
    assert page.locator(NOTICE).count() == 0


def test_a_build_without_service_worker_removes_the_earlier_one(
    new_context: ContextFactory, tmp_path: Path, static_server: ServerFactory
) -> None:
    app_dir, dist = tmp_path / "app", tmp_path / "dist"
    v1 = publish_text(app_dir, dist, "Version one")
    server = static_server(dist)
    page = new_context().new_page()
    page.goto(server.url)
    texts = {v1.build_id: "Version one"}
    assert shows_its_build(page, texts) == v1.build_id
    active_worker(page)

    v2 = publish_text(app_dir, dist, "Version two", service_worker=False)
    texts[v2.build_id] = "Version two"
    page.reload()  # v1 from its cache; version.json says v2 has no worker
    assert shows_its_build(page, texts) == v1.build_id
    notice = page.locator(NOTICE)
    expect(notice).to_contain_text("A new version is available", timeout=BOOT_MS)
    assert page.evaluate("navigator.serviceWorker.getRegistrations()") == []
    with page.expect_navigation(timeout=BOOT_MS):
        notice.get_by_role("button", name="Reload").click()
    assert shows_its_build(page, texts) == v2.build_id  # from the server
    assert page.evaluate("navigator.serviceWorker.controller") is None
    assert cache_names_once_empty(page) == []  # v2's pwa.js deleted v1's cache


# --- installability ---------------------------------------------------------------------------


@pytest.fixture
def persistent_context(
    playwright: Playwright, tmp_path: Path, browser_guard: BrowserGuard
) -> Iterator[BrowserContext]:
    options: dict[str, Any] = chromium_launch_options()
    context = playwright.chromium.launch_persistent_context(tmp_path / "profile", **options)
    browser_guard.watch_context(context)
    yield context
    context.close()
    browser_guard.check()


def test_installable_with_icons_made_from_the_app_icon(
    persistent_context: BrowserContext, tmp_path: Path, static_server: ServerFactory
) -> None:
    from PIL import Image

    app_dir = tmp_path / "app"
    (app_dir / "assets").mkdir(parents=True)
    (app_dir / "app.py").write_text(TEXT_APP.format(text="Install me"))
    Image.new("RGBA", (300, 200), (30, 136, 229, 255)).save(app_dir / "assets" / "icon.png")
    result = publish(
        PublishOptions(
            app=app_dir / "app.py", distpath=tmp_path / "dist", pwa_theme_color="#1E88E5"
        )
    )
    assert result.pwa is not None and len(result.pwa.icons) == 5
    server = static_server(result.site_dir)
    page = (
        persistent_context.pages[0] if persistent_context.pages else persistent_context.new_page()
    )
    page.goto(server.url)
    enable_semantics(page, timeout=BOOT_MS)
    wait_for_text(page, "Install me", exact=True, timeout=BOOT_MS)
    active_worker(page)

    cdp = persistent_context.new_cdp_session(page)
    assert cdp.send("Page.getInstallabilityErrors") == {"installabilityErrors": []}
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == []
    assert manifest["url"] == f"{server.url}manifest.json"
    assert cdp.send("Page.getAppId")["appId"] == server.url  # the manifest's id: the base URL
