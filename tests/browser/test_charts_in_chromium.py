"""Charts in real Chromium with the real Flet 1.0.5 client (its compiled-in charts extension).

The app (``apps/catalog_charts``) draws a line, a bar and a pie chart in colours of their own.
The tests find each bar and slice in a screenshot by its colour, so they check that the client
drew them (and no error box), then move and click the mouse there as a person would, and read
what the app's ``on_chart_event`` handlers wrote into Texts: the event crossed from the client
to Python with the index of the bar or slice under the pointer.
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
from playwright.sync_api import Browser, Page

BAR_COLORS = ["#1E88E5", "#FDD835", "#6D4C41"]
PIE_COLORS = ["#8E24AA", "#43A047", "#FB8C00", "#00ACC1"]
LINE_COLOR = "#3949AB"
READY = "Charts ready"

Box = tuple[int, int, int, int]


@pytest.fixture(scope="module")
def charts_module_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("catalog_charts") / "dist"
    with open_module_app(
        browser, module_guard, APPS / "catalog_charts" / "main.py", dist, READY
    ) as app:
        yield app


@pytest.fixture
def charts_app(charts_module_app: ModuleApp, request: pytest.FixtureRequest) -> Iterator[ModuleApp]:
    with reload_after_failure(request, charts_module_app, "/", READY) as app:
        yield app


def rgb(color: str) -> tuple[int, int, int]:
    value = int(color.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def color_box(png: bytes, color: str, tolerance: int = 4) -> tuple[int, Box | None]:
    """How many pixels have ``color`` (each channel within ``tolerance``), and their bounds."""
    want = rgb(color)
    with Image.open(io.BytesIO(png)) as image:
        bands = image.convert("RGB").split()
    red, green, blue = (
        band.point(lambda v, value=value: 255 if abs(v - value) <= tolerance else 0)
        for band, value in zip(bands, want, strict=True)
    )
    mask = ImageChops.multiply(ImageChops.multiply(red, green), blue)
    return mask.histogram()[255], mask.getbbox()


def centre(box: Box) -> tuple[float, float]:
    left, top, right, bottom = box
    return (left + right) / 2, (top + bottom) / 2


def drawn(page: Page, color: str, at_least: int) -> Box:
    """The bounds of what the client painted in ``color``; fails if it painted too little."""
    count, box = color_box(page.screenshot(), color)
    assert count >= at_least and box is not None, f"{color}: {count} pixels drawn"
    return box


def test_line_bar_and_pie_charts_are_drawn_without_error_boxes(
    charts_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = charts_app.page
    for label in ("1k", "3k", "5k", "Quarter"):  # the line chart's axis labels and title
        wait_for_text(page, label, exact=True)
    assert error_texts(page) == []
    png = page.screenshot()
    assert error_box_pixels(png) == 0
    line_count, line_box = color_box(png, LINE_COLOR)
    assert line_count > 500 and line_box is not None  # a 6 px line and its points
    assert line_box[2] - line_box[0] > 200  # across the chart
    bar_boxes = [drawn(page, color, 40 * 40) for color in BAR_COLORS]
    heights = [box[3] - box[1] for box in bar_boxes]
    assert heights[0] < heights[1] < heights[2]  # to_y 2, 4 and 6
    assert all(abs(box[3] - bar_boxes[0][3]) <= 1 for box in bar_boxes)  # on one baseline
    for color in PIE_COLORS:
        drawn(page, color, 3000)  # a quarter of a 100 px disc is ~7,800 px


def test_a_tap_on_a_bar_reaches_python_with_its_group(
    charts_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = charts_app.page
    x, y = centre(drawn(page, BAR_COLORS[1], 40 * 40))
    page.mouse.click(x, y)
    wait_for_text(page, "bar tapUp: group 1 rod 0", exact=True)
    x, y = centre(drawn(page, BAR_COLORS[2], 40 * 40))
    page.mouse.click(x, y)
    wait_for_text(page, "bar tapUp: group 2 rod 0", exact=True)


def test_hovering_a_slice_reaches_python_and_enlarges_it(
    charts_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = charts_app.page
    boxes = [drawn(page, color, 3000) for color in PIE_COLORS]
    for index in (2, 0):
        page.mouse.move(*centre(boxes[index]), steps=4)
        wait_for_text(page, f"pie hover: section {index}", exact=True)
    # the handler's update reached the client: slice 0 now reaches 110 px from the centre
    left, top, right, bottom = boxes[0]
    grown = drawn(page, PIE_COLORS[0], 3000)
    assert (grown[2] - grown[0]) * (grown[3] - grown[1]) > (right - left) * (bottom - top)


def test_hovering_a_line_point_reaches_python_with_its_spot(
    charts_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = charts_app.page
    left, top, right, bottom = drawn(page, LINE_COLOR, 500)
    # the points sit at x = 0..3 across the plot; the outer ones add their 5 px radius (the
    # last one is on the chart's edge, so the test hovers inner ones)
    step = (right - left - 10) / 3
    for spot in (2, 1):
        page.mouse.move(left + 5 + spot * step, (top + bottom) / 2, steps=4)
        wait_for_text(page, f"line hover: 0/{spot}", exact=True)
