"""``ft.app``'s era keywords and names: accepted, and each meaningless one named once."""

import logging

import pytest

import flet as ft
from flet import _notices as notices
from flet.app import use_runner


@pytest.fixture
def fresh_notices(monkeypatch):
    """A process that has said nothing yet."""
    monkeypatch.setattr(notices, "_said", set())


def recorded_runner(seen):
    class Done:
        def __await__(self):
            return iter(())

    def runner(main):
        seen.append(main)
        return Done()

    return runner


def main(page):
    pass


def test_app_view_web_renderer_and_the_module_level_view_names():
    assert ft.AppView.WEB_BROWSER.value == ft.WEB_BROWSER == "web_browser"
    assert ft.FLET_APP == "flet_app"
    assert ft.FLET_APP_WEB == "flet_app_web"
    assert ft.FLET_APP_HIDDEN == "flet_app_hidden"
    assert ft.AppView("flet_app") is ft.AppView.FLET_APP
    assert [r.value for r in ft.WebRenderer] == ["auto", "html", "canvaskit", "skwasm"]
    assert ft.WebRenderer.CANVAS_KIT.value == "canvaskit"


def test_every_era_keyword_is_accepted_and_main_still_runs(fresh_notices, caplog):
    seen = []
    with use_runner(recorded_runner(seen)), caplog.at_level(logging.WARNING, "flet"):
        ft.app(
            target=main,
            name="app",
            host="0.0.0.0",
            port=8550,
            view=ft.AppView.FLET_APP,
            assets_dir="assets",
            upload_dir="uploads",
            web_renderer=ft.WebRenderer.HTML,
            use_color_emoji=True,
            route_url_strategy="hash",
            export_asgi_app=True,
        )
    assert seen == [main]
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 9  # one line per option given but upload_dir (FilePicker.upload's)
    assert (
        "ft.app(port=8550) is ignored: the site is static; any web server serves the dist/ folder."
        in said
    )
    assert any("ft.app(view=ft.AppView.FLET_APP) is ignored" in s for s in said)
    assert any("flet publish --web-renderer" in s for s in said)
    assert any("flet publish --route-url-strategy" in s for s in said)


def test_an_ignored_option_is_said_once_per_process(fresh_notices, caplog):
    with use_runner(recorded_runner([])), caplog.at_level(logging.WARNING, "flet"):
        for _ in range(3):
            ft.app(main, port=8550, view=ft.FLET_APP)
    assert sorted(r.getMessage().split(")")[0] for r in caplog.records) == [
        "ft.app(port=8550",
        "ft.app(view='flet_app'",
    ]


def test_options_asking_for_what_happens_anyway_are_not_mentioned(fresh_notices, caplog):
    with use_runner(recorded_runner([])), caplog.at_level(logging.WARNING, "flet"):
        ft.app(main, view=ft.AppView.WEB_BROWSER, port=0, route_url_strategy="path")
        ft.app(main, view=ft.WEB_BROWSER, web_renderer=None, export_asgi_app=False)
    assert caplog.records == []


def test_an_unknown_keyword_is_still_refused():
    with use_runner(recorded_runner([])), pytest.raises(TypeError, match="unknown option"):
        ft.app(main, prot=8550)
