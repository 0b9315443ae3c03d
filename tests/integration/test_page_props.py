"""Page properties through a whole session: what the client's page and first view receive."""

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import shape


def page_props(client):
    props = client.page.props
    return {k: shape(v) for k, v in props.items() if not k.startswith("_") and k != "views"}


def test_page_level_properties_reach_the_page():
    async def scenario():
        def main(page):
            page.title = "My app"
            page.theme_mode = ft.ThemeMode.DARK
            page.theme = ft.Theme(color_scheme_seed="green")
            page.dark_theme = {"color_scheme_seed": "blue"}
            page.fonts = {"Pacifico": "fonts/Pacifico.ttf"}
            page.rtl = True
            page.show_semantics_debugger = False
            page.add(ft.Text("x"))

        client, _ = await start(main)
        assert page_props(client) == {
            "title": "My app",
            "theme_mode": "dark",
            "theme": {"color_scheme_seed": "green", "page_transitions": {}},
            "dark_theme": {"color_scheme_seed": "blue"},
            "fonts": {"Pacifico": "fonts/Pacifico.ttf"},
            "rtl": True,
            "show_semantics_debugger": False,
        }

    run(scenario())


def test_layout_properties_live_on_the_first_view():
    async def scenario():
        def main(page):
            page.padding = 0
            page.spacing = 4
            page.scroll = ft.ScrollMode.AUTO
            page.bgcolor = ft.Colors.AMBER_100
            page.vertical_alignment = ft.MainAxisAlignment.CENTER
            page.horizontal_alignment = ft.CrossAxisAlignment.CENTER
            page.add(ft.Text("x"))

        client, _ = await start(main)
        view = shape(client.page.props["views"][0])
        assert {k: view[k] for k in view if k not in ("_c", "controls", "route", "_internals")} == {
            "padding": 0,
            "spacing": 4,
            "scroll": "auto",
            "bgcolor": "amber100",
            "vertical_alignment": "center",
            "horizontal_alignment": "center",
        }

    run(scenario())


def test_client_reported_values_are_readable_and_never_sent_back():
    async def scenario():
        seen = {}

        def main(page):
            seen.update(
                platform=page.platform,
                web=page.web,
                pwa=page.pwa,
                route=page.route,
                size=(page.window_width, page.window_height),
            )
            page.add(ft.Text("x"))

        client, _ = await start(main, width=800, height=600)
        assert seen == {
            "platform": "linux",
            "web": True,
            "pwa": False,
            "route": "/",
            "size": (800, 600),
        }
        assert page_props(client) == {}

    run(scenario())


def test_platform_brightness_change_and_resize_events():
    async def scenario():
        seen = []

        def main(page):
            page.on_platform_brightness_change = lambda e: seen.append(("brightness", e.data))
            page.on_resize = lambda e: seen.append(("resize", e.width, page.width))
            page.add(ft.Text("x"))

        client, _ = await start(main)
        await client.resize(640, 480)
        assert seen == [("brightness", "light"), ("resize", 640, 640)]
        assert client.page.props["on_platform_brightness_change"] is True

    run(scenario())


def test_event_flags_are_sent_for_page_handlers():
    async def scenario():
        def main(page):
            page.on_route_change = lambda e: None
            page.on_view_pop = lambda e: None
            page.on_keyboard_event = lambda e: None

        client, _ = await start(main)
        flags = {k for k, v in client.page.props.items() if k.startswith("on_") and v is True}
        assert flags == {"on_route_change", "on_view_pop", "on_keyboard_event"}

    run(scenario())
