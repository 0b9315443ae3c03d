"""The camera in real Chromium with the real Flet 1.0.5 client (its compiled-in web camera).

Chromium runs with a fake camera that needs no permission prompt
(``--use-fake-device-for-media-stream --use-fake-ui-for-media-stream``). The app
(``apps/camera``) lists the cameras, opens the first and takes a picture; the test reads what
reached Python: the state event, and the picture's bytes, parsed there as a JPEG.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from apps import (  # noqa: F401  (fixtures)
    APPS,
    ModuleApp,
    open_module_app,
    shared_browser_guard,
    shared_module_guard,
)
from flutter_semantics import error_texts, semantics_texts, wait_for_text
from harness import BrowserGuard, chromium_launch_options
from playwright.sync_api import Browser, BrowserType

FAKE_CAMERA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


@pytest.fixture(scope="module")
def camera_browser(browser_type: BrowserType) -> Iterator[Browser]:
    options = chromium_launch_options()
    args = [*options.pop("args"), *FAKE_CAMERA]  # type: ignore[misc]
    browser = browser_type.launch(**options, args=args)  # type: ignore[arg-type]
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def camera_app(
    camera_browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("camera") / "dist"
    app = APPS / "camera" / "main.py"
    with open_module_app(camera_browser, module_guard, app, dist, "Camera ready") as shared:
        yield shared


def test_camera_initialises_and_a_picture_reaches_python_as_jpeg_bytes(
    camera_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = camera_app.page
    wait_for_text(page, "cameras: 1", exact=True)
    wait_for_text(page, "state: initialized True", exact=True)
    wait_for_text(page, "picture: JPEG", timeout=30_000)
    assert error_texts(page) == []
    (shown,) = [t for t in semantics_texts(page) if t.startswith("picture: ")]
    match = re.fullmatch(r"picture: JPEG (\d+)x(\d+), (\d+) bytes", shown)
    assert match is not None, shown
    width, height, size = map(int, match.groups())
    assert (width, height) == (320, 240)  # ResolutionPreset.LOW on the web
    assert size > 2000  # a real frame of the fake camera, not an empty canvas
