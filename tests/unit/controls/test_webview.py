"""WebView: what the browser client (an iframe, flet-webview's ``webview_web.dart``) can do.

On the web the 1.0.5 client reads ``url`` once and needs it absolute (webview_flutter_web:
"LoadRequestParams#uri is required to have a scheme"); it has no methods and sends no events.
"""

import base64

import pytest

import flet as ft
import flet_webview as fwv
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def test_the_era_webview_golden_sample():
    web = ft.WebView(
        url="https://example.org/",
        javascript_enabled=True,
        prevent_link="https://example.org/private",
        bgcolor=ft.Colors.AMBER_50,
        expand=True,
        on_page_started=print,
        on_page_ended=print,
        on_web_resource_error=print,
    )
    assert client_view(web) == {
        "_c": "WebView",
        "url": "https://example.org/",
        "bgcolor": "amber50",
        "expand": True,
        "on_page_started": True,
        "on_page_ended": True,
        "on_web_resource_error": True,
    }
    assert web.javascript_enabled is True  # kept in Python: an iframe always runs scripts


@pytest.mark.parametrize("url", ["page.html", "/assets/page.html", "www.example.org", ""])
def test_an_address_the_iframe_cannot_load_is_refused_when_set(url):
    with pytest.raises(fwv.WebViewUrlError, match=r"https://|url="):
        ft.WebView(url=url)
    web = ft.WebView(url="https://example.org/")
    with pytest.raises(fwv.WebViewUrlError):
        web.url = url


def test_a_webview_without_url_is_refused_before_it_is_sent():
    with pytest.raises(fwv.WebViewUrlError, match="url="):
        ft.WebView().before_update()


def test_html_url_makes_a_data_url_the_iframe_loads():
    url = ft.WebView.html_url("<h1>Olá</h1>")
    assert url.startswith("data:text/html;charset=utf-8;base64,")
    assert base64.b64decode(url.split(",", 1)[1]).decode() == "<h1>Olá</h1>"
    assert client_view(ft.WebView(url))["url"] == url


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("reload", ()),
        ("go_back", ()),
        ("can_go_back", ()),
        ("run_javascript", ("alert(1)",)),
        ("load_html", ("<p>x</p>",)),
        ("load_request", ("https://example.org/",)),
        ("get_current_url", ()),
        ("scroll_to", (0, 10)),
        ("clear_cache", ()),
    ],
)
def test_the_mobile_methods_say_they_do_not_exist_in_the_browser(method, args):
    web = ft.WebView("https://example.org/")
    with pytest.raises(fwv.WebViewNotSupportedOnWebError, match=rf"WebView.{method}\(\).*iframe"):
        getattr(web, method)(*args)


def test_a_handler_error_from_a_method_shows_in_the_app_and_no_call_is_sent():
    def main(page: ft.Page):
        web = ft.WebView("https://example.org/")

        def go(_):
            web.reload()

        page.add(web, ft.ElevatedButton("Go", on_click=go))

    async def scenario():
        client, _ = await start(main)
        await client.click(client.find(text="Go"), settle=0.05)
        return client

    client = run(scenario())
    assert client.calls() == []
    assert any("WebViewNotSupportedOnWebError" in bar for bar in client.error_bars())


def test_the_1_0_import_name_is_the_same_class():
    assert fwv.WebView is ft.WebView
    assert fwv.RequestMethod.GET == "get" and ft.WebviewRequestMethod is fwv.RequestMethod
