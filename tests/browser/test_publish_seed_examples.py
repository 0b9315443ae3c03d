"""The four seed examples, published with `flet publish` and run in Chromium.

Every test here fails on a console error and on any request that leaves 127.0.0.1 (the
``page`` fixture's guard, see conftest.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from flutter_semantics import (
    SEMANTICS_HOST,
    click_button,
    enable_semantics,
    find_text,
    wait_for_text,
)
from harness import StaticServer
from playwright.sync_api import Page, expect

from flet.publish import PublishOptions, publish

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STAGE_TEXTS = ["Loading…", "Downloading…", "Starting Python…", "Starting the app…"]
BOOT_MS = 60_000

SiteFactory = Callable[[str], Path]
ServerFactory = Callable[..., StaticServer]


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> SiteFactory:
    """``example_site("counter")``: examples/counter.py published once for this module."""
    sites: dict[str, Path] = {}

    def site(name: str) -> Path:
        if name not in sites:
            dist = tmp_path_factory.mktemp(name) / "dist"
            publish(PublishOptions(app=EXAMPLES / f"{name}.py", distpath=dist))
            sites[name] = dist
        return sites[name]

    return site


def open_app(page: Page, server: StaticServer) -> None:
    page.goto(server.url)
    enable_semantics(page)


def test_hello_shows_its_text_after_the_loading_screen_named_each_stage(
    page: Page, example_site: SiteFactory, static_server: ServerFactory
) -> None:
    server = static_server(example_site("hello"))
    page.goto(server.url, wait_until="commit")
    status = page.get_by_role("status")
    status.wait_for(state="attached")
    assert status.text_content() in STAGE_TEXTS
    enable_semantics(page)

    wait_for_text(page, "Hello, async world!")

    page.wait_for_function("() => 'loadingRemoved' in globalThis.fletPwaTimings", timeout=BOOT_MS)
    assert page.locator("#fletpwa-loading").count() == 0
    timings = page.evaluate("globalThis.fletPwaTimings")
    stages = ["downloading", "starting-python", "starting-app", "initialized", "loadingRemoved"]
    assert [timings[name] for name in stages] == sorted(timings[name] for name in stages)
    assert timings["firstFrame"] <= timings["loadingRemoved"]
    # the worker's own clock: when it was ready, not when the page read it (1 ms rounding)
    assert 0 < timings["workerReady"] <= timings["initialized"] + 1
    # the client's CDN load of the Rive runtime went to the site's stand-in instead
    assert "/flet-pwa/rive_native.js" in server.requested_paths()


def test_counter_reads_0_and_ten_clicks_on_the_fab_give_10(
    page: Page, example_site: SiteFactory, static_server: ServerFactory
) -> None:
    open_app(page, static_server(example_site("counter")))
    wait_for_text(page, "0", exact=True)

    fab = page.locator(SEMANTICS_HOST).get_by_role("button")
    for _ in range(10):
        fab.click()

    wait_for_text(page, "10", exact=True)
    assert find_text(page, "11", exact=True).count() == 0


def test_say_hello_with_delay_shows_hello_after_the_click(
    page: Page, example_site: SiteFactory, static_server: ServerFactory
) -> None:
    open_app(page, static_server(example_site("hello_delay")))

    click_button(page, "Say hello with delay!")
    assert find_text(page, "Hello!", exact=True).count() == 0  # the app sleeps one second first

    wait_for_text(page, "Hello!", exact=True)


def test_both_countdowns_tick_down(
    page: Page, example_site: SiteFactory, static_server: ServerFactory
) -> None:
    open_app(page, static_server(example_site("countdown")))
    clocks = page.locator(SEMANTICS_HOST).get_by_text(re.compile(r"^\d\d:\d\d$"))
    expect(clocks).to_have_count(2, timeout=BOOT_MS)
    before = [seconds(text) for text in clocks.all_text_contents()]
    assert 60 < before[0] <= 120 and 0 < before[1] <= 60

    for index, text in enumerate(clocks.all_text_contents()):
        expect(clocks.nth(index)).not_to_have_text(text, timeout=10_000)

    after = [seconds(text) for text in clocks.all_text_contents()]
    assert after[0] < before[0] and after[1] < before[1]


def seconds(clock: str) -> int:
    minutes, secs = clock.split(":")
    return int(minutes) * 60 + int(secs)


def test_hello_runs_with_the_skwasm_renderer_too(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    """The dart2wasm build loads Rive through its own interop code; the redirect still holds."""
    dist = tmp_path / "dist"
    publish(PublishOptions(app=EXAMPLES / "hello.py", distpath=dist, web_renderer="skwasm"))
    server = static_server(dist)
    open_app(page, server)

    wait_for_text(page, "Hello, async world!")
    assert "/flet-pwa/rive_native.js" in server.requested_paths()
