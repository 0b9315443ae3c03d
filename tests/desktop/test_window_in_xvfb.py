"""The real Flet 0.82.2 Linux desktop client in Xvfb, driven by the core over its socket.

Each test starts the client on the module's X server, looks at the window with xdotool and
screenshots, clicks with xdotool, and reads the app's state in Python.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

import flet as ft
from tests.desktop.conftest import wait_equal, wait_for
from tests.support.apps import load_main
from tests.support.xserver import XServer

pytestmark = pytest.mark.host_only

ROOT = Path(__file__).resolve().parents[2]
COUNTER = ROOT / "tests" / "apps" / "counter_sync.py"  # the seed counter: Text and a FAB
#: a Material FloatingActionButton is 56 px square, 16 px from the bottom right corner
FAB_FROM_CORNER = 16 + 56 // 2


def dark_pixels(image: Image.Image) -> int:
    """Pixels of text (dark) in ``image``; the page's background is light."""
    histogram = image.convert("L").histogram()
    return sum(histogram[:100])


def counter_text(page: Any) -> str:
    return str(page.controls[0].content.content.value)


def test_the_counter_opens_and_an_xdotool_click_reaches_python(xserver: XServer, run_app):
    running = run_app(load_main(COUNTER))
    window = xserver.wait_window("Counter")  # page.title is the window's title
    page = running.page
    width, height = xserver.geometry(window)
    middle = (width // 2 - 100, height // 2 - 60, width // 2 + 100, height // 2 + 60)
    before = wait_for(
        lambda: (shot := xserver.screenshot().crop(middle)) and dark_pixels(shot) > 50 and shot,
        "the counter's 0 drawn in the middle of the window",
    )
    assert counter_text(page) == "0"

    xserver.click(width - FAB_FROM_CORNER, height - FAB_FROM_CORNER)

    wait_for(lambda: counter_text(page) == "1", "the click reached the handler in Python")
    wait_for(
        lambda: (shot := xserver.screenshot().crop(middle)) and shot.tobytes() != before.tobytes()
        and dark_pixels(shot) > 50 and shot,
        "the window shows the new count",
    )  # fmt: skip

    xserver.request_close(window)
    running.wait_ended()


def sized(page: ft.Page) -> None:
    page.title = "Sized"
    page.window_width = 640
    page.window_height = 480
    page.add(ft.Text("A window of its own size"))


def test_the_window_size_set_from_python_is_the_x_windows_size(xserver: XServer, run_app):
    running = run_app(sized)
    window = xserver.wait_window("Sized")
    page = running.page
    wait_equal(lambda: xserver.geometry(window), (640, 480), "the X window's size")
    wait_equal(lambda: (page.width, page.height), (640, 480), "the page's size")

    page.window_width = 900  # from this (non-loop) thread, as a handler thread would
    page.window_resizable = False
    wait_equal(lambda: xserver.geometry(window), (900, 480), "the window grew")
    page.window_height = 300
    wait_equal(lambda: xserver.geometry(window), (900, 300), "a fixed-size window resized")
    assert page.window_resizable is False
    wait_equal(lambda: (page.window_width, page.window_height), (900, 300), "reported back")

    page.window_center()  # on the 1280x800 screen
    wait_equal(lambda: xserver.position(window), ((1280 - 900) // 2, (800 - 300) // 2), "centre")

    xserver.request_close(window)
    running.wait_ended()


def hidden(page: ft.Page) -> None:
    page.title = "Hidden"
    page.add(ft.Text("Shown on request"))


def test_flet_app_hidden_starts_hidden_until_the_app_shows_the_window(xserver: XServer, run_app):
    running = run_app(hidden, hidden=True)
    page = running.page
    window = xserver.wait_window("Hidden", visible_only=False)
    wait_equal(lambda: xserver.windows("Hidden", visible_only=True), [], "visible windows")
    assert page.window_visible is False

    page.window_visible = True
    assert xserver.wait_window("Hidden", visible_only=True) == window

    xserver.request_close(window)
    running.wait_ended()


def closing(page: ft.Page) -> None:
    page.title = "Closing"
    page.window_prevent_close = True
    seen: list[str] = []

    def on_window_event(e: Any) -> None:  # a sync handler: it runs in a thread
        seen.append(e.data)
        if e.data == "close":
            page.add(ft.Text("Saving..."))
            page.window_destroy()

    page.on_window_event = on_window_event
    page.data = seen
    page.add(ft.Text("Close me"))


def test_a_prevented_close_reaches_the_window_event_handler_which_destroys_the_window(
    xserver: XServer, run_app
):
    # Started hidden: the client hides the window after it applied prevent_close (in the
    # same update, earlier), so once it is hidden a close request meets prevent_close.
    running = run_app(closing, hidden=True)
    page = running.page
    window = xserver.wait_window("Closing", visible_only=False)
    wait_equal(lambda: xserver.windows("Closing", visible_only=True), [], "visible windows")
    page.window_visible = True
    xserver.wait_window("Closing")

    xserver.request_close(window)

    running.wait_ended()
    assert "close" in page.data
    assert [c.value for c in page.controls] == ["Close me", "Saving..."]


RUN_COUNTER = {
    "python app.py": [sys.executable, str(COUNTER)],
    "flet run app.py": [sys.executable, "-m", "flet.cli", "run", str(COUNTER)],
}


@pytest.mark.parametrize("command", RUN_COUNTER)
def test_the_window_opens_and_closing_it_ends_the_app(xserver: XServer, command: str):
    env = {**xserver.env, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(RUN_COUNTER[command], cwd=ROOT, env=env)
    try:
        window = xserver.wait_window("Counter")
        xserver.request_close(window)
        assert process.wait(20) == 0
        assert xserver.windows("Counter") == []
    finally:
        if process.poll() is None:
            os.kill(process.pid, 15)
            process.wait(10)


def farewell(page: ft.Page) -> None:
    page.title = "Farewell"
    page.data = []

    def on_disconnect(e: Any) -> None:  # sync handlers: they run in the app's threads
        page.data.append(("disconnect", threading.current_thread().name))

    def on_close(e: Any) -> None:
        time.sleep(0.5)  # still running when the window is long gone
        page.data.append(("close", threading.current_thread().name))

    page.on_disconnect = on_disconnect
    page.on_close = on_close
    page.add(ft.Text("Close me"))


def test_closing_the_window_runs_on_disconnect_then_on_close_before_the_app_ends(
    xserver: XServer, run_app
):
    running = run_app(farewell)
    window = xserver.wait_window("Farewell")
    page = running.page

    xserver.request_close(window)

    running.wait_ended()
    assert [name for name, _ in page.data] == ["disconnect", "close"]
    assert all(thread.startswith("flet-handler") for _, thread in page.data)
    assert running.session is not None and running.session.closed


FAREWELL_SCRIPT = """
import flet as ft

def main(page):
    page.title = "Farewell"
    page.on_close = lambda e: print("on_close ran", flush=True)
    page.add(ft.Text("Close me"))

ft.app(main)
"""


@pytest.mark.parametrize("ending", ["the window closes", "python gets SIGTERM"])
def test_python_app_py_prints_from_on_close_when_it_ends(
    xserver: XServer, tmp_path: Path, ending: str
):
    script = tmp_path / "farewell.py"
    script.write_text(FAREWELL_SCRIPT)
    env = {**xserver.env, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(script)], cwd=tmp_path, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        window = xserver.wait_window("Farewell")
        if ending == "the window closes":
            xserver.request_close(window)
        else:
            process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=20)
        assert process.returncode == 0
        assert out.splitlines() == ["on_close ran"]
        assert xserver.windows("Farewell") == []
    finally:
        if process.poll() is None:
            os.kill(process.pid, 15)
            process.wait(10)


NOTICED_SCRIPT = """
import flet as ft

def main(page):
    page.title = "Noticed"
    page.add(ft.Text("Options"))

ft.app(main, view=ft.FLET_APP, port=8550)
"""


@pytest.mark.parametrize("command", ["python app.py", "flet run app.py"])
def test_ignored_options_are_said_to_be_ignored_in_a_window_and_flet_app_is_not(
    xserver: XServer, tmp_path: Path, command: str
):
    script = tmp_path / "noticed.py"
    script.write_text(NOTICED_SCRIPT)
    args = {"python app.py": [], "flet run app.py": ["-m", "flet.cli", "run"]}[command]
    env = {**xserver.env, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, *args, str(script)], cwd=tmp_path, env=env, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        window = xserver.wait_window("Noticed")
        xserver.request_close(window)
        _, err = process.communicate(timeout=20)
        assert process.returncode == 0
        notices = [line for line in err.splitlines() if line.startswith("ft.app(")]
        assert notices == [
            "ft.app(port=8550) is ignored: the app runs in a desktop window; no server listens "
            "(flet run --web serves it)."
        ]
    finally:
        if process.poll() is None:
            os.kill(process.pid, 15)
            process.wait(10)
