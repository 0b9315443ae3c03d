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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

__all__ = [
    "DEFAULT_TIMEOUT_MS",
    "SEMANTICS_HOST",
    "SEMANTICS_PLACEHOLDER",
    "button",
    "click_button",
    "enable_semantics",
    "find_text",
    "wait_for_text",
]

# First visit: Pyodide (~10 MB) and the Flutter client boot on 2 shared cores.
DEFAULT_TIMEOUT_MS = 60_000
SEMANTICS_PLACEHOLDER = "flt-semantics-placeholder"
SEMANTICS_HOST = "flt-semantics-host"


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
