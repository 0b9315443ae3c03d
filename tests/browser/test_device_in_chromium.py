"""The device services in real Chromium with the real Flet 1.0.5 client.

The app is the gallery's device route (examples/gallery/device.py), published next to a short
main.py that also imports Flet 1.0's package names ``flet_geolocator`` and
``flet_audio_recorder``. The browser context is given the geolocation permission and a fixed
position; the test then reads, from the texts Python wrote, what reached Python: that
position from ``Geolocator.get_current_position``, a secret written and read back through
the client's SecureStorage (WebCrypto in the browser), the location permission's status from
PermissionHandler, BrowserContextMenu calls that succeed, the Flashlight's answer and the
accessibility settings the client reports.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from apps import (  # noqa: F401  (fixtures)
    BOOT_MS,
    EXAMPLES,
    ModuleApp,
    open_module_app,
    shared_browser_guard,
    shared_module_guard,
)
from flutter_semantics import click_button, wait_for_text
from harness import BrowserGuard
from playwright.sync_api import Browser

# the Eiffel Tower, to four decimals as the gallery prints it
LATITUDE, LONGITUDE = 48.8584, 2.2945

MAIN = """\
import flet_audio_recorder as far
import flet_geolocator as fgl
from device import device_controls

import flet as ft


def main(page: ft.Page):
    same = fgl.Geolocator is ft.Geolocator and far.AudioRecorder is ft.AudioRecorder
    page.add(ft.Text("device app ready"), ft.Text(f"1.0 names: {same}"), *device_controls(page))


ft.app(target=main)
"""


@pytest.fixture(scope="module")
def device_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    root = tmp_path_factory.mktemp("device")
    source = root / "app"
    source.mkdir()
    shutil.copy(EXAMPLES / "gallery" / "device.py", source / "device.py")
    (source / "main.py").write_text(MAIN)
    with open_module_app(
        browser, module_guard, source / "main.py", root / "dist", "device app ready"
    ) as app:
        context = app.page.context
        context.grant_permissions(["geolocation"], origin=app.server.url.rstrip("/"))
        context.set_geolocation({"latitude": LATITUDE, "longitude": LONGITUDE, "accuracy": 10})
        yield app


def test_the_1_0_import_names_ship_with_the_site(
    device_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    wait_for_text(device_app.page, "1.0 names: True", exact=True)


def test_the_browser_position_reaches_python(
    device_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = device_app.page
    wait_for_text(page, "Position: unknown", exact=True)
    click_button(page, "Get position")
    wait_for_text(page, f"Position: {LATITUDE:.4f}, {LONGITUDE:.4f}", exact=True)


def test_secure_storage_round_trips_through_the_client(
    device_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = device_app.page
    click_button(page, "Store a secret")
    wait_for_text(page, "Secure storage: saved", exact=True)
    click_button(page, "Read the secret")
    wait_for_text(page, "Secure storage: gallery-secret", exact=True)


def test_permission_handler_reports_the_granted_location_permission(
    device_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = device_app.page
    click_button(page, "Check location permission")
    wait_for_text(page, "Location permission: granted", exact=True)


def test_browser_context_menu_disable_and_enable_succeed(
    device_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = device_app.page
    click_button(page, "Disable browser menu")
    wait_for_text(page, "Browser menu: disabled", exact=True)
    click_button(page, "Enable browser menu")
    wait_for_text(page, "Browser menu: enabled", exact=True)


def test_flashlight_and_accessibility_answer(
    device_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = device_app.page
    click_button(page, "Check flashlight")
    wait_for_text(page, "Flashlight: none here", exact=True)
    click_button(page, "Accessibility")
    wait_for_text(page, "Reduce motion: False", exact=True)
