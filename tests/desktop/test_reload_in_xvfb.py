"""``flet run app.py`` in the real desktop client under Xvfb: saving the app's file shows the
new version in the same window; a file that does not load shows its error there until the
next save that works.

The window's title is the page's ``title`` as the client applied it (xdotool reads it from the
X server), so a new title proves the client drew a session of the new version.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

import flet as ft
from tests.desktop.conftest import wait_equal, wait_for
from tests.support.xserver import XServer

pytestmark = pytest.mark.host_only

ROOT = Path(__file__).resolve().parents[2]

APP = """\
import flet as ft


def main(page: ft.Page):
    page.title = "{title}"
    page.add(ft.Text("{text}", size=60))


ft.app(main)
"""


def middle(xserver: XServer, window: int) -> Image.Image:
    """The part of the screen where the app's text is (the window is at the top left)."""
    width, height = xserver.geometry(window)
    return xserver.screenshot().crop((0, 0, width, min(height, 160)))


def save(path: Path, text: str) -> None:
    """Write ``text`` as an editor does: the file changes once, whole."""
    draft = path.with_suffix(".tmp")
    draft.write_text(text)
    os.replace(draft, path)


def test_flet_run_shows_each_saved_version_in_the_same_window(xserver: XServer, tmp_path: Path):
    app = tmp_path / "app.py"
    app.write_text(APP.format(title="Version one", text="one"))
    env = {**xserver.env, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "flet.cli", "run", str(app)]
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr_file:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=stderr_file)
    try:
        window = xserver.wait_window("Version one")
        first = wait_for(
            lambda: (shot := middle(xserver, window)) and shot.getextrema() != ((255, 255),) * 3
            and shot,
            "the first version's text drawn",
        )  # fmt: skip
        time.sleep(0.5)  # the watcher is set up before the client starts; a margin anyway

        save(app, APP.format(title="Version two", text="two, longer"))
        assert xserver.wait_window("Version two") == window, "the same window, not a new one"
        wait_for(
            lambda: middle(xserver, window).tobytes() != first.tobytes(),
            "the window's content changed with the new version",
        )

        save(app, APP.format(title="Version three", text="three").replace("def main", "def main("))
        assert xserver.wait_window("Error loading the app") == window
        assert xserver.windows("Version two") == []

        save(app, APP.format(title="Version three", text="three"))
        assert xserver.wait_window("Version three") == window

        xserver.request_close(window)
        assert process.wait(20) == 0
        wait_equal(lambda: xserver.windows("Version three"), [], "windows left")
    finally:
        if process.poll() is None:
            os.kill(process.pid, 15)
            process.wait(10)
    stderr = log.read_text()
    assert "SyntaxError" in stderr, stderr
    assert stderr.count("reloaded app.py") == 2, stderr


def test_reload_ends_the_session_and_the_client_reconnects_to_the_new_main(
    xserver: XServer, run_app
):
    closed: list[str] = []
    loops: list[asyncio.AbstractEventLoop] = []

    async def one(page: ft.Page) -> None:
        loops.append(asyncio.get_running_loop())
        page.title = "Reload one"
        page.on_close = lambda e: closed.append("one")
        await page.add_async(ft.Text("one"))

    def two(page: ft.Page) -> None:  # sync: it runs in a handler thread
        page.title = "Reload two"
        page.add(ft.Text("two"))

    running = run_app(one)
    window = xserver.wait_window("Reload one")
    first = running.page
    assert [c.value for c in first.controls] == ["one"]

    loops[0].call_soon_threadsafe(running.app.reload, two)  # what flet run does on a save

    assert xserver.wait_window("Reload two") == window
    wait_for(lambda: running.page is not first, "a new session registered")
    wait_equal(lambda: [c.value for c in running.page.controls], ["two"], "the new page")
    wait_equal(lambda: closed, ["one"], "the old session's page.on_close")
    assert running.thread.is_alive(), "the app goes on after a reload"

    xserver.request_close(window)
    running.wait_ended()


def test_without_watchfiles_flet_run_opens_the_window_and_says_it_will_not_reload(
    xserver: XServer, tmp_path: Path
):
    app = tmp_path / "app.py"
    app.write_text(APP.format(title="No reload", text="still"))
    env = {**xserver.env, "PYTHONPATH": str(ROOT)}
    program = (
        "import sys; sys.modules['watchfiles'] = None  # not installed\n"
        "from flet.cli import main; sys.exit(main(['run', sys.argv[1]]))"
    )
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr_file:
        process = subprocess.Popen(
            [sys.executable, "-c", program, str(app)], cwd=ROOT, env=env, stderr=stderr_file
        )
    try:
        window = xserver.wait_window("No reload")
        xserver.request_close(window)
        assert process.wait(20) == 0
    finally:
        if process.poll() is None:
            os.kill(process.pid, 15)
            process.wait(10)
    assert "will not reload on save: watchfiles is missing" in log.read_text()
