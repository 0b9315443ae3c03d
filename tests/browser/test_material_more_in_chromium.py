"""Issue 11's Material controls in real Chromium with the real Flet 1.0.5 client.

The app (apps/material_more) draws a MenuBar, a SegmentedButton, an ExpansionPanelList, a
ShaderMask, Semantics, an AnimatedSwitcher, a RotatedBox and a Text with an ``ft.Tooltip`` and
an ``ft.Badge``, none of them as an error box; a click on a segment and on a panel's expand
button reaches the app's Python handlers, which write what they saw into Texts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from apps import (  # noqa: F401  (fixtures)
    APPS,
    ModuleApp,
    open_module_app,
    shared_browser_guard,
    shared_module_guard,
)
from flutter_semantics import (
    SEMANTICS_HOST,
    error_box_pixels,
    error_texts,
    semantics_texts,
    tap,
    wait_for_text,
)
from harness import BrowserGuard
from playwright.sync_api import Browser


@pytest.fixture(scope="module")
def material_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("material_more") / "dist"
    with open_module_app(
        browser, module_guard, APPS / "material_more" / "main.py", dist, "material ready"
    ) as app:
        yield app


def test_the_controls_are_drawn_without_an_error_box(
    material_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = material_app.page
    for text in ("File menu", "Small", "Large", "First panel", "switched text", "rotated text"):
        wait_for_text(page, text, exact=False)
    wait_for_text(page, "semantic box", exact=True)
    texts = semantics_texts(page)
    # the ft.Tooltip's message labels the text it is on; the ft.Badge draws its label
    assert "a tooltip\ntooltip and badge" in texts, texts
    assert "9" in texts, texts
    assert "wrapped tip\nwrapped text" in texts, texts  # the 0.24 Tooltip wrapper
    assert error_texts(page) == []
    assert error_box_pixels(page.screenshot()) == 0


def test_a_segment_click_reaches_python_as_the_async_era_read_it(
    material_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = material_app.page
    tap(page, page.locator(SEMANTICS_HOST).get_by_text("Large", exact=True).first)
    wait_for_text(page, "segments: large,small -> large,small", exact=True)


def test_a_panel_expand_reaches_python_and_shows_its_body(
    material_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = material_app.page
    host = page.locator(SEMANTICS_HOST)
    expand = host.get_by_role("button", name="Expand").or_(host.get_by_label("Expand")).first
    tap(page, expand)
    wait_for_text(page, "panel: 0 expanded True", exact=True)
    wait_for_text(page, "first body", exact=True)
