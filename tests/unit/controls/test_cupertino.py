"""The Cupertino controls on the wire, and what the client sends back.

Wire names follow the Flet 1.0.5 SDK (flet/controls/cupertino/); events and echoes follow the
1.0.5 client: it echoes ``value`` or ``selected_index`` (UPDATE_CONTROL_PROPS) and then sends
``change`` (protocol §10.1). Dialogs close with ``open: false`` echoed and then ``dismiss``.
"""

import datetime as dt

import pytest

import flet as ft
from flet.core.client_types import STANDALONE_TYPES
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

CUPERTINO = [
    name for name in ft.__all__ if name.startswith("Cupertino") and name[9:] not in ("Icons",)
]


async def user_changes(client, control, props, event=None, data=None):
    """What the client does when the user changes ``control``: echo ``props``, then ``event``."""
    client.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": props})
    control.props.update(props)
    if event is not None:
        client.fire(control, event, data)
    await client.settle()


def session(build, changes):
    """Show ``build(page, seen)``, apply ``changes(client)``; return ``(seen, client)``."""

    async def scenario():
        seen = []

        def main(page):
            build(page, seen)

        client, _ = await start(main)
        await client.settle()
        await changes(client)
        return seen, client

    return run(scenario())


def test_every_cupertino_control_type_is_one_the_client_registers():
    controls = [getattr(ft, n) for n in CUPERTINO if isinstance(getattr(ft, n), type)]
    types = {c.control_type for c in controls if issubclass(c, ft.Control)}
    assert len(types) == 24
    assert types <= STANDALONE_TYPES


# -- buttons ---------------------------------------------------------------------------------


def test_cupertino_button_in_the_era_spelling():
    button = ft.CupertinoButton(
        "Save",
        ft.CupertinoIcons.ADD,
        "white",
        bgcolor=ft.Colors.BLUE if hasattr(ft, "Colors") else "blue",
        min_size=30,
        disabled_color="grey",
        opacity_on_click=3,
        border_radius=ft.border_radius.all(12),
        url="https://flet.dev",
        url_target=ft.UrlTarget.BLANK,
        on_click=print,
    )
    assert button.opacity_on_click == 1.0  # clamped, as the era's setter did
    assert button.text == "Save" and button.disabled_bgcolor == "grey"
    shape = client_view(button)
    assert shape == {
        "_c": "CupertinoButton",
        "content": "Save",
        "icon": 131072,
        "icon_color": "white",
        "bgcolor": shape["bgcolor"],
        "disabled_bgcolor": "grey",
        "opacity_on_click": 1.0,
        "min_size": {"width": 30, "height": 30},
        "border_radius": shape["border_radius"],
        "url": {"url": "https://flet.dev", "target": "_blank"},
        "on_click": True,
    }
    assert str(shape["bgcolor"]).lower() == "blue"


def test_filled_and_tinted_buttons_with_a_control_as_content():
    filled = client_view(ft.CupertinoFilledButton(content=ft.Text("OK"), on_long_press=print))
    tinted = client_view(ft.CupertinoTintedButton(text="Later", size=ft.CupertinoButtonSize.SMALL))
    assert filled == {
        "_c": "CupertinoFilledButton",
        "content": {"_c": "Text", "value": "OK"},
        "on_long_press": True,
    }
    assert tinted == {"_c": "CupertinoTintedButton", "content": "Later", "size": "small"}


def test_a_button_click_reaches_python():
    def build(page, seen):
        page.add(ft.CupertinoButton("Go", on_click=lambda e: seen.append(e.control.text)))

    async def changes(client):
        await client.click(client.find("CupertinoButton"))

    seen, _ = session(build, changes)
    assert seen == ["Go"]


def test_bad_input_is_refused_with_the_fix():
    with pytest.raises(ft.PropertyError, match="min_size"):
        ft.CupertinoButton("x", min_size="big")
    with pytest.raises(ft.PropertyError, match="Did you mean 'on_click'"):
        ft.CupertinoButton("x", on_clik=print)


