"""The gallery (examples/gallery) in real Chromium with the real Flet 1.0.5 client.

The gallery is published once for the module and opened at ``/``; the tests move between its
routes with its NavigationRail (``page.go`` in Python, the URL follows), and on each route
assert that every control's label is in Flutter's semantics tree, that no "Unknown control" /
"Error displaying" box is in it, and that a screenshot holds none of the error box's red.
Overlays (dialogs, sheets, pickers, menus, the drawer) are opened and checked the same way.
One more test publishes the gallery with the hash URL strategy and opens a route by its URL.

Every test fails on a console error and on a request that leaves 127.0.0.1 (the guard).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from apps import (  # noqa: F401  (fixtures)
    BOOT_MS,
    EXAMPLES,
    VIEWPORT,
    ModuleApp,
    open_module_app,
    reload_after_failure,
    shared_browser_guard,
    shared_module_guard,
)
from flutter_semantics import (
    SEMANTICS_HOST,
    button,
    enable_semantics,
    error_box_pixels,
    error_texts,
    find_text,
    tap,
    wait_for_text,
)
from harness import BrowserGuard, StaticServer
from playwright.sync_api import Browser, Locator, Page, expect

from flet.publish import PublishOptions, publish

GALLERY = EXAMPLES / "gallery" / "main.py"

# route -> (rail label, labels the route's controls show)
ROUTES: dict[str, tuple[str, list[str]]] = {
    "/": (
        "Layout",
        [
            "Gradient container",
            "Clickable container",
            "Container clicks: 0",
            "Column one",
            "Column two",
            "Stack top left",
            "Stack bottom right",
            "Card content",
            "Inside SafeArea",
            "Responsive 1",
            "Responsive 4",
            "Expansion tile Tap to collapse",
            "Hidden detail",
            "Placeholder:",
        ],
    ),
    "/text": (
        "Text",
        [
            "Headline text",
            "Bold span and italic span",
            "Selectable text",
            "Clipped text that is far too long to fit in two hundred pixels of width",
            "Heart icon",
            "Star icon",
            "AB",
            "Landscape picture",
            "Teal square",
            "Markdown heading",
            "first item",
            "second item",
            "Progress bar 40",
            "Progress ring 70",
        ],
    ),
    "/buttons": (
        "Buttons",
        [
            "Elevated button",
            "Filled button",
            "Filled tonal button",
            "Outlined button",
            "Text button",
            "Styled button",
            "Like",
            "Bookmark",
            "Share",
            "Filled icon button",
            "Tonal icon button",
            "Outlined icon button",
            "More actions",
            "Plain chip",
            "Selected chip",
            "Last pressed: none",
            "Add item",
            "Bottom app bar",
        ],
    ),
    "/inputs": (
        "Inputs",
        [
            "Plain field",
            "Password field",
            "Amount field",
            "Multiline field",
            "Gallery checkbox",
            "Gallery switch",
            "Tea",
            "Coffee",
            "Slider",
            "Range slider",
            "Search the gallery",
            "Pick a date",
            "Pick a time",
        ],
    ),
    "/lists": (
        "Lists",
        [
            "List view line 1",
            "List view line 5",
            "Grid 1",
            "Grid 6",
            "List tile title List tile subtitle",
            "Dense tile",
            "Name",
            "Age",
            "Grace",
            "45",
            "Sorted by: nothing",
        ],
    ),
    "/navigation": (
        "Navigation",
        [
            "Open navigation menu",
            "Open drawer",
            "First tab",
            "Second tab",
            "Custom tab",
            "First tab content",
            "Selected tab: 0",
            "Bar home",
            "Bar search",
            "Bar profile",
        ],
    ),
    "/dialogs": (
        "Dialogs",
        [
            "Open dialog",
            "Open dialog the old way",
            "Open bottom sheet",
            "Show snack bar",
            "Show banner",
            "Dialog status: closed",
        ],
    ),
    "/services": (
        "Page",
        [
            "Platform: linux, web: True, pwa: False",
            "Theme mode: light",
            "Platform brightness: light",
            "Last key: none",
            "Copy to clipboard",
            "Paste from clipboard",
            "Clipboard: empty",
            "Count a visit",
            "Device info",
            "Browser: unknown",
            "Open the picture in a new tab",
            "Device services",
            "Store a secret",
            "Secure storage: empty",
            "Get position",
            "Position: unknown",
            "Location permission: unknown",
            "Browser menu: enabled",
            "Flashlight: unknown",
            "Reduce motion: unknown",
        ],
    ),
    "/draw": (
        "Drawing",
        [
            "A canvas drawing",
            "Draw on the canvas",
            "Clear the sketch",
            "Strokes: 0",
            "Drag a colour onto the box",
            "Drop here",
            "Dropped: nothing",
        ],
    ),
    "/charts": (
        "Charts",
        [
            "Line, bar and pie charts",
            "Month",
            "Bar tapped: none",
            "Pie: none",
            "Candlestick, radar and scatter charts",
            "Candlestick: a week of prices",
            "Radar: two players",
            "Scatter: six samples",
            "Candle: none",
            "Radar: none",
            "Scatter: none",
        ],
    ),
    "/maps": (
        "Maps",
        [
            "Map",
            "A route from Lisbon to Singapore, drawn on tiles from the app's assets",
            "Tap the map",
            "WebView",
        ],
    ),
    "/editors": (
        "Editors",
        [
            "DataTable2",
            "Planet",
            "Mercury",
            "Mars",
            "Colour pickers",
            "Picked colour: none",
            "CodeEditor",
            "Screenshot and RawImage",
            "Screenshot me",
            "Capture",
            "Captured: nothing yet",
            "DropdownM2 and drag handles",
            "Plan",
            "Ship",
        ],
    ),
    "/more": (
        "More",
        [
            "Menus, segments, panels, badges",
            "File",
            "Sizes: M",
            "Shipping",
            "Cupertino",
            "Cupertino button",
            "Cupertino switch: off",
            "Pick files",
            "Picked: nothing",
        ],
    ),
}
RAIL = [label for label, _ in ROUTES.values()]
HOME_TITLE = "Gallery: Layout"


@pytest.fixture(scope="module")
def gallery_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("gallery") / "dist"
    with open_module_app(browser, module_guard, GALLERY, dist, HOME_TITLE) as shared:
        yield shared


@pytest.fixture
def gallery(gallery_app: ModuleApp, request: pytest.FixtureRequest) -> Iterator[ModuleApp]:
    """The module's gallery page, reloaded at ``/`` after a test that failed."""
    with reload_after_failure(request, gallery_app, "/", HOME_TITLE) as app:
        yield app


