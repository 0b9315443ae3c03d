"""``ft.app``'s era keywords and names: accepted, and each meaningless one named once."""

import logging

import pytest

import flet as ft
from flet import _notices as notices
from flet.app import in_desktop_window, use_runner


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


def test_in_a_desktop_window_flet_app_is_not_mentioned_and_the_rest_say_it_is_a_window(
    fresh_notices, caplog
):
    seen = []
    with (
        use_runner(recorded_runner(seen)),
        in_desktop_window(),
        caplog.at_level(logging.WARNING, "flet"),
    ):
        ft.app(main, view=ft.FLET_APP)
        ft.app(main, view=ft.AppView.FLET_APP, port=0, route_url_strategy="path")
        assert caplog.records == []
        ft.app(main, view=ft.FLET_APP, port=8550, web_renderer=ft.WebRenderer.HTML)
    assert seen == [main] * 3
    said = [r.getMessage() for r in caplog.records]
    assert said == [
        "ft.app(port=8550) is ignored: the app runs in a desktop window; no server listens "
        "(flet run --web serves it).",
        "ft.app(web_renderer=ft.WebRenderer.HTML) is ignored: the app runs in a desktop "
        "window, drawn by the desktop client.",
    ]
    assert not any("browser tab" in s for s in said)


@pytest.mark.parametrize(
    ("view", "reason"),
    [
        (ft.WEB_BROWSER, "the app runs in a desktop window (flet run --web opens it in the"),
        (ft.AppView.FLET_APP_WEB, "the app runs in a desktop window (flet run --web opens"),
        (ft.FLET_APP_HIDDEN, "flet run shows the window (python app.py starts it hidden)"),
    ],
)
def test_in_a_desktop_window_another_view_is_said_to_be_ignored(
    fresh_notices, caplog, view, reason
):
    with (
        use_runner(recorded_runner([])),
        in_desktop_window(),
        caplog.at_level(logging.WARNING, "flet"),
    ):
        ft.app(main, view=view)
    [record] = caplog.records
    assert record.getMessage().startswith("ft.app(view=")
    assert reason in record.getMessage()


def test_outside_the_window_context_the_browser_notice_stays(fresh_notices, caplog):
    with use_runner(recorded_runner([])), caplog.at_level(logging.WARNING, "flet"):
        with in_desktop_window():
            pass
        ft.app(main, view=ft.FLET_APP)
    [record] = caplog.records
    assert "the app always runs in the browser tab that opened it" in record.getMessage()
