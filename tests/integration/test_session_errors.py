"""Bad input and failing app code: logged or shown, dropped, and the session keeps working."""

import asyncio
import logging

import msgpack
import pytest

import flet as ft
from flet.protocol import Action, ProtocolError
from flet.session import Session
from flet.transport import memory_pair
from tests.support.loop import run
from tests.support.simclient import SimClient, start


def counter_app(page):
    count = ft.Text("0")

    def add(e):
        count.value = str(int(count.value) + 1)

    page.add(count, ft.ElevatedButton("add", on_click=add))


async def still_counts(client, expected: str) -> None:
    await client.click(client.find("Button", "add"))
    assert expected in client.texts()


@pytest.mark.parametrize(
    ("packet", "logged"),
    [
        (b"\x00\xc1\xff not msgpack", "dropped a malformed packet"),
        (b"\x00" + msgpack.packb([42, {}]), "unknown action 42"),
        (b"\x09junk", "unknown packet type"),
        (
            b"\x00" + msgpack.packb([3, {"target": 999, "name": "click", "data": None}]),
            "click' event for unknown control 999",
        ),
        (
            b"\x00"
            + msgpack.packb([5, {"control_id": 1, "call_id": "nope", "result": 1, "error": None}]),
            "method result for unknown call 'nope'",
        ),
        (
            b"\x00" + msgpack.packb([4, {"id": 12345, "props": {"value": "x"}}]),
            "property changes for unknown control 12345",
        ),
        (b"\x00" + msgpack.packb([3, {"name": "click"}]), "CONTROL_EVENT body has no 'target'"),
        (
            b"\x00" + msgpack.packb([2, {"id": 1, "patch": []}]),
            "clients do not send PATCH_CONTROL messages",
        ),
        (b"\x00\x92\x03" + b"\x81\xa1a" * 1000 + b"\x01", "nested deeper than 32 levels"),
        (
            b"\x00" + msgpack.packb([3, {"target": 1, "data": msgpack.ExtType(3, b"9" * 30)}]),
            "ext type 3 holds 30 bytes that are not a duration",
        ),
        (
            b"\x00" + msgpack.packb([3, {"target": 1, "name": "fly", "data": None}]),
            "dropped a 'fly' event: Page has no such event",
        ),
        (
            b"\x00" + msgpack.packb([4, {"id": 1, "props": {"width": [1], "height": 2.5}}]),
            "dropped values the client sent for Page: width takes a number; the client sent a list",
        ),
    ],
)
def test_bad_input_is_logged_dropped_and_the_session_lives(packet, logged, caplog):
    async def scenario():
        client, _ = await start(counter_app)
        with caplog.at_level(logging.WARNING, logger="flet"):
            client.send_raw(packet)
            await client.settle()
        await still_counts(client, "1")

    run(scenario())
    assert logged in caplog.text
    assert len(caplog.records) == 1  # one line per dropped packet, no traceback


def test_a_raising_handler_goes_to_stderr_shows_a_snackbar_and_the_app_goes_on(capsys):
    async def scenario():
        def main(page):
            counter_app(page)

            def boom(e):
                raise ValueError("the handler broke")

            page.add(ft.ElevatedButton("boom", on_click=boom))

        client, _ = await start(main)
        await client.click(client.find("Button", "boom"))
        bar = client.find("SnackBar")
        assert "Error in ElevatedButton.on_click: ValueError: the handler broke" in [
            c.text() for c in bar.children()
        ]
        await still_counts(client, "1")
        await client.click(client.find("Button", "boom"))
        assert len(client.find_all("SnackBar")) == 1  # the notice is replaced, not stacked

    run(scenario())
    err = capsys.readouterr().err
    assert "Traceback" in err and "ValueError: the handler broke" in err


def test_an_async_handler_that_raises_after_awaiting_is_reported_too(capsys):
    async def scenario():
        async def main(page):
            async def later(e):
                await page.update_async()
                raise KeyError("late")

            await page.add_async(ft.ElevatedButton("late", on_click=later))

        client, _ = await start(main)
        await client.click(client.find("Button", "late"))
        assert client.find_all("SnackBar")

    run(scenario())
    assert "KeyError: 'late'" in capsys.readouterr().err


def test_main_that_fails_before_showing_anything_gets_the_error_card(capsys):
    async def scenario():
        def main(page):
            raise RuntimeError("cannot start\nsecond line")

        client, _ = await start(main)
        assert client.error is not None
        assert client.error.splitlines()[0] == "RuntimeError: cannot start"

    run(scenario())
    assert "RuntimeError: cannot start" in capsys.readouterr().err


def test_main_that_fails_after_showing_its_ui_keeps_the_app(capsys):
    async def scenario():
        async def main(page):
            counter_app(page)
            await page.update_async()
            raise RuntimeError("late failure")

        client, _ = await start(main)
        assert client.error is None
        await still_counts(client, "1")

    run(scenario())
    assert "late failure" in capsys.readouterr().err