# -- toggles, slider, text field -------------------------------------------------------------


def test_cupertino_switch_translates_the_era_colour_and_image_names():
    switch = ft.CupertinoSwitch(
        "Wi-Fi",
        True,
        ft.LabelPosition.LEFT,
        active_color="green",
        track_color="grey",
        active_thumb_image="on.png",
        on_label_color="white",
        on_change=print,
    )
    assert client_view(switch) == {
        "_c": "CupertinoSwitch",
        "label": "Wi-Fi",
        "value": True,
        "label_position": "left",
        "active_track_color": "green",
        "inactive_track_color": "grey",
        "active_thumb_image_src": "on.png",
        "on_label_color": "white",
        "on_change": True,
    }


def test_switch_toggle_echoes_value_and_change_reaches_python_without_a_patch_back():
    def build(page, seen):
        page.add(ft.CupertinoSwitch(label="s", on_change=lambda e: seen.append(e.control.value)))

    async def changes(client):
        before = len(client.patches())
        await client.toggle(client.find("CupertinoSwitch"), True)
        await client.toggle(client.find("CupertinoSwitch"), False)
        assert len(client.patches()) == before

    seen, _ = session(build, changes)
    assert seen == [True, False]


def test_slider_starts_at_min_and_reads_floats_as_in_the_era():
    assert client_view(ft.CupertinoSlider(min=2, max=8, divisions=3)) == {
        "_c": "CupertinoSlider",
        "value": 2.0,
        "min": 2,
        "max": 8,
        "divisions": 3,
    }

    def build(page, seen):
        page.add(
            ft.CupertinoSlider(
                0,
                0,
                10,
                on_change=lambda e: seen.append(("change", repr(e.control.value))),
                on_change_end=lambda e: seen.append(("end", e.data)),
            )
        )

    async def changes(client):
        slider = client.find("CupertinoSlider")
        before = len(client.patches())
        await user_changes(client, slider, {"value": 7}, "change")
        await user_changes(client, slider, {}, "change_end", 7)
        assert len(client.patches()) == before

    seen, _ = session(build, changes)
    assert seen == [("change", "7.0"), ("end", "7")]


def test_checkbox_and_radio_shapes_and_changes():
    box = ft.CupertinoCheckbox("Agree", value=True, inactive_color="grey", active_color="red")
    assert client_view(box) == {
        "_c": "CupertinoCheckbox",
        "label": "Agree",
        "value": True,
        "active_color": "red",
    }  # inactive_color has no 1.0.5 property: kept in Python

    def build(page, seen):
        page.add(
            ft.CupertinoCheckbox(label="c", on_change=lambda e: seen.append(e.control.value)),
            ft.RadioGroup(
                ft.Column([ft.CupertinoRadio("A", "a"), ft.CupertinoRadio("B", "b")]),
                on_change=lambda e: seen.append(e.control.value),
            ),
        )

    async def changes(client):
        await client.toggle(client.find("CupertinoCheckbox"), True)
        await user_changes(client, client.find("RadioGroup"), {"value": "b"}, "change", "b")

    seen, client = session(build, changes)
    assert seen == [True, "b"]
    radios = client.find_all("CupertinoRadio")
    assert [(r.props["label"], r.props["value"]) for r in radios] == [("A", "a"), ("B", "b")]


def test_cupertino_text_field_takes_the_placeholder_first():
    field = ft.CupertinoTextField(
        "Your name",
        shadow=ft.BoxShadow(blur_radius=4, color="black"),
        prefix_visibility_mode=ft.OverlayVisibilityMode.EDITING,
        padding=10,
        on_change=print,
    )
    assert client_view(field) == {
        "_c": "CupertinoTextField",
        "placeholder_text": "Your name",
        "shadows": {"blur_radius": 4, "color": "black"},
        "prefix_visibility_mode": "editing",
        "padding": 10,
        "on_change": True,
    }


