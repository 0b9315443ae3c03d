"""Python starts from the site's memory snapshot in real Chromium (flet/publish/snapshot.py,
pyodide_runtime/js/worker.mjs), and starts without it when it cannot be used.

* The counter published with its snapshot starts from it: the worker reports "snapshot"
  (`window.fletPwaBoot`), the app counts, msgpack runs with its C extension again.
* A snapshot file changed on disk (its sha256 no longer the one the page names), or a file
  whose hash the page names but that is no Pyodide heap: one console warning, Python starts
  the normal way ("fallback") and the same app runs.
* Offline: after the first visit the service worker holds the snapshot; with the server
  stopped a reload still starts from it.

Every test fails on a console error and on any request that leaves 127.0.0.1 (the guard).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from counter_app import BOOT_MS, COUNTER, count_to
from flutter_semantics import enable_semantics, wait_for_text
from harness import BrowserGuard, StaticServer
from playwright.sync_api import BrowserContext, Page

from flet.publish import PublishOptions, PublishResult, publish
from flet.publish.layout import SNAPSHOT, SNAPSHOT_HEAP

SNAPSHOT_WARNING = r"^flet-pwa: the memory snapshot could not be used \((.+)\); Python starts"

ServerFactory = Callable[..., StaticServer]
ContextFactory = Callable[..., BrowserContext]

# Which msgpack the session's codec uses, shown in the app: the snapshot holds the pure-Python
# one, and the C extension must be back once the worker has loaded msgpack's wheel (after the
# app started; whether before or after main runs depends on when the client connects). Whether
# the wheel's files were there when the app module started: they must not be (the worker
# defers the wheel, although flet-pwa's lock entry depends on msgpack).
CODEC_APP = """import asyncio
import importlib.util

import flet as ft
import msgpack

AT_START = importlib.util.find_spec("msgpack._cmsgpack") is not None


async def main(page):
    now = ft.Text("packer " + msgpack.Packer.__module__)
    await page.add_async(ft.Text(f"extension installed at start: {AT_START}"), now)
    for _ in range(600):
        await asyncio.sleep(0.05)
        # read once: the worker may swap msgpack while update_async waits
        module = msgpack.Packer.__module__
        now.value = "packer " + module
        await now.update_async()
        if module == "msgpack._cmsgpack":
            break


ft.app(main)
"""


@pytest.fixture(scope="module")
def counter_without_worker(tmp_path_factory: pytest.TempPathFactory) -> PublishResult:
    """The counter without a service worker, whose install would refuse a changed file."""
    dist = tmp_path_factory.mktemp("counter-no-sw") / "dist"
    options = PublishOptions(app=COUNTER, distpath=dist, service_worker=False)
    return publish(options)


def copy_site(site: PublishResult, folder: Path) -> Path:
    target = folder / "site"
    shutil.copytree(site.site_dir, target)
    return target


def python_boot(page: Page) -> str:
    """How the worker started Python, as bridge.js recorded it."""
    page.wait_for_function("() => globalThis.fletPwaBoot", timeout=BOOT_MS)
    boot: dict[str, Any] = page.evaluate("globalThis.fletPwaBoot")
    return str(boot["python"])


def snapshot_warnings(guard: BrowserGuard) -> list[str]:
    return [text for text in guard.messages() if "snapshot" in text]


def open_published(page: Page, source: str, tmp_path: Path, static_server: ServerFactory) -> None:
    """Publish the app `source` (with its snapshot) and open it."""
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "app.py").write_text(source, encoding="utf-8")
    publish(PublishOptions(app=tmp_path / "app" / "app.py", distpath=tmp_path / "dist"))
    page.goto(static_server(tmp_path / "dist").url)
    enable_semantics(page, timeout=BOOT_MS)


def set_snapshot_hash(site: Path, sha256: str) -> None:
    """Make the page name `sha256` for the snapshot (as a publish of those bytes would)."""
    index = site / "index.html"
    html = index.read_text(encoding="utf-8")
    config = re.search(r"window\.fletPwa = (\{.*?\});\n", html)
    assert config is not None
    runtime = json.loads(config.group(1))
    runtime["snapshot"]["sha256"] = sha256
    index.write_text(html.replace(config.group(1), json.dumps(runtime)), encoding="utf-8")


def test_the_counter_starts_from_the_snapshot(
    page: Page,
    counter_site: PublishResult,
    static_server: ServerFactory,
    browser_guard: BrowserGuard,
) -> None:
    assert counter_site.snapshot is not None and counter_site.snapshot.path == SNAPSHOT
    server = static_server(counter_site.site_dir)
    page.goto(server.url)
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 2)

    assert python_boot(page) == "snapshot"
    assert f"/{SNAPSHOT}" in server.requested_paths()
    assert snapshot_warnings(browser_guard) == []


def test_after_a_snapshot_start_msgpack_gets_its_c_extension_only_once_the_app_runs(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    open_published(page, CODEC_APP, tmp_path, static_server)

    wait_for_text(page, "packer msgpack._cmsgpack", exact=True, timeout=BOOT_MS)
    wait_for_text(page, "extension installed at start: False", exact=True)
    assert python_boot(page) == "snapshot"


# After a snapshot start the worker writes the core's files but the sources of the modules the
# heap holds (pyodide_runtime/site_files.py), and those once the app runs: a module the snapshot
# did not import must be importable at once, the others' sources must follow.
SOURCES_APP = """import asyncio
import importlib.metadata
import inspect

