"""Candlestick, radar and scatter charts in real Chromium with the real Flet 1.0.5 client.

The app (``apps/more_charts``, a 1.0 app importing ``flet_charts``) draws the three charts.
The tests find the scatter spots by their colours and the candlestick plot by its background
in a screenshot, so they check that the client drew them (and no error box); then they move
and click the mouse there as a person would, and read what the app's ``on_event`` handlers
wrote into Texts: the event crossed from the client to Python with the index of the spot or
candle under the pointer.
"""

from __future__ import annotations

import io
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
from flutter_semantics import error_box_pixels, error_texts, wait_for_text
from harness import BrowserGuard
from PIL import Image, ImageChops
from playwright.sync_api import Page

SCATTER_COLORS = ["#E53935", "#1E88E5", "#43A047"]
CANDLE_BG = "#FFF8E1"
CANDLES = [(2, 6, 1, 5), (5, 8, 3, 4), (4, 9, 2, 7)]  # open, high, low, close; y in 0..10
RADAR_BORDER = "#009688"  # ft.Colors.TEAL
READY = "More charts ready"

Box = tuple[int, int, int, int]


@pytest.fixture(scope="module")
def charts_module_app(
    browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("more_charts") / "dist"
    with open_module_app(
        browser, module_guard, APPS / "more_charts" / "main.py", dist, READY
    ) as app:
        yield app


@pytest.fixture
def charts_app(charts_module_app: ModuleApp, request: pytest.FixtureRequest) -> Iterator[ModuleApp]:
    with reload_after_failure(request, charts_module_app, "/", READY) as app:
        yield app


def color_box(png: bytes, color: str, tolerance: int = 4) -> tuple[int, Box | None]:
    """How many pixels have ``color`` (each channel within ``tolerance``), and their bounds."""
    value = int(color.lstrip("#"), 16)
    want = (value >> 16, (value >> 8) & 0xFF, value & 0xFF)
    with Image.open(io.BytesIO(png)) as image:
        bands = image.convert("RGB").split()
    red, green, blue = (
        band.point(lambda v, w=w: 255 if abs(v - w) <= tolerance else 0)
        for band, w in zip(bands, want, strict=True)
    )
    mask = ImageChops.multiply(ImageChops.multiply(red, green), blue)
    return mask.histogram()[255], mask.getbbox()


def drawn(page: Page, color: str, at_least: int) -> Box:
    """The bounds of what the client painted in ``color``; fails if it painted too little."""
    count, box = color_box(page.screenshot(), color)
    assert count >= at_least and box is not None, f"{color}: {count} pixels drawn"
    return box


def centre(box: Box) -> tuple[float, float]:
    left, top, right, bottom = box
    return (left + right) / 2, (top + bottom) / 2


def test_candlestick_radar_and_scatter_charts_are_drawn_without_error_boxes(
    charts_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = charts_app.page
    wait_for_text(page, "radar: none", exact=True)
    assert error_texts(page) == []
    png = page.screenshot()
    assert error_box_pixels(png) == 0
    for color in SCATTER_COLORS:
        left, top, right, bottom = drawn(page, color, 200)  # a 10 px radius dot is ~314 px
        assert 16 <= right - left <= 24 and 16 <= bottom - top <= 24
    count, box = color_box(png, CANDLE_BG)
    assert box is not None and count > 300 * 200 // 2  # the plot, less what the candles cover
    assert abs(box[2] - box[0] - 300) <= 2 and abs(box[3] - box[1] - 200) <= 2
    left, top, right, bottom = drawn(page, RADAR_BORDER, 100)  # the data set's outline
    assert 100 <= right - left <= 240 and 100 <= bottom - top <= 240


def test_hovering_and_tapping_a_scatter_spot_reach_python_with_its_index(
    charts_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = charts_app.page
    boxes = [drawn(page, color, 200) for color in SCATTER_COLORS]
    for index in (2, 0):
        page.mouse.move(*centre(boxes[index]), steps=4)
        wait_for_text(page, f"scatter pointerHover: spot {index}", exact=True)
    page.mouse.click(*centre(boxes[1]))
    wait_for_text(page, "scatter tapUp: spot 1", exact=True)


def test_hovering_and_tapping_a_candle_reach_python_with_its_index(
    charts_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = charts_app.page
    _, plot = color_box(page.screenshot(), CANDLE_BG)
    assert plot is not None
    left, top, right, bottom = plot

    def body_centre(index: int) -> tuple[float, float]:
        # x from -0.5 to 2.5 and y from 0 to 10 fill the plot (no axes are shown)
        opened, _, _, closed = CANDLES[index]
        x = left + (index + 0.5) / 3 * (right - left)
        y = bottom - (opened + closed) / 2 / 10 * (bottom - top)
        return x, y

    page.mouse.move(*body_centre(2), steps=4)
    wait_for_text(page, "candle pointerHover: spot 2", exact=True)
    page.mouse.click(*body_centre(0))
    wait_for_text(page, "candle tapUp: spot 0", exact=True)
