"""Small apps in the style of Flet 0.21-0.24 (tests/apps/), one per part of the era's app
API, run through the simulated client."""

import logging
import math

import pytest

from flet import _notices as notices
from tests.support.apps import ROOT, load_main
from tests.support.loop import run
from tests.support.simclient import start

APPS = ROOT / "tests" / "apps"


@pytest.fixture
def fresh_notices(monkeypatch):
    monkeypatch.setattr(notices, "_said", set())


def test_app_started_with_view_and_server_options_runs_and_says_what_is_ignored(
    fresh_notices, caplog
):
    async def scenario():
        with caplog.at_level(logging.WARNING, "flet"):
            main = load_main(APPS / "app_view_options.py")
        client, _ = await start(main)
        minus, plus = (b for b in client.find_all("IconButton") if "on_click" in b.props)
        assert client.find("TextField").props["value"] == "0"
        await client.click(minus)
        await client.click(minus)
        await client.click(plus)
        assert client.find("TextField").props["value"] == "-1"

    run(scenario())
    ignored = sorted(r.getMessage().split("=")[0] for r in caplog.records)
    assert ignored == [
        "ft.app(assets_dir",
        "ft.app(host",
        "ft.app(name",
        "ft.app(port",
        "ft.app(route_url_strategy",
        "ft.app(use_color_emoji",
        "ft.app(web_renderer",
    ]  # view=WEB_BROWSER is what happens anyway; upload_dir is where FilePicker.upload writes


def test_refs_era_module_names_flet_core_version_and_utils():
    async def scenario():
        client, _ = await start(load_main(APPS / "ref_greeter.py"))
        first, last = client.find_all("TextField")
        await client.type_text(first, "Ada")
        await client.type_text(last, "Love Lace")
        await client.click(client.find("Button", "Say hello!"))
        assert "Hello, Ada Love Lace!" in client.texts()
        assert first.props.get("value") == ""
        assert first.props["focus"] == "1"  # first_name.current.focus()
        await client.type_text(last, "Ünïcode Name")
        await client.click(client.find("OutlinedButton", "Slug"))
        assert client.texts()[-1] == "unicode-name"
        assert client.texts()[0].startswith("flet 0.")

    run(scenario())


def test_window_settings_user_control_page_uid_clean_dropdown_and_tabs_theme():
    async def scenario():
        client, _ = await start(load_main(APPS / "window_and_page_api.py"), width=1000)
        assert client.texts()[0] == "window 420x640, page 1000"
        theme = client.page.props["theme"]
        assert theme["tab_bar_theme"] == {"indicator_size": "tab"}
        assert client.find("Dropdown").props["value"] == "2"
        client.fire(client.find("TextSpan"), "click")
        await client.settle()
        assert "span" in client.texts()
        await client.click(client.find("TextButton", "Fill"))
        assert len(client.find("GridView").props["controls"]) == 6
        assert "6 tiles" in client.texts()
        await client.click(client.find("TextButton", "Clear"))
        assert not client.find("GridView").props.get("controls")
        assert not any(t.startswith("tile") for t in client.texts())
        assert "cleared" in client.texts()

    run(scenario())


def test_animation_code_changing_values_in_place_reaches_the_client():
    async def scenario():
        client, _ = await start(load_main(APPS / "spin_and_shake.py"))
        box = client.find("Container")
        button = client.find("Button", "Animate!")
        await client.click(button)
        assert box.props["rotate"]["angle"] == pytest.approx(math.pi / 2)
        assert box.props["scale"] == {"scale": 1.2}
        assert box.props["offset"] == {"x": -1, "y": 0}
        assert box.props["border_radius"]["top_left"] == 8
        await client.click(button)
        assert box.props["rotate"]["angle"] == pytest.approx(math.pi)
        assert box.props["scale"] == {"scale": 1}
        assert box.props["offset"] == {"x": 0, "y": 0}
        assert box.props["border_radius"]["top_left"] == 5

    run(scenario())
