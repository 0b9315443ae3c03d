"""Read and drive a Flutter web app (the Flet client) through its semantics DOM.

Flutter paints on a canvas, so there is no DOM text to find until the semantics tree is on.
Flutter puts an off-screen ``<flt-semantics-placeholder role="button" aria-label="Enable
accessibility">`` into the page; clicking it builds the tree under
``<flutter-view> <flt-semantics-host>``: one ``<flt-semantics>`` element per semantics node, with
labels as DOM text (``<span>Hello</span>``) or as ``aria-label``, and tappable nodes as
``role="button"`` (an ElevatedButton's text is the button's own DOM text; a
FloatingActionButton's tooltip is the ``aria-label`` of a wrapper around its unnamed
``role="button"``). Semantics must be enabled again after
every page load.

Error boxes: a control the client cannot draw becomes an inline box with white text on
Material red (#F44336): "Unknown control: X" for a type it does not know, "Error displaying
X" plus the reason for a property it rejects (e.g. ``left=`` outside a Stack). Its title is in
the semantics tree (``error_texts``); ``error_box_pixels`` counts the box's red in a screenshot.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

__all__ = [
    "DEFAULT_TIMEOUT_MS",
    "ERROR_BOX_RGB",
    "ERROR_TEXTS",
    "SEMANTICS_HOST",
    "SEMANTICS_PLACEHOLDER",
    "button",
    "click_button",
    "enable_semantics",
    "error_box_pixels",
    "error_texts",
    "find_text",
    "semantics_texts",
    "tap",
    "wait_for_text",
]

# First visit: Pyodide (~10 MB) and the Flutter client boot on 2 shared cores.
DEFAULT_TIMEOUT_MS = 60_000
SEMANTICS_PLACEHOLDER = "flt-semantics-placeholder"
SEMANTICS_HOST = "flt-semantics-host"
ERROR_TEXTS = ("Unknown control", "Error displaying")
ERROR_BOX_RGB = (0xF4, 0x43, 0x36)  # Flutter's Colors.red, the client's error box background


def enable_semantics(page: Page, timeout: float = DEFAULT_TIMEOUT_MS) -> None:
    """Turn on Flutter's semantics tree once the engine is up.

    Waits for the placeholder, clicks it with a DOM ``click`` event (it sits off-screen at
    -1,-1, so a mouse click cannot reach it) and waits until Flutter removes it, which it does
    once semantics are on.
    """
    placeholder = page.locator(SEMANTICS_PLACEHOLDER)
    placeholder.wait_for(state="attached", timeout=timeout)
    placeholder.dispatch_event("click")
    placeholder.wait_for(state="detached", timeout=timeout)


def find_text(page: Page, text: str, exact: bool = False) -> Locator:
    """Semantics nodes showing ``text``, as DOM text or as an ``aria-label``."""
    host = page.locator(SEMANTICS_HOST)
    return host.get_by_text(text, exact=exact).or_(host.get_by_label(text, exact=exact))


def wait_for_text(
    page: Page, text: str, timeout: float = DEFAULT_TIMEOUT_MS, exact: bool = False
) -> Locator:
    """Wait until a semantics node shows ``text`` and return it (semantics must be on)."""
    node = find_text(page, text, exact=exact).first
    node.wait_for(state="attached", timeout=timeout)
    return node


def button(page: Page, name: str, exact: bool = False) -> Locator:
    """The ``role=button`` semantics nodes named ``name``.

    A button is named by its own text or ``aria-label`` ("Click me" of an ElevatedButton), or
    by the ``aria-label`` of a node around it: a FloatingActionButton's tooltip labels a
    wrapper node whose child is the unnamed ``role=button``.
    """
    host = page.locator(SEMANTICS_HOST)
    named = host.get_by_role("button", name=name, exact=exact)
    return named.or_(host.get_by_label(name, exact=exact).get_by_role("button"))


def click_button(
    page: Page, name: str, timeout: float = DEFAULT_TIMEOUT_MS, exact: bool = False
) -> None:
    """Click the first button named ``name`` with the mouse, as a person would."""
    target = button(page, name, exact=exact).first
    target.wait_for(state="visible", timeout=timeout)
    target.click(timeout=timeout)


def semantics_texts(page: Page) -> list[str]:
    """Every label of the semantics tree, in document order, without repeats: each node's
    ``aria-label`` and DOM text (a text field's label is its ``aria-label``)."""
    texts: list[str] = page.evaluate(
        """host => [...document.querySelectorAll(host + ' *')]
            .flatMap(node => [
                node.getAttribute('aria-label') || '',
                [...node.childNodes].filter(c => c.nodeType === Node.TEXT_NODE)
                    .map(c => c.textContent).join(''),
            ])
            .map(text => text.trim()).filter(Boolean)""",
        SEMANTICS_HOST,
    )
    return list(dict.fromkeys(texts))


def error_texts(page: Page) -> list[str]:
    """Labels of the error boxes the client drew ("Unknown control: X", "Error displaying X")."""
    return [text for text in semantics_texts(page) if any(e in text for e in ERROR_TEXTS)]


def error_box_pixels(png: bytes, tolerance: int = 3) -> int:
    """How many pixels of a PNG screenshot have the error box's red (each channel within
    ``tolerance``). The smallest error box has thousands; an app that avoids this exact red
    (``ft.Colors.RED``) has none."""
    from PIL import Image, ImageChops

    with Image.open(io.BytesIO(png)) as image:
        bands = image.convert("RGB").split()
    masks = [
        band.point(lambda v, want=want: 255 if abs(v - want) <= tolerance else 0)
        for band, want in zip(bands, ERROR_BOX_RGB, strict=True)
    ]
    both = ImageChops.multiply(ImageChops.multiply(masks[0], masks[1]), masks[2])
    return int(both.histogram()[255])


def tap(page: Page, target: Locator, timeout: float = DEFAULT_TIMEOUT_MS) -> None:
    """Click the centre of ``target`` with the mouse, whatever semantics node lies on top.

    Flutter hit-tests the click itself, as it would a person's. Playwright's ``click`` refuses
    when another semantics node covers the target: a Slider or RangeSlider adds an empty
    full-page node (``pointer-events: auto``) for its value indicator. Flutter may replace the
    node between finding it and measuring it (the page rebuilt); then it is found again.
    """
    box = None
    for _ in range(5):
        target.wait_for(state="visible", timeout=timeout)
        box = target.bounding_box(timeout=timeout)
        if box is not None:
            break
        page.wait_for_timeout(200)
    assert box is not None, f"{target} has no box on the page"
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
