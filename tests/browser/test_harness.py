"""The browser harness itself: the static server subprocess and the console/network guard."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from harness import BrowserGuard, BrowserGuardError, StaticServer, is_local_url
from playwright.sync_api import Browser, BrowserContext, Page

BROWSER_DIR = Path(__file__).parent
ServerFactory = Callable[..., StaticServer]


def _head(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=5) as reply:
        return reply.status, reply.headers.get("Content-Type", "")


def _write_site(root: Path, files: dict[str, str]) -> Path:
    # Every page declares an empty icon so the browser does not ask for /favicon.ico (a 404).
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _page_html(script: str) -> str:
    return f'<!doctype html><link rel="icon" href="data:,"><p>test</p><script>{script}</script>'


# --- static server ------------------------------------------------------------------------------


def test_server_serves_wasm_and_module_types(tmp_path: Path, static_server: ServerFactory) -> None:
    (tmp_path / "x.wasm").write_bytes(b"\0asm\1\0\0\0")
    (tmp_path / "worker.mjs").write_text("export {};\n")
    (tmp_path / "index.html").write_text("<!doctype html>")
    server = static_server(tmp_path)

    assert server.url == f"http://127.0.0.1:{server.port}/"
    assert _head(server.url + "x.wasm") == (200, "application/wasm")
    status, mjs_type = _head(server.url + "worker.mjs")
    assert status == 200
    assert mjs_type in ("text/javascript", "application/javascript")
    assert _head(server.url)[1] == "text/html"
    assert server.requested_paths()[-3:] == ["/x.wasm", "/worker.mjs", "/"]


def test_server_stop_kills_the_process_and_the_port_can_be_reused(
    tmp_path: Path, static_server: ServerFactory
) -> None:
    (tmp_path / "index.html").write_text("<!doctype html>")
    server = static_server(tmp_path)
    pid = server.pid

    server.stop()

    assert not server.running
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    with pytest.raises(urllib.error.URLError):
        _head(server.url)
    again = static_server(tmp_path, port=server.port)  # same origin back online
    assert again.url == server.url
    assert _head(again.url)[0] == 200
    server.stop()  # a second stop is harmless


def test_server_dies_with_the_process_that_started_it(tmp_path: Path) -> None:
    starter = (
        "import sys, time; from harness import start_static_server; "
        "print(start_static_server(sys.argv[1]).pid, flush=True); time.sleep(120)"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", starter, str(tmp_path)],
        cwd=BROWSER_DIR,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    server_pid = int(parent.stdout.readline())
    os.kill(server_pid, 0)  # running

    parent.kill()  # SIGKILL: no teardown runs in the parent
    parent.wait()
    parent.stdout.close()

    deadline = time.monotonic() + 10
    while _process_exists(server_pid):
        assert time.monotonic() < deadline, f"server {server_pid} outlived its parent"
        time.sleep(0.05)


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie waits for its new parent (init) to reap it: it no longer serves.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_server_rejects_a_missing_root(tmp_path: Path, static_server: ServerFactory) -> None:
    with pytest.raises(NotADirectoryError, match="missing"):
        static_server(tmp_path / "missing")


def test_is_local_url() -> None:
    assert is_local_url("http://127.0.0.1:8000/a.js")
    assert is_local_url("ws://127.0.0.1:8000/ws")
    assert is_local_url("data:text/plain,hi")
    assert is_local_url("blob:http://127.0.0.1:8000/0c5d")
    assert not is_local_url("http://localhost:8000/")
    assert not is_local_url("https://cdn.example.invalid/x.js")


# --- the page fixture -------------------------------------------------------------------------


def test_page_fixture_is_watched_by_the_guard(
    page: Page, browser_guard: BrowserGuard, tmp_path: Path, static_server: ServerFactory
) -> None:
    script = 'console.log("hello from the page"); document.title = "done";'
    site = _write_site(tmp_path, {"index.html": _page_html(script)})
    server = static_server(site)
    page.goto(server.url)

    entry = browser_guard.wait_for_message(page, "hello from the page", timeout=30_000)

    assert entry.type == "log"
    assert browser_guard.requests == [server.url]
    assert browser_guard.problems() == []


# --- guard, driven directly ---------------------------------------------------------------------


@pytest.fixture
def own_context(browser: Browser) -> Iterator[tuple[BrowserContext, BrowserGuard]]:
    """A context watched by a guard of the test's own, so guard failures can be asserted."""
    context = browser.new_context()
    guard = BrowserGuard()
    guard.watch_context(context)
    yield context, guard
    context.close()