# --- helpers ----------------------------------------------------------------------------------


def host(page: Page) -> Locator:
    return page.locator(SEMANTICS_HOST)


def rail_destination(page: Page, label: str) -> Locator:
    """The NavigationRail's destination: a button named "<label>\\nTab <n> of <count>"."""
    name = re.compile(rf"^{re.escape(label)}\s+Tab \d+ of {len(RAIL)}$")
    return host(page).get_by_role("button", name=name)


def show_route(app: ModuleApp, route: str) -> Page:
    """Move the gallery to ``route`` with its NavigationRail, as a person would."""
    page = app.page
    label = ROUTES[route][0]
    if page.url != app.url(route):
        tap(page, rail_destination(page, label))
    wait_for_text(page, f"Gallery: {label}", exact=True)
    expect(page).to_have_url(app.url(route))
    return page


def assert_drawn_without_error_boxes(page: Page, labels: list[str]) -> None:
    """Every label is in the semantics tree, and neither it nor a screenshot has an error box."""
    for label in labels:
        wait_for_text(page, label, exact=True)
    assert error_texts(page) == []
    assert error_box_pixels(page.screenshot()) == 0


def assert_overlay_shown(page: Page, opener: str, labels: list[str]) -> None:
    """Tap the button ``opener`` and check the overlay it opens (semantics and screenshot)."""
    tap(page, button(page, opener, exact=True).first)
    assert_drawn_without_error_boxes(page, labels)


def gone(page: Page, label: str) -> None:
    expect(find_text(page, label, exact=True)).to_have_count(0)


# --- every route ------------------------------------------------------------------------------


@pytest.mark.parametrize("route", list(ROUTES))
def test_route_draws_every_control_without_an_error_box(
    gallery: ModuleApp, browser_guard: BrowserGuard, route: str
) -> None:
    page = show_route(gallery, route)
    label, labels = ROUTES[route]
    assert_drawn_without_error_boxes(page, [f"Gallery: {label}", *labels])
    for destination in RAIL:
        expect(rail_destination(page, destination)).to_be_visible()


def test_the_dropdown_and_the_pictures_of_the_gallery_are_drawn(
    gallery: ModuleApp, browser_guard: BrowserGuard
) -> None:
    """What the label check cannot see: the Dropdown's label is not in the semantics tree (the
    client's DropdownMenu is an unnamed button), and an Image shows its label even when its
    file is missing (which the guard would report as a failed request)."""
    page = show_route(gallery, "/inputs")
    expect(host(page).locator("[role=button][aria-expanded=false]")).to_have_count(1)

    show_route(gallery, "/text")
    wait_for_text(page, "Landscape picture", exact=True)
    assert "/images/landscape.png" in gallery.server.requested_paths()


