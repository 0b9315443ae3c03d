"""What a published app's Python prints reaches the browser console (worker.mjs):

* stdout: console.log, one message per line;
* stderr: one message per burst, console.error when it holds a traceback (an error in an event
  handler), console.warn otherwise; the app keeps running after a handler error.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from flutter_semantics import click_button, enable_semantics, wait_for_text
from harness import BrowserGuard, StaticServer
from playwright.sync_api import Page

from flet.publish import PublishOptions, publish

ServerFactory = Callable[..., StaticServer]

APP = """
import sys

import flet as ft


def main(page: ft.Page):
    def fail(e):
        raise ValueError("the handler went wrong")

    def answer(e):
        print("a warning for the console", file=sys.stderr)
        page.add(ft.Text("still alive"))

    print("hello from print")
    page.add(
        ft.ElevatedButton("Fail", on_click=fail),
        ft.ElevatedButton("Answer", on_click=answer),
    )


ft.app(main)
"""


@pytest.mark.expect_console_errors(r"ValueError: the handler went wrong")
def test_print_logs_and_a_handler_traceback_is_one_console_error(
    page: Page, tmp_path: Path, static_server: ServerFactory, browser_guard: BrowserGuard
) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "app.py").write_text(textwrap.dedent(APP).lstrip(), encoding="utf-8")
    publish(PublishOptions(app=tmp_path / "app" / "app.py", distpath=tmp_path / "dist"))
    page.goto(static_server(tmp_path / "dist").url)
    enable_semantics(page)
    wait_for_text(page, "Fail", exact=True)
    assert browser_guard.wait_for_message(page, r"^hello from print$").type == "log"

    click_button(page, "Fail", exact=True)
    error = browser_guard.wait_for_message(page, r"ValueError: the handler went wrong")
    assert error.type == "error"
    assert "Traceback (most recent call last):" in error.text  # the whole traceback, one message

    click_button(page, "Answer", exact=True)
    wait_for_text(page, "still alive")
    assert browser_guard.wait_for_message(page, r"^a warning for the console$").type == "warning"
