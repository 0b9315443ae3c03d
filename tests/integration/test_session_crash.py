"""A bug of ours in the session's loop ends the session visibly: the client's error card shows
the error's first line (never a frozen page), the traceback goes to stderr, the transport closes.

The failure is injected into the handler of one message kind; nothing in the app raises.
"""

import pytest

import flet as ft
from flet.protocol import Action
from flet.session import Session
from tests.support.loop import run
from tests.support.simclient import start


def counter_app(page):
    count = ft.Text("0")

    def add(e):
        count.value = str(int(count.value) + 1)

    page.add(count, ft.ElevatedButton("add", on_click=add))


def injected(*args, **kwargs):
    raise RuntimeError("injected bug in the session\nsecond line")


def test_a_bug_after_the_first_render_shows_session_crashed(monkeypatch, capsys):
    async def scenario():
        client, task = await start(counter_app)
        monkeypatch.setattr(Session, "_on_event", injected)
        client.fire(client.find("Button", "add"), "click")
        await client.settle()
        assert client.crashed is not None
        assert client.crashed.splitlines()[0] == "RuntimeError: injected bug in the session"
        assert client.log[-1][0] == Action.SESSION_CRASHED
        assert task.done() and task.exception() is None  # ended, not escaped
        assert not client.connected

    run(scenario())
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: injected bug in the session" in err


def test_a_bug_before_anything_was_sent_answers_the_registration_with_the_error(
    monkeypatch, capsys
):
    monkeypatch.setattr(Session, "_on_register", injected)

    async def scenario():
        client, task = await start(counter_app)
        assert client.error is not None
        assert client.error.splitlines()[0] == "RuntimeError: injected bug in the session"
        await client.settle()
        assert task.done() and task.exception() is None
        assert not client.connected

    run(scenario())
    assert "RuntimeError: injected bug in the session" in capsys.readouterr().err


@pytest.mark.parametrize("method", ["_on_props", "_on_method_result"])
def test_a_bug_in_any_message_handler_ends_the_session_the_same_way(monkeypatch, method):
    async def scenario():
        client, task = await start(counter_app)
        monkeypatch.setattr(Session, method, injected)
        if method == "_on_props":
            client.send(Action.UPDATE_CONTROL_PROPS, {"id": 1, "props": {"width": 5}})
        else:
            client.send(Action.INVOKE_METHOD, {"call_id": "c", "result": None, "error": None})
        await client.settle()
        assert client.crashed is not None and client.crashed.startswith("RuntimeError: injected")
        assert task.done() and not client.connected

    run(scenario())