def test_an_update_that_cannot_be_sent_is_reported_and_the_session_recovers(capsys):
    async def scenario():
        def main(page):
            text = ft.Text("x")
            counter_app(page)

            def twice(e):
                page.add(text, text)

            def undo(e):
                while text in page.controls:
                    page.controls.remove(text)

            page.add(
                ft.ElevatedButton("twice", on_click=twice), ft.ElevatedButton("undo", on_click=undo)
            )

        client, _ = await start(main)
        await client.click(client.find("Button", "twice"))
        await client.click(client.find("Button", "undo"))
        await still_counts(client, "1")

    run(scenario())
    assert "appears twice on the page" in capsys.readouterr().err


def test_a_first_update_that_cannot_be_sent_gets_the_error_card_not_a_spinner(capsys):
    async def scenario():
        def main(page):
            text = ft.Text("x")
            page.add(text, text)

        client, _ = await start(main)
        assert client.error is not None
        assert client.error.splitlines()[0].startswith("DuplicateControlError: ")

    run(scenario())
    assert "appears twice on the page" in capsys.readouterr().err


def test_session_crashed_is_sent_for_fatal_errors():
    async def scenario():
        pages = []
        client, _ = await start(pages.append)
        pages[0]._session.crash("Fatal: internal error\ndetails")
        await client.settle()
        assert client.crashed is not None and client.crashed.startswith("Fatal: internal error")
        assert client.log[-1][0] == Action.SESSION_CRASHED

    run(scenario())


def error_bar(client) -> str:
    """The text of the error bar the client shows (exactly one)."""
    bars = client.error_bars()
    assert len(bars) == 1, f"expected one error bar, got {bars}"
    return bars[0]


def test_main_that_raises_after_adding_keeps_what_it_drew_and_shows_the_error(capsys):
    async def scenario():
        def main(page):
            counter_app(page)
            raise RuntimeError("main broke late\nsecond line")

        client, _ = await start(main)
        assert client.error is None and client.crashed is None
        assert "0" in client.texts()
        assert error_bar(client) == "Error in main(): RuntimeError: main broke late"
        await still_counts(client, "1")

    run(scenario())
    assert "RuntimeError: main broke late" in capsys.readouterr().err


def test_main_that_raises_before_drawing_sends_a_page_patch_map_with_the_error():
    async def scenario():
        async def main(page):
            page.title = "set, but nothing drawn"
            raise ValueError("no UI")

        client, _ = await start(main)
        register = next(body for action, body in client.log if action == Action.REGISTER_CLIENT)
        assert register["page_patch"] == {}  # a map: the real client merges it before `error`
        assert register["error"].splitlines()[0] == "ValueError: no UI"

    run(scenario())


def test_the_same_control_added_twice_raises_in_the_handler_and_nothing_is_poisoned():
    async def scenario():
        def main(page):
            counter_app(page)
            text = ft.Text("x")

            def twice(e):
                page.add(text, text)

            page.add(ft.ElevatedButton("twice", on_click=twice))

        client, _ = await start(main)
        await client.click(client.find("Button", "twice"))
        bar = error_bar(client)
        assert bar.startswith("Error in ElevatedButton.on_click: DuplicateControlError: ")
        assert "Text(value='x') appears twice on the page" in bar
        assert "x" not in client.texts()  # page.add took both out again
        for count in ("1", "2", "3"):  # the model and the page agree afterwards
            await still_counts(client, count)

    run(scenario())


def test_a_duplicate_made_in_place_raises_at_update_and_later_updates_still_arrive():
    async def scenario():
        reached = []

        def main(page):
            counter_app(page)
            col = ft.Column([])
            text = ft.Text("twin")

            def twice(e):
                col.controls.append(text)
                col.controls.append(text)
                col.update()
                reached.append("after update")

            page.add(col, ft.ElevatedButton("twice", on_click=twice))

        client, _ = await start(main)
        await client.click(client.find("Button", "twice"))
        assert reached == []  # update() raised in the handler
        assert "Column.controls" in error_bar(client)
        assert client.texts().count("twin") == 1  # the first place is shown, the second left out
        await still_counts(client, "1")
        await still_counts(client, "2")

    run(scenario())


def test_a_duplicate_without_update_is_reported_once_by_the_flush():
    async def scenario():
        def main(page):
            counter_app(page)
            text = ft.Text("twin")
            row = ft.Row([text])

            def twice(e):
                row.controls.append(text)  # no update(): the handler's end sends it

            page.add(row, ft.ElevatedButton("twice", on_click=twice))

        client, _ = await start(main)
        await client.click(client.find("Button", "twice"))
        assert error_bar(client).startswith("Error in update(): DuplicateControlError: ")
        patches = len(client.patches())
        await client.settle(1)
        assert len(client.patches()) == patches  # reported once, not once per flush
        await still_counts(client, "1")

    run(scenario())


