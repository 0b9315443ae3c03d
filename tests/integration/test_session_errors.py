"""Bad input and failing app code: logged or shown, dropped, and the session keeps working."""

import logging

import msgpack
import pytest

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start


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
