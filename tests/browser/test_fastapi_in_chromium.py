"""Server mode in real Chromium with the real Flet 1.0.5 client: the specification's FastAPI
programs (examples/fastapi/, copied unchanged from it) under uvicorn, Hypercorn and Gunicorn,
and what a session does across a dropped socket, a reload, a duplicated tab and its expiry.

Every server listens on 127.0.0.1 in a subprocess and is stopped by its PID; every test fails
on a console error and on a request that leaves 127.0.0.1 (the guard).
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flutter_semantics import enable_semantics, semantics_texts, tap, wait_for_text
from harness import AsgiServer, BrowserGuard, start_asgi_server, start_flet_run
from playwright.sync_api import Page

from tests.support.apps import ROOT

FASTAPI_EXAMPLES = ROOT / "examples" / "fastapi"
STATS_APP = Path(__file__).parent / "apps" / "server_stats"
SESSION_KEY = "_flet_session_id"  # where the 1.0.5 client keeps its session id
VIEWPORT = {"width": 900, "height": 600}

# Keeps every WebSocket the page opens, so that a test can drop them as a network would.
KEEP_SOCKETS = """
window.__sockets = [];
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(...args) { super(...args); window.__sockets.push(this); }
};
"""

ServerFactory = Callable[..., AsgiServer]

# The DOM id of the last button's semantics node (Flutter gives a rebuilt node a new one).
LAST_BUTTON_ID = """() => {
  const buttons = document.querySelectorAll("flt-semantics[role=button]");
  return buttons.length ? buttons[buttons.length - 1].id : null;
}"""


@pytest.fixture
def asgi_server() -> Iterator[ServerFactory]:
    """Factory: ``asgi_server(app, cwd, kind="uvicorn", env=None)``; stopped at teardown."""
    started: list[AsgiServer] = []

    def start(app: str, cwd: Path, kind: str = "uvicorn", **options: Any) -> AsgiServer:
        server = start_asgi_server(app, cwd, kind, **options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def open_app(context: Any, url: str, text: str, init_script: str | None = None) -> Page:
    page = context.new_page()
    if init_script:
        page.add_init_script(init_script)
    page.goto(url)
    enable_semantics(page)
    wait_for_text(page, text, exact=True)
    return page


def click_fab(page: Page, then: str) -> None:
    """Tap the counter's floating action button (its only button) and wait for ``then``."""
    tap(page, page.locator("flt-semantics[role=button]").last)
    wait_for_text(page, then, exact=True)


def session_id(page: Page) -> str:
    value = page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')")
    assert isinstance(value, str) and value
    return value


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


# --- the specification's programs -------------------------------------------------------------


@pytest.mark.parametrize("kind", ["uvicorn", "hypercorn", "gunicorn"])
def test_the_counter_counts_under_each_server(
    asgi_server: ServerFactory, new_context: Any, browser_guard: BrowserGuard, kind: str
) -> None:
    server = asgi_server("counter:app", FASTAPI_EXAMPLES, kind)
    page = open_app(new_context(viewport=VIEWPORT), server.url, "0")
    click_fab(page, "1")
    click_fab(page, "2")
    assert semantics_texts(page) == ["2"]


def test_two_mounted_apps_each_show_their_text(
    asgi_server: ServerFactory, new_context: Any, browser_guard: BrowserGuard
) -> None:
    server = asgi_server("multi:app", FASTAPI_EXAMPLES)
    context = new_context(viewport=VIEWPORT)
    open_app(context, server.url, "This is root app!")
    open_app(context, f"{server.url}sub-app/", "This is sub app!")
    # without the slash the path belongs to the root app, whose catch-all serves its page
    open_app(context, f"{server.url}sub-app", "This is root app!")


def test_an_app_mounted_in_a_plain_fastapi_with_app_manager_in_its_lifespan(
    asgi_server: ServerFactory, new_context: Any, browser_guard: BrowserGuard
) -> None:
    server = asgi_server("lifespan:app", FASTAPI_EXAMPLES)
    open_app(new_context(viewport=VIEWPORT), f"{server.url}flet-app/", "Hello, Flet!")


# --- sessions ---------------------------------------------------------------------------------


def test_a_dropped_socket_reconnects_to_the_same_session_and_state(
    asgi_server: ServerFactory, new_context: Any, browser_guard: BrowserGuard
) -> None:
    server = asgi_server("counter:app", FASTAPI_EXAMPLES)
    page = open_app(new_context(viewport=VIEWPORT), server.url, "0", KEEP_SOCKETS)
    click_fab(page, "1")
    first = session_id(page)
    fab = page.evaluate(LAST_BUTTON_ID)
    page.evaluate("window.__sockets.forEach(socket => socket.close())")
    page.wait_for_function(
        "() => window.__sockets.length >= 2 && window.__sockets.at(-1).readyState === 1"
    )
    # the session sends its page again (new control ids): the client builds it afresh
    page.wait_for_function(f"() => ({LAST_BUTTON_ID})() !== {json.dumps(fab)}")
    wait_for_text(page, "1", exact=True)
    click_fab(page, "2")  # the same session: its counter goes on, and the page follows
    assert session_id(page) == first