def test_a_child_that_is_not_a_control_is_left_out_and_reported():
    async def scenario():
        def main(page):
            counter_app(page)
            col = ft.Column([ft.Text("kept")])

            def bad(e):
                col.controls.append("just text")

            page.add(col, ft.ElevatedButton("bad", on_click=bad))

        client, _ = await start(main)
        await client.click(client.find("Button", "bad"))
        assert "Column.controls[1] is a str ('just text'), not a control" in error_bar(client)
        assert "kept" in client.texts()
        await still_counts(client, "1")

    run(scenario())


def test_a_user_control_whose_build_raises_is_reported_and_the_rest_is_drawn():
    class Broken(ft.UserControl):
        def build(self):
            raise LookupError("build failed")

    async def scenario():
        def main(page):
            counter_app(page)
            page.add(Broken())

        client, _ = await start(main)
        assert client.error is None
        assert error_bar(client) == "Error in Broken.build(): LookupError: build failed"
        await still_counts(client, "1")

    run(scenario())


@pytest.mark.parametrize(
    ("raise_it", "shown"),
    [
        (lambda: __import__("sys").exit(3), "SystemExit: 3"),
        (lambda: (_ for _ in ()).throw(KeyboardInterrupt()), "KeyboardInterrupt"),
    ],
)
def test_system_exit_and_keyboard_interrupt_in_a_handler_are_handler_errors(raise_it, shown):
    async def scenario():
        def main(page):
            counter_app(page)
            page.add(ft.ElevatedButton("quit", on_click=lambda e: raise_it()))

        client, _ = await start(main)
        await client.click(client.find("Button", "quit"))
        assert error_bar(client) == f"Error in ElevatedButton.on_click: {shown}"
        await still_counts(client, "1")

    run(scenario())


def test_an_exception_whose_str_raises_is_still_reported(capsys):
    class Unprintable(Exception):
        def __str__(self):
            raise RuntimeError("no str for you")

    async def scenario():
        def main(page):
            counter_app(page)

            def boom(e):
                raise Unprintable()

            page.add(ft.ElevatedButton("boom", on_click=boom))

        client, _ = await start(main)
        await client.click(client.find("Button", "boom"))
        bar = error_bar(client)
        assert bar.startswith("Error in ElevatedButton.on_click: Unprintable: ")
        await still_counts(client, "1")

    run(scenario())
    assert "Unprintable" in capsys.readouterr().err


def test_a_value_that_can_never_be_sent_ends_the_session_with_the_error_card():
    async def scenario():
        def main(page):
            counter_app(page)
            text = ft.Text("t")

            def bad(e):
                text.tooltip = {"message": object()}

            page.add(text, ft.ElevatedButton("bad", on_click=bad))

        client, _ = await start(main)
        await client.click(client.find("Button", "bad"))
        await client.settle(0.1)
        assert client.crashed is not None
        first = client.crashed.splitlines()[0]
        assert first.startswith("Error in update(): TypeError: Text(value='t', tooltip=")
        assert "cannot send a object to the client" in first

    run(scenario())


def test_main_that_raises_after_the_first_reply_went_out_but_drew_nothing_gets_the_card():
    async def scenario():
        def main(page):
            page.client_storage.get("theme")  # the storage mirror is loaded (and a reply sent)
            raise RuntimeError("storage app broke")

        client, _ = await start(main)
        assert client.error is None  # the first reply went out before main ran
        assert client.crashed is not None
        assert client.crashed.splitlines()[0] == "RuntimeError: storage app broke"

    run(scenario())


@pytest.mark.parametrize(
    "packet",
    [b"\x00\xc1\xff not msgpack", b"\x00" + msgpack.packb([3, "click"]), b"\x01\x02"],
    ids=["not-msgpack", "bad-body", "short-data-frame"],
)
def test_a_strict_pump_ends_on_a_malformed_packet_and_the_session_lives(packet):
    """What a server's connection does (it then closes that connection with 1007): the pump
    raises the packet's ProtocolError; the session is not ended, and a new pump serves it."""

    async def scenario():
        server, client_end = memory_pair()
        session = Session(counter_app, server)
        pumping = asyncio.ensure_future(session.pump(strict=True))
        client = SimClient(client_end)
        await client.connect()
        await still_counts(client, "1")
        client.send_raw(b"\x00" + msgpack.packb([3, {"target": 999, "name": "click"}]))
        await client.settle()
        assert not pumping.done()  # a valid packet for no control is only dropped
        client.send_raw(packet)
        with pytest.raises(ProtocolError):
            await pumping
        assert not session.closed
        again = asyncio.ensure_future(session.pump(strict=True))
        await still_counts(client, "2")
        client.disconnect()
        await again
        session.close()

    run(scenario())
