"""Apps the catalog browser tests publish (one folder each: publish packs the whole folder),
and ``open_module_app``: one published app, one server and one page shared by a test module.

Every page load costs seconds of Pyodide and Flutter boot on the shared machine, so a module
opens its app once and its tests operate different controls of the same page. The page's
context is watched by the module's ``BrowserGuard``; the module overrides the
``browser_guard`` fixture with it, so conftest's hook still fails each test on the console
errors and foreign requests that arrived while it ran.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from flutter_semantics import enable_semantics, wait_for_text
from harness import BrowserGuard, StaticServer, start_static_server
from playwright.sync_api import Browser, Page, ViewportSize

from flet.publish import PublishOptions, publish
from flet.publish.options import RouteUrlStrategy

__all__ = [
    "APPS",
    "BOOT_MS",
    "EXAMPLES",
    "VIEWPORT",
    "ModuleApp",
    "open_module_app",
    "reload_after_failure",
    "shared_browser_guard",
    "shared_module_guard",
]

APPS = Path(__file__).resolve().parent
EXAMPLES = APPS.parents[2] / "examples"
BOOT_MS = 90_000  # first visit: Pyodide and the Flutter client on 2 shared cores
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}


class ModuleApp:
    """A published app, its server and the page a test module shares."""

    def __init__(self, page: Page, server: StaticServer, site: Path) -> None:
        self.page = page
        self.server = server
        self.site = site

    def url(self, route: str = "/") -> str:
        return self.server.url + route.lstrip("/")

    def load(self, route: str, ready_text: str) -> None:
        """(Re)load the page at ``route``, turn semantics on, wait for ``ready_text``."""
        self.page.goto(self.url(route))
        enable_semantics(self.page, timeout=BOOT_MS)
        wait_for_text(self.page, ready_text, timeout=BOOT_MS)


@contextmanager
def open_module_app(
    browser: Browser,
    guard: BrowserGuard,
    app: Path,
    dist: Path,
    ready_text: str,
    route: str = "/",
    route_url_strategy: RouteUrlStrategy = "path",
) -> Iterator[ModuleApp]:
    """Publish ``app`` into ``dist``, serve it, open it at ``route`` until ``ready_text`` shows."""
    publish(PublishOptions(app=app, distpath=dist, route_url_strategy=route_url_strategy))
    server = start_static_server(dist, log_dir=dist.parent)
    context = browser.new_context(viewport=VIEWPORT)
    guard.watch_context(context)
    try:
        shared = ModuleApp(context.new_page(), server, dist)
        try:
            shared.load(route, ready_text)
        except Exception as error:  # say why the app never showed its text
            problems = "\n".join(guard.problems()) or "no console error"
            raise AssertionError(f"{app} did not show {ready_text!r}:\n{problems}") from error
        yield shared
    finally:
        context.close()
        server.stop()


@contextmanager
def reload_after_failure(
    request: pytest.FixtureRequest, app: ModuleApp, route: str, ready_text: str
) -> Iterator[ModuleApp]:
    """Yield ``app`` to one test; if that test failed, reload the page at ``route`` so that a
    dialog or menu it left open does not fail the tests after it too."""
    failed_before = request.session.testsfailed
    yield app
    if request.session.testsfailed > failed_before:
        app.load(route, ready_text)


# A module that shares one page imports both fixtures below; they then stand, under the names
# ``module_guard`` and ``browser_guard``, for conftest's per-test guard in that module only.


@pytest.fixture(scope="module", name="module_guard")
def shared_module_guard() -> BrowserGuard:
    """One guard for the module's shared page."""
    return BrowserGuard()


@pytest.fixture(name="browser_guard")
def shared_browser_guard(module_guard: BrowserGuard) -> BrowserGuard:
    """The module's guard: conftest's hook checks it after each test."""
    return module_guard
