"""Browser test harness: a static server subprocess, Chromium launch options, and a guard that
fails a test on console errors and on requests that leave 127.0.0.1.

The fixtures in ``tests/browser/conftest.py`` wire these up; tests may also use them directly.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, WebError

__all__ = [
    "ASGI_SERVERS",
    "CHROMIUM_ARGS",
    "CHROMIUM_PATH",
    "LOOPBACK",
    "AsgiServer",
    "BrowserGuard",
    "BrowserGuardError",
    "ConsoleEntry",
    "ServerNotReady",
    "ServerProcess",
    "StaticServer",
    "chromium_launch_options",
    "free_port",
    "is_local_url",
    "start_asgi_server",
    "start_flet_run",
    "start_python_app",
    "start_static_server",
]

LOOPBACK = "127.0.0.1"
REPO = Path(__file__).resolve().parents[2]
CHROMIUM_PATH = Path("/usr/bin/chromium")
# Playwright adds --headless, --no-sandbox and a fresh temporary profile (--user-data-dir) itself.
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Nothing leaves the machine: every host name but 127.0.0.1 fails to resolve, and every
    # request not to loopback goes to a proxy port where nothing listens (this also catches IP
    # literals); 127.0.0.1 bypasses the proxy. This works at the network layer, so it
    # covers pages, dedicated workers and service workers alike, without request interception
    # (page.route disables the HTTP cache and does not see requests a service worker answers).
    f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {LOOPBACK}",
    f"--proxy-server=http://{LOOPBACK}:9",
    f"--proxy-bypass-list={LOOPBACK}",
]


def chromium_launch_options() -> dict[str, object]:
    """Keyword arguments for ``playwright.chromium.launch`` that start Debian's Chromium."""
    if not CHROMIUM_PATH.exists():
        raise FileNotFoundError(
            f"{CHROMIUM_PATH} not found: install Debian's Chromium with `apt-get install chromium`"
            " (scripts/test.sh does this); Playwright cannot download browsers here"
        )
    return {"executable_path": str(CHROMIUM_PATH), "headless": True, "args": list(CHROMIUM_ARGS)}


# --- static server ------------------------------------------------------------------------------


class ServerNotReady(RuntimeError):
    """The static server did not answer in time; its log says why."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    """A server in a subprocess on 127.0.0.1, with its log in a file.

    ``stop()`` kills the process by its PID, so a test can take the site offline; start a new
    server with the same ``port`` to bring the same origin back.
    """

    port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def url(self) -> str:
        """Base URL, ending with ``/``."""
        return f"http://{LOOPBACK}:{self.port}/"

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        """Terminate the server (SIGTERM, then SIGKILL) and wait for it; safe to call twice."""
        if self.running:
            os.kill(self.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self.process.wait(timeout)
        self.process.wait()

    def log(self) -> str:
        """What the server wrote so far: one line per request served, and any traceback."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def requested_paths(self) -> list[str]:
        """Paths of the requests the server answered, in order (e.g. ``["/", "/main.js"]``)."""
        return re.findall(r'"[A-Z]+ (\S+) HTTP/[0-9.]+"', self.log())


@dataclass
class StaticServer(ServerProcess):
    """``python -m http.server`` serving ``root``."""

    root: Path = Path()


# `python -m MODULE ARGS`, asking Linux first to SIGTERM the server when the test process
# dies (prctl PR_SET_PDEATHSIG), so a killed or timed-out test run leaves no server behind.
_RUN_UNTIL_PARENT_DIES = """
import ctypes, runpy, signal, sys
ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
module = sys.argv.pop(1)
sys.argv[0] = module
runpy.run_module(module, run_name="__main__", alter_sys=True)
"""


