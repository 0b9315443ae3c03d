"""Generic test-suite settings (CPython and Pyodide alike)."""

from __future__ import annotations

from pathlib import Path

import pytest

BROWSER_TESTS = Path(__file__).parent / "browser"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests last.

    pytest-playwright keeps one Playwright for the whole session, and its sync API leaves its
    asyncio loop registered as *running* in the main thread from the first browser test on. A
    test that runs an event loop of its own after that fails with "Cannot run the event loop
    while another loop is running"; so every other test goes first.
    """
    items.sort(key=lambda item: BROWSER_TESTS in item.path.parents)