# --- events on the routes ---------------------------------------------------------------------


def test_buttons_chips_and_the_popup_menu_reach_python(
    gallery: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = show_route(gallery, "/buttons")
    for name in ["Elevated button", "Filled tonal button", "Text button", "Styled button"]:
        tap(page, button(page, name, exact=True).first)
        wait_for_text(page, f"Last pressed: {name}", exact=True)
    tap(page, button(page, "Like", exact=True).first)
    wait_for_text(page, "Last pressed: Like", exact=True)
    tap(page, find_text(page, "Plain chip", exact=True).first)
    wait_for_text(page, "Last pressed: Plain chip", exact=True)

    assert_overlay_shown(page, "More actions", ["Popup item one", "Popup item two"])
    tap(page, find_text(page, "Popup item one", exact=True).first)
    wait_for_text(page, "Last pressed: Popup one", exact=True)
    gone(page, "Popup item two")


def test_a_container_click_tabs_and_a_sorted_data_table_reach_python(
    gallery: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = show_route(gallery, "/")
    tap(page, button(page, "Clickable container", exact=True).first)
    wait_for_text(page, "Container clicks: 1", exact=True)

    page = show_route(gallery, "/navigation")
    tap(page, host(page).get_by_role("tab", name="Second tab"))
    wait_for_text(page, "Selected tab: 1", exact=True)
    wait_for_text(page, "Second tab body", exact=True)

    page = show_route(gallery, "/lists")
    tap(page, find_text(page, "Age", exact=True).first)
    wait_for_text(page, "Sorted by: column 1 ascending", exact=True)
    tap(page, find_text(page, "Age", exact=True).first)
    wait_for_text(page, "Sorted by: column 1 descending", exact=True)


# --- overlays ---------------------------------------------------------------------------------


def test_dialogs_sheets_snack_bars_and_banners_open_and_close(
    gallery: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = show_route(gallery, "/dialogs")

    assert_overlay_shown(
        page, "Open dialog", ["Gallery dialog", "An AlertDialog with two actions."]
    )
    tap(page, button(page, "Close dialog", exact=True).first)
    # page.close sets "closed"; the client's dismiss event that follows (as in Flet 0.25)
    # may overwrite it with "dismissed": either way Python saw open=False
    status = re.compile(r"^Dialog status: (closed|dismissed), open=False$")
    expect(host(page).get_by_text(status)).to_have_count(1)
    gone(page, "Gallery dialog")

    assert_overlay_shown(page, "Open dialog the old way", ["Gallery dialog"])
    page.keyboard.press("Escape")
    wait_for_text(page, "Dialog status: dismissed, open=False", exact=True)
    gone(page, "Gallery dialog")

    assert_overlay_shown(page, "Open bottom sheet", ["Bottom sheet content"])
    page.keyboard.press("Escape")
    gone(page, "Bottom sheet content")

    assert_overlay_shown(page, "Show banner", ["Banner message", "Dismiss banner"])
    tap(page, button(page, "Dismiss banner", exact=True).first)
    gone(page, "Banner message")

    assert_overlay_shown(page, "Show snack bar", ["Snack bar message", "Undo"])


def test_pickers_the_search_view_and_the_drawer_open_and_close(
    gallery: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = show_route(gallery, "/inputs")
    assert_overlay_shown(page, "Pick a date", ["Cancel", "OK"])
    wait_for_text(page, "Select date")  # the header: "Select date" and the date
    page.keyboard.press("Escape")
    gone(page, "Cancel")
    assert_overlay_shown(page, "Pick a time", ["Cancel", "OK"])
    wait_for_text(page, "Gallery time")  # the picker's help_text
    tap(page, button(page, "Cancel", exact=True).first)
    gone(page, "Cancel")

    tap(page, host(page).get_by_role("searchbox", name="Search the gallery"))
    assert_drawn_without_error_boxes(page, ["Suggestion one", "Suggestion two"])
    tap(page, find_text(page, "Suggestion two", exact=True).first)
    gone(page, "Suggestion one")

    page = show_route(gallery, "/navigation")
    assert_overlay_shown(page, "Open drawer", ["Drawer header"])
    wait_for_text(page, "Drawer inbox")
    wait_for_text(page, "Drawer outbox")
    page.keyboard.press("Escape")
    gone(page, "Drawer header")


# --- page properties and services ---------------------------------------------------------------


def test_page_events_theme_clipboard_storage_device_info_and_launch_url(
    gallery: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = show_route(gallery, "/services")
    page.keyboard.press("k")
    wait_for_text(page, "Last key: K", exact=True)
    page.emulate_media(color_scheme="dark")
    wait_for_text(page, "Platform brightness: dark", exact=True)
    page.emulate_media(color_scheme="light")
    wait_for_text(page, "Platform brightness: light", exact=True)

    tap(page, button(page, "Toggle theme mode", exact=True).first)
    wait_for_text(page, "Theme mode: dark", exact=True)
    assert_drawn_without_error_boxes(page, ["Gallery: Page"])
    tap(page, button(page, "Toggle theme mode", exact=True).first)
    wait_for_text(page, "Theme mode: light", exact=True)

    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    tap(page, button(page, "Copy to clipboard", exact=True).first)
    tap(page, button(page, "Paste from clipboard", exact=True).first)
    wait_for_text(page, "Clipboard: Copied from the gallery", exact=True)
    assert page.evaluate("navigator.clipboard.readText()") == "Copied from the gallery"

    visits = int(find_text(page, "Visits stored:").first.inner_text().split(": ")[1])
    tap(page, button(page, "Count a visit", exact=True).first)
    wait_for_text(page, f"Visits stored: {visits + 1}", exact=True)
    # the browser keeps the JSON text of the value (as Flet does), itself stored as JSON
    stored = page.evaluate("Object.entries(localStorage)")
    values = [json.loads(json.loads(v)) for k, v in stored if k.endswith("gallery.visits")]
    assert values == [visits + 1]

    tap(page, button(page, "Device info", exact=True).first)
    wait_for_text(page, "Browser: chrome", exact=True)

    # a tab showing a picture asks for /favicon.ico, which the site does not have
    page.context.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    with page.context.expect_page() as opened:
        tap(page, button(page, "Open the picture in a new tab", exact=True).first)
    expect(opened.value).to_have_url(gallery.url("/images/landscape.png"))
    opened.value.close()
    page.context.unroute("**/favicon.ico")


# --- back to the first route, and a route opened by its URL ------------------------------------


def test_the_app_bar_back_button_returns_to_the_first_route(
    gallery: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = show_route(gallery, "/lists")
    tap(page, button(page, "Back", exact=True).first)
    wait_for_text(page, HOME_TITLE, exact=True)
    expect(page).to_have_url(gallery.url("/"))


def test_a_route_opens_by_its_url_with_the_hash_strategy(
    page: Page, tmp_path: Path, static_server: Callable[[Path], StaticServer]
) -> None:
    dist = tmp_path / "dist"
    publish(PublishOptions(app=GALLERY, distpath=dist, route_url_strategy="hash"))
    server = static_server(dist)
    page.set_viewport_size(VIEWPORT)
    page.goto(f"{server.url}#/lists")
    enable_semantics(page, timeout=BOOT_MS)

    wait_for_text(page, "Gallery: Lists", exact=True, timeout=BOOT_MS)
    assert_drawn_without_error_boxes(page, ROUTES["/lists"][1])
    tap(page, rail_destination(page, "Dialogs"))
    wait_for_text(page, "Gallery: Dialogs", exact=True)
    expect(page).to_have_url(f"{server.url}#/dialogs")
    page.go_back()
    wait_for_text(page, "Gallery: Lists", exact=True)
    expect(page).to_have_url(f"{server.url}#/lists")


# --- the check itself ---------------------------------------------------------------------------

ERROR_BOX_APP = """import flet as ft


def main(page):
    # left= outside a Stack: the client draws its "Error displaying Container" box
    page.add(ft.Column([ft.Text("above"), ft.Container(ft.Text("misplaced"), left=10)]))


ft.app(main)
"""


def test_the_error_box_check_sees_the_clients_error_box(
    page: Page, tmp_path: Path, static_server: Callable[[Path], StaticServer]
) -> None:
    """The checks the gallery tests rely on find a box the real client draws."""
    app = tmp_path / "app" / "main.py"
    app.parent.mkdir()
    app.write_text(ERROR_BOX_APP, encoding="utf-8")
    publish(PublishOptions(app=app, distpath=tmp_path / "dist"))
    page.set_viewport_size(VIEWPORT)
    page.goto(static_server(tmp_path / "dist").url)
    enable_semantics(page, timeout=BOOT_MS)
    wait_for_text(page, "above", exact=True, timeout=BOOT_MS)

    wait_for_text(page, "Error displaying Container", exact=True)
    assert error_texts(page) == ["Error displaying Container"]
    assert error_box_pixels(page.screenshot()) > 1000