def test_a_reload_keeps_the_session_and_a_duplicated_tab_gets_a_new_one(
    asgi_server: ServerFactory, new_context: Any, browser_guard: BrowserGuard
) -> None:
    server = asgi_server("counter:app", FASTAPI_EXAMPLES)
    context = new_context(viewport=VIEWPORT)
    page = open_app(context, server.url, "0")
    click_fab(page, "1")
    first = session_id(page)
    page.reload()
    enable_semantics(page)
    wait_for_text(page, "1", exact=True)
    assert session_id(page) == first
    # a duplicated tab starts with a copy of the first tab's sessionStorage
    copy = open_app(context, server.url, "0", f"sessionStorage.setItem('{SESSION_KEY}', '{first}')")
    assert session_id(copy) != first
    click_fab(copy, "1")
    click_fab(page, "2")  # the first tab still has its own session


def test_a_session_expires_its_on_close_runs_its_tasks_end_and_its_id_is_not_reused(
    asgi_server: ServerFactory, new_context: Any, browser_guard: BrowserGuard, tmp_path: Path
) -> None:
    server = asgi_server("stats_app:app", STATS_APP, env={"STATS_DIR": str(tmp_path)})
    context = new_context(viewport=VIEWPORT)
    page = open_app(context, server.url, "0")
    click_fab(page, "1")
    first = session_id(page)
    assert get_json(f"{server.url}stats") == {"sessions": 1}
    page.close()  # the tab goes away; the session waits 2 s for it
    deadline = time.monotonic() + 20
    while get_json(f"{server.url}stats") != {"sessions": 0}:
        assert time.monotonic() < deadline, "the session did not expire"
        time.sleep(0.2)
    assert (tmp_path / "closed").read_text() == first
    assert (tmp_path / "task").read_text() == "cancelled"
    again = open_app(
        context, server.url, "0", f"sessionStorage.setItem('{SESSION_KEY}', '{first}')"
    )
    assert session_id(again) != first


# --- flet run ---------------------------------------------------------------------------------

RELOADING_APP = """
import flet as ft

VERSION = "{version}"


def main(page: ft.Page):
    def show(e=None):
        page.controls.clear()
        page.add(ft.Text(f"Version {{VERSION}} at {{page.route}}"))

    page.on_route_change = show
    show()


ft.app(main)
"""


def test_flet_run_reloads_the_open_tab_on_save_and_recovers_from_a_syntax_error(
    new_context: Any, browser_guard: BrowserGuard, tmp_path: Path
) -> None:
    script = tmp_path / "app.py"
    script.write_text(RELOADING_APP.format(version=1))
    server = start_flet_run(script)
    try:
        page = open_app(
            new_context(viewport=VIEWPORT), f"{server.url}settings", "Version 1 at /settings"
        )
        script.write_text(RELOADING_APP.format(version=2))
        wait_for_text(page, "Version 2 at /settings", exact=True)  # same tab, same route
        script.write_text("import flet as ft\ndef main(page)\n")
        wait_for_text(page, "The app could not be loaded", exact=True)
        wait_for_text(page, "SyntaxError: expected ':'")
        script.write_text(RELOADING_APP.format(version=3))
        wait_for_text(page, "Version 3 at /settings", exact=True)
        assert server.running
    finally:
        server.stop()


# --- uploads ----------------------------------------------------------------------------------

UPLOAD_APP = Path(__file__).parent / "apps" / "server_upload"


def test_filepicker_upload_puts_the_picked_files_into_upload_dir(
    asgi_server: ServerFactory, new_context: Any, browser_guard: BrowserGuard, tmp_path: Path
) -> None:
    uploads = tmp_path / "uploads"
    server = asgi_server("upload_app:app", UPLOAD_APP, env={"UPLOAD_DIR": str(uploads)})
    notes = tmp_path / "notes.txt"
    notes.write_text("Grüße aus dem Browser\n" * 3, encoding="utf-8")
    blob = tmp_path / "big.bin"
    blob.write_bytes(bytes(range(256)) * 5000)  # 1.28 MB: sent in pieces, with progress
    page = open_app(new_context(viewport=VIEWPORT), server.url, "Nothing uploaded")
    with page.expect_file_chooser() as chooser:
        tap(page, page.locator("flt-semantics[role=button]", has_text="Pick files").last)
    chooser.value.set_files([notes, blob])
    wait_for_text(
        page,
        f"Uploaded big.bin: {blob.stat().st_size} bytes, notes.txt: {notes.stat().st_size} bytes",
        exact=True,
    )
    assert (uploads / "notes.txt").read_bytes() == notes.read_bytes()
    assert (uploads / "big.bin").read_bytes() == blob.read_bytes()
    assert sorted(p.name for p in uploads.iterdir()) == ["big.bin", "notes.txt"]
