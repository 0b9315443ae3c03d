"""The published counter (examples/counter.py) as several browser test modules drive it."""

from __future__ import annotations

from pathlib import Path

from flutter_semantics import SEMANTICS_HOST, wait_for_text
from playwright.sync_api import Page

COUNTER = Path(__file__).resolve().parents[2] / "examples" / "counter.py"
BOOT_MS = 90_000  # Pyodide and the Flutter client on 2 shared cores


def count_to(page: Page, clicks: int) -> None:
    """The counter shows 0; after `clicks` clicks on its FAB it shows `clicks` (semantics on)."""
    wait_for_text(page, "0", exact=True, timeout=BOOT_MS)
    fab = page.locator(SEMANTICS_HOST).get_by_role("button")
    for _ in range(clicks):
        fab.click()
    wait_for_text(page, str(clicks), exact=True)
