"""Sync app code that sleeps and starts threads, published and run in real Chromium (JSPI is on
in Chromium 137+): ``time.sleep`` in a handler shows every step while another button answers at
once, a daemon ``Thread`` clock ticks, the era's ``UserControl`` countdown (a thread from
``did_mount``) counts down, a ``Thread`` started by a click runs and is joined, a
``threading.Timer`` fires (pyodide_runtime/blocking.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flutter_semantics import SEMANTICS_HOST, enable_semantics, tap, wait_for_text
from harness import BrowserGuard, StaticServer
from playwright.sync_api import Page

from flet.publish import PublishOptions, publish

ServerFactory = Callable[..., StaticServer]
APP = Path(__file__).parent / "apps" / "blocking" / "main.py"

# Every text the semantics tree shows, as it changes (a step shown for 0.4 s is not missed), from
# before the page's scripts run: the countdown shows 00:03 for a second as soon as the app starts.
RECORD_TEXTS = """
window.__seen = new Set();
new MutationObserver(() => {
  document.querySelectorAll("flt-semantics-host flt-semantics").forEach((node) => {
    const text = (node.getAttribute("aria-label") || node.textContent || "").trim();
    if (text) window.__seen.add(text);
  });
}).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
"""


MAX_TICKS = """() => Math.max(0, ...[...window.__seen]
  .map((text) => /^Ticks: (\\d+)$/.exec(text)).filter(Boolean).map((m) => Number(m[1])))"""


def button(page: Page, name: str):
    return page.locator(SEMANTICS_HOST).get_by_role("button", name=name, exact=True)


def test_sleeping_handlers_threads_and_timers_keep_the_page_answering(
    page: Page, tmp_path: Path, static_server: ServerFactory, browser_guard: BrowserGuard
) -> None:
    dist = tmp_path / "dist"
    publish(PublishOptions(app=APP, distpath=dist))
    page.add_init_script(RECORD_TEXTS)
    page.goto(static_server(dist).url)
    enable_semantics(page)
    wait_for_text(page, "Count: none", exact=True)

    tap(page, button(page, "Count"))
    # a step shows for 0.4 s: wait for it in the record, which a slow poll cannot miss
    page.wait_for_function("() => window.__seen.has('Count: 1')")
    tap(page, button(page, "Other"))  # while the handler sleeps
    wait_for_text(page, "Other: 1", exact=True)
    assert "Count: done" not in page.evaluate("[...window.__seen]")
    wait_for_text(page, "Count: done", exact=True)
    seen = set(page.evaluate("[...window.__seen]"))
    assert {f"Count: {i}" for i in range(5)} <= seen

    wait_for_text(page, "Timer: fired", exact=True)
    # the daemon thread's clock has ticked at least three times by now, and goes on ticking
    ticks = page.evaluate(MAX_TICKS)
    assert ticks >= 3
    page.wait_for_function(f"() => ({MAX_TICKS})() >= {ticks + 2}")
    tap(page, button(page, "Other"))
    wait_for_text(page, "Other: 2", exact=True)

    # the era's UserControl countdown: a thread from did_mount, time.sleep(1) between steps
    # (its first step, 00:03, is shown for a second from the first render on, which can end
    # before the semantics tree is on and recorded: Python starts from a snapshot, sooner)
    wait_for_text(page, "Time is up", exact=True)
    assert {"00:02", "00:01"} <= set(page.evaluate("[...window.__seen]"))

    tap(page, button(page, "Countdown"))
    wait_for_text(page, "Countdown: 0, joined: True", exact=True)
    seen = set(page.evaluate("[...window.__seen]"))
    assert {f"Countdown: {n}" for n in (3, 2, 1)} <= seen
