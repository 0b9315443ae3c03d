"""Real mouse input on gesture controls, in real Chromium with the real Flet 1.0.5 client.

A mouse drag over a GestureDetector sends ``pan_update`` events whose deltas the app's Python
adds up and moves the detector by; a Draggable dropped on a DragTarget fires ``on_accept`` in
Python, which finds the Draggable with ``page.get_control(e.src_id)``; a swiped Dismissible
waits for Python's ``confirm_dismiss(True)`` before it goes. The tests read what the
handlers wrote into Texts and where the moved box is drawn now.
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
from flutter_semantics import semantics_texts, wait_for_text
from harness import BrowserGuard
from playwright.sync_api import Browser, Page

PAN = re.compile(r"pan: (\d+) updates, dx (-?[\d.]+), dy (-?[\d.]+), at (-?[\d.]+) (-?[\d.]+)")


@pytest.fixture(scope="module")
def gestures_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("gestures") / "dist"
    with open_module_app(
        browser, module_guard, APPS / "gestures" / "main.py", dist, "drag me"
    ) as app:
        yield app


def centre(page: Page, text: str) -> tuple[float, float]:
    box = wait_for_text(page, text, exact=True).bounding_box()
    assert box is not None, f"{text!r} is not drawn"
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def drag(page: Page, start: tuple[float, float], by: tuple[float, float], steps: int) -> None:
    """Press the left button at ``start``, move by ``by`` in ``steps`` moves, release."""
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(start[0] + by[0], start[1] + by[1], steps=steps)
    page.mouse.up()


def read_pan(page: Page) -> tuple[int, float, float, float, float]:
    wait_for_text(page, "pan: ", exact=False)
    for text in semantics_texts(page):
        match = PAN.fullmatch(text)
        if match:
            n, *numbers = match.groups()
            return (int(n), *map(float, numbers))  # type: ignore[return-value]
    raise AssertionError(f"no pan summary among {semantics_texts(page)}")


def test_a_mouse_drag_moves_the_box_by_the_deltas_python_received(
    gestures_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = gestures_app.page
    before = centre(page, "drag me")
    drag(page, before, (160, 70), steps=25)

    wait_for_text(page, "updates, dx", exact=False)
    updates, dx, dy, left, top = read_pan(page)
    assert updates >= 5  # the pointer's moves reached Python as separate updates
    # the mouse moved (160, 70); a pan may start a slop of a few pixels late
    assert dx == pytest.approx(160, abs=6) and dy == pytest.approx(70, abs=6), (dx, dy)
    assert (left, top) == (pytest.approx(20 + dx, abs=0.2), pytest.approx(20 + dy, abs=0.2))
    after = centre(page, "drag me")
    # the client drew the box where Python moved it
    assert after[0] - before[0] == pytest.approx(dx, abs=1.5)
    assert after[1] - before[1] == pytest.approx(dy, abs=1.5)


def test_a_draggable_dropped_on_a_drag_target_reaches_on_accept_with_its_source(
    gestures_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = gestures_app.page
    drag_from = centre(page, "chip")
    drop_at = centre(page, "drop here")
    drag(page, drag_from, (drop_at[0] - drag_from[0], drop_at[1] - drag_from[1]), steps=30)

    wait_for_text(page, "will accept: true", exact=True)
    wait_for_text(page, "drop: cyan chip from Draggable", exact=True)


def test_a_swipe_dismisses_an_item_after_python_confirms(
    gestures_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = gestures_app.page
    drag(page, centre(page, "swipe item 1"), (-250, 0), steps=10)

    wait_for_text(page, "dismissed: swipe item 1 endToStart", exact=True)
    wait_for_text(page, "swipe item 2", exact=True)
    assert "swipe item 1" not in semantics_texts(page)
