"""DataTable2, the colour pickers, CodeEditor, Screenshot and RawImage in real Chromium with
the real Flet 1.0.5 client (app: apps/tables/main.py, written with Flet 1.0's import names).

What is asserted is what reached Python from real input: a mouse click on a BlockPicker
swatch (found by its colour in a screenshot) changes the colour the handler and
``picker.color`` see; keys typed into the CodeEditor reach ``on_change`` and ``value``;
``Screenshot.capture()`` returns PNG bytes (the signature is checked in Python); a RawImage
frame pushed over the DataChannel is acknowledged and its 60x40 magenta box is on screen.
"""

from __future__ import annotations

import io
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
from flutter_semantics import (
    SEMANTICS_HOST,
    error_box_pixels,
    error_texts,
    semantics_texts,
    tap,
    wait_for_text,
)
from harness import BrowserGuard
from PIL import Image
from playwright.sync_api import Browser

READY = "tables ready"
BLUE = (0x21, 0x96, 0xF3)
MAGENTA = (255, 0, 255)


@pytest.fixture(scope="module")
def tables_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("tables") / "dist"
    with open_module_app(browser, module_guard, APPS / "tables" / "main.py", dist, READY) as app:
        yield app


def pixels_of(png: bytes, rgb: tuple[int, int, int], tolerance: int = 6) -> list[tuple[int, int]]:
    with Image.open(io.BytesIO(png)) as image:
        rgb_image = image.convert("RGB")
        width = rgb_image.size[0]
        data = rgb_image.tobytes()
    return [
        (i // 3 % width, i // 3 // width)
        for i in range(0, len(data), 3)
        if all(abs(data[i + k] - rgb[k]) <= tolerance for k in range(3))
    ]


def test_the_controls_are_drawn_without_an_error_box(
    tables_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = tables_app.page
    for text in ("Fruit", "Count", "apple", "pear", "captured area"):
        wait_for_text(page, text, exact=True)
    assert error_texts(page) == []
    assert error_box_pixels(page.screenshot()) == 0


def test_a_click_on_a_swatch_changes_the_colour_python_sees(
    tables_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = tables_app.page
    blue = pixels_of(page.screenshot(), BLUE)
    assert len(blue) > 200, "the blue swatch is not drawn"
    x = sorted(p[0] for p in blue)[len(blue) // 2]
    y = sorted(p[1] for p in blue)[len(blue) // 2]
    page.mouse.click(x, y)
    wait_for_text(page, "block: #ff2196f3 color #ff2196f3", exact=True)


def test_typing_in_the_code_editor_reaches_python(
    tables_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = tables_app.page
    host = page.locator(SEMANTICS_HOST)
    editor = host.locator("textarea, input, [role=textbox]").first
    tap(page, editor)
    page.keyboard.press("Control+End")
    page.keyboard.type("y = 2")
    wait_for_text(page, "code last line: y = 2", exact=True)


def test_screenshot_capture_returns_png_bytes_to_python(
    tables_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = tables_app.page
    tap(page, page.locator(SEMANTICS_HOST).get_by_text("Capture", exact=True).first)
    wait_for_text(page, "png True", exact=False)
    [line] = [t for t in semantics_texts(page) if t.startswith("capture: ")]
    size = int(re.fullmatch(r"capture: (\d+) bytes, png True", line).group(1))  # type: ignore[union-attr]
    assert size > 200, line


def test_a_raw_image_frame_is_acknowledged_and_painted(
    tables_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = tables_app.page
    assert pixels_of(page.screenshot(), MAGENTA) == []
    tap(page, page.locator(SEMANTICS_HOST).get_by_text("Render", exact=True).first)
    wait_for_text(page, "raw: shown", exact=True)
    magenta = pixels_of(page.screenshot(), MAGENTA)
    xs = [p[0] for p in magenta]
    ys = [p[1] for p in magenta]
    assert (max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) == (60, 40)
    assert len(magenta) == pytest.approx(60 * 40, rel=0.03)