def _start(
    command: list[str],
    log_prefix: str,
    log_dir: Path | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> tuple[subprocess.Popen[bytes], Path]:
    """``python -m COMMAND...`` until this process dies; its output goes to a log file."""
    log_fd, log_name = tempfile.mkstemp(prefix=log_prefix, suffix=".log", dir=log_dir)
    try:
        process = subprocess.Popen(
            [sys.executable, "-u", "-c", _RUN_UNTIL_PARENT_DIES, *command],
            stdin=subprocess.DEVNULL,
            stdout=log_fd,
            stderr=log_fd,
            cwd=cwd,
            env=env,
        )
    finally:
        os.close(log_fd)
    return process, Path(log_name)


def start_static_server(
    root: Path, port: int | None = None, timeout: float = 10.0, log_dir: Path | None = None
) -> StaticServer:
    """Start ``python -m http.server`` for ``root`` and return once it answers HTTP.

    The server's log goes to a file in ``log_dir`` (default: the system temp directory).
    """
    root = Path(root).resolve()
    if not root.is_dir():
        raise NotADirectoryError(f"static server root {root} is not a directory")
    port = port or free_port()
    args = ["--bind", LOOPBACK, str(port), "--directory", str(root)]
    process, log_path = _start(["http.server", *args], f"http-server-{port}-", log_dir)
    return _answering(StaticServer(port, process, log_path, root), timeout)


# --- ASGI servers -------------------------------------------------------------------------------

#: how each ASGI server is started: `python -m <module> <args>` for app spec and port
ASGI_SERVERS: dict[str, Callable[[str, int], list[str]]] = {
    "uvicorn": lambda app, port: ["uvicorn", app, "--host", LOOPBACK, "--port", str(port)],
    "hypercorn": lambda app, port: ["hypercorn", app, "--bind", f"{LOOPBACK}:{port}"],
    "gunicorn": lambda app, port: [
        "gunicorn",
        "-k",
        "uvicorn.workers.UvicornWorker",
        "--workers",
        "1",
        "--bind",
        f"{LOOPBACK}:{port}",
        "--no-control-socket",
        app,
    ],
}


@dataclass
class AsgiServer(ServerProcess):
    """An ASGI app (``module:attribute``) served by uvicorn, Hypercorn or Gunicorn."""

    app: str = ""
    kind: str = "uvicorn"


def start_asgi_server(
    app: str,
    cwd: Path,
    kind: str = "uvicorn",
    env: dict[str, str] | None = None,
    port: int | None = None,
    timeout: float = 30.0,
) -> AsgiServer:
    """Serve ``app`` from ``cwd`` (which holds its module) with the server ``kind``, on
    127.0.0.1, with this checkout first on ``PYTHONPATH``; return once it answers HTTP."""
    port = port or free_port()
    command = ASGI_SERVERS[kind](app, port)
    return _start_app_server(command, port, cwd, app, kind, env or {}, timeout)


def start_python_app(script: Path, timeout: float = 30.0) -> AsgiServer:
    """``python SCRIPT`` (an app ending with ``ft.app(main)``) on a free port of 127.0.0.1,
    told by ``FLET_SERVER_PORT`` and ``FLET_NO_BROWSER``, from this checkout (served to the
    browser even where a desktop window could open: ``FLET_FORCE_WEB_SERVER``)."""
    port = free_port()
    env = {"FLET_SERVER_PORT": str(port), "FLET_NO_BROWSER": "1", "FLET_FORCE_WEB_SERVER": "1"}
    return _start_app_server(
        [script.stem], port, script.parent, str(script), "python", env, timeout
    )


def start_flet_run(script: Path, timeout: float = 30.0) -> AsgiServer:
    """``flet run SCRIPT --web --no-browser`` on a free port of 127.0.0.1, from this checkout."""
    port = free_port()
    command = ["flet.cli", "run", str(script), "--web", "--port", str(port), "--no-browser"]
    return _start_app_server(command, port, script.parent, str(script), "flet run", {}, timeout)


def _start_app_server(
    command: list[str],
    port: int,
    cwd: Path,
    app: str,
    kind: str,
    env: dict[str, str],
    timeout: float,
) -> AsgiServer:
    """``python -m COMMAND...`` from ``cwd`` with this checkout first on ``PYTHONPATH``;
    return once it answers HTTP on ``port`` (stopped again if it does not)."""
    environment = {**os.environ, **env}
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(REPO), *filter(None, [environment.get("PYTHONPATH")])]
    )
    slug = kind.replace(" ", "-")
    process, log_path = _start(command, f"{slug}-{port}-", cwd=cwd, env=environment)
    return _answering(AsgiServer(port, process, log_path, app, kind), timeout)


_Server = TypeVar("_Server", bound=ServerProcess)


