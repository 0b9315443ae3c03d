"""AlertDialog, BottomSheet, Banner, SnackBar on the wire, and their dismissal.

Shapes follow protocol §12.3 and the 1.0.5 SDK. When the user dismisses one, the 1.0.5 client
(main.dart.js) echoes ``open: false`` and sends ``dismiss``; SnackBar and Banner first echo
``_dismissed: true``, and while that is set the client will not show them again.
"""

import pytest

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

WARNING = 74071


def in_overlay(page, control):
    page.overlay.append(control)


def view(control):
    return client_view(control, place=in_overlay)


async def echo(client, control, props):
    client.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": props})
    control.props.update(props)
    await client.settle()


async def user_dismisses(client, control, reopenable=False):
    """What the 1.0.5 client sends when the user closes a dialog."""
    if reopenable:
        await echo(client, control, {"_dismissed": True})
    await echo(client, control, {"open": False})
    client.fire(control, "dismiss")
    await client.settle()


def on_client(client, control):
    return client.index[control.page._session._ids.id_of(control)]


@pytest.mark.parametrize("cls", [ft.AlertDialog, ft.BottomSheet, ft.Banner, ft.SnackBar])
def test_every_dialog_says_it_is_one(cls):
    assert cls.dialog is True


# -- SnackBar --------------------------------------------------------------------------------


def test_snack_bar_golden_sample_without_the_default_duration():
    # Flet 1.0.5 also sends "duration": {"milliseconds": 4000}, the client's own default
    bar = ft.SnackBar(ft.Text("snack"), open=True)
    assert view(bar) == {
        "_c": "SnackBar",
        "open": True,
        "content": {"_c": "Text", "value": "snack"},
    }


def test_snack_bar_properties():
    bar = ft.SnackBar(
        "plain text",
        open=True,
        action="Undo",
        behavior=ft.SnackBarBehavior.FLOATING,
        show_close_icon=True,
        bgcolor="error",
        duration=2000,
        width=300,
        on_action=print,
        on_dismiss=print,
    )
    assert view(bar) == {
        "_c": "SnackBar",
        "open": True,
        "content": "plain text",
        "action": "Undo",
        "behavior": "floating",
        "show_close_icon": True,
        "bgcolor": "error",
        "duration": 2000,
        "width": 300,
        "on_action": True,
        "on_dismiss": True,
    }


def test_snack_bar_action_color_sends_an_action_control_whose_click_is_on_action():
    async def scenario():
        seen = []
        bar = ft.SnackBar(
            ft.Text("saved"),
            open=True,
            action="Undo",
            action_color="yellow",
            on_action=lambda e: seen.append(type(e.control).__name__),
        )

        def main(page):
            page.overlay.append(bar)
            page.update()

        client, _ = await start(main)
        action = on_client(client, bar).props["action"]
        assert (action.type, action.props) == (
            "SnackBar",
            {"label": "Undo", "text_color": "yellow", "on_click": True},
        )
        client.fire(action, "click")
        await client.settle()
        assert seen == ["SnackBar"]

    run(scenario())


def test_a_dismissed_snack_bar_shows_again_when_opened_again():
    async def scenario():
        seen = []
        bar = ft.SnackBar(ft.Text("hi"), on_dismiss=lambda e: seen.append(bar.open))

        def main(page):
            page.overlay.append(bar)
            page.add(ft.ElevatedButton("show", on_click=lambda e: setattr(bar, "open", True)))

        client, _ = await start(main)
        shown = on_client(client, bar)
        await client.click(client.find("Button", "show"))
        assert shown.props["open"] is True
        await user_dismisses(client, shown, reopenable=True)
        assert seen == [False]
        await client.click(client.find("Button", "show"))
        # same control on the client, open again and no longer marked dismissed
        assert on_client(client, bar) is shown
        assert shown.props["open"] is True and shown.props["_dismissed"] is None

    run(scenario())


# -- AlertDialog -----------------------------------------------------------------------------


