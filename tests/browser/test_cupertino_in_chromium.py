"""Cupertino controls in real Chromium with the real Flet 1.0.5 client.

The app (``apps/cupertino``) draws a switch, a slider, a checkbox, a text field, the three
Cupertino buttons, a sliding segmented button, an activity indicator and a list tile: the
client draws them all with no error box. A click on the switch and on a dialog's action reach
Python, which writes what it received into Texts; the dialog opened through ``page.dialog``
closes again when Python sets ``open = False``; a tap on a sliding segmented button reports
its index.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from apps import (  # noqa: F401  (fixtures)
    APPS,
    ModuleApp,
    open_module_app,
    reload_after_failure,
    shared_browser_guard,
    shared_module_guard,
)
from flutter_semantics import (
    SEMANTICS_HOST,
    button,
    error_box_pixels,
    error_texts,
    find_text,
    tap,
    wait_for_text,
)
from harness import BrowserGuard
from playwright.sync_api import Browser, expect

READY = "Cupertino ready"


@pytest.fixture(scope="module")
def cupertino_module_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("cupertino") / "dist"
    with open_module_app(browser, module_guard, APPS / "cupertino" / "main.py", dist, READY) as app:
        yield app


@pytest.fixture
def cupertino_app(
    cupertino_module_app: ModuleApp, request: pytest.FixtureRequest
) -> Iterator[ModuleApp]:
    with reload_after_failure(request, cupertino_module_app, "/", READY) as app:
        yield app


def test_cupertino_controls_are_drawn_without_error_boxes(
    cupertino_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = cupertino_app.page
    for text in ("Airplane mode", "Remember me", "Plain", "Delete item", "Tinted", "Wi-Fi"):
        wait_for_text(page, text)
    wait_for_text(page, "Day")
    wait_for_text(page, "Home")
    host = page.locator(SEMANTICS_HOST)
    expect(host.get_by_role("switch", name="Airplane mode")).to_have_count(1)
    expect(host.get_by_role("slider")).to_have_count(1)
    expect(host.get_by_role("checkbox", name="Remember me")).to_have_attribute(
        "aria-checked", "true"
    )
    expect(host.get_by_role("textbox")).to_have_count(1)
    assert error_texts(page) == []
    assert error_box_pixels(page.screenshot()) == 0


def test_a_cupertino_switch_click_reaches_python(
    cupertino_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = cupertino_app.page
    toggle = page.locator(SEMANTICS_HOST).get_by_role("switch", name="Airplane mode")
    tap(page, toggle)
    wait_for_text(page, "switch: True", exact=True)
    expect(toggle).to_have_attribute("aria-checked", "true")
    tap(page, toggle)
    wait_for_text(page, "switch: False", exact=True)


def test_an_alert_dialog_opens_and_its_action_closes_it_from_python(
    cupertino_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = cupertino_app.page
    tap(page, button(page, "Delete item").first)
    wait_for_text(page, "Delete this item?")  # the page under the modal is out of semantics
    assert error_texts(page) == []
    tap(page, button(page, "Keep", exact=True).first)
    wait_for_text(page, "dialog: Keep", exact=True)
    expect(find_text(page, "Delete this item?")).to_have_count(0)
    # opened again, as the era's apps reopened page.dialog
    tap(page, button(page, "Delete item").first)
    wait_for_text(page, "Delete this item?")
    tap(page, button(page, "Delete", exact=True).first)
    wait_for_text(page, "dialog: Delete", exact=True)
    expect(find_text(page, "Delete this item?")).to_have_count(0)


def test_a_sliding_segmented_button_tap_reports_the_index(
    cupertino_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = cupertino_app.page
    tap(page, find_text(page, "Week", exact=True).first)
    wait_for_text(page, "segment: 1", exact=True)
    tap(page, find_text(page, "Day", exact=True).first)
    wait_for_text(page, "segment: 0", exact=True)
