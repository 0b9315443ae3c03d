"""An app written for Flet 0.21-0.24 in the real client: ``ft.app`` with a view and server
options, ``import flet_core``, window settings, ``ft.Ref`` and a value object changed in place.
The ignored options and the window settings are each named once in the console, as
warnings; the app draws and answers clicks."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

from flutter_semantics import click_button, enable_semantics, wait_for_text
from harness import BrowserGuard, StaticServer
from playwright.sync_api import Page

from flet.publish import PublishOptions, publish

ServerFactory = Callable[..., StaticServer]

APP = """
from math import pi

import flet as ft
import flet_core
from flet_core.control_event import ControlEvent


def main(page: ft.page.Page):
    page.window_width = 400
    page.window_resizable = False
    page.window.always_on_top = True
    turns = ft.Ref[ft.Text]()
    box = ft.Container(width=40, height=40, bgcolor="blue", rotate=ft.transform.Rotate(0))

    def turn(e: ControlEvent):
        box.rotate.angle += pi / 2
        turns.current.value = f"angle {box.rotate.angle / pi:.1f} pi"
        page.update()

    page.add(
        flet_core.Text(f"window {page.window_width}, tab {int(page.width) > 0}"),
        box,
        ft.ElevatedButton("Turn", on_click=turn),
        ft.Text("angle 0.0 pi", ref=turns),
    )


ft.app(target=main, view=ft.AppView.FLET_APP, port=8550, web_renderer=ft.WebRenderer.HTML)
"""


def test_an_era_app_runs_and_says_once_what_the_browser_ignores(
    page: Page, tmp_path: Path, static_server: ServerFactory, browser_guard: BrowserGuard
) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "app.py").write_text(textwrap.dedent(APP).lstrip(), encoding="utf-8")
    publish(PublishOptions(app=tmp_path / "app" / "app.py", distpath=tmp_path / "dist"))
    page.goto(static_server(tmp_path / "dist").url)
    enable_semantics(page)
    wait_for_text(page, "window 400, tab True")

    click_button(page, "Turn", exact=True)
    wait_for_text(page, "angle 0.5 pi")
    click_button(page, "Turn", exact=True)
    wait_for_text(page, "angle 1.0 pi")

    warning = browser_guard.wait_for_message(page, r"ft\.app\(port=8550\) is ignored")
    assert warning.type == "warning"
    warnings = "\n".join(browser_guard.messages("warning"))
    for said in (
        "ft.app(port=8550) is ignored",
        "ft.app(view=ft.AppView.FLET_APP) is ignored",
        "ft.app(web_renderer=ft.WebRenderer.HTML) is ignored",
        "page.window settings",
    ):
        assert warnings.count(said) == 1, (said, warnings)