def _answering(server: _Server, timeout: float) -> _Server:
    """``server`` once it answers HTTP; stopped, and the error raised, if it does not."""
    try:
        _wait_until_answering(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def _wait_until_answering(server: ServerProcess, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if not server.running:
            raise ServerNotReady(f"server exited early:\n{server.log()}")
        try:
            request = urllib.request.Request(server.url, method="HEAD")
            with urllib.request.urlopen(request, timeout=1.0):
                return
        except urllib.error.HTTPError:  # an HTTP answer, even 404, means it is up
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            if time.monotonic() > deadline:
                raise ServerNotReady(
                    f"server on port {server.port} did not answer within {timeout} s "
                    f"({error}); is the port taken? log:\n{server.log()}"
                ) from error
            time.sleep(0.05)


# --- guard --------------------------------------------------------------------------------------

_LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}


def is_local_url(url: str) -> bool:
    """True for URLs that stay on this machine: 127.0.0.1 over any scheme, data:, blob:, ..."""
    parts = urlsplit(url)
    if parts.scheme in _LOCAL_SCHEMES:
        return True
    return parts.hostname == LOOPBACK


@dataclass(frozen=True)
class ConsoleEntry:
    """One console message from a page or one of its workers."""

    type: str  # "log", "error", "warning", ...; uncaught exceptions have type "pageerror"
    text: str
    url: str = ""

    def __str__(self) -> str:
        where = f" ({self.url})" if self.url else ""
        return f"[{self.type}] {self.text}{where}"


class BrowserGuardError(AssertionError):
    """A browser test logged an unexpected console error or sent a request off the machine."""


@dataclass
class BrowserGuard:
    """Records console messages, uncaught errors and requests of the browser contexts it watches.

    ``check()`` raises ``BrowserGuardError`` for any console error or uncaught exception that no
    ``expect_console_error`` pattern matches, and for any request to a host other than 127.0.0.1.
    """

    console: list[ConsoleEntry] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    expected: list[re.Pattern[str]] = field(default_factory=list)
    _reported: set[str] = field(default_factory=set)

    def watch_context(self, context: BrowserContext) -> None:
        """Record everything from ``context``: its pages and their workers."""
        context.on("console", self._on_console)
        context.on("weberror", self._on_web_error)
        context.on("request", self._on_request)

    def expect_console_error(self, pattern: str) -> None:
        """Declare console errors matching ``pattern`` (a regex, searched) as expected."""
        self.expected.append(re.compile(pattern))

    def messages(self, type: str | None = None) -> list[str]:
        """Texts of the console messages seen so far, optionally only those of one type."""
        return [entry.text for entry in self.console if type is None or entry.type == type]

    def wait_for_message(self, page: Page, pattern: str, timeout: float = 60_000) -> ConsoleEntry:
        """The first console message (page or worker) matching the regex ``pattern``, waiting
        up to ``timeout`` ms for it if it has not been logged yet."""
        regex = re.compile(pattern)
        if found := self._first_matching(regex):
            return found
        # Playwright dispatches events only inside its own calls, so none can slip in between.
        page.context.wait_for_event(
            "console", predicate=lambda m: bool(regex.search(m.text)), timeout=timeout
        )
        found = self._first_matching(regex)
        assert found is not None, "the console event reached Playwright but not the guard"
        return found

    def _first_matching(self, regex: re.Pattern[str]) -> ConsoleEntry | None:
        return next((entry for entry in self.console if regex.search(entry.text)), None)

    def errors(self) -> list[ConsoleEntry]:
        """Console errors and uncaught exceptions, expected or not."""
        return [entry for entry in self.console if entry.type in ("error", "pageerror")]

    def unexpected_errors(self) -> list[ConsoleEntry]:
        return [e for e in self.errors() if not any(p.search(e.text) for p in self.expected)]

    def foreign_requests(self) -> list[str]:
        """Requests to anything but 127.0.0.1 (they were blocked, but must not happen at all)."""
        return [url for url in self.requests if not is_local_url(url)]

    def problems(self) -> list[str]:
        """Everything ``check()`` would complain about, one line each."""
        lines = [f"request off the machine: {url}" for url in self.foreign_requests()]
        lines += [f"unexpected console error: {entry}" for entry in self.unexpected_errors()]
        return lines

    def check(self) -> None:
        """Raise ``BrowserGuardError`` listing problems not reported by an earlier ``check``."""
        new = [line for line in self.problems() if line not in self._reported]
        self._reported.update(new)
        if new:
            raise BrowserGuardError(
                "\n".join(new) + "\n(if an error is intended, declare it: "
                "@pytest.mark.expect_console_errors(r'regex') or "
                "browser_guard.expect_console_error(r'regex'))"
            )

    def _on_console(self, message: ConsoleMessage) -> None:
        location = message.location or {}
        self.console.append(ConsoleEntry(message.type, message.text, location.get("url", "")))

    def _on_web_error(self, error: WebError) -> None:
        page_url = error.page.url if error.page else ""
        message = f"{error.error.name}: {error.error.message}"
        self.console.append(ConsoleEntry("pageerror", message, page_url))

    def _on_request(self, request: Request) -> None:
        self.requests.append(request.url)