def _wait_until(page: Page, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Let Playwright deliver events until ``condition()`` holds (fails after ``timeout`` s)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        page.wait_for_timeout(20)


def _visit(context: BrowserContext, url: str, until_text: str) -> Page:
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(
        "text => document.title === text", arg=until_text, timeout=30_000, polling=50
    )
    return page


def test_guard_fails_on_console_error_in_page(
    tmp_path: Path, static_server: ServerFactory, own_context: tuple[BrowserContext, BrowserGuard]
) -> None:
    context, guard = own_context
    script = 'console.log("hello"); console.error("kaputt"); document.title = "done";'
    site = _write_site(tmp_path, {"index.html": _page_html(script)})
    _visit(context, static_server(site).url, "done")

    assert "hello" in guard.messages("log")
    with pytest.raises(BrowserGuardError, match="unexpected console error: \\[error\\] kaputt"):
        guard.check()
    guard.check()  # each problem is reported once


def test_guard_sees_worker_console_errors_and_uncaught_exceptions(
    tmp_path: Path, static_server: ServerFactory, own_context: tuple[BrowserContext, BrowserGuard]
) -> None:
    context, guard = own_context
    script = """
        const w = new Worker("w.mjs", {type: "module"});
        w.onmessage = () => { document.title = "done"; };
    """
    worker = """
        console.error("worker says no");
        setTimeout(() => { throw new Error("thrown in worker"); }, 0);
        setTimeout(() => postMessage("bye"), 0);  // runs after the throw
    """
    site = _write_site(tmp_path, {"index.html": _page_html(script), "w.mjs": worker})
    page = _visit(context, static_server(site).url, "done")
    _wait_until(page, lambda: any(e.type == "pageerror" for e in guard.errors()))

    errors = [str(entry) for entry in guard.errors()]
    assert any("worker says no" in e for e in errors), errors
    assert any("[pageerror]" in e and "thrown in worker" in e for e in errors), errors
    with pytest.raises(BrowserGuardError, match="worker says no"):
        guard.check()


def test_guard_waits_for_worker_messages(
    tmp_path: Path, static_server: ServerFactory, own_context: tuple[BrowserContext, BrowserGuard]
) -> None:
    context, guard = own_context
    script = 'console.log("page up"); new Worker("w.mjs", {type: "module"});'
    worker = 'setTimeout(() => console.info("worker ready: 7"), 300);'
    site = _write_site(tmp_path, {"index.html": _page_html(script), "w.mjs": worker})
    page = context.new_page()
    page.goto(static_server(site).url)

    entry = guard.wait_for_message(page, r"worker ready: \d", timeout=30_000)

    assert (entry.type, entry.text) == ("info", "worker ready: 7")
    assert entry.url.endswith("/w.mjs")
    assert guard.wait_for_message(page, "page up", timeout=1).type == "log"  # already logged
    assert guard.problems() == []


def test_guard_expected_errors_do_not_fail(
    tmp_path: Path, static_server: ServerFactory, own_context: tuple[BrowserContext, BrowserGuard]
) -> None:
    context, guard = own_context
    guard.expect_console_error(r"^expected: \d+$")
    script = 'console.error("expected: 42"); document.title = "done";'
    site = _write_site(tmp_path, {"index.html": _page_html(script)})
    _visit(context, static_server(site).url, "done")

    assert guard.messages("error") == ["expected: 42"]
    assert guard.problems() == []
    guard.check()


def test_guard_fails_on_requests_off_the_machine_and_they_are_blocked(
    tmp_path: Path, static_server: ServerFactory, own_context: tuple[BrowserContext, BrowserGuard]
) -> None:
    context, guard = own_context
    script = """
        fetch("https://cdn.example.invalid/lib.js")
          .then(() => { document.title = "reached"; }, () => { document.title = "blocked"; });
    """
    site = _write_site(tmp_path, {"index.html": _page_html(script)})
    page = context.new_page()
    page.goto(static_server(site).url)
    page.wait_for_function("() => document.title !== ''", timeout=30_000)

    assert page.title() == "blocked"
    assert guard.foreign_requests() == ["https://cdn.example.invalid/lib.js"]
    with pytest.raises(BrowserGuardError, match=r"request off the machine: https://cdn\.example"):
        guard.check()


# --- guard, wired into pytest (a nested pytest run in a subprocess) -----------------------------

_INNER_TESTS = """
import pytest

def serve(tmp_path, static_server, script):
    (tmp_path / "index.html").write_text(
        '<!doctype html><link rel="icon" href="data:,"><script>' + script + "</script>"
    )
    return static_server(tmp_path).url

def load(page, url):
    page.goto(url)
    page.wait_for_function("() => document.title === 'done'")

def test_clean(page, tmp_path, static_server):
    load(page, serve(tmp_path, static_server, "console.log('fine'); document.title = 'done';"))

BAD = "console.error('bad thing'); document.title = 'done';"

def test_console_error(page, tmp_path, static_server):
    load(page, serve(tmp_path, static_server, BAD))

@pytest.mark.expect_console_errors(r"bad thing")
def test_console_error_declared(page, tmp_path, static_server):
    load(page, serve(tmp_path, static_server, BAD))

THROW = ("setTimeout(() => { throw new Error('oops'); }); "
         "setTimeout(() => { document.title = 'done'; });")

def test_uncaught(page, tmp_path, static_server):
    load(page, serve(tmp_path, static_server, THROW))

def test_foreign_request(page, tmp_path, static_server):
    load(page, serve(tmp_path, static_server,
         "fetch('https://cdn.example.invalid/x').finally(() => { document.title = 'done'; });"))
"""


def _outcomes(junit: Path) -> dict[str, str]:
    """Test name -> "passed" or the failure message, from a JUnit XML report."""
    outcomes: dict[str, str] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        name = case.get("name", "").split("[")[0]
        outcomes[name] = "passed" if problem is None else problem.get("message", "failed")
    return outcomes


def test_page_fixture_fails_tests_on_console_errors_and_foreign_requests(tmp_path: Path) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    for name in ("conftest.py", "harness.py", "counter_app.py", "flutter_semantics.py"):
        (inner / name).write_text((BROWSER_DIR / name).read_text())
    (inner / "test_inner.py").write_text(textwrap.dedent(_INNER_TESTS))
    junit = tmp_path / "junit.xml"
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(inner)]
    command += ["--rootdir", str(inner), f"--junitxml={junit}"]
    command += ["-W", "ignore::pytest.PytestWarning"]  # the unregistered `browser` marker

    run = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=inner)

    assert run.returncode == 1, run.stdout + run.stderr
    outcomes = _outcomes(junit)
    assert outcomes["test_clean"] == "passed"
    assert outcomes["test_console_error_declared"] == "passed"
    assert "unexpected console error: [error] bad thing" in outcomes["test_console_error"]
    assert "[pageerror] Error: oops" in outcomes["test_uncaught"]
    assert (
        "request off the machine: https://cdn.example.invalid/x"
        in (outcomes["test_foreign_request"])
    )
