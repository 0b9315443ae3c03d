"""See an app in the real client: publish it, open it in Chromium, save what it shows.

    .venv/bin/python scripts/look.py APP.py [--route /settings ...] [--out DIR] [--wait TEXT]

For each route (default ``/``) it saves ``DIR/<n>.png`` (a screenshot) and prints the texts of
Flutter's semantics tree, the console messages, and any "Unknown control" / "Error displaying"
box the client drew. A development aid for the control catalog; the tests live in tests/.
The server listens on 127.0.0.1 and is stopped by its PID before the script ends.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

from flutter_semantics import SEMANTICS_HOST, enable_semantics  # noqa: E402
from harness import chromium_launch_options, start_static_server  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from flet.publish import PublishOptions, publish  # noqa: E402

BAD = ("Unknown control", "Error displaying")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path)
    parser.add_argument("--route", action="append", default=None)
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="look-")))
    parser.add_argument("--wait", default=None, help="a text to wait for before the screenshot")
    parser.add_argument("--settle", type=float, default=1.5, help="seconds to wait after load")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    site = Path(tempfile.mkdtemp(prefix="look-site-")) / "dist"
    publish(PublishOptions(app=args.app.resolve(), distpath=site))
    server = start_static_server(site)
    found_bad = False
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(**chromium_launch_options())
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            page.on(
                "console",
                lambda m: "GL Driver" in m.text or print(f"console.{m.type}: {m.text}"[:400]),
            )
            page.on("pageerror", lambda e: print(f"pageerror: {e}"[:400]))
            for n, route in enumerate(args.route or ["/"]):
                page.goto(server.url.rstrip("/") + route)
                page.wait_for_function(
                    "() => 'loadingRemoved' in (globalThis.fletPwaTimings || {})", timeout=90_000
                )
                enable_semantics(page)
                if args.wait:
                    host = page.locator(SEMANTICS_HOST)
                    host.get_by_text(args.wait).or_(host.get_by_label(args.wait)).first.wait_for(
                        state="attached", timeout=60_000
                    )
                page.wait_for_timeout(args.settle * 1000)
                shot = args.out / f"{n}.png"
                page.screenshot(path=str(shot))
                texts = page.evaluate(
                    """host => [...document.querySelectorAll(host + ' *')]
                        .map(e => (e.getAttribute('aria-label') || '') + ' ' +
                             ([...e.childNodes].filter(c => c.nodeType === 3)
                              .map(c => c.textContent).join('')))
                        .map(s => s.trim()).filter(Boolean)""",
                    SEMANTICS_HOST,
                )
                bad = [t for t in texts if any(b in t for b in BAD)]
                found_bad = found_bad or bool(bad)
                print(f"== route {route}: screenshot {shot}")
                print("semantics:", " | ".join(dict.fromkeys(texts)))
                if bad:
                    print("ERROR BOXES:", bad)
            browser.close()
    finally:
        server.stop()
    return 1 if found_bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