def test_text_field_value_follows_typing_and_change_reaches_python():
    def build(page, seen):
        page.add(ft.CupertinoTextField(on_change=lambda e: seen.append((e.control.value, e.data))))

    async def changes(client):
        await client.type_text(client.find("CupertinoTextField"), "hello")

    seen, _ = session(build, changes)
    assert seen == [("hello", "hello")]


# -- dialogs and sheets ----------------------------------------------------------------------


def test_cupertino_alert_dialog_shape_with_era_action_names():
    dlg = ft.CupertinoAlertDialog(
        True,
        title=ft.Text("Delete?"),
        content=ft.Text("It cannot be undone."),
        actions=[
            ft.CupertinoDialogAction("Yes", is_destructive_action=True, on_click=print),
            ft.CupertinoDialogAction(text="No", is_default_action=True),
        ],
    )
    assert client_view(dlg, place=lambda page, c: page.overlay.append(c)) == {
        "_c": "CupertinoAlertDialog",
        "open": True,
        "title": {"_c": "Text", "value": "Delete?"},
        "content": {"_c": "Text", "value": "It cannot be undone."},
        "actions": [
            {
                "_c": "CupertinoDialogAction",
                "content": "Yes",
                "destructive": True,
                "on_click": True,
            },
            {"_c": "CupertinoDialogAction", "content": "No", "default": True},
        ],
    }


@pytest.mark.parametrize("how", ["open", "dialog", "overlay"])
def test_alert_dialog_opened_as_the_era_did_and_closed_by_its_action(how):
    def build(page, seen):
        def answer(e):
            seen.append(e.control.text)
            dlg.open = False
            page.update()

        dlg = ft.CupertinoAlertDialog(
            title=ft.Text("Sure?"),
            actions=[ft.CupertinoDialogAction("OK", on_click=answer)],
            on_dismiss=lambda e: seen.append("dismissed"),
        )

        def show(e):
            if how == "open":
                page.open(dlg)
            else:
                if how == "dialog":
                    page.dialog = dlg
                else:
                    page.overlay.append(dlg)
                dlg.open = True
                page.update()

        page.add(ft.CupertinoButton("Ask", on_click=show))

    async def changes(client):
        await client.click(client.find("CupertinoButton"))
        shown = client.find("CupertinoAlertDialog")
        assert shown.props["open"] is True
        assert shown in client.page.props["_dialogs"].props["controls"]
        await client.click(client.find("CupertinoDialogAction"))
        assert not shown.props.get("open")  # the default, false, is sent as a removal
        # the client closes the route, then echoes open: false and sends dismiss
        await client.dismiss(shown)

    seen, _ = session(build, changes)
    assert seen == ["OK", "dismissed"]


def test_action_sheet_in_a_cupertino_bottom_sheet():
    sheet = ft.CupertinoBottomSheet(
        ft.CupertinoActionSheet(
            title=ft.Text("Share"),
            message="Pick one",
            actions=[ft.CupertinoActionSheetAction("Mail", is_default_action=True, on_click=print)],
            cancel=ft.CupertinoActionSheetAction("Cancel", is_destructive_action=True),
        ),
        open=True,
        height=300,
    )
    assert client_view(sheet, place=lambda page, c: page.overlay.append(c)) == {
        "_c": "CupertinoBottomSheet",
        "open": True,
        "height": 300,
        "content": {
            "_c": "CupertinoActionSheet",
            "title": {"_c": "Text", "value": "Share"},
            "message": "Pick one",
            "actions": [
                {
                    "_c": "CupertinoActionSheetAction",
                    "content": "Mail",
                    "default": True,
                    "on_click": True,
                }
            ],
            "cancel": {
                "_c": "CupertinoActionSheetAction",
                "content": "Cancel",
                "destructive": True,
            },
        },
    }


