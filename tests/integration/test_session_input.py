"""Events, property echoes, handler kinds and method calls through a whole session."""

import asyncio

import pytest

import flet as ft
from flet.protocol import Action
from flet.session import InvokeMethodError, InvokeTimeoutError
from tests.support.loop import run
from tests.support.simclient import start


def test_sync_async_and_lambda_handlers_all_run():
    async def scenario():
        seen = []

        async def on_async(e):
            await asyncio.sleep(0)
            seen.append("async")

        def main(page):
            page.add(
                ft.ElevatedButton("sync", on_click=lambda e: seen.append("sync")),
                ft.ElevatedButton("async", on_click=on_async),
                ft.ElevatedButton("lambda", on_click=lambda e: on_async(e)),
            )

        client, _ = await start(main)
        for name in ("sync", "async", "lambda"):
            await client.click(client.find("Button", name))
        assert seen == ["sync", "async", "async"]

    run(scenario())


def test_events_are_dispatched_in_arrival_order():
    async def scenario():
        order = []

        def main(page):
            page.add(
                ft.ElevatedButton("a", on_click=lambda e: order.append("a")),
                ft.ElevatedButton("b", on_click=lambda e: order.append("b")),
            )

        client, _ = await start(main)
        a, b = client.find("Button", "a"), client.find("Button", "b")
        for control in (b, a, b, b, a):
            client.fire(control, "click")
        await client.settle()
        assert order == ["b", "a", "b", "b", "a"]

    run(scenario())


def test_typed_text_is_in_the_model_before_on_change_and_not_sent_back():
    async def scenario():
        seen = []

        def main(page):
            field = ft.TextField(
                label="Name", on_change=lambda e: seen.append((e.data, field.value))
            )
            page.add(field)

        client, _ = await start(main)
        before = len(client.patches())
        await client.type_text(client.find("TextField"), "ab")
        assert seen == [("ab", "ab")]
        assert len(client.patches()) == before  # the echo is not sent back

    run(scenario())


def test_a_form_reads_what_the_user_entered():
    async def scenario():
        def main(page):
            name = ft.TextField(label="Name")
            agree = ft.Checkbox(label="Agree")
            result = ft.Text("")

            def submit(e):
                result.value = f"{name.value} agrees={agree.value}"

            page.add(name, agree, ft.ElevatedButton("Submit", on_click=submit), result)

        client, _ = await start(main)
        await client.type_text(client.find("TextField"), "Ada")
        await client.toggle(client.find("Checkbox"), True)
        await client.click(client.find("Button", "Submit"))
        assert "Ada agrees=True" in client.texts()

    run(scenario())


def test_several_changes_in_one_tick_coalesce_into_one_message():
    async def scenario():
        def main(page):
            text = ft.Text("0")

            def click(e):
                for n in range(5):
                    text.value = str(n)
                    text.update()
                page.update()

            page.add(text, ft.ElevatedButton("go", on_click=click))

        client, _ = await start(main)
        before = len(client.patches())
        await client.click(client.find("Button", "go"))
        assert len(client.patches()) - before == 1
        assert "4" in client.texts()

    run(scenario())


def test_invoke_method_returns_result_raises_client_errors_and_times_out():
    async def scenario():
        results = {}

        async def main(page):
            text = ft.Text("x")
            await page.add_async(text)
            session = page._session
            results["ok"] = await session.invoke_method(page, "get_device_info")
            with pytest.raises(InvokeMethodError, match="Unknown method: missing"):
                await session.invoke_method(text, "missing")
            with pytest.raises(InvokeTimeoutError, match=r"did not answer Text.slow\(\) within 2"):
                await session.invoke_method(text, "slow", timeout=2)
            results["done"] = True

        device = {"browser_name": "chrome"}
        client, _ = await start(
            main, methods={"get_device_info": lambda c, a: device}, unanswered={"slow"}
        )
        await client.settle(5)
        assert results == {"ok": device, "done": True}

    run(scenario())


def test_will_unmount_runs_when_a_user_control_leaves_the_page():
    async def scenario():
        events = []

        class Probe(ft.UserControl):
            def did_mount(self):
                events.append("mounted")

            async def will_unmount_async(self):
                events.append("unmounted")

            def build(self):
                return ft.Text("probe")

        probe = Probe()

        def main(page):
            page.add(probe, ft.ElevatedButton("remove", on_click=lambda e: page.remove(probe)))

        client, _ = await start(main)
        assert probe.page is not None
        await client.click(client.find("Button", "remove"))
        assert events == ["mounted", "unmounted"]
        assert probe.page is None and "probe" not in client.texts()

    run(scenario())


def test_page_reports_client_properties():
    async def scenario():
        pages = []
        client, _ = await start(pages.append, width=800, height=600, route="/start")
        page = pages[0]
        assert (page.window_width, page.window_height) == (800, 600)
        assert (page.route, page.platform, page.web, page.pyodide) == (
            "/start",
            "linux",
            True,
            True,
        )
        assert page.platform_brightness == "light" and page.media["orientation"] == "landscape"
        await client.resize(1024, 768)
        assert (page.width, page.height) == (1024, 768)

    run(scenario())


@pytest.mark.parametrize("spelling", ["app", "target", "app_async"])
def test_every_spelling_of_app_hands_main_to_the_runner(spelling):
    got = []

    def main(page):
        pass

    def runner(m):
        got.append(m)
        return asyncio.sleep(0)

    with ft.use_runner(runner):
        if spelling == "app":
            awaitable = ft.app(main)
        elif spelling == "target":
            awaitable = ft.app(target=main)
        else:
            awaitable = ft.app_async(main)
    awaitable.close()
    assert got == [main]


@pytest.mark.host_only
def test_app_without_a_runner_or_the_server_extra_says_how_to_run_it(
    monkeypatch: pytest.MonkeyPatch,
):
    import importlib.util

    find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "fastapi" else find_spec(name)
    )
    with pytest.raises(ft.NoRunnerError, match=r"flet-pwa\[server\].*flet publish app\.py"):
        ft.app(lambda page: None)


def test_unknown_app_option_is_an_error():
    with ft.use_runner(lambda m: asyncio.sleep(0)), pytest.raises(TypeError, match="porrt"):
        ft.app(lambda page: None, porrt=8000)


def test_register_reply_is_a_page_with_views_overlay_and_dialogs():
    async def scenario():
        client, _ = await start(lambda page: page.add(ft.Text("x")))
        action, body = client.log[0]
        assert action == Action.REGISTER_CLIENT and body["error"] == ""
        patch = body["page_patch"]
        assert patch["views"][0]["_c"] == "View"
        assert patch["_overlay"]["_c"] == "Overlay" and patch["_dialogs"]["_c"] == "Dialogs"
        assert patch["_services"]["_c"] == "ServiceRegistry"
        ids = [patch["views"][0]["_i"], patch["_overlay"]["_i"], patch["_dialogs"]["_i"]]
        assert min(ids) >= 3

    run(scenario())


def test_a_client_that_goes_away_ends_the_session_and_its_tasks():
    async def scenario():
        ticks = []

        async def main(page):
            async def tick():
                while True:
                    ticks.append(1)
                    await asyncio.sleep(1)

            page._session.spawn(tick())
            await page.add_async(ft.Text("hi"))

        client, task = await start(main)
        await client.settle(2.5)
        client.disconnect()
        await asyncio.wait_for(task, 5)
        seen = len(ticks)
        await asyncio.sleep(5)
        assert len(ticks) == seen  # the session's own tasks were cancelled

    run(scenario())
