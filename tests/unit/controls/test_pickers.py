"""DatePicker and TimePicker: wire shapes, opening, and what the client sends when they close.

The client's close sequence (1.0.5 main.dart.js): echo ``{value, open: false}``, then
``change`` with the value if one was picked, then ``dismiss`` (data: true when cancelled).
Apps of the async era put pickers in ``page.overlay``; the page shows them from ``_dialogs``.
"""

import datetime as dt

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

UTC = dt.UTC


def in_overlay(page, control):
    page.overlay.append(control)


def test_pickers_are_dialogs_shown_from_the_pages_dialogs():
    assert ft.DatePicker.dialog is True
    assert ft.TimePicker.dialog is True

    async def scenario():
        def main(page):
            page.overlay.append(ft.DatePicker(open=True))
            page.update()

        client, _ = await start(main)
        return [c.type for c in client.page.props["_dialogs"].props["controls"]]

    assert run(scenario()) == ["DatePicker"]


def test_date_picker_golden_sample_sends_days_as_midnight_utc():
    picker = ft.DatePicker(
        value=dt.datetime(2024, 1, 2, 3, 4, 5),
        first_date=dt.date(2020, 1, 1),
        last_date=dt.datetime(2030, 12, 31, 23, 0),
    )
    assert client_view(picker, in_overlay) == {
        "_c": "DatePicker",
        "value": dt.datetime(2024, 1, 2, tzinfo=UTC),
        "first_date": dt.datetime(2020, 1, 1, tzinfo=UTC),
        "last_date": dt.datetime(2030, 12, 31, tzinfo=UTC),
    }


def test_date_picker_options_and_async_era_entry_mode():
    picker = ft.DatePicker(
        open=True,
        date_picker_entry_mode=ft.DatePickerEntryMode.INPUT,
        date_picker_mode=ft.DatePickerMode.YEAR,
        help_text="Birthday",
        cancel_text="No",
        confirm_text="Yes",
        field_label_text="Date",
        switch_to_calendar_icon=ft.Icons.CALENDAR_MONTH,
        on_change=print,
        on_dismiss=print,
    )
    assert client_view(picker, in_overlay) == {
        "_c": "DatePicker",
        "open": True,
        "entry_mode": "input",
        "date_picker_mode": "year",
        "help_text": "Birthday",
        "cancel_text": "No",
        "confirm_text": "Yes",
        "field_label_text": "Date",
        "switch_to_calendar_icon": ft.Icons.CALENDAR_MONTH,
        "on_change": True,
        "on_dismiss": True,
    }
    assert picker.date_picker_entry_mode == "input"


def test_time_picker_wire_shape():
    picker = ft.TimePicker(
        value=dt.time(9, 5),
        time_picker_entry_mode=ft.TimePickerEntryMode.INPUT,
        hour_label_text="H",
        on_change=print,
    )
    assert client_view(picker, in_overlay) == {
        "_c": "TimePicker",
        "value": dt.time(9, 5),
        "entry_mode": "input",
        "hour_label_text": "H",
        "on_change": True,
    }


def session_with(picker, opener):
    """Serve a page with ``picker`` in the overlay and a button ``open`` calling ``opener``."""

    def main(page):
        page.overlay.append(picker)
        page.add(ft.ElevatedButton("open", on_click=lambda e: opener()))

    return start(main)


def test_pick_date_opens_the_picker_and_the_picked_day_reaches_on_change():
    async def scenario():
        seen = []
        picker = ft.DatePicker(
            on_change=lambda e: seen.append(("change", e.control.value, e.control.open)),
            on_dismiss=lambda e: seen.append(("dismiss", e.data, e.control.open)),
        )
        client, _ = await session_with(picker, picker.pick_date)
        await client.click(client.find("Button", "open"))
        control = client.find("DatePicker")
        assert control.props["open"] is True

        # the user picks 5 March 2024 (local midnight, sent as UTC)
        picked = dt.datetime(2024, 3, 5).astimezone().astimezone(UTC)
        client.send(
            Action.UPDATE_CONTROL_PROPS,
            {"id": control.id, "props": {"value": picked, "open": False}},
        )
        client.fire(control, "change", picked)
        client.fire(control, "dismiss", False)
        await client.settle()
        assert picker.value == dt.datetime(2024, 3, 5)
        assert picker.open is False

        await client.click(client.find("Button", "open"))  # opens again
        assert client.index[control.id].props["open"] is True
        return seen

    assert run(scenario()) == [
        ("change", dt.datetime(2024, 3, 5), False),
        ("dismiss", "false", False),
    ]


def test_cancelled_time_picker_sends_only_dismiss_and_keeps_its_value():
    async def scenario():
        seen = []
        picker = ft.TimePicker(
            value=dt.time(8, 30),
            on_change=lambda e: seen.append("change"),
            on_dismiss=lambda e: seen.append(("dismiss", e.data, e.control.value)),
        )
        client, _ = await session_with(picker, picker.pick_time)
        await client.click(client.find("Button", "open"))
        control = client.find("TimePicker")
        client.send(
            Action.UPDATE_CONTROL_PROPS,
            {"id": control.id, "props": {"value": dt.time(8, 30), "open": False}},
        )
        client.fire(control, "dismiss", True)
        await client.settle()
        return seen, picker.open

    assert run(scenario()) == ([("dismiss", "true", dt.time(8, 30))], False)


def test_picked_time_reaches_on_change():
    async def scenario():
        seen = []
        picker = ft.TimePicker(on_change=lambda e: seen.append((e.data, e.control.value)))
        client, _ = await session_with(picker, picker.pick_time_async)
        await client.click(client.find("Button", "open"))
        control = client.find("TimePicker")
        client.send(
            Action.UPDATE_CONTROL_PROPS,
            {"id": control.id, "props": {"value": dt.time(17, 45), "open": False}},
        )
        client.fire(control, "change", dt.time(17, 45))
        await client.settle()
        return seen

    assert run(scenario()) == [(dt.time(17, 45), dt.time(17, 45))]


def test_entry_mode_changed_by_the_user_is_echoed():
    async def scenario():
        seen = []
        picker = ft.DatePicker(
            open=True, on_entry_mode_change=lambda e: seen.append((e.entry_mode, picker.entry_mode))
        )
        client, _ = await session_with(picker, picker.pick_date)
        control = client.find("DatePicker")
        client.send(
            Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": {"entry_mode": "input"}}
        )
        client.fire(control, "entry_mode_change", {"entry_mode": "input"})
        await client.settle()
        return seen

    assert run(scenario()) == [("input", "input")]
