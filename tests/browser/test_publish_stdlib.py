"""The trimmed standard library in a published app, in Chromium (flet/publish/stdlib.py).

* What apps and Pyodide's package loader use still imports: asyncio, concurrent.futures,
  json, email, tarfile, logging.config (which imports socketserver), the cp1252 codec.
* A left-out module (pdb) fails with a ModuleNotFoundError naming `--keep-stdlib pdb`, a
  left-out code page (koi8_r) with a LookupError naming `--keep-stdlib encodings.koi8_r`.
* The same app published with `--keep-stdlib pdb` imports pdb.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flutter_semantics import click_button, enable_semantics, wait_for_text
from harness import StaticServer
from playwright.sync_api import BrowserContext

from flet.publish import PublishOptions, publish

ServerFactory = Callable[..., StaticServer]
ContextFactory = Callable[..., BrowserContext]
BOOT_MS = 90_000

APP = """
import asyncio
import concurrent.futures
import email.mime.text
import json
import logging.config
import tarfile

import flet as ft


def main(page):
    message = email.mime.text.MIMEText("hi")
    imported = [
        json.dumps({"ok": 1}),
        message["Content-Type"],
        tarfile.TarInfo("a.txt").name,
        type(asyncio.get_running_loop()).__name__ != "",
        concurrent.futures.ThreadPoolExecutor.__name__,
        logging.config.dictConfig.__name__,
        "café".encode("cp1252").hex(),
    ]
    try:
        "text".encode("koi8_r")
        codec = "koi8_r encoded"
    except LookupError as error:
        codec = str(error)
    result = ft.Text("not tried")

    def import_pdb(e):
        try:
            import pdb

            result.value = f"imported {pdb.__name__}"
        except ModuleNotFoundError as error:
            result.value = str(error)
        page.update()

    page.add(
        ft.Text("imported: " + " | ".join(map(str, imported))),
        ft.Text(codec),
        ft.ElevatedButton("Import pdb", on_click=import_pdb),
        result,
    )


ft.app(main)
"""
IMPORTED = (
    'imported: {"ok": 1} | text/plain; charset="us-ascii" | a.txt | True | '
    "ThreadPoolExecutor | dictConfig | 636166e9"
)
PDB_LEFT_OUT = (
    "No module named 'pdb': the published site leaves 'pdb' out of Python's standard library; "
    "publish the app again with --keep-stdlib pdb (or --full-stdlib)"
)
KOI8_LEFT_OUT = (
    "unknown encoding: koi8_r (the published site leaves 'encodings.koi8_r' out of Python's "
    "standard library; publish the app again with --keep-stdlib encodings.koi8_r "
    "(or --full-stdlib))"
)


def publish_app(folder: Path, **options: Any) -> Path:
    app_dir = folder / "app"
    app_dir.mkdir(parents=True)
    (app_dir / "app.py").write_text(textwrap.dedent(APP).lstrip(), encoding="utf-8")
    publish(PublishOptions(app=app_dir / "app.py", distpath=folder / "dist", **options))
    return folder / "dist"


def test_trimmed_stdlib_imports_what_apps_use_and_names_the_flag_for_the_rest(
    new_context: ContextFactory, tmp_path: Path, static_server: ServerFactory
) -> None:
    trimmed = static_server(publish_app(tmp_path / "trimmed"))
    kept = static_server(publish_app(tmp_path / "kept", keep_stdlib=("pdb",)))
    context = new_context()

    page = context.new_page()
    page.goto(trimmed.url)
    enable_semantics(page, timeout=BOOT_MS)
    wait_for_text(page, IMPORTED, exact=True, timeout=BOOT_MS)
    wait_for_text(page, KOI8_LEFT_OUT, exact=True)
    click_button(page, "Import pdb")
    wait_for_text(page, PDB_LEFT_OUT, exact=True)

    other = context.new_page()
    other.goto(kept.url)
    enable_semantics(other, timeout=BOOT_MS)
    wait_for_text(other, IMPORTED, exact=True, timeout=BOOT_MS)
    click_button(other, "Import pdb")
    wait_for_text(other, "imported pdb", exact=True)
