"""The interactions users rely on, in real Chromium with the real Flet 1.0.5 client.

Each app under ``apps/`` is published and opened once per module (``open_module_app``); the
tests operate its controls through Flutter's semantics tree (role and label) and the keyboard,
and read what the app's Python handlers wrote into Texts. Every test fails on a console error
and on a request that leaves 127.0.0.1 (the module's guard, checked after each test).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

import pytest
from apps import (  # noqa: F401  (fixtures)
    APPS,
    ModuleApp,
    open_module_app,
    reload_after_failure,
    shared_browser_guard,
    shared_module_guard,
)
from flutter_semantics import SEMANTICS_HOST, button, find_text, tap, wait_for_text
from harness import BrowserGuard
from playwright.sync_api import Browser, Locator, Page, expect


@pytest.fixture(scope="module")
def inputs_module_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("catalog_inputs") / "dist"
    app = APPS / "catalog_inputs" / "main.py"
    with open_module_app(browser, module_guard, app, dist, "Your name") as shared:
        yield shared


@pytest.fixture
def inputs_app(inputs_module_app: ModuleApp, request: pytest.FixtureRequest) -> Iterator[ModuleApp]:
    """The inputs app's page, reloaded after a test that failed (it may have left a dialog)."""
    with reload_after_failure(request, inputs_module_app, "/", "Your name") as app:
        yield app


def host(page: Page) -> Locator:
    return page.locator(SEMANTICS_HOST)


# --- inputs -----------------------------------------------------------------------------------


