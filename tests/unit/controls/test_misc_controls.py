"""DateRangePicker, KeyboardListener, MergeSemantics, Shimmer, ContextMenu and AutofillGroup on
the wire (Flet 1.0.5 names, as the client reads them) and their events through the simulated
client.

What the 1.0.5 client sends (main.dart.js): DateRangePicker echoes ``{start_value,
end_value, open: false}`` then ``change`` and ``dismiss``; KeyboardListener sends ``{"key":
label}`` as ``key_down``/``key_up``/``key_repeat``; ContextMenu sends ``select`` and
``dismiss`` with ``{b, tr, id, idx, ic, g: {x, y}, l: {x, y}}``.
"""

import datetime as dt

import pytest

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

UTC = dt.UTC
TEXT = {"_c": "Text", "value": "x"}


def in_overlay(page, control):
    page.overlay.append(control)


# -- DateRangePicker ------------------------------------------------------------------------


def test_date_range_picker_is_a_dialog_with_days_as_midnight_utc():
    picker = ft.DateRangePicker(
        start_value=dt.date(2024, 1, 2),
        end_value=dt.datetime(2024, 1, 9, 15, 0),
        first_date=dt.date(2020, 1, 1),
        save_text="Keep",
        error_invalid_range_text="Bad range",
        field_start_label_text="From",
        field_end_label_text="To",
        entry_mode=ft.DatePickerEntryMode.INPUT,
        on_change=print,
    )
    assert client_view(picker, in_overlay) == {
        "_c": "DateRangePicker",
        "start_value": dt.datetime(2024, 1, 2, tzinfo=UTC),
        "end_value": dt.datetime(2024, 1, 9, tzinfo=UTC),
        "first_date": dt.datetime(2020, 1, 1, tzinfo=UTC),
        "save_text": "Keep",
        "error_invalid_range_text": "Bad range",
        "field_start_label_text": "From",
        "field_end_label_text": "To",
        "entry_mode": "input",
        "on_change": True,
    }

    async def scenario():
        def main(page):
            page.overlay.append(ft.DateRangePicker(open=True))
            page.update()

        client, _ = await start(main)
        return [c.type for c in client.page.props["_dialogs"].props["controls"]]

    assert run(scenario()) == ["DateRangePicker"]


def test_picked_range_reaches_on_change_then_dismiss():
    async def scenario():
        seen = []
        picker = ft.DateRangePicker(
            on_change=lambda e: seen.append(
                ("change", e.control.start_value, e.control.end_value, e.control.open)
            ),
            on_dismiss=lambda e: seen.append(("dismiss", e.data)),
        )

        def main(page):
            page.overlay.append(picker)
            page.add(ft.ElevatedButton("open", on_click=lambda e: picker.pick_date_range()))

        client, _ = await start(main)
        await client.click(client.find("Button", "open"))
        control = client.find("DateRangePicker")
        assert control.props["open"] is True
        start_day = dt.datetime(2024, 3, 5).astimezone().astimezone(UTC)
        end_day = dt.datetime(2024, 3, 8).astimezone().astimezone(UTC)
        client.send(
            Action.UPDATE_CONTROL_PROPS,
            {
                "id": control.id,
                "props": {"start_value": start_day, "end_value": end_day, "open": False},
            },
        )
        client.fire(control, "change", None)
        client.fire(control, "dismiss", False)
        await client.settle()
        return seen

    assert run(scenario()) == [
        ("change", dt.datetime(2024, 3, 5), dt.datetime(2024, 3, 8), False),
        ("dismiss", "false"),
    ]


# -- KeyboardListener -----------------------------------------------------------------------


def test_keyboard_listener_wire_shape_and_typed_key_events():
    listener = ft.KeyboardListener(
        ft.Text("x"), autofocus=True, on_key_down=print, on_key_up=print, on_key_repeat=print
    )
    assert client_view(listener) == {
        "_c": "KeyboardListener",
        "content": TEXT,
        "autofocus": True,
        "on_key_down": True,
        "on_key_up": True,
        "on_key_repeat": True,
    }

    async def scenario():
        seen = []

        def record(e):
            seen.append((type(e).__name__, e.name, e.key, e.data))

        def main(page):
            page.add(
                ft.KeyboardListener(
                    content=ft.Text("keys"),
                    autofocus=True,
                    on_key_down=record,
                    on_key_up=record,
                    on_key_repeat=record,
                )
            )

        client, _ = await start(main)
        control = client.find("KeyboardListener")
        client.fire(control, "key_down", {"key": "Shift Left"})
        client.fire(control, "key_down", {"key": "A"})
        client.fire(control, "key_repeat", {"key": "A"})
        client.fire(control, "key_up", {"key": "A"})
        await client.settle()
        return seen

    assert run(scenario()) == [
        ("KeyDownEvent", "key_down", "Shift Left", "Shift Left"),
        ("KeyDownEvent", "key_down", "A", "A"),
        ("KeyRepeatEvent", "key_repeat", "A", "A"),
        ("KeyUpEvent", "key_up", "A", "A"),
    ]


