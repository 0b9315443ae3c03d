"""FilePicker.upload() in real Chromium with the real Flet 1.0.5 client.

The app is the async era's upload example published as a site. A click on "Pick files" makes
the client open the browser's file dialog; Playwright answers it with two real files written
here (a text file and a 1.3 MB binary). "Upload" uploads them to ``page.get_upload_url(name,
600)``; the app's ``on_upload`` handler opens ``os.path.join("uploads", name)`` in Pyodide when
a file reaches 1.0 and shows the size and SHA-256 of what it read, and the progress values it
received: 0.0 and 1.0 for the small file, tenths in between for the big one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from apps import (  # noqa: F401  (fixtures)
    APPS,
    BOOT_MS,
    ModuleApp,
    open_module_app,
    shared_browser_guard,
    shared_module_guard,
)
from flutter_semantics import click_button, wait_for_text
from harness import BrowserGuard
from playwright.sync_api import Browser

NOTES = "notes: é ü\nline 2\n".encode()
BIG = bytes(range(256)) * 5200 + b"end"  # over 1 MB: progress comes in tenths


@pytest.fixture(scope="module")
def upload_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("upload") / "dist"
    with open_module_app(
        browser, module_guard, APPS / "upload" / "main.py", dist, "picked: none"
    ) as app:
        yield app


def read_back(name: str, data: bytes) -> str:
    return f"read {name}: {len(data)} bytes sha {hashlib.sha256(data).hexdigest()[:16]}"


def test_picked_files_land_in_upload_dir_with_their_bytes_and_progress_to_one(
    upload_app: ModuleApp, browser_guard: BrowserGuard, tmp_path: Path
) -> None:
    notes, big = tmp_path / "notes.txt", tmp_path / "big.bin"
    notes.write_bytes(NOTES)
    big.write_bytes(BIG)
    page = upload_app.page
    with page.expect_file_chooser(timeout=BOOT_MS) as chooser_info:
        click_button(page, "Pick files")
    chooser_info.value.set_files([notes, big])
    wait_for_text(page, "picked: notes.txt, big.bin", exact=True)

    click_button(page, "Upload")
    wait_for_text(page, read_back("notes.txt", NOTES), exact=True)
    wait_for_text(page, read_back("big.bin", BIG), exact=True)
    wait_for_text(page, "progress notes.txt: 0.0 1.0", exact=True)
    tenths = " ".join(f"{i / 10:.1f}" for i in range(11))
    wait_for_text(page, f"progress big.bin: {tenths}", exact=True)
