"""MatplotlibChart and PlotlyChart in real Chromium with the real Flet 1.0.5 client, from a
CPython server-mode app (``python main.py``) that draws its figures with the host's matplotlib
and plotly (``apps/figure_charts``).

The matplotlib figure reaches the client as SVG in an Image: the test finds its line in a
screenshot by its colour, then presses "Change" (new data and colour in the same figure, then
``page.update()``) and finds the new line where the old one no longer is. The host has no
kaleido, so the plotly figure is plotly.js in a WebView (an iframe) whose ``data:`` address
carries the library and the figure: the test finds plotly's SVG in the iframe and its line in
the screenshot, and after "Change" the line in its new colour (a new iframe).
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from typing import Any

import pytest
from flutter_semantics import (
    click_button,
    enable_semantics,
    error_box_pixels,
    error_texts,
    wait_for_text,
)
from harness import AsgiServer, BrowserGuard, start_python_app
from PIL import Image, ImageChops
from playwright.sync_api import Page

from tests.support.apps import ROOT

APP = ROOT / "tests" / "browser" / "apps" / "figure_charts" / "main.py"
VIEWPORT = {"width": 1000, "height": 700}
ORANGE, BLUE, GREEN, PURPLE = "#FB8C00", "#1E88E5", "#43A047", "#8E24AA"

Box = tuple[int, int, int, int]


@pytest.fixture
def server() -> Iterator[AsgiServer]:
    started = start_python_app(APP, timeout=60)
    yield started
    started.stop()


def color_pixels(png: bytes, color: str, tolerance: int = 6) -> tuple[int, Box | None]:
    """How many pixels of a screenshot have ``color`` (each channel within ``tolerance``),
    and their bounds."""
    value = int(color.lstrip("#"), 16)
    want = (value >> 16, (value >> 8) & 0xFF, value & 0xFF)
    with Image.open(io.BytesIO(png)) as image:
        bands = image.convert("RGB").split()
    red, green, blue = (
        band.point(lambda v, w=w: 255 if abs(v - w) <= tolerance else 0)
        for band, w in zip(bands, want, strict=True)
    )
    mask = ImageChops.multiply(ImageChops.multiply(red, green), blue)
    return int(mask.histogram()[255]), mask.getbbox()


def wait_for_drawing(
    page: Page, color: str, at_least: int, gone: str | None = None, timeout: float = 30
) -> Box:
    """Wait until the page shows ``at_least`` pixels of ``color`` (and none of ``gone``);
    return their bounds."""
    deadline = time.monotonic() + timeout
    while True:
        png = page.screenshot()
        count, box = color_pixels(png, color)
        left = color_pixels(png, gone)[0] if gone else 0
        if count >= at_least and box is not None and left == 0:
            return box
        assert time.monotonic() < deadline, f"{color}: {count} pixels, {gone}: {left} pixels"
        page.wait_for_timeout(250)


def test_matplotlib_and_plotly_figures_are_drawn_and_redrawn_after_a_change(
    server: AsgiServer, new_context: Any, browser_guard: BrowserGuard
) -> None:
    page = new_context(viewport=VIEWPORT).new_page()
    page.goto(server.url)
    enable_semantics(page)
    wait_for_text(page, "Charts ready", exact=True)

    # matplotlib: a 6 px line across the chart (left of the plotly chart)
    line = wait_for_drawing(page, ORANGE, 2000)
    assert line[2] - line[0] > 300 and line[1] < line[3] - 150  # a sine over the axes
    assert line[2] < 500

    # plotly: plotly.js drew its SVG inside the WebView's iframe, from the address alone
    frame_element = page.wait_for_selector("iframe", state="attached")
    assert frame_element is not None
    src = frame_element.get_attribute("src") or ""
    assert src.startswith("data:text/html") and 1_000_000 < len(src) <= 2 * 1024 * 1024
    frame = frame_element.content_frame()
    assert frame is not None
    frame.wait_for_selector("svg.main-svg", state="attached")
    plotly_line = wait_for_drawing(page, GREEN, 500)
    assert plotly_line[0] > 500  # right of the matplotlib chart

    png = page.screenshot()
    assert error_texts(page) == [] and error_box_pixels(png) == 0

    click_button(page, "Change")
    wait_for_text(page, "Changed", exact=True)
    new_line = wait_for_drawing(page, BLUE, 2000, gone=ORANGE)
    assert new_line[2] - new_line[0] > 300 and new_line[2] < 500
    wait_for_drawing(page, PURPLE, 500, gone=GREEN)
    assert error_texts(page) == []
