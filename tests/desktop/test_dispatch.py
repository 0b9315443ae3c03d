"""``ft.app(main)`` with no runner: the desktop window where it can open, else the browser."""

from __future__ import annotations

import logging
from typing import Any

import pytest

import flet as ft
import server_runtime.dev
from flet import _notices as notices

pytestmark = pytest.mark.host_only


def main(page: ft.Page) -> None:
    page.add(ft.Text("hi"))


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The options ``ft.app`` hands to the browser's dev server (which is not started)."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(server_runtime.dev, "serve_main", lambda m, options: calls.append(options))
    return calls


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The desktop runs ``ft.app`` asks for (none is started; the window "can open")."""
    calls: list[dict[str, Any]] = []
    import desktop_runtime

    def run_desktop(main: Any, opening: Any = None, **kw: Any) -> None:
        if opening is not None:
            opening()
        calls.append(kw)

    monkeypatch.setattr(desktop_runtime, "run_desktop", run_desktop)
    return calls


def test_without_a_display_the_app_opens_in_the_browser_and_says_why(monkeypatch, served, caplog):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("FLET_FORCE_WEB_SERVER", raising=False)
    with caplog.at_level(logging.WARNING, logger="flet"):
        ft.app(main)
    assert served == [{"view": ft.AppView.WEB_BROWSER}]
    assert "the desktop window cannot open: there is no display" in caplog.text
    assert "The app opens in the browser" in caplog.text


@pytest.mark.parametrize(
    ("view", "hidden"), [(None, False), (ft.FLET_APP, False), (ft.FLET_APP_HIDDEN, True)]
)
def test_the_default_view_flet_app_and_flet_app_hidden_open_the_desktop(
    monkeypatch, desktop, served, view, hidden
):
    monkeypatch.delenv("FLET_FORCE_WEB_SERVER", raising=False)
    options = {} if view is None else {"view": view}
    ft.app(main, assets_dir="assets", **options)
    assert desktop == [{"hidden": hidden, "assets_dir": "assets"}]
    assert served == []


def test_options_the_window_ignores_are_said_to_be_ignored_in_a_window(
    monkeypatch, desktop, served, caplog
):
    monkeypatch.setattr(notices, "_said", set())
    monkeypatch.delenv("FLET_FORCE_WEB_SERVER", raising=False)
    with caplog.at_level(logging.WARNING, logger="flet"):
        ft.app(main, view=ft.FLET_APP, assets_dir="assets", port=8550, host="0.0.0.0")
    assert desktop == [{"hidden": False, "assets_dir": "assets"}]
    assert [r.getMessage() for r in caplog.records] == [
        "ft.app(host='0.0.0.0') is ignored: the app runs in a desktop window; no server "
        "listens (flet run --web serves it).",
        "ft.app(port=8550) is ignored: the app runs in a desktop window; no server listens "
        "(flet run --web serves it).",
    ]


@pytest.mark.parametrize("view", [ft.WEB_BROWSER, ft.AppView.FLET_APP_WEB])
def test_browser_views_export_asgi_app_and_flet_force_web_server_skip_the_desktop(
    monkeypatch, desktop, served, view
):
    monkeypatch.delenv("FLET_FORCE_WEB_SERVER", raising=False)
    ft.app(main, view=view)
    ft.app(main, export_asgi_app=True)
    monkeypatch.setenv("FLET_FORCE_WEB_SERVER", "1")
    ft.app(main)
    assert desktop == []
    assert len(served) == 3


def test_a_view_that_is_not_one_is_a_clear_error():
    with pytest.raises(TypeError, match=r"ft.app\(view='window'\) is not a view; use one of"):
        ft.app(main, view="window")
