"""The BroadcastChannel relay on CPython: the era's chat app started by ``bootstrap.start``,
what this tab posts to the channel and what another tab's message shows here."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from flet.session import pubsub
from flet.transport import QueueTransport
from pyodide_runtime import pubsub as tabs
from pyodide_runtime.bootstrap import start
from pyodide_runtime.transport import PostMessageTransport
from tests.support.apps import ROOT
from tests.support.loop import run
from tests.support.simclient import SimClient


class FakeUint8Array:
    def __init__(self, data: bytes) -> None:
        self.data = bytes(data)

    def to_bytes(self) -> bytes:
        return self.data


def no_post(u8: object) -> None:
    raise AssertionError("nothing may be posted before the client registers")


def connect(transport: PostMessageTransport) -> SimClient:
    """A simulated client on the page side of the postMessage transport."""
    page_side = QueueTransport(lambda packet: transport.feed_js(FakeUint8Array(packet)))
    transport._post_packet = lambda u8: page_side.feed(u8.to_bytes())  # the worker's postPacket
    return SimClient(page_side)


@pytest.fixture
def chat_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(pubsub, "_HUB", pubsub.PubSubHub())
    shutil.copy(ROOT / "tests" / "apps" / "pubsub_chat_room.py", tmp_path / "chat_tab_app.py")
    return tmp_path


def field(client: SimClient, label: str):
    [found] = [f for f in client.find_all("TextField") if f.props.get("label") == label]
    return found


def test_a_tab_posts_its_messages_and_shows_another_tabs(chat_dir: Path) -> None:
    posted: list[str] = []

    async def scenario() -> list[str]:
        receive = tabs.connect(posted.append)
        client = connect(start("chat_tab_app", no_post, FakeUint8Array))
        await client.connect()
        await client.type_text(field(client, "Your name"), "Ann")
        await client.click(client.find("Button", "Join"))

        # another tab, running the same app, says something: its Message class is __main__'s
        app_message = pubsub.hub().namespaces["__main__"]["Message"]
        sent = pubsub.encode_message(app_message("Bob", "hi Ann", "chat_message"))
        receive(json.dumps({"topic": None, "message": sent}))
        receive(json.dumps({"topic": "typing", "message": json.dumps("Bob")}))
        await client.settle(0.05)
        return client.texts()

    texts = run(scenario())
    assert "Ann has joined the chat." in texts  # delivered here, not through the channel
    assert "Bob: hi Ann" in texts
    assert "Bob is typing..." in texts
    [envelope] = [json.loads(text) for text in posted]
    assert envelope["topic"] is None
    assert json.loads(envelope["message"]) == {
        "$dataclass": "__main__:Message",
        "$fields": {
            "user": "Ann",
            "text": "Ann has joined the chat.",
            "message_type": "login_message",
        },
    }


def test_the_channel_is_one_per_site_and_build() -> None:
    a = tabs.channel_name("https://example.org/chat/", "0123456789abcdef")
    assert a == "flet-pwa pubsub https://example.org/chat/ 0123456789abcdef"
    assert a != tabs.channel_name("https://example.org/todo/", "0123456789abcdef")
    assert a != tabs.channel_name("https://example.org/chat/", "fedcba9876543210")
