"""Lottie in real Chromium with the real Flet 1.0.5 client (app: apps/lottie/main.py).

Two small animations written as JSON, one sent as the era's ``src_base64`` and one as bytes,
must be painted: each one's 120x80 rectangle is found in a screenshot by its pure colour, and
neither the client's error box nor an error reported to ``on_error`` is there.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from apps import (  # noqa: F401  (fixtures)
    APPS,
    ModuleApp,
    open_module_app,
    shared_browser_guard,
    shared_module_guard,
)
from flutter_semantics import error_box_pixels, error_texts, wait_for_text
from harness import BrowserGuard
from PIL import Image
from playwright.sync_api import Browser

READY = "lottie errors: none"


@pytest.fixture(scope="module")
def lottie_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("lottie") / "dist"
    with open_module_app(browser, module_guard, APPS / "lottie" / "main.py", dist, READY) as app:
        yield app


def box_of(png: bytes, rgb: tuple[int, int, int], tolerance: int = 8) -> tuple[int, int, int]:
    """How many pixels have ``rgb`` (within ``tolerance``), and their bounding box's size."""
    with Image.open(io.BytesIO(png)) as image:
        rgb_image = image.convert("RGB")
        width = rgb_image.size[0]
        data = rgb_image.tobytes()
    found = [
        (i // 3 % width, i // 3 // width)
        for i in range(0, len(data), 3)
        if all(abs(data[i + k] - rgb[k]) <= tolerance for k in range(3))
    ]
    if not found:
        return 0, 0, 0
    xs = [x for x, _ in found]
    ys = [y for _, y in found]
    return len(found), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


def test_both_animations_are_painted_with_no_error(
    lottie_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = lottie_app.page
    page.wait_for_timeout(1500)  # the compositions are decoded after the first frame
    png = page.screenshot()
    for colour in ((255, 0, 0), (0, 0, 255)):
        count, width, height = box_of(png, colour)
        assert (width, height) == (120, 80), colour
        assert count == pytest.approx(120 * 80, rel=0.03), colour
    assert error_box_pixels(png) == 0
    assert error_texts(page) == []
    wait_for_text(page, READY, exact=True)
