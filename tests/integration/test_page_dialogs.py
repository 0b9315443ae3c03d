"""Dialogs and overlays through a whole session: every async-era spelling reaches ``_dialogs``."""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start


def hosted(client, host):
    """The controls the client holds in the page's ``_dialogs`` or ``_overlay``."""
    return client.page.props[host].props.get("controls") or []


def alert(**kwargs):
    return ft.AlertDialog(title=ft.Text("Sure?"), actions=[ft.TextButton("OK")], **kwargs)


SPELLINGS = {
    "page.dialog": lambda page, d: (setattr(page, "dialog", d), setattr(d, "open", True)),
    "page.overlay": lambda page, d: (page.overlay.append(d), setattr(d, "open", True)),
    "page.open": lambda page, d: page.open(d),
    "page.show_dialog": lambda page, d: page.show_dialog(d),
}


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_each_spelling_shows_the_dialog_from_dialogs_and_a_dismiss_closes_it(spelling):
    async def scenario():
        dismissed = []
        dlg = alert(on_dismiss=lambda e: dismissed.append(dlg.open))

        def main(page):
            page.add(ft.ElevatedButton("ask", on_click=lambda e: SPELLINGS[spelling](page, dlg)))

        client, _ = await start(main)
        assert hosted(client, "_dialogs") == []
        await client.click(client.find("Button", "ask"))
        shown = client.find("AlertDialog")
        assert shown.props["open"] is True and hosted(client, "_dialogs") == [shown]
        assert hosted(client, "_overlay") == []

        await client.dismiss(shown)
        assert dlg.open is False and dismissed == [False]
        assert "Sure?" not in client.texts()

    run(scenario())


@pytest.mark.parametrize(
    ("slot", "make"),
    [
        ("snack_bar", lambda: ft.SnackBar(ft.Text("Saved"))),
        ("banner", lambda: ft.Banner(ft.Text("Offline"), actions=[ft.TextButton("OK")])),
        ("bottom_sheet", lambda: ft.BottomSheet(ft.Text("Sheet"))),
    ],
)
def test_async_era_slots_show_snack_bars_banners_and_bottom_sheets(slot, make):
    async def scenario():
        def show(page):
            setattr(page, slot, make())
            getattr(page, slot).open = True
            page.update()

        def main(page):
            page.add(ft.ElevatedButton("show", on_click=lambda e: show(page)))

        client, _ = await start(main)
        await client.click(client.find("Button", "show"))
        (shown,) = hosted(client, "_dialogs")
        assert shown.props["open"] is True
        assert shown.type == type(getattr(client.app_page, slot)).control_type

    run(scenario())


def test_show_and_close_methods_of_flet_0_21():
    async def scenario():
        def main(page):
            page.show_snack_bar(ft.SnackBar(ft.Text("hi")))
            page.show_banner(ft.Banner(ft.Text("b"), actions=[ft.TextButton("x")]))
            page.show_bottom_sheet(ft.BottomSheet(ft.Text("s")))
            page.show_dialog(alert())

        client, _ = await start(main)
        kinds = {c.type: bool(c.props.get("open")) for c in hosted(client, "_dialogs")}
        assert kinds == {"SnackBar": True, "Banner": True, "BottomSheet": True, "AlertDialog": True}
        page = client.app_page
        page.close_dialog()
        page.close_banner()
        page.close_bottom_sheet()
        await client.settle()
        kinds = {c.type: bool(c.props.get("open")) for c in hosted(client, "_dialogs")}
        assert kinds == {
            "SnackBar": True,
            "Banner": False,
            "BottomSheet": False,
            "AlertDialog": False,
        }

    run(scenario())


def test_dialog_ids_stay_the_same_across_updates_and_reopening():
    async def scenario():
        dlg = alert()

        def main(page):
            page.dialog = dlg
            page.add(ft.Text("x"))

        client, _ = await start(main)
        (first,) = hosted(client, "_dialogs")
        page = client.app_page
        for _ in range(3):
            dlg.open = True
            page.update()
            await client.settle()
            await client.dismiss(client.find("AlertDialog"))
            page.add(ft.Text("more"))
            await client.settle()
        (last,) = hosted(client, "_dialogs")
        assert last.id == first.id

    run(scenario())