def test_an_action_sheet_action_closes_its_sheet_from_python():
    def build(page, seen):
        def pick(e):
            seen.append(e.control.content)
            page.close(sheet)

        sheet = ft.CupertinoBottomSheet(
            ft.CupertinoActionSheet(actions=[ft.CupertinoActionSheetAction("Copy", on_click=pick)])
        )
        page.add(ft.Text("page"))
        page.open(sheet)

    async def changes(client):
        shown = client.find("CupertinoBottomSheet")
        assert shown.props["open"] is True
        await client.click(client.find("CupertinoActionSheetAction"))
        assert not shown.props.get("open")  # the default, false, is sent as a removal

    seen, _ = session(build, changes)
    assert seen == ["Copy"]


# -- display ---------------------------------------------------------------------------------


def test_activity_indicator_and_list_tile():
    assert client_view(ft.CupertinoActivityIndicator(20, "blue", False)) == {
        "_c": "CupertinoActivityIndicator",
        "radius": 20,
        "color": "blue",
        "animating": False,
    }
    tile = ft.CupertinoListTile(
        ft.Text("Wi-Fi"),
        leading=ft.Icon(ft.CupertinoIcons.WIFI),
        additional_info=ft.Text("Home"),
        trailing=ft.CupertinoIcons.FORWARD,
        notched=True,
        on_click=print,
    )
    shape = client_view(tile)
    assert shape["title"] == {"_c": "Text", "value": "Wi-Fi"}
    assert shape["leading"]["_c"] == "Icon"
    assert shape["additional_info"] == {"_c": "Text", "value": "Home"}
    assert isinstance(shape["trailing"], int)
    assert shape["notched"] is True and shape["on_click"] is True


# -- bars, segmented buttons, pickers, context menu ------------------------------------------


def test_app_bar_middle_is_the_title():
    bar = ft.CupertinoAppBar(
        leading=ft.Icon(ft.CupertinoIcons.BACK),
        middle=ft.Text("Settings"),
        automatically_imply_middle=False,
        previous_page_title="Back",
    )
    assert bar.middle is bar.title

    def on_page(page, control):
        page.appbar = control

    shape = client_view(bar, place=on_page)
    assert shape["title"] == {"_c": "Text", "value": "Settings"}
    assert shape["automatically_imply_title"] is False
    assert shape["previous_page_title"] == "Back"


@pytest.mark.parametrize(
    "make",
    [
        lambda h: ft.CupertinoSegmentedButton([ft.Text("A"), ft.Text("B")], on_change=h),
        lambda h: ft.CupertinoSlidingSegmentedButton([ft.Text("A"), ft.Text("B")], on_change=h),
        lambda h: ft.CupertinoPicker([ft.Text("A"), ft.Text("B")], item_extent=30, on_change=h),
        lambda h: ft.CupertinoNavigationBar(
            [
                ft.NavigationBarDestination("A", ft.CupertinoIcons.HOME),
                ft.NavigationBarDestination("B", ft.CupertinoIcons.SEARCH),
            ],
            on_change=h,
        ),
    ],
    ids=["segmented", "sliding", "picker", "navigation_bar"],
)
def test_selected_index_is_echoed_then_change_carries_it(make):
    control = make(print)

    def build(page, seen):
        control.on_change = lambda e: seen.append((e.data, e.control.selected_index))
        page.add(control)

    async def changes(client):
        shown = client.find(control.control_type)
        before = len(client.patches())
        await user_changes(client, shown, {"selected_index": 1}, "change", 1)
        assert len(client.patches()) == before

    seen, _ = session(build, changes)
    assert seen == [("1", 1)]


