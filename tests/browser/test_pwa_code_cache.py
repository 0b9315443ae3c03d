"""What the service worker's cache lets V8 keep between visits, read from Chromium's trace.

Chromium compiles every function of a script that a service worker puts into Cache Storage
while it installs, and keeps that "full" code cache beside the entry; a page that then runs
main.dart.js from it spent about 0.9 s of main-thread CPU in the script's first run, against
about 0.2 s with the ordinary code cache V8 keeps after a run (benchmarks/README.md, "Warm
path"). `web_template/sw.js` stores its scripts again once installed, which drops the full
cache: the first visit the worker answers compiles main.dart.js and V8 keeps an ordinary
cache beside the Cache Storage entry, which the next visit runs from.

Also checked here: every file the worker stored (the scripts stored twice included) has the
bytes of this build (the integrity hash `sw.js` was rendered with).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from flutter_semantics import enable_semantics, wait_for_text
from harness import StaticServer
from playwright.sync_api import Browser, BrowserContext, Page

from flet.publish import PublishOptions, PublishResult, publish

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BOOT_MS = 90_000
SCRIPT = "main.dart.js"
TRACE_CATEGORIES = ["devtools.timeline", "v8"]

ServerFactory = Callable[..., StaticServer]
ContextFactory = Callable[..., BrowserContext]


@pytest.fixture(scope="module")
def counter_site(tmp_path_factory: pytest.TempPathFactory) -> PublishResult:
    dist = tmp_path_factory.mktemp("counter") / "dist"
    # canvaskit: main.dart.js is a classic script (skwasm's main.dart.mjs is a module, which
    # Chromium does not compile at install)
    options = PublishOptions(app=EXAMPLES / "counter.py", distpath=dist, web_renderer="canvaskit")
    return publish(options)


def visit(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    page.goto(url)
    enable_semantics(page, timeout=BOOT_MS)
    wait_for_text(page, "0", exact=True, timeout=BOOT_MS)
    return page


def wait_for_active_worker(page: Page) -> None:
    page.evaluate(
        """async () => {
            const worker = (await navigator.serviceWorker.ready).active;
            if (worker.state === "activated") return;
            await new Promise((resolve) => worker.addEventListener(
                "statechange", () => worker.state === "activated" && resolve()));
        }"""
    )


def traced_visit(browser: Browser, context: BrowserContext, url: str, trace: Path) -> Page:
    browser.start_tracing(categories=TRACE_CATEGORIES, path=str(trace))
    try:
        page = visit(context, url)
        page.wait_for_timeout(1000)  # V8 writes the code cache once the script has run
    finally:
        browser.stop_tracing()
    return page


def script_compiles(trace: Path, script: str) -> list[dict[str, Any]]:
    """The page's `v8.compile` and `v8.produceCache` events of `script` (their `data`)."""
    document = json.loads(trace.read_text())
    events = document["traceEvents"] if isinstance(document, dict) else document
    found = []
    for event in events:
        if event.get("name") not in ("v8.compile", "v8.produceCache"):
            continue
        data = event.get("args", {}).get("data", {})
        if data.get("url", "").endswith(f"/{script}"):
            found.append({"event": event["name"], **data})
    return found


def test_main_dart_js_runs_from_an_ordinary_code_cache_after_the_first_answered_visit(
    browser: Browser,
    new_context: ContextFactory,
    counter_site: PublishResult,
    static_server: ServerFactory,
    tmp_path: Path,
) -> None:
    server = static_server(counter_site.site_dir)
    context = new_context()
    first = visit(context, server.url)
    wait_for_active_worker(first)
    first.close()

    answered = traced_visit(browser, context, server.url, tmp_path / "answered.json")
    assert answered.evaluate("navigator.serviceWorker.controller !== null")
    answered.close()
    again = traced_visit(browser, context, server.url, tmp_path / "again.json")

    compiled = script_compiles(tmp_path / "answered.json", SCRIPT)
    assert [c for c in compiled if c["event"] == "v8.compile"], compiled
    assert all("cacheKind" not in c for c in compiled if c["event"] == "v8.compile"), compiled
    assert any(c["event"] == "v8.produceCache" for c in compiled), compiled
    rerun = [
        c for c in script_compiles(tmp_path / "again.json", SCRIPT) if c["event"] == "v8.compile"
    ]
    assert [(c.get("cacheKind"), c.get("cacheRejected")) for c in rerun] == [("normal", False)]
    assert again.evaluate("navigator.serviceWorker.controller !== null")


def test_every_stored_file_has_this_builds_bytes(
    new_context: ContextFactory, counter_site: PublishResult, static_server: ServerFactory
) -> None:
    server = static_server(counter_site.site_dir)
    page = visit(new_context(), server.url)
    wait_for_active_worker(page)
    expected = build_files(counter_site.site_dir)
    stored: dict[str, str] = page.evaluate(
        """async (name) => {
            const cache = await caches.open(name);
            const out = {};
            for (const request of await cache.keys()) {
                const bytes = await (await cache.match(request)).arrayBuffer();
                const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
                out[request.url] = "sha256-" + btoa(String.fromCharCode(...digest));
            }
            return out;
        }""",
        f"flet-pwa / {counter_site.build_id}",
    )
    assert SCRIPT in {url.rsplit("/", 1)[-1] for url in stored}
    assert counter_site.pwa is not None
    assert len(stored) == counter_site.pwa.precache_files
    for url, integrity in stored.items():
        path = unquote(url.removeprefix(server.url))
        assert expected[path] == integrity, path


def build_files(site: Path) -> dict[str, str]:
    """`BUILD.files` of the site's sw.js: site path -> integrity string; and what the worker
    stores decoded from a gzip file that has no original in the site (the snapshot's heap):
    the integrity string of the decoded bytes."""
    match = re.search(r"^const BUILD = (.*);$", (site / "sw.js").read_text(), re.M)
    assert match, "sw.js has no BUILD line"
    build = json.loads(match.group(1))
    files: dict[str, str] = build["files"]
    for path, copy in build["compressed"].items():
        if path not in files:
            decoded = gzip.decompress((site / copy["gz"]).read_bytes())
            files[path] = "sha256-" + base64.b64encode(hashlib.sha256(decoded).digest()).decode()
    return files
