"""Views and routing through a whole session: page.go, route_change, view_pop, TemplateRoute."""

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start


def routed_app(seen, pops=None):
    """The async-era routing app: views built from page.route, AppBar back pops a view."""

    def main(page: ft.Page):
        def route_change(e: ft.RouteChangeEvent):
            seen.append(e.route)
            page.views.clear()
            page.views.append(
                ft.View("/", [ft.AppBar(title=ft.Text("Home")), ft.Text("home page")])
            )
            if page.route == "/settings":
                page.views.append(
                    ft.View("/settings", [ft.AppBar(title=ft.Text("Settings")), ft.Text("prefs")])
                )
            page.update()

        def view_pop(e: ft.ViewPopEvent):
            if pops is not None:
                pops.append(e.view)
            page.views.pop()
            page.go(page.views[-1].route)

        page.on_route_change = route_change
        page.on_view_pop = view_pop
        page.go(page.route)

    return main


def test_go_runs_on_route_change_once_shows_the_view_and_moves_the_browser():
    async def scenario():
        seen = []
        client, _ = await start(routed_app(seen))
        assert seen == ["/"] and "home page" in client.texts()

        page = client_page(client)
        page.go("/settings")
        await client.settle(0.1)
        assert seen == ["/", "/settings"]  # the client's route_change echo ran nothing
        assert "prefs" in client.texts() and "home page" not in client.texts()
        assert [c["args"] for c in client.calls("push_route")] == [{"route": "/settings"}]
        assert client.route == "/settings" and page.route == "/settings"

    run(scenario())


def test_going_to_the_same_route_again_runs_nothing():
    async def scenario():
        seen = []
        client, _ = await start(routed_app(seen))
        page = client_page(client)
        page.go("/")
        page.go("/")
        await client.settle(0.1)
        assert seen == ["/"]
        assert client.calls("push_route") == []  # the browser is already there

    run(scenario())


def test_two_gos_in_one_handler_run_twice_and_push_the_last_route_only():
    async def scenario():
        seen = []
        client, _ = await start(routed_app(seen))
        page = client_page(client)
        page.go("/a")
        page.go("/settings")
        await client.settle(0.1)
        assert seen == ["/", "/a", "/settings"]
        assert [c["args"]["route"] for c in client.calls("push_route")] == ["/settings"]

    run(scenario())


def test_go_adds_keyword_arguments_as_a_query_string():
    async def scenario():
        seen = []
        client, _ = await start(routed_app(seen))
        client_page(client).go("/search", q="flet app", page=2)
        await client.settle(0.1)
        assert seen[-1] == "/search?q=flet+app&page=2"
        assert client.route == "/search?q=flet+app&page=2"

    run(scenario())


def test_page_query_reads_the_current_route():
    async def scenario():
        seen = []

        def main(page):
            page.on_route_change = lambda e: seen.append(
                (page.query.path, page.query.get("id"), page.query.to_dict)
            )

        client, _ = await start(main)
        client_page(client).go("/item", id=7, tab="info")
        await client.settle(0.1)
        assert seen == [("/item", "7", {"id": "7", "tab": "info"})]

    run(scenario())


def test_skip_route_change_event_moves_the_browser_without_the_handler():
    async def scenario():
        seen = []
        client, _ = await start(routed_app(seen))
        client_page(client).go("/settings", skip_route_change_event=True)
        await client.settle(0.1)
        assert seen == ["/"] and client.route == "/settings"

    run(scenario())


def test_browser_back_runs_on_route_change_with_the_previous_route():
    async def scenario():
        seen = []
        client, _ = await start(routed_app(seen))
        client_page(client).go("/settings")
        await client.settle(0.1)
        await client.back()
        await client.settle(0.1)
        assert seen == ["/", "/settings", "/"]
        assert "home page" in client.texts() and "prefs" not in client.texts()
        assert client_page(client).route == "/"

    run(scenario())


def test_view_pop_gives_the_popped_view_and_go_back_runs_route_change_once():
    async def scenario():
        seen, pops = [], []
        client, _ = await start(routed_app(seen, pops))
        client_page(client).go("/settings")
        await client.settle(0.1)
        await client.pop_view()
        await client.settle(0.1)
        assert len(pops) == 1 and isinstance(pops[0], ft.View) and pops[0].route == "/settings"
        assert seen == ["/", "/settings", "/"]
        assert "home page" in client.texts() and client.route == "/"

    run(scenario())


def test_a_deep_link_starts_on_its_route():
    async def scenario():
        seen = []
        client, _ = await start(routed_app(seen), route="/settings")
        assert seen == ["/settings"] and "prefs" in client.texts()
        assert client.calls("push_route") == []

    run(scenario())


def test_go_in_main_moves_the_browser_after_the_first_reply():
    async def scenario():
        def main(page):
            page.add(ft.Text("x"))
            page.go("/start")

        client, _ = await start(main)
        assert client.route == "/start"
        assert client_page(client).route == "/start"

    run(scenario())


def test_route_change_event_data_is_the_route_as_in_flet_0_25():
    async def scenario():
        events = []

        def main(page):
            page.on_route_change = events.append

        client, _ = await start(main)
        client.history.append("/x")
        client._report_route("/x")
        await client.settle()
        (event,) = events
        assert isinstance(event, ft.RouteChangeEvent)
        assert event.route == event.data == "/x" and event.name == "route_change"

    run(scenario())


def test_template_route_in_a_route_handler():
    async def scenario():
        found = []

        def main(page):
            def route_change(e):
                route = ft.TemplateRoute(page.route)
                if route.match("/books/:id"):
                    found.append(route.id)

            page.on_route_change = route_change

        client, _ = await start(main)
        client_page(client).go("/books/42")
        await client.settle(0.1)
        assert found == ["42"]

    run(scenario())


def test_push_route_awaits_and_navigate_is_go():
    async def scenario():
        seen = []

        async def main(page):
            page.on_route_change = lambda e: seen.append(e.route)
            await page.push_route("/one")
            page.navigate("/two")

        client, _ = await start(main)
        await client.settle(0.1)
        assert seen == ["/one", "/two"] and client.route == "/two"

    run(scenario())


def client_page(client):
    """The session's page (tests call the app's API directly, as a handler would)."""
    return client.app_page


def test_keyboard_event_is_typed():
    async def scenario():
        keys = []

        def main(page):
            page.on_keyboard_event = lambda e: keys.append((e.key, e.shift, e.ctrl, e.alt, e.meta))
            page.add(ft.Text("keys"))

        client, _ = await start(main)
        await client.press_key("A", shift=True)
        await client.press_key("Enter", ctrl=True, meta=True)
        assert keys == [("A", True, False, False, False), ("Enter", False, True, False, True)]

    run(scenario())