def test_date_picker_value_and_its_change():
    picked = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)

    def build(page, seen):
        page.add(
            ft.CupertinoDatePicker(
                value=dt.date(2024, 1, 2),
                date_picker_mode=ft.CupertinoDatePickerMode.DATE,
                date_order=ft.CupertinoDatePickerDateOrder.DAY_MONTH_YEAR,
                on_change=lambda e: seen.append(e.control.value),
            )
        )

    async def changes(client):
        shown = client.find("CupertinoDatePicker")
        assert shown.props["value"] == dt.datetime(2024, 1, 2).astimezone(dt.UTC)
        assert (shown.props["date_picker_mode"], shown.props["date_order"]) == ("date", "dmy")
        await user_changes(client, shown, {"value": picked}, "change", picked)

    seen, _ = session(build, changes)
    assert seen == [picked.astimezone().replace(tzinfo=None)]  # naive local, as in the era


def test_timer_picker_value_is_seconds_as_in_the_era():
    assert ft.CupertinoTimerPicker(dt.timedelta(minutes=2)).value == 120

    def build(page, seen):
        page.add(
            ft.CupertinoTimerPicker(
                value=60,
                mode=ft.CupertinoTimerPickerMode.MINUTE_SECONDS,
                on_change=lambda e: seen.append(e.control.value),
            )
        )

    async def changes(client):
        shown = client.find("CupertinoTimerPicker")
        assert (shown.props["value"], shown.props["mode"]) == (60, "ms")
        await user_changes(client, shown, {"value": 95}, "change", 95)
        await user_changes(client, shown, {"value": dt.timedelta(seconds=30)}, "change")

    seen, _ = session(build, changes)
    assert seen == [95, 30]


def test_context_menu_and_its_action_click():
    def build(page, seen):
        page.add(
            ft.CupertinoContextMenu(
                ft.Text("Hold me"),
                [
                    ft.CupertinoContextMenuAction(
                        "Copy",
                        trailing_icon=ft.CupertinoIcons.DOC_ON_CLIPBOARD,
                        on_click=lambda e: seen.append(e.control.text),
                    ),
                    ft.CupertinoContextMenuAction("Delete", is_destructive_action=True),
                ],
            )
        )

    async def changes(client):
        menu = client.find("CupertinoContextMenu")
        assert [a.props["content"] for a in menu.props["actions"]] == ["Copy", "Delete"]
        assert menu.props["actions"][1].props["destructive"] is True
        await client.click(menu.props["actions"][0])

    seen, _ = session(build, changes)
    assert seen == ["Copy"]


# -- adaptive --------------------------------------------------------------------------------


def test_page_and_view_adaptive_reach_the_client():
    def build(page, seen):
        page.adaptive = True
        page.add(ft.Switch(label="s", adaptive=True))

    async def changes(client):
        assert client.page.props["adaptive"] is True
        assert client.find("Switch").props["adaptive"] is True

    session(build, changes)
    view = ft.View("/", [ft.Text("x")], adaptive=True)
    assert view.adaptive is True


def test_an_empty_alert_dialog_is_refused_in_python_not_drawn_as_an_error_box(capsys):
    dlg = ft.CupertinoAlertDialog()

    def build(page, seen):
        page.open(dlg)

    async def changes(client):
        assert [c.props.get("open") for c in client.find_all("CupertinoAlertDialog")] == []

    session(build, changes)
    assert dlg.open is False
    assert "give it a title, content or actions" in capsys.readouterr().err


def test_cupertino_colors_are_the_clients_names_in_both_era_spellings():
    assert len(ft.CupertinoColors) == 48
    assert ft.cupertino_colors is ft.CupertinoColors
    assert ft.CupertinoColors.SYSTEM_BLUE == "systemBlue"
    assert ft.CupertinoColors.WHITE == "cupertinoWhite"
    assert ft.CupertinoColors.with_opacity(0.5, ft.CupertinoColors.SYSTEM_RED) == "systemRed,0.5"
    assert ft.CupertinoColors.random() in set(ft.CupertinoColors)
    button = ft.CupertinoButton("x", bgcolor=ft.CupertinoColors.DESTRUCTIVE_RED)
    assert client_view(button)["bgcolor"] == "destructiveRed"
