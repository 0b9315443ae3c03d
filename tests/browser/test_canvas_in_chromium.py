"""A canvas in real Chromium with the real Flet 1.0.5 client (app: apps/canvas/main.py).

The screenshot must hold the shapes where the app drew them (found by their pure colours) and
none of the client's error-box red; the semantics tree no error text; ``on_resize`` must reach
Python with the canvas size, and the shapes its handler changes and adds must be painted.
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

SIZE_TEXT = "canvas size: 400x300"


@pytest.fixture(scope="module")
def canvas_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("canvas") / "dist"
    with open_module_app(
        browser, module_guard, APPS / "canvas" / "main.py", dist, SIZE_TEXT
    ) as app:
        yield app


def pixels(png: bytes, rgb: tuple[int, int, int], tolerance: int = 8) -> list[tuple[int, int]]:
    """The (x, y) of every pixel within ``tolerance`` of ``rgb`` on each channel."""
    with Image.open(io.BytesIO(png)) as image:
        rgb_image = image.convert("RGB")
        width = rgb_image.size[0]
        data = rgb_image.tobytes()
    return [
        (i // 3 % width, i // 3 // width)
        for i in range(0, len(data), 3)
        if all(abs(data[i + k] - rgb[k]) <= tolerance for k in range(3))
    ]


def bounds(points: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def test_the_shapes_are_painted_where_the_app_drew_them(
    canvas_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = canvas_app.page
    wait_for_text(page, SIZE_TEXT, exact=True)
    page.wait_for_timeout(500)  # the patch adding the yellow square is painted next frame
    png = page.screenshot()

    red = pixels(png, (255, 0, 0))
    assert len(red) == pytest.approx(160 * 100, rel=0.02)
    left, top, right, bottom = bounds(red)
    assert (right - left + 1, bottom - top + 1) == (160, 100)
    origin = (left - 20, top - 20)  # the canvas's top-left corner on the page

    blue = pixels(png, (0, 0, 255))
    cx, cy = origin[0] + 300, origin[1] + 80
    ring = bounds(blue)
    assert ring == pytest.approx((cx - 53, cy - 53, cx + 52, cy + 52), abs=2)
    assert (cx, cy) not in set(blue)  # stroked, not filled
    assert len(blue) > 1500

    green = pixels(png, (0, 192, 0))
    assert len(green) == pytest.approx(120 * 120 / 2, rel=0.05)
    assert bounds(green) == pytest.approx(
        (origin[0] + 40, origin[1] + 160, origin[0] + 159, origin[1] + 279), abs=2
    )

    yellow = pixels(png, (255, 255, 0))
    assert bounds(yellow) == (origin[0] + 320, origin[1] + 220, origin[0] + 359, origin[1] + 259)
    magenta = pixels(png, (255, 0, 255))
    assert bounds(magenta) == (origin[0] + 320, origin[1] + 160, origin[0] + 359, origin[1] + 199)

    assert error_box_pixels(png) == 0
    assert error_texts(page) == []