def test_keyboard_listener_focus_is_a_client_call_and_content_is_required():
    async def scenario():
        listener = ft.KeyboardListener(ft.Text("keys"))

        def main(page):
            page.add(listener, ft.ElevatedButton("focus", on_click=lambda e: listener.focus()))

        client, _ = await start(main, methods={"KeyboardListener.focus": lambda _c, _a: None})
        await client.click(client.find("Button", "focus"))
        return [(c["name"], c["control_id"]) for c in client.calls("focus")], client

    calls, client = run(scenario())
    assert calls == [("focus", client.find("KeyboardListener").id)]
    with pytest.raises(ft.PropertyError, match="needs content"):
        ft.KeyboardListener().before_update()


# -- MergeSemantics, Shimmer, AutofillGroup -------------------------------------------------


def test_merge_semantics_and_autofill_group_wrap_their_content():
    assert client_view(ft.MergeSemantics(ft.Text("x"))) == {
        "_c": "MergeSemantics",
        "content": TEXT,
    }
    group = ft.AutofillGroup(ft.Text("x"), dispose_action=ft.AutofillGroupDisposeAction.CANCEL)
    assert client_view(group) == {
        "_c": "AutofillGroup",
        "content": TEXT,
        "dispose_action": "cancel",
    }
    with pytest.raises(ft.PropertyError, match="needs visible content"):
        ft.AutofillGroup().before_update()


def test_shimmer_sends_colours_period_and_direction():
    shimmer = ft.Shimmer(
        ft.Text("x"),
        base_color=ft.Colors.GREY_300,
        highlight_color=ft.Colors.WHITE,
        period=ft.Duration(seconds=2),
        direction=ft.ShimmerDirection.TTB,
        loop=3,
        width=200,
    )
    assert client_view(shimmer) == {
        "_c": "Shimmer",
        "content": TEXT,
        "base_color": "grey300",
        "highlight_color": "white",
        "period": {"seconds": 2},
        "direction": "ttb",
        "loop": 3,
        "width": 200,
    }
    with_gradient = client_view(
        ft.Shimmer(ft.Text("x"), gradient=ft.LinearGradient(colors=["red", "blue"]), period=800)
    )
    assert with_gradient["gradient"]["colors"] == ["red", "blue"]
    assert with_gradient["period"] == 800
    with pytest.raises(ft.PropertyError, match=r"base_color=\.\.\. and highlight_color="):
        ft.Shimmer(ft.Text("x"), base_color="red").before_update()
    with pytest.raises(ft.PropertyError, match="needs visible content"):
        ft.Shimmer(base_color="red", highlight_color="white").before_update()


# -- ContextMenu ----------------------------------------------------------------------------


def test_context_menu_wire_shape():
    menu = ft.ContextMenu(
        ft.Text("x"),
        items=[ft.PopupMenuItem("Copy")],
        secondary_trigger=ft.ContextMenuTrigger.LONG_PRESS,
        on_select=print,
    )
    view = client_view(menu)
    assert view["_c"] == "ContextMenu"
    assert view["content"] == TEXT
    assert [(i["_c"], i["content"]) for i in view["items"]] == [("PopupMenuItem", "Copy")]
    assert (view["secondary_trigger"], view["on_select"]) == ("longPress", True)
    with pytest.raises(ft.PropertyError, match="needs visible content"):
        ft.ContextMenu(items=[ft.PopupMenuItem("Copy")]).before_update()


def test_context_menu_select_reads_the_item_and_dismiss_the_position():
    async def scenario():
        seen = []
        copy, paste = ft.PopupMenuItem("Copy"), ft.PopupMenuItem("Paste")

        def on_select(e: ft.ContextMenuSelectEvent):
            seen.append(("select", e.item is paste, e.item_index, e.trigger, e.local_x))

        def on_dismiss(e: ft.ContextMenuDismissEvent):
            seen.append(("dismiss", e.button, e.item_count, e.global_x, e.global_y))

        menu = ft.ContextMenu(
            ft.Text("right click"), items=[copy, paste], on_select=on_select, on_dismiss=on_dismiss
        )

        def main(page):
            page.add(menu, ft.ElevatedButton("open", on_click=lambda e: menu.open((10, 20))))

        client, _ = await start(main, methods={"ContextMenu.open": lambda _c, _a: None})
        control = client.find("ContextMenu")
        paste_id = control.props["items"][1].id
        where = {"g": {"x": 110.0, "y": 220.0}, "l": {"x": 10.0, "y": 20.0}}
        client.fire(
            control,
            "select",
            {"b": "secondary", "tr": "down", "id": paste_id, "idx": 1, "ic": 2, **where},
        )
        client.fire(control, "dismiss", {"b": "secondary", "tr": "down", "ic": 2, **where})
        await client.click(client.find("Button", "open"))
        return seen, client.calls("open")

    seen, calls = run(scenario())
    assert seen == [
        ("select", True, 1, ft.ContextMenuTrigger.DOWN, 10.0),
        ("dismiss", "secondary", 2, 110.0, 220.0),
    ]
    assert calls[0]["args"] == {"global_position": {"x": 10, "y": 20}, "local_position": None}
