"""Fixtures for tests that drive Debian's Chromium (pytest-playwright) against local sites.

* Chromium is ``/usr/bin/chromium`` with the flags in ``harness.CHROMIUM_ARGS``; nothing the
  browser requests can leave 127.0.0.1.
* Every browser context gets a ``BrowserGuard``: a test fails on any console error or uncaught
  exception it did not declare (``@pytest.mark.expect_console_errors(r"regex", ...)`` or
  ``browser_guard.expect_console_error(r"regex")``) and on any request to another host.
* ``static_server(root, port=None)`` serves a folder with ``python -m http.server`` in a
  subprocess; ``.stop()`` takes it offline.
* Tests in this folder get the ``browser`` marker.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from counter_app import COUNTER
from harness import BrowserGuard, StaticServer, chromium_launch_options, start_static_server

from flet.publish import PublishOptions, PublishResult, publish

BROWSER_DIR = Path(__file__).parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "expect_console_errors(*patterns): console errors matching these regexes do not fail "
        "the browser test",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if BROWSER_DIR in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch Debian's Chromium headless; Playwright cannot download its own browsers here."""
    return {**browser_type_launch_args, **chromium_launch_options()}


@pytest.fixture(scope="session")
def base_url() -> str | None:
    """No base URL: tests pass full URLs (``server.url``).

    Replaces pytest-playwright's fallback ``base_url``, a session fixture defined as an instance
    method, which pytest 9 deprecates (an error under ``filterwarnings = error``).
    """
    return None


@pytest.fixture(scope="module")
def counter_site(tmp_path_factory: pytest.TempPathFactory) -> PublishResult:
    """examples/counter.py published with the default options, once per test module."""
    dist = tmp_path_factory.mktemp("counter") / "dist"
    return publish(PublishOptions(app=COUNTER, distpath=dist))


@pytest.fixture
def browser_guard(request: pytest.FixtureRequest) -> BrowserGuard:
    """The guard watching every browser context of this test (see ``harness.BrowserGuard``)."""
    guard = BrowserGuard()
    for marker in request.node.iter_markers("expect_console_errors"):
        for pattern in marker.args:
            guard.expect_console_error(pattern)
    return guard


@pytest.fixture
def new_context(
    new_context: Callable[..., Any], browser_guard: BrowserGuard
) -> Iterator[Callable[..., Any]]:
    """pytest-playwright's context factory, with every context watched by the guard."""

    def create(**kwargs: Any) -> Any:
        context = new_context(**kwargs)
        browser_guard.watch_context(context)
        return context

    yield create
    browser_guard.check()  # whatever arrived after the test body, while its pages closed


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """Fail the test itself (not its teardown) when the guard saw a problem."""
    result = yield
    guard = getattr(item, "funcargs", {}).get("browser_guard")
    if isinstance(guard, BrowserGuard):
        guard.check()
    return result


@pytest.fixture
def static_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[..., StaticServer]]:
    """Factory: ``static_server(root, port=None) -> StaticServer``; all are stopped at teardown."""
    started: list[StaticServer] = []
    log_dir = tmp_path_factory.mktemp("static-server-logs")

    def start(root: Path, port: int | None = None) -> StaticServer:
        server = start_static_server(root, port=port, log_dir=log_dir)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
