"""The interactions users rely on, in real Chromium with the real Flet 1.0.5 client.

Each app under ``apps/`` is published and opened once per module (``open_module_app``); the
tests operate its controls through Flutter's semantics tree (role and label) and the keyboard,
and read what the app's Python handlers wrote into Texts. Every test fails on a console error
and on a request that leaves 127.0.0.1 (the module's guard, checked after each test).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from apps import APPS, ModuleApp, open_module_app
from flutter_semantics import SEMANTICS_HOST, wait_for_text
from harness import BrowserGuard
from playwright.sync_api import Browser, Locator, Page


@pytest.fixture(scope="module")
def module_guard() -> BrowserGuard:
    return BrowserGuard()


@pytest.fixture
def browser_guard(module_guard: BrowserGuard) -> BrowserGuard:
    """The module's guard: conftest's hook checks it after each test."""
    return module_guard


@pytest.fixture(scope="module")
def inputs_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("catalog_inputs") / "dist"
    app = APPS / "catalog_inputs" / "main.py"
    with open_module_app(browser, module_guard, app, dist, "Your name") as shared:
        yield shared


def host(page: Page) -> Locator:
    return page.locator(SEMANTICS_HOST)


# --- inputs -----------------------------------------------------------------------------------


def test_typing_into_a_text_field_fires_on_change_with_the_text_and_submit(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    field = host(page).get_by_role("textbox", name="Your name")
    field.click()
    page.keyboard.type("Ada")

    wait_for_text(page, "text field: Ada (data Ada)", exact=True)
    page.keyboard.press("Enter")
    wait_for_text(page, "submitted: Ada", exact=True)


def test_a_checkbox_click_reaches_python(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    box = host(page).get_by_role("checkbox", name="Accept terms")
    box.click()
    wait_for_text(page, "checkbox: True", exact=True)
    box.click()
    wait_for_text(page, "checkbox: False", exact=True)
