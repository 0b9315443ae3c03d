"""bridge.js on its own, with a scripted stand-in worker (no Pyodide, no Flutter): the calls the
Flet client makes, buffering, failures, the loading screen, frames held behind it; and rive.js's
Rive redirect. Then the hold with the real client: it draws nothing until the app has started."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from counter_app import BOOT_MS, count_to
from flutter_semantics import enable_semantics
from harness import StaticServer
from playwright.sync_api import Page

from flet.publish import PublishResult

ServerFactory = Callable[..., StaticServer]
JS = Path(__file__).resolve().parents[2] / "pyodide_runtime" / "js"
RIVE_URL = "https://cdn.jsdelivr.net/npm/@rive-app/flutter-native-wasm@44.0.0/wasm/rive_native.js"

# Plays the worker's side of the protocol as `config.script` says.
FAKE_WORKER = """
self.onmessage = (event) => {
  const data = event.data;
  if (data && data.type === "init") {
    self.postMessage({ type: "stage", stage: "downloading" });
    if (data.config.script === "hold") {
      // answers when the test says so, on the channel "fake-worker": "ready" or "fail"
      const channel = new BroadcastChannel("fake-worker");
      channel.onmessage = (message) => self.postMessage(message.data === "ready"
        ? { type: "ready" } : { type: "failed", error: "told to fail" });
    } else if (data.config.script === "fail") {
      self.postMessage({
        type: "failed", error: "SyntaxError: invalid syntax (app.py, line 3)\\nTraceback: details",
      });
    } else {
      self.postMessage({ type: "stage", stage: "starting-app" });
      self.postMessage({ type: "ready" });
      self.postMessage(new Uint8Array([9, 9]));  // before Dart listens: must be queued
    }
  } else if (data instanceof Uint8Array) {
    self.postMessage(data.map((byte) => byte + 1));
  }
};
"""

PAGE = """<!doctype html>
<html><head><link rel="icon" href="data:,">
<script>window.fletPwa = %s;</script>
%s
<script src="flet-pwa/rive.js"></script>
<script src="flet-pwa/bridge.js"></script>
</head><body>
<div id="fletpwa-loading"><p id="fletpwa-loading-stage" role="status">Loading…</p></div>
</body></html>
"""


# The part of index.html's `flet` object bridge.js reads: the client's start, resolved by the test.
FLET_LOADED = """<script>
var flet = {};
flet.flutterAppLoaded = new Promise((resolve) => { flet.flutterAppResolve = resolve; });
</script>"""


def serve_page(
    root: Path,
    static_server: ServerFactory,
    script: str,
    worker: str = "fake-worker.mjs",
    flet_object: str = "",
) -> str:
    (root / "flet-pwa").mkdir()
    for name in ("rive.js", "bridge.js", "rive_native.js"):
        shutil.copyfile(JS / name, root / "flet-pwa" / name)
    (root / "fake-worker.mjs").write_text(FAKE_WORKER, encoding="utf-8")
    config = {
        "workerUrl": worker,
        "pyodideUrl": "pyodide/pyodide.mjs",
        "lockFileUrl": "pyodide/pyodide-lock.json",
        "appArchiveUrl": "app.zip",
        "packages": [],
        "appModule": "app",
        "buildId": "test",
        "script": script,
    }
    (root / "index.html").write_text(PAGE % (json.dumps(config), flet_object), encoding="utf-8")
    return static_server(root).url


def connect(page: Page) -> Any:
    """Call jsConnect as Dart does; the result: {ok, error, received}."""
    return page.evaluate(
        """async () => {
          const received = [];
          const result = { received };
          try {
            await jsConnect(document.URL, {}, (u8) => received.push(Array.from(u8)));
            result.ok = true;
          } catch (error) {
            result.ok = false;
            result.error = error;
          }
          return result;
        }"""
    )


def test_connect_delivers_queued_and_echoed_packets_in_order(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    page.goto(serve_page(tmp_path, static_server, "ok"))
    page.wait_for_function("() => 'initialized' in globalThis.fletPwaTimings")  # before jsConnect

    assert connect(page) == {"ok": True, "received": [[9, 9]]}
    received = page.evaluate(
        """async () => {
          const received = [];
          await jsConnect("second", {}, (u8) => received.push(Array.from(u8)));
          const data = new Uint8Array([1, 2, 3]);
          jsSend("second", data);
          const transferred = data.byteLength === 0;
          while (received.length < 2) await new Promise((r) => setTimeout(r, 10));
          jsDisconnect("second");
          return { received, transferred };
        }"""
    )
    # a second jsConnect starts a new worker; the packet buffer was transferred, not copied
    assert received == {"received": [[9, 9], [2, 3, 4]], "transferred": True}


def test_the_loading_screen_shows_stages_and_goes_after_the_first_frame(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    page.goto(serve_page(tmp_path, static_server, "ok"))
    page.wait_for_function("() => 'initialized' in globalThis.fletPwaTimings")
    assert page.get_by_role("status").text_content() == "Starting the app…"
    page.evaluate(
        """() => { window.startedEvent = new Promise((resolve) => window.addEventListener(
             "flet-pwa-started", (event) => resolve(event.detail), { once: true })); }"""
    )

    page.evaluate("window.dispatchEvent(new Event('flutter-first-frame'))")

    page.locator("#fletpwa-loading").wait_for(state="detached")
    assert page.evaluate("window.startedEvent") == {"ok": True}  # the event pwa.js waits for
    assert set(page.evaluate("globalThis.fletPwaTimings")) == {
        "downloading",
        "starting-app",
        "initialized",
        "firstFrame",
        "loadingRemoved",
    }


@pytest.mark.expect_console_errors(r"^flet-pwa: the app could not start: SyntaxError")
def test_an_error_text_rejects_connect_with_that_text(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    page.goto(serve_page(tmp_path, static_server, "fail"))

    result = connect(page)

    assert result == {
        "ok": False,
        "error": "SyntaxError: invalid syntax (app.py, line 3)\nTraceback: details",
        "received": [],
    }
    page.evaluate("window.dispatchEvent(new Event('flutter-first-frame'))")
    page.wait_for_function("() => globalThis.fletPwaStarted !== undefined")
    assert page.evaluate("globalThis.fletPwaStarted") == {"ok": False}


@pytest.mark.expect_console_errors(
    r"Failed to load resource: the server responded with a status of 404",
    r"^flet-pwa: the app could not start: Could not start the Python worker",
)
def test_a_worker_that_cannot_load_rejects_connect(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    url = serve_page(tmp_path, static_server, "ok", worker="missing-worker.mjs")
    page.goto(url)

    result = connect(page)

    assert result["ok"] is False
    assert result["error"] == (
        f"Could not start the Python worker ({url}missing-worker.mjs): "
        "the script failed to load or threw while loading"
    )


# Requests a frame callback that records its name in window.ran; returns the request's id.
REQUEST_FRAME = "(name) => requestAnimationFrame(() => window.ran.push(name))"


def tell_worker(page: Page, outcome: str) -> None:
    """Have the "hold" stand-in worker answer ``outcome`` ("ready" or "fail"); wait until the
    page has taken it."""
    page.evaluate("(text) => new BroadcastChannel('fake-worker').postMessage(text)", outcome)
    page.wait_for_function("() => globalThis.fletPwaStarted !== undefined")


def frames_ran(page: Page) -> list[str]:
    """The names of the frame callbacks that ran, 300 ms (about 18 frames) later."""
    page.wait_for_timeout(300)
    return list(page.evaluate("window.ran"))


@pytest.mark.parametrize(
    "outcome",
    [
        "ready",
        pytest.param(
            "fail",
            marks=pytest.mark.expect_console_errors(r"^flet-pwa: the app could not start: told"),
        ),
    ],
)
def test_frames_requested_after_the_client_started_wait_until_the_app_started(
    page: Page, tmp_path: Path, static_server: ServerFactory, outcome: str
) -> None:
    page.goto(serve_page(tmp_path, static_server, "hold", flet_object=FLET_LOADED))
    page.evaluate("window.ran = []")
    page.evaluate(REQUEST_FRAME, "before the client")
    assert frames_ran(page) == ["before the client"]

    page.evaluate("() => flet.flutterAppResolve()")
    page.evaluate(REQUEST_FRAME, "held")
    cancelled = page.evaluate(REQUEST_FRAME, "cancelled")
    page.evaluate("(id) => cancelAnimationFrame(id)", cancelled)
    assert frames_ran(page) == ["before the client"]  # hidden by the loading screen: not drawn

    tell_worker(page, outcome)

    assert frames_ran(page) == ["before the client", "held"]
    page.evaluate(REQUEST_FRAME, "after")
    assert frames_ran(page) == ["before the client", "held", "after"]
    assert page.evaluate("requestAnimationFrame.toString()").endswith("{ [native code] }")
    assert page.evaluate("globalThis.fletPwaStarted") == {"ok": outcome == "ready"}


def test_a_later_wrapper_of_request_animation_frame_is_kept_after_the_release(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    page.goto(serve_page(tmp_path, static_server, "hold", flet_object=FLET_LOADED))
    page.evaluate(
        """() => {
          window.ran = [];
          window.wrapped = 0;
          const inner = window.requestAnimationFrame;
          window.requestAnimationFrame = (callback) => (window.wrapped++, inner(callback));
          flet.flutterAppResolve();
        }"""
    )
    page.evaluate(REQUEST_FRAME, "held")
    assert frames_ran(page) == []

    tell_worker(page, "ready")
    page.evaluate(REQUEST_FRAME, "after")

    assert frames_ran(page) == ["held", "after"]
    assert page.evaluate("window.wrapped") == 2  # the page's own wrapper is still in place


def test_the_client_draws_no_frame_until_the_app_has_started(
    page: Page, counter_site: PublishResult, static_server: ServerFactory
) -> None:
    # Before the page's scripts: record when the client starts and when each frame callback runs.
    page.add_init_script(
        """window.frameTimes = [];
        const request = window.requestAnimationFrame;
        window.requestAnimationFrame = (callback) => request.call(window, (time) => {
          window.frameTimes.push(performance.now());
          callback(time);
        });
        window.addEventListener("DOMContentLoaded", () => flet.flutterAppLoaded.then(() => {
          window.clientStarted = performance.now();
        }));"""
    )
    page.goto(static_server(counter_site.site_dir).url)
    enable_semantics(page, timeout=BOOT_MS)
    count_to(page, 1)

    started = page.evaluate("window.clientStarted")
    initialized = page.evaluate("globalThis.fletPwaTimings.initialized")
    times = page.evaluate("window.frameTimes")
    assert started < initialized
    assert [t for t in times if started < t < initialized - 0.5] == []  # it is rounded
    assert len([t for t in times if t > initialized]) > 1  # the app's frames


def test_the_rive_runtime_comes_from_the_stand_in_and_reports_unavailable(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    url = serve_page(tmp_path, static_server, "ok")
    page.goto(url)

    outcome = page.evaluate(
        """async (riveUrl) => {
          const script = document.createElement("script");
          script.src = riveUrl;  // what main.dart.js does
          script.type = "application/javascript";
          const loaded = new Promise((resolve) => script.addEventListener("load", resolve));
          document.body.append(script);
          await loaded;
          const src = script.src;
          return window.RiveNative().then(() => ["resolved", src], () => ["rejected", src]);
        }""",
        RIVE_URL,
    )

    assert outcome == ["rejected", f"{url}flet-pwa/rive_native.js"]
