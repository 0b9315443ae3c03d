"""Page services through a whole session: client_storage, clipboard, launch_url, device info."""

import json

import pytest

import flet as ft
from flet.protocol import Action
from flet.session.storage import uses_name
from tests.support.loop import run
from tests.support.simclient import start


def stored(**values):
    """What the browser holds after Flet 0.25-style writes: JSON text per key."""
    return {k: json.dumps(v) for k, v in values.items()}


# -- client_storage ---------------------------------------------------------------------------


def test_main_reads_stored_values_synchronously():
    async def scenario():
        def main(page):
            name = page.client_storage.get("name")
            prefs = page.client_storage.get("prefs")
            page.add(ft.Text(f"hello {name}"), ft.Text(f"dark={prefs['dark']}"))

        client, _ = await start(main, storage=stored(name="Ann", prefs={"dark": True}))
        assert client.texts() == ["hello Ann", "dark=True"]
        # the mirror was loaded before main: the UI came after the storage calls
        actions = [a for a, _ in client.log]
        assert actions.index(Action.INVOKE_METHOD) < actions.index(Action.PATCH_CONTROL)
        assert [c["name"] for c in client.calls()] == ["get_keys", "get", "get"]

    run(scenario())


def test_a_handler_reads_back_what_it_set_and_the_browser_keeps_json():
    async def scenario():
        seen = []

        def main(page):
            def save(e):
                page.client_storage.set("todo", ["a", {"b": 2}])
                seen.append(page.client_storage.get("todo"))
                seen.append(page.client_storage.contains_key("todo"))

            page.add(ft.ElevatedButton("save", on_click=save))

        client, _ = await start(main)
        await client.click(client.find("Button", "save"))
        assert seen == [["a", {"b": 2}], True]
        assert json.loads(client.storage["todo"]) == ["a", {"b": 2}]

    run(scenario())


def test_remove_get_keys_and_clear_go_through_to_the_browser():
    async def scenario():
        seen = {}

        def main(page):
            store = page.client_storage

            def work(e):
                seen["keys"] = store.get_keys("app.")
                seen["removed"] = store.remove("app.a")
                seen["after"] = store.get_keys("")
                store.clear()
                seen["cleared"] = store.get_keys("")

            page.add(ft.ElevatedButton("go", on_click=work))

        client, _ = await start(main, storage=stored(**{"app.a": 1, "app.b": 2, "other": 3}))
        await client.click(client.find("Button", "go"))
        assert seen == {
            "keys": ["app.a", "app.b"],
            "removed": True,
            "after": ["app.b", "other"],
            "cleared": [],
        }
        assert client.storage == {}

    run(scenario())


def test_async_names_ask_the_browser():
    async def scenario():
        seen = []

        def main(page):
            async def work(e):
                store = page.client_storage
                assert await store.set_async("n", 5)
                client.storage["elsewhere"] = json.dumps("another tab")
                seen.append(await store.get_async("elsewhere"))
                seen.append(store.get("elsewhere"))  # the mirror learnt it
                seen.append(await store.contains_key_async("n"))
                seen.append(sorted(await store.get_keys_async("")))
                seen.append(await store.remove_async("n"))
                seen.append(await store.clear_async())

            page.add(ft.ElevatedButton("go", on_click=work))

        client, _ = await start(main)
        await client.click(client.find("Button", "go"), settle=0.1)
        assert seen == ["another tab", "another tab", True, ["elsewhere", "n"], True, True]

    run(scenario())


def test_values_stored_by_other_code_read_as_they_are():
    async def scenario():
        def main(page):
            store = page.client_storage
            page.add(ft.Text(repr([store.get("plain"), store.get("flag"), store.get("none")])))

        client, _ = await start(main, storage={"plain": "not json {", "flag": True})
        assert client.texts() == ["['not json {', True, None]"]

    run(scenario())


def test_a_value_that_is_not_json_is_a_clear_error():
    async def scenario():
        errors = []

        def main(page):
            try:
                page.client_storage.set("when", object())
            except ft.ClientStorageError as exc:
                errors.append(str(exc))

        await start(main)
        assert "cannot store object under 'when'" in errors[0]

    run(scenario())


def test_an_app_without_client_storage_starts_without_storage_calls():
    async def scenario():
        client, _ = await start(lambda page: page.add(ft.Text("plain")))
        assert client.log[0][0] == Action.REGISTER_CLIENT
        assert "plain" in str(client.log[0][1]["page_patch"])
        assert client.calls() == []

    run(scenario())