import flet as ft
import flet.protocol.codec as codec
import flet_charts  # not imported by the snapshot


async def main(page):
    status = ft.Text("no source yet")
    installer = importlib.metadata.distribution("flet-pwa").read_text("INSTALLER")
    await page.add_async(
        ft.Text("imported " + flet_charts.__name__), ft.Text("installer " + installer), status
    )
    for _ in range(600):
        try:
            lines = inspect.getsource(codec).splitlines()
        except OSError:
            await asyncio.sleep(0.05)
            continue
        status.value = "source of the codec: " + str(len(lines) > 100)
        await status.update_async()
        break


ft.app(main)
"""


def test_after_a_snapshot_start_new_modules_import_and_the_core_sources_follow(
    page: Page, tmp_path: Path, static_server: ServerFactory, browser_guard: BrowserGuard
) -> None:
    open_published(page, SOURCES_APP, tmp_path, static_server)

    wait_for_text(page, "imported flet_charts", exact=True, timeout=BOOT_MS)
    wait_for_text(page, "installer pyodide.loadPackage", exact=True)  # as loadPackage records it
    wait_for_text(page, "source of the codec: True", exact=True)
    assert python_boot(page) == "snapshot"
    assert not [m for m in browser_guard.messages() if "source files were not written" in m]


def test_a_changed_snapshot_file_is_not_restored_and_the_app_still_starts(
    page: Page,
    counter_without_worker: PublishResult,
    tmp_path: Path,
    static_server: ServerFactory,
    browser_guard: BrowserGuard,
) -> None:
    site = copy_site(counter_without_worker, tmp_path)
    snapshot = site / SNAPSHOT
    data = bytearray(snapshot.read_bytes())
    data[len(data) // 2] ^= 0xFF
    snapshot.write_bytes(bytes(data))
    page.goto(static_server(site).url)
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 1)

    assert python_boot(page) == "fallback"
    warnings = snapshot_warnings(browser_guard)
    assert len(warnings) == 1, warnings
    reason = re.match(SNAPSHOT_WARNING, warnings[0])
    assert reason is not None, warnings[0]
    assert "does not match this build" in reason.group(1)


def test_a_heap_pyodide_refuses_falls_back_with_one_warning(
    page: Page,
    counter_without_worker: PublishResult,
    tmp_path: Path,
    static_server: ServerFactory,
    browser_guard: BrowserGuard,
) -> None:
    site = copy_site(counter_without_worker, tmp_path)
    not_a_heap = gzip.compress(b"\0" * 4096, mtime=0)
    (site / SNAPSHOT).write_bytes(not_a_heap)
    set_snapshot_hash(site, hashlib.sha256(not_a_heap).hexdigest())
    page.goto(static_server(site).url)
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 1)

    assert python_boot(page) == "fallback"
    warnings = snapshot_warnings(browser_guard)
    assert len(warnings) == 1, warnings
    reason = re.match(SNAPSHOT_WARNING, warnings[0])
    assert reason is not None and "magic number" in reason.group(1), warnings[0]


def test_an_offline_reload_starts_from_the_snapshot(
    new_context: ContextFactory, counter_site: PublishResult, static_server: ServerFactory
) -> None:
    server = static_server(counter_site.site_dir)
    context = new_context()
    page = context.new_page()
    page.goto(server.url)
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 1)
    page.evaluate(
        """async () => {
            const worker = (await navigator.serviceWorker.ready).active;
            if (worker.state !== "activated") {
                await new Promise((resolve) => worker.addEventListener(
                    "statechange", () => worker.state === "activated" && resolve()));
            }
        }"""
    )
    cached = page.evaluate(
        """async (path) => Boolean(await caches.match(new URL(path, document.baseURI).href))""",
        SNAPSHOT_HEAP,  # decoded from SNAPSHOT when the worker installed
    )
    assert cached, "the service worker did not precache the snapshot's heap"

    server.stop()
    page.reload()
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 2)
    assert python_boot(page) == "snapshot"
