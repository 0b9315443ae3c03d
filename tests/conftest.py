"""Generic test-suite settings (CPython and Pyodide alike)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flet.uploads import use_upload_dir

BROWSER_TESTS = Path(__file__).parent / "browser"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests last.

    pytest-playwright keeps one Playwright for the whole session, and its sync API leaves its
    asyncio loop registered as *running* in the main thread from the first browser test on. A
    test that runs an event loop of its own after that fails with "Cannot run the event loop
    while another loop is running"; so every other test goes first.
    """
    items.sort(key=lambda item: BROWSER_TESTS in item.path.parents)


@pytest.fixture(autouse=True)
def no_upload_dir_between_tests() -> Iterator[None]:
    """``ft.app(main, upload_dir=...)`` sets the upload folder of the calling context (the
    test's thread); each test starts without one and leaves none behind."""
    with use_upload_dir(None):
        yield
