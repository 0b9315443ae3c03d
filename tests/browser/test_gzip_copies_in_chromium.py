"""The gzip copies of the large files (flet/publish/compress.py) in real Chromium, from a host
that does not compress (`python -m http.server`):

* a first visit fetches the copies instead of the originals, decodes them in the page and in
  the Python worker (`pyodide_runtime/js/gzip_fetch.js`) and runs the app; the service worker
  stores the decoded originals (the same bytes as the site's files) and the memory snapshot's
  decoded heap, and the next visit gets them from it, with no copy requested;
* a site whose copies are missing (an upload that left them out) still starts: the originals
  are fetched instead.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from counter_app import BOOT_MS, count_to
from flutter_semantics import enable_semantics
from harness import StaticServer
from playwright.sync_api import BrowserContext, Page, Request

from flet.publish import PublishResult

ServerFactory = Callable[..., StaticServer]
ContextFactory = Callable[..., BrowserContext]
# What Chromium loads with fetch() on a first visit of a site with the default renderer.
FETCHED = ("main.dart.wasm", "canvaskit/skwasm.wasm", "pyodide/pyodide.asm.wasm")


def stored_digests(page: Page, paths: tuple[str, ...]) -> dict[str, str]:
    """sha256 of what this build's cache holds for each path, once the worker is active."""
    digests: dict[str, str] = page.evaluate(
        """async (paths) => {
            await navigator.serviceWorker.ready;
            const [name] = await caches.keys();
            const cache = await caches.open(name);
            const out = {};
            for (const path of paths) {
                const response = await cache.match(new URL(path, document.baseURI).href);
                if (!response) { out[path] = "missing"; continue; }
                const digest = await crypto.subtle.digest("SHA-256", await response.arrayBuffer());
                out[path] = Array.from(new Uint8Array(digest),
                    (b) => b.toString(16).padStart(2, "0")).join("");
            }
            return out;
        }""",
        list(paths),
    )
    return digests


def test_a_first_visit_fetches_the_copies_and_the_next_gets_the_originals_from_the_worker(
    new_context: ContextFactory, counter_site: PublishResult, static_server: ServerFactory
) -> None:
    site = counter_site.site_dir
    server = static_server(site)
    context = new_context()
    page = context.new_page()
    page.goto(server.url)
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 2)

    requested = set(server.requested_paths())
    for path in FETCHED:
        assert f"/{path}.gz" in requested
        assert f"/{path}" not in requested
    expected = {path: hashlib.sha256((site / path).read_bytes()).hexdigest() for path in FETCHED}
    heap = gzip.decompress((site / "pyodide/snapshot.bin.gz").read_bytes())  # no file of the site
    expected["pyodide/snapshot.bin"] = hashlib.sha256(heap).hexdigest()
    assert "/pyodide/snapshot.bin" not in requested  # decoded from the .gz in the worker
    # decoded by the service worker when it installed
    assert stored_digests(page, (*FETCHED, "pyodide/snapshot.bin")) == expected

    requests: list[Request] = []
    context.on("request", lambda request: requests.append(request))
    served_before = len(server.requested_paths())
    page.reload()
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 1)

    by_name = {r.url.removeprefix(server.url): r for r in requests if r.service_worker is None}
    for path in (*FETCHED, "pyodide/snapshot.bin"):  # the heap: no gunzip on this visit
        response = by_name[path].response()
        assert response is not None and response.from_service_worker
        assert f"{path}.gz" not in by_name
    assert all(not p.endswith(".gz") for p in server.requested_paths()[served_before:])
    # labelled by the worker that decoded it, so the Python worker does not hash it again
    heap = by_name["pyodide/snapshot.bin"].response()
    assert heap is not None and heap.headers.get("x-flet-pwa-decoded") == counter_site.build_id


@pytest.mark.expect_console_errors(
    r"Failed to load resource: the server responded with a status of 404"
)
def test_a_site_without_its_copies_starts_from_the_originals(
    new_context: ContextFactory,
    counter_site: PublishResult,
    static_server: ServerFactory,
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    shutil.copytree(counter_site.site_dir, site)
    for copy in site.rglob("*.wasm.gz"):
        copy.unlink()
    server = static_server(site)
    page = new_context().new_page()
    page.goto(server.url)
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 1)

    requested = set(server.requested_paths())
    for path in FETCHED:
        assert f"/{path}.gz" in requested  # tried first, 404
        assert f"/{path}" in requested