def test_alert_dialog_shape():
    dlg = ft.AlertDialog(
        modal=True,
        title=ft.Text("Please confirm"),
        content=ft.Text("Delete it?"),
        actions=[ft.ElevatedButton("Yes"), ft.ElevatedButton("No")],
        actions_alignment=ft.MainAxisAlignment.END,
        content_padding=10,
        open=True,
        surface_tint_color="red",
        on_dismiss=print,
    )
    assert view(dlg) == {
        "_c": "AlertDialog",
        "open": True,
        "modal": True,
        "title": {"_c": "Text", "value": "Please confirm"},
        "content": {"_c": "Text", "value": "Delete it?"},
        "actions": [{"_c": "Button", "content": "Yes"}, {"_c": "Button", "content": "No"}],
        "actions_alignment": "end",
        "content_padding": 10,
        "on_dismiss": True,
    }


def test_alert_dialog_title_may_be_text():
    assert view(ft.AlertDialog(title="Plain", open=True)) == {
        "_c": "AlertDialog",
        "open": True,
        "title": "Plain",
    }


def test_dismissing_an_alert_dialog_sets_open_false_before_on_dismiss():
    async def scenario():
        seen = []
        dlg = ft.AlertDialog(
            title=ft.Text("Hi"), open=True, on_dismiss=lambda e: seen.append((dlg.open, e.data))
        )

        def main(page):
            page.overlay.append(dlg)
            page.update()

        client, _ = await start(main)
        before = len(client.patches())
        await user_dismisses(client, on_client(client, dlg))
        assert seen == [(False, None)]
        assert len(client.patches()) == before  # the echo is not sent back
        dlg.open = True
        await dlg.update()
        await client.settle()
        assert on_client(client, dlg).props["open"] is True

    run(scenario())


# -- BottomSheet -----------------------------------------------------------------------------


def test_bottom_sheet_shape_and_async_era_names():
    sheet = ft.BottomSheet(
        ft.Text("Sheet"),
        True,
        show_drag_handle=True,
        enable_drag=True,
        is_scroll_controlled=True,
        dismissible=False,
        bgcolor="surface",
        on_dismiss=print,
    )
    assert sheet.draggable is True and sheet.scrollable is True
    assert view(sheet) == {
        "_c": "BottomSheet",
        "open": True,
        "content": {"_c": "Text", "value": "Sheet"},
        "show_drag_handle": True,
        "draggable": True,
        "scrollable": True,
        "dismissible": False,
        "bgcolor": "surface",
        "on_dismiss": True,
    }


def test_dismissing_a_bottom_sheet():
    async def scenario():
        seen = []
        sheet = ft.BottomSheet(
            ft.Text("S"), open=True, on_dismiss=lambda e: seen.append(sheet.open)
        )

        def main(page):
            page.overlay.append(sheet)
            page.update()

        client, _ = await start(main)
        await user_dismisses(client, on_client(client, sheet))
        assert seen == [False]

    run(scenario())


# -- Banner ----------------------------------------------------------------------------------


def test_banner_shape_with_leading_as_control_or_icon():
    banner = ft.Banner(
        ft.Text("Careful"),
        [ft.ElevatedButton("OK")],
        True,
        leading=ft.Icon(ft.Icons.WARNING, color="amber"),
        bgcolor="amber100",
        on_visible=print,
    )
    assert view(banner) == {
        "_c": "Banner",
        "open": True,
        "content": {"_c": "Text", "value": "Careful"},
        "actions": [{"_c": "Button", "content": "OK"}],
        "leading": {"_c": "Icon", "icon": WARNING, "color": "amber"},
        "bgcolor": "amber100",
        "on_visible": True,
    }
    assert view(ft.Banner("Plain", [ft.ElevatedButton("OK")], leading=ft.Icons.WARNING)) == {
        "_c": "Banner",
        "content": "Plain",
        "actions": [{"_c": "Button", "content": "OK"}],
        "leading": WARNING,
    }


def test_a_dismissed_banner_shows_again_when_opened_again():
    async def scenario():
        banner = ft.Banner(ft.Text("B"), [ft.ElevatedButton("OK")], open=True, on_dismiss=print)

        def main(page):
            page.overlay.append(banner)
            page.update()

        client, _ = await start(main)
        shown = on_client(client, banner)
        await user_dismisses(client, shown, reopenable=True)
        assert banner.open is False and banner._dismissed is True
        banner.open = True
        await banner.update()
        await client.settle()
        assert shown.props["open"] is True and shown.props["_dismissed"] is None

    run(scenario())
