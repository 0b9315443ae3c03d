"""The page API of the async era through a whole session: window settings kept but not
applied, ``UserControl.page`` assignable, ``uid``, ``clean()``, ``Dropdown(value=1)``,
``ft.Ref``."""

import logging

import pytest

import flet as ft
from flet import _notices as notices
from tests.support.loop import run
from tests.support.simclient import start


@pytest.fixture
def fresh_notices(monkeypatch):
    monkeypatch.setattr(notices, "_said", set())


def test_window_settings_are_kept_and_the_page_size_stays_the_browsers(fresh_notices, caplog):
    seen = {}

    async def scenario():
        def main(page):
            page.window_width = 400
            page.window_height = 300
            page.window_resizable = False
            page.window_always_on_top = True
            page.window_title_bar_hidden = True
            page.window_bgcolor = ft.Colors.TRANSPARENT
            page.window.maximized = True
            page.window.left = page.window.top = 10
            page.window_center()
            page.window.to_front()
            seen.update(
                window=(page.window_width, page.window.height, page.window.resizable),
                flags=(page.window_always_on_top, page.window_maximized, page.window_minimized),
                size=(page.width, page.height),
            )
            page.add(ft.Text("sized"))

        with caplog.at_level(logging.WARNING, "flet"):
            client, _ = await start(main, width=1000, height=700)
        assert client.texts() == ["sized"]
        assert not any(k.startswith("window") for k in client.page.props)
        await client.resize(800, 600)
        page = client.app_page
        assert (page.width, page.height) == (800, 600)
        assert page.window_width == 400

    run(scenario())
    assert seen == {
        "window": (400, 300, False),
        "flags": (True, True, None),
        "size": (1000, 700),
    }
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and "have no effect in the browser" in said[0]


def test_window_width_reads_the_tab_width_until_the_app_sets_one():
    async def scenario():
        client, _ = await start(lambda page: page.add(ft.Text("x")), width=900, height=500)
        page = client.app_page
        assert (page.window_width, page.window_height) == (900, 500)
        with pytest.raises(AttributeError, match="Did you mean 'width'"):
            page.window.widht = 3

    run(scenario())


class Counter(ft.UserControl):
    """A user control of the era: it keeps the page it is given."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.count = ft.Text("0")

    def build(self):
        return ft.Row([self.count, ft.IconButton(ft.Icons.ADD, on_click=self.add_one)])

    def add_one(self, e):
        self.count.value = str(int(self.count.value) + 1)
        self.page.update()


def test_user_control_page_assigned_in_init_keeps_working_once_mounted():
    async def scenario():
        holder = {}

        def main(page):
            holder["counter"] = Counter(page)
            assert holder["counter"].page is page
            page.add(holder["counter"])

        client, _ = await start(main)
        counter = holder["counter"]
        assert counter.page is client.app_page
        counter.page = object()  # mounted: the session's page stays
        assert counter.page is client.app_page
        await client.click(client.find("IconButton"))
        await client.click(client.find("IconButton"))
        assert client.texts() == ["2"]

    run(scenario())


def test_uid_is_what_the_events_of_the_control_carry_as_target():
    async def scenario():
        got = []
        span = ft.TextSpan("link", on_click=lambda e: got.append((e.target, e.control.uid)))

        def main(page):
            assert span.uid is None  # on no page yet
            page.add(ft.Text(spans=[span]))

        client, _ = await start(main)
        shown = client.find("TextSpan")
        assert span.uid == shown.id
        client.fire(shown, "click")
        await client.settle()
        assert got == [(shown.id, shown.id)]

    run(scenario())


@pytest.mark.parametrize(
    "make",
    [
        lambda items: ft.GridView(controls=items, runs_count=2),
        lambda items: ft.ListView(controls=items),
        lambda items: ft.Column(items),
        lambda items: ft.Row(items),
        lambda items: ft.ResponsiveRow(items),
        lambda items: ft.Stack(items),
    ],
)
def test_clean_empties_a_list_holding_control_on_the_client(make):
    async def scenario():
        holder = make([ft.Text(str(i)) for i in range(3)])

        def main(page):
            page.add(holder, ft.TextButton("Clean", on_click=lambda e: holder.clean()))

        client, _ = await start(main)
        assert client.texts() == ["0", "1", "2", "Clean"]
        await client.click(client.find("TextButton"))
        assert client.texts() == ["Clean"]
        assert holder.controls == []
        holder.controls.append(ft.Text("again"))
        await holder.update()
        assert client.texts() == ["again", "Clean"]

    run(scenario())


def test_clean_before_the_control_is_on_a_page_says_so():
    with pytest.raises(ft.ControlNotMountedError, match=r"page\.add"):
        ft.GridView(controls=[ft.Text("x")]).clean()


def test_dropdown_number_value_is_its_text_as_flet_coerced_it():
    async def scenario():
        dropdown = ft.Dropdown(
            value=1, options=[ft.dropdown.Option(1, "one"), ft.dropdown.Option(2, "two")]
        )
        assert dropdown.value == "1"

        def main(page):
            page.add(dropdown)

        client, _ = await start(main)
        shown = client.find("Dropdown")
        assert shown.props["value"] == "1"
        assert [o.props["key"] for o in shown.props["options"]] == ["1", "2"]
        dropdown.value = 2
        await dropdown.update()
        assert shown.props["value"] == "2"

    run(scenario())


def test_ref_current_is_the_mounted_control_and_updates_through_it():
    async def scenario():
        greeting = ft.Ref[ft.Text]()
        name = ft.Ref[ft.TextField]()

        def say_hello(e):
            greeting.current.value = f"Hello, {name.current.value}!"
            greeting.current.update()

        def main(page):
            page.add(
                ft.TextField(ref=name, label="Name"),
                ft.ElevatedButton("Say hello", on_click=say_hello),
                ft.Text(ref=greeting),
            )

        client, _ = await start(main)
        await client.type_text(client.find("TextField"), "Ann")
        await client.click(client.find("Button", "Say hello"))
        assert client.texts()[-1] == "Hello, Ann!"
        assert greeting.current.page is client.app_page

    run(scenario())


def test_page_login_says_at_the_call_that_oauth_is_not_supported():
    seen: list[str] = []

    def main(page: ft.Page):
        assert page.auth is None

        def sign_in(e):
            try:
                page.login(object())
            except NotImplementedError as exc:
                seen.append(str(exc))

        page.add(ft.ElevatedButton("Sign in", on_click=sign_in))

    async def scenario():
        client, _ = await start(main)
        await client.click(client.find(text="Sign in"))
        return client

    client = run(scenario())
    assert client.error_bars() == []
    assert len(seen) == 1 and "OAuth sign-in is not supported" in seen[0]