def test_storage_reached_only_by_an_unusual_path_loads_on_first_use():
    async def scenario():
        seen = []
        name = "client_" + "storage"

        def main(page):
            async def later(e):
                store = getattr(page, name)
                await store.ensure_loading()
                seen.append(store.get("k"))

            page.add(ft.ElevatedButton("go", on_click=later))

        client, _ = await start(main, storage=stored(k="v"))
        assert client.calls() == []
        await client.click(client.find("Button", "go"), settle=0.1)
        assert seen == ["v"]

    run(scenario())


def test_reading_before_the_mirror_arrived_warns():
    async def scenario():
        name = "client_" + "storage"

        def main(page):
            with pytest.warns(RuntimeWarning, match="get_async"):
                getattr(page, name).get("k")

        await start(main)

    run(scenario())


def helper_reading_storage(page):
    return page.client_storage.get("x")


class Screen:
    def build(self, page):
        return helper_reading_storage(page)


def test_uses_name_follows_functions_classes_and_closures_of_the_app():
    def direct(page):
        page.client_storage.get("x")

    def via_global(page):
        helper_reading_storage(page)

    def via_class(page):
        Screen().build(page)

    def make():
        inner = via_global

        def main(page):
            inner(page)

        return main

    def nested(page):
        def on_click(e):
            e.page.client_storage.set("a", 1)

        page.on_click = on_click

    def plain(page):
        page.add(ft.Text("x"))

    for main in (direct, via_global, via_class, make(), nested):
        assert uses_name(main, "client_storage"), main
    assert not uses_name(plain, "client_storage")


# -- clipboard, URLs, device info, session storage, tasks --------------------------------------


def test_clipboard_set_from_a_sync_handler_and_get_awaited():
    async def scenario():
        got = []

        def main(page):
            def copy(e):
                page.set_clipboard("copied text")

            async def paste(e):
                got.append(await page.get_clipboard())
                got.append(await page.get_clipboard_async())

            page.add(ft.ElevatedButton("copy", on_click=copy))
            page.add(ft.ElevatedButton("paste", on_click=paste))

        board = {}
        methods = {
            "Clipboard.set": lambda c, a: board.update(text=a["data"]),
            "Clipboard.get": lambda c, a: board.get("text"),
        }
        client, _ = await start(main, methods=methods)
        await client.click(client.find("Button", "copy"), settle=0.1)
        assert board == {"text": "copied text"}
        await client.click(client.find("Button", "paste"), settle=0.1)
        assert got == ["copied text", "copied text"]
        services = client.page.props["_services"].props["_services"]
        assert [s.type for s in services] == ["Clipboard"]

    run(scenario())


def test_launch_url_opens_a_tab_or_a_popup():
    async def scenario():
        def main(page):
            page.launch_url("https://flet.dev")
            page.launch_url("https://example.com", web_window_name="_self")
            page.launch_url("https://x.org", web_popup_window=True, window_width=400)

        methods = {"launch_url": lambda c, a: None, "open_window": lambda c, a: None}
        client, _ = await start(main, methods=methods)
        await client.settle(0.1)
        calls = [(c["name"], c["args"]) for c in client.calls()]
        assert calls == [
            ("launch_url", {"url": "https://flet.dev", "mode": "platformDefault"}),
            (
                "launch_url",
                {
                    "url": "https://example.com",
                    "mode": "platformDefault",
                    "web_only_window_name": "_self",
                },
            ),
            ("open_window", {"url": "https://x.org", "width": 400}),
        ]

    run(scenario())


def test_a_failed_call_nobody_awaits_is_logged(caplog):
    async def scenario():
        def main(page):
            page.launch_url("https://flet.dev")

        await start(main)  # the client does not know launch_url here: it answers an error

    run(scenario())
    assert "a method call failed" in caplog.text and "launch_url" in caplog.text


def test_get_device_info_reads_as_attributes():
    async def scenario():
        info = []

        async def main(page):
            device = await page.get_device_info()
            info.append((device.browser_name, device.language))

        methods = {
            "Page.get_device_info": lambda c, a: {"browser_name": "chrome", "language": "en"}
        }
        await start(main, methods=methods)
        assert info == [("chrome", "en")]

    run(scenario())


def test_session_storage_is_python_only():
    async def scenario():
        def main(page):
            page.session.set("user", {"id": 1})
            page.add(ft.Text(str(page.session.get("user"))))
            assert page.session.contains_key("user") and page.session.get_keys() == ["user"]

        client, _ = await start(main)
        assert client.texts() == ["{'id': 1}"] and client.calls() == []

    run(scenario())


def test_run_task_and_run_thread_run_on_the_loop_and_update():
    async def scenario():
        def main(page):
            text = ft.Text("0")
            page.add(text)

            async def bump(n):
                text.value = str(n)

            def sync_bump():
                text.value += "!"

            page.run_task(bump, 7)
            page.run_thread(sync_bump)

        client, _ = await start(main)
        await client.settle(0.1)
        assert client.texts() == ["7!"]

    run(scenario())
