"""Desktop mode timings: the window's start and a click's round trip (issue 18).

Runs the seed counter (tests/apps/counter_sync.py) in Flet 0.82.2's Linux desktop client on an
Xvfb started here, ``--runs`` times, and prints, per run and as medians:

- ``client``: the client program resolved from the cache (``client_executable``; warm cache)
- ``register``: ``DesktopApp.run()`` called -> the client registered (a session has a page)
- ``visible``: -> the X window titled "Counter" is visible (xdotool, polled every 10 ms)
- ``click``: xdotool click on the button (the pointer already over it) -> the counter's
  value changed in Python
- ``closed``: WM_DELETE_WINDOW sent -> ``DesktopApp.run()`` returned

    .venv/bin/python benchmarks/bench_desktop.py --runs 5
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_runtime import DesktopApp, client_executable  # noqa: E402
from tests.support.apps import load_main  # noqa: E402
from tests.support.xserver import XServer  # noqa: E402

COUNTER = ROOT / "tests" / "apps" / "counter_sync.py"


def wait(check: Any, step: float = 0.01, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        time.sleep(step)


def one_run(xserver: XServer, main: Any) -> dict[str, float]:
    marks: dict[str, float] = {}
    t0 = time.perf_counter()
    program = client_executable()
    marks["client"] = time.perf_counter() - t0
    sessions: list[Any] = []
    app = DesktopApp(main, program, env=xserver.env, on_session=sessions.append)
    thread = threading.Thread(target=lambda: asyncio.run(app.run()))
    start = time.perf_counter()
    thread.start()
    wait(lambda: sessions and sessions[0].page is not None)
    marks["register"] = time.perf_counter() - start
    window = xserver.wait_window("Counter")
    marks["visible"] = time.perf_counter() - start
    page = sessions[0].page
    text = page.controls[0].content.content
    wait(lambda: page.width)
    time.sleep(0.5)  # let the first frames settle before clicking
    width, height = xserver.geometry(window)
    before = text.value
    xserver.xdotool("mousemove", str(width - 44), str(height - 44))
    time.sleep(0.2)
    clicked = time.perf_counter()
    xserver.xdotool("click", "1")
    wait(lambda: text.value != before, step=0.001)
    marks["click"] = time.perf_counter() - clicked
    closing = time.perf_counter()
    xserver.request_close(window)
    thread.join(30)
    marks["closed"] = time.perf_counter() - closing
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")
    xserver = XServer.start()
    try:
        app_main = load_main(COUNTER)
        rows = []
        for i in range(args.runs):
            marks = one_run(xserver, app_main)
            rows.append(marks)
            print(f"run {i + 1}: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in marks.items()))
        print("median: " + ", ".join(
            f"{k} {statistics.median(r[k] for r in rows) * 1000:.0f} ms" for k in rows[0]
        ))  # fmt: skip
    finally:
        xserver.stop()
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