def test_page_close_sets_open_false_and_page_open_drops_closed_ones():
    async def scenario():
        def main(page):
            page.add(ft.Text("x"))

        client, _ = await start(main)
        page = client.app_page
        bars = [ft.SnackBar(ft.Text(f"bar {i}")) for i in range(5)]
        for bar in bars:
            page.open(bar)
            await client.settle()
            page.close(bar)
            await client.settle()
        assert bars[-1].open is False
        assert len(hosted(client, "_dialogs")) == 1  # earlier closed bars were dropped

    run(scenario())


def test_overlay_keeps_other_controls_and_sends_dialogs_to_dialogs():
    async def scenario():
        def main(page):
            page.overlay.append(ft.Container(ft.Text("floating"), left=10, top=10))
            page.overlay.append(ft.DatePicker())
            page.add(ft.Text("body"))

        client, _ = await start(main)
        assert [c.type for c in hosted(client, "_overlay")] == ["Container"]
        assert [c.type for c in hosted(client, "_dialogs")] == ["DatePicker"]
        assert "floating" in client.texts()

    run(scenario())


def test_pop_dialog_closes_the_top_open_dialog():
    async def scenario():
        first, second = alert(), alert()

        def main(page):
            page.open(first)
            page.open(second)

        client, _ = await start(main)
        assert client.app_page.pop_dialog() is second
        await client.settle()
        assert [bool(c.props.get("open")) for c in hosted(client, "_dialogs")] == [True, False]

    run(scenario())


def test_page_open_refuses_controls_that_do_not_open():
    async def scenario():
        errors = []

        def main(page):
            try:
                page.open(ft.Text("x"))
            except TypeError as exc:
                errors.append(str(exc))

        await start(main)
        assert errors and "has no 'open'" in errors[0]

    run(scenario())


def test_a_drawer_opens_by_a_view_method_call_and_a_dismiss_closes_it():
    async def scenario():
        drawer = ft.NavigationDrawer(
            controls=[ft.NavigationDrawerDestination(label="One", icon=ft.Icons.HOME)]
        )

        def main(page):
            page.add(ft.ElevatedButton("menu", on_click=lambda e: page.open(drawer)))

        client, _ = await start(main, methods={"View.show_drawer": lambda c, a: None})
        await client.click(client.find("Button", "menu"))
        await client.settle(0.5)  # a new drawer gets a few frames to be built first
        (call,) = client.calls("show_drawer")
        view = client.page.props["views"][-1]
        assert call["control_id"] == view.id and view.props["drawer"].type == "NavigationDrawer"
        assert drawer.open is True

        client.send_event(view.props["drawer"], "dismiss")  # the client always sends it
        await client.settle()
        assert drawer.open is False
        await client.click(client.find("Button", "menu"))
        await client.settle()
        assert len(client.calls("show_drawer")) == 2  # no wait: the client has it already

    run(scenario())


def test_async_era_drawer_open_flag_opens_and_closes_it():
    async def scenario():
        drawer = ft.NavigationDrawer(
            controls=[ft.NavigationDrawerDestination(label="One", icon=ft.Icons.HOME)]
        )

        def main(page):
            page.drawer = drawer
            page.add(ft.Text("x"))

        methods = {"View.show_drawer": lambda c, a: None, "View.close_drawer": lambda c, a: None}
        client, _ = await start(main, methods=methods)
        page = client.app_page
        drawer.open = True
        page.update()
        await client.settle()
        drawer.open = False
        drawer.update()
        await client.settle()
        assert [c["name"] for c in client.calls()] == ["show_drawer", "close_drawer"]

    run(scenario())


def test_the_error_snack_bar_shares_dialogs_with_the_app():
    async def scenario():
        def boom(e):
            raise ValueError("bad")

        def main(page):
            page.snack_bar = ft.SnackBar(ft.Text("app bar"))
            page.add(ft.ElevatedButton("boom", on_click=boom))

        client, _ = await start(main)
        await client.click(client.find("Button", "boom"))
        await client.click(client.find("Button", "boom"))
        types = [c.type for c in hosted(client, "_dialogs")]
        assert types == ["SnackBar", "SnackBar"]  # the app's and one error bar
        assert any("ValueError: bad" in t for t in client.texts())

    run(scenario())
