"""An X server per module, the desktop client program, and apps running in a thread."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_runtime import DesktopApp, client_executable
from flet.session import Session
from tests.support.xserver import XServer


@pytest.fixture(scope="module")
def xserver() -> Iterator[XServer]:
    server = XServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def client_program() -> Path:
    """The desktop client, from the user cache (fetched on the first run)."""
    return client_executable()


class RunningApp:
    """A ``DesktopApp`` served by a thread of its own while the test drives the window."""

    def __init__(self, main: Callable[..., Any], program: Path, xserver: XServer, **kw: Any):
        self._registered = threading.Event()
        self.session: Session | None = None
        self.app = DesktopApp(main, program, env=xserver.env, on_session=self._on_session, **kw)
        self.status: int | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _on_session(self, session: Session) -> None:
        self.session = session

    def _run(self) -> None:
        try:
            self.status = asyncio.run(self.app.run())
        except BaseException as exc:  # reported by the test
            self.error = exc

    @property
    def page(self) -> Any:
        deadline = time.monotonic() + 30
        while self.session is None or self.session.page is None:
            if time.monotonic() > deadline:
                raise AssertionError("the desktop client did not register within 30 s")
            time.sleep(0.05)
        return self.session.page

    def wait_ended(self, timeout: float = 20.0) -> None:
        self.thread.join(timeout)
        if self.thread.is_alive():
            raise AssertionError(f"the app did not end within {timeout} s of its window closing")
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        """End what is left: the client program we started, by its PID."""
        process = self.app.process
        if self.thread.is_alive() and process is not None and process.returncode is None:
            os.kill(process.pid, signal.SIGTERM)
        self.thread.join(20)


@pytest.fixture
def run_app(client_program: Path, xserver: XServer) -> Iterator[Callable[..., RunningApp]]:
    started: list[RunningApp] = []

    def start(main: Callable[..., Any], **kw: Any) -> RunningApp:
        running = RunningApp(main, client_program, xserver, **kw)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


def wait_for(check: Callable[[], Any], what: str, timeout: float = 15.0) -> Any:
    """Poll ``check`` until it gives a true value; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {timeout} s")


def wait_equal(read: Callable[[], Any], expected: Any, what: str, timeout: float = 15.0) -> None:
    """Poll ``read`` until it gives ``expected``; fail with the last value it gave."""
    seen: list[Any] = []
    try:
        wait_for(lambda: seen.append(read()) or seen[-1] == expected, what, timeout)
    except AssertionError as exc:
        raise AssertionError(f"{exc}: {seen[-1]!r}, expected {expected!r}") from None