def test_typing_into_a_text_field_fires_focus_change_submit_and_blur(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    # focus the semantics <input> itself: a mouse click at its place may land on the Slider's
    # full-page node, which Flutter handles as a tap without focusing the DOM input
    host(page).get_by_role("textbox", name="Your name").focus()
    page.keyboard.type("Ada")

    wait_for_text(page, "text field: Ada (data Ada)", exact=True)
    wait_for_text(page, "focus events: focus", exact=True)
    page.keyboard.press("Enter")
    wait_for_text(page, "submitted: Ada", exact=True)
    wait_for_text(page, "focus events: focus blur", exact=True)  # submitting unfocuses


@pytest.mark.parametrize(
    ("role", "name", "shown"),
    [
        ("checkbox", "Accept terms", "checkbox"),
        ("switch", "Dark mode", "switch"),
    ],
)
def test_a_toggle_click_reaches_python(
    inputs_app: ModuleApp,
    browser_guard: BrowserGuard,
    role: Literal["checkbox", "switch"],
    name: str,
    shown: str,
) -> None:
    page = inputs_app.page
    toggle = host(page).get_by_role(role, name=name)
    tap(page, toggle)
    wait_for_text(page, f"{shown}: True", exact=True)
    expect(toggle).to_have_attribute("aria-checked", "true")
    tap(page, toggle)
    wait_for_text(page, f"{shown}: False", exact=True)


def test_clicks_on_a_slider_track_reach_python(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    thumb = host(page).get_by_role("slider")  # the semantics node covers the thumb only
    box = thumb.bounding_box()
    assert box is not None
    # the track runs from the thumb's centre at 0 to the same inset from the Slider's right end
    # (the app's Slider is 300 px wide and starts at the page padding, 10 px)
    start = box["x"] + box["width"] / 2
    end = 10 + 300 - (start - 10)
    page.mouse.click(start + 0.3 * (end - start), box["y"] + box["height"] / 2)
    wait_for_text(page, "slider: 30.0", exact=True)  # Flet 0.25's Slider.value is a float
    page.mouse.click(start + 0.7 * (end - start), box["y"] + box["height"] / 2)
    wait_for_text(page, "slider: 70.0", exact=True)


def test_choosing_a_dropdown_option_reaches_python(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    # the client's DropdownMenu is an unnamed button that knows whether its menu is open
    dropdown = host(page).locator("[role=button][aria-expanded]")
    tap(page, dropdown)
    expect(dropdown).to_have_attribute("aria-expanded", "true")
    tap(page, host(page).get_by_role("button", name="Cherry", exact=True))  # its menu entry

    wait_for_text(page, "dropdown: cherry", exact=True)  # the option's key
    expect(dropdown).to_have_attribute("aria-expanded", "false")


def test_a_radio_click_sets_the_group_value_in_python(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    tap(page, host(page).get_by_role("radio", name="Large"))
    wait_for_text(page, "radio: large", exact=True)
    tap(page, host(page).get_by_role("radio", name="Small"))
    wait_for_text(page, "radio: small", exact=True)
    expect(host(page).get_by_role("radio", name="Small")).to_have_attribute("aria-checked", "true")


def test_tabs_switch_and_report_the_index(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    tap(page, host(page).get_by_role("tab", name="Details"))
    wait_for_text(page, "tabs: 1", exact=True)
    wait_for_text(page, "Details panel", exact=True)
    tap(page, host(page).get_by_role("tab", name="Overview"))
    wait_for_text(page, "tabs: 0", exact=True)
    wait_for_text(page, "Overview panel", exact=True)


# --- overlays ---------------------------------------------------------------------------------


def test_an_old_style_dialog_opens_and_escape_dismisses_it_in_python(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    tap(page, button(page, "Open old style dialog").first)
    wait_for_text(page, "Old style dialog", exact=True)  # the page below leaves the tree

    page.keyboard.press("Escape")
    wait_for_text(page, "dialog: dismissed, open=False", exact=True)
    expect(find_text(page, "Old style dialog", exact=True)).to_have_count(0)


def test_a_dialog_opened_with_page_open_closes_with_page_close(
    inputs_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = inputs_app.page
    tap(page, button(page, "Open new style dialog").first)
    wait_for_text(page, "New style dialog", exact=True)

    tap(page, button(page, "Close it").first)
    wait_for_text(page, "dialog: closed, open=False", exact=True)
    expect(find_text(page, "New style dialog", exact=True)).to_have_count(0)


def test_a_snack_bar_shows_its_message(inputs_app: ModuleApp, browser_guard: BrowserGuard) -> None:
    page = inputs_app.page
    tap(page, button(page, "Show snack bar").first)
    wait_for_text(page, "Saved to the cloud", exact=True)
    wait_for_text(page, "snack bar: shown", exact=True)


# --- views, routes, storage -------------------------------------------------------------------


@pytest.fixture(scope="module")
def routing_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("catalog_routing") / "dist"
    app = APPS / "catalog_routing" / "main.py"
    with open_module_app(browser, module_guard, app, dist, "Home view") as shared:
        yield shared


def at_home(app: ModuleApp) -> Page:
    """The routing app's page showing its home view (reloaded there if a test left it)."""
    if app.page.url != app.url("/"):
        app.load("/", "Home view")
    return app.page


def events_end_with(page: Page, *events: str) -> None:
    """Wait until the top view's event log ends with ``events``."""
    tail = re.escape(", ".join(events))
    expect(host(page).get_by_text(re.compile(rf"^events: (.*, )?{tail}$"))).to_have_count(1)


def test_page_go_changes_the_url_and_the_view(
    routing_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = at_home(routing_app)
    tap(page, button(page, "Go to settings").first)

    wait_for_text(page, "Settings view", exact=True)
    wait_for_text(page, "settings at /settings", exact=True)
    expect(page).to_have_url(routing_app.url("/settings"))
    events_end_with(page, "route /settings")
    tap(page, button(page, "Back").first)
    wait_for_text(page, "Home view", exact=True)


def test_browser_back_and_forward_fire_on_route_change(
    routing_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = at_home(routing_app)
    tap(page, button(page, "Go to settings").first)
    wait_for_text(page, "Settings view", exact=True)

    page.go_back()
    wait_for_text(page, "Home view", exact=True)
    expect(page).to_have_url(routing_app.url("/"))
    expect(find_text(page, "Settings view", exact=True)).to_have_count(0)
    events_end_with(page, "route /settings", "route /")

    page.go_forward()
    wait_for_text(page, "Settings view", exact=True)
    expect(page).to_have_url(routing_app.url("/settings"))
    events_end_with(page, "route /settings", "route /", "route /settings")
    page.go_back()
    wait_for_text(page, "Home view", exact=True)


def test_the_app_bar_back_button_fires_on_view_pop(
    routing_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = at_home(routing_app)
    tap(page, button(page, "Go to settings").first)
    wait_for_text(page, "Settings view", exact=True)

    tap(page, button(page, "Back").first)
    wait_for_text(page, "Home view", exact=True)
    events_end_with(page, "route /settings", "pop /settings", "route /")
    expect(page).to_have_url(routing_app.url("/"))


def test_a_template_route_reads_its_parameter(
    routing_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = at_home(routing_app)
    tap(page, button(page, "Open item 42").first)

    wait_for_text(page, "item id 42", exact=True)
    expect(page).to_have_url(routing_app.url("/items/42"))
    tap(page, button(page, "Back").first)
    events_end_with(page, "route /items/42", "pop /items/42", "route /")


def test_client_storage_values_survive_a_reload(
    routing_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = at_home(routing_app)
    wait_for_text(page, "stored note: None", exact=True)  # this context has not saved it yet
    tap(page, button(page, "Save note").first)
    wait_for_text(page, "note saved: True", exact=True)

    routing_app.load("/", "Home view")
    wait_for_text(page, "stored note: kept across reloads", exact=True)
