"""An app whose main() raises: the real client shows why, never its endless "Working..." spinner.

If main drew something before it raised, that stays drawn and the error bar shows the error's
first line; if it drew nothing, the client's "Error running app" card does. The Python traceback
is logged to the console (declared below); the client itself must log no error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from flutter_semantics import enable_semantics, semantics_texts, wait_for_text
from harness import StaticServer
from playwright.sync_api import Page
from test_publish_start_errors import CARD_PREFIX, browser_context_args, card_message, publish_app

ServerFactory = Callable[..., StaticServer]
TRACEBACK = r"^(Error in main\(\):\n)?Traceback \(most recent call last\):"

__all__ = ["browser_context_args"]  # the fixture (clipboard permissions) is used here too


@pytest.mark.expect_console_errors(TRACEBACK)
def test_main_raising_after_page_add_keeps_what_it_drew_and_shows_the_error(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    site = publish_app(
        tmp_path,
        """
        import flet as ft

        def main(page: ft.Page):
            page.add(ft.Text("drawn before the error"))
            raise RuntimeError("main broke late\\nsecond line")

        ft.app(main)
        """,
    )
    page.goto(static_server(site).url)
    enable_semantics(page)

    wait_for_text(page, "Error in main(): RuntimeError: main broke late")
    texts = semantics_texts(page)
    assert "drawn before the error" in texts
    assert not any("second line" in text for text in texts)  # the first line only
    assert "Working..." not in texts


@pytest.mark.expect_console_errors(TRACEBACK)
def test_main_raising_before_drawing_shows_the_error_card(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    site = publish_app(
        tmp_path,
        """
        import flet as ft

        def main(page: ft.Page):
            page.title = "nothing drawn yet"
            raise RuntimeError("main broke early")

        ft.app(main)
        """,
    )
    page.goto(static_server(site).url)
    enable_semantics(page)

    assert card_message(page) == CARD_PREFIX + "RuntimeError: main broke early"
