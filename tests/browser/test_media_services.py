"""FilePicker and Audio in real Chromium with the real Flet 1.0.5 client.

A click on "Pick files" reaches Python, whose ``pick_files`` call makes the client open the
browser's file dialog; Playwright answers the dialog with two files made here, and the test
reads what ``on_result`` wrote: each file's name and size, and the length and SHA-256 of the
bytes Python received. "Save report" makes the browser download bytes made in Python.
"Play" plays a 0.6 s tone given as ``src_base64``: Python hears ``loaded``, the duration and
the states the browser's player went through.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

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

# binary content with every byte value, and a text file
BLOB = bytes(range(256)) * 12 + b"\x00end"
NOTES = "notes: é ü\n".encode()


@pytest.fixture(scope="module")
def picker_app(
    browser: Browser, module_guard: BrowserGuard, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleApp]:
    dist = tmp_path_factory.mktemp("media_services") / "dist"
    with open_module_app(
        browser, module_guard, APPS / "media_services" / "main.py", dist, "picked: none"
    ) as app:
        yield app


def summary(name: str, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()[:16]
    return f"picked: {name} size {len(data)} got {len(data)} sha {sha} path None"


def test_picked_files_reach_python_with_name_size_and_bytes(
    picker_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = picker_app.page
    with page.expect_file_chooser(timeout=BOOT_MS) as chooser_info:
        click_button(page, "Pick files")
    chooser = chooser_info.value
    assert chooser.is_multiple()
    chooser.set_files(
        [
            {"name": "blob.bin", "mimeType": "application/octet-stream", "buffer": BLOB},
            {"name": "notes.txt", "mimeType": "text/plain", "buffer": NOTES},
        ]
    )
    wait_for_text(page, summary("blob.bin", BLOB), exact=True)
    wait_for_text(page, summary("notes.txt", NOTES), exact=True)


def test_save_file_downloads_the_bytes_python_made(
    picker_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = picker_app.page
    with page.expect_download(timeout=BOOT_MS) as download_info:
        click_button(page, "Save report")
    download = download_info.value
    assert download.suggested_filename == "report.csv"
    path = download.path()
    assert path.read_bytes() == b"name,score\nada,3\n"
    wait_for_text(page, "saved: path None", exact=True)


def test_audio_loads_plays_and_reports_its_states_to_python(
    picker_app: ModuleApp, browser_guard: BrowserGuard
) -> None:
    page = picker_app.page
    wait_for_text(page, "audio: loaded", exact=True)
    click_button(page, "Play")
    wait_for_text(page, "states: playing completed", exact=False)
    wait_for_text(page, "duration: 600", exact=True)  # on_duration_changed
    click_button(page, "Ask duration")
    wait_for_text(page, "asked duration: 600", exact=True)
