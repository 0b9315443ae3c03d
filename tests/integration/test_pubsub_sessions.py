"""``page.pubsub`` between two sessions of one process (two simulated clients, one hub):
the era's chat app (tests/apps/pubsub_chat_room.py), handler errors, sessions that end."""

from __future__ import annotations

import asyncio

import pytest

import flet as ft
from flet.session import pubsub
from tests.support.apps import ROOT, load_main
from tests.support.loop import run
from tests.support.simclient import SimClient, start

CHAT = ROOT / "tests" / "apps" / "pubsub_chat_room.py"


@pytest.fixture(autouse=True)
def fresh_hub(monkeypatch):
    hub = pubsub.PubSubHub()
    monkeypatch.setattr(pubsub, "_HUB", hub)
    return hub


def field(client: SimClient, label: str):
    [found] = [f for f in client.find_all("TextField") if f.props.get("label") == label]
    return found


async def join(client: SimClient, name: str) -> None:
    await client.type_text(field(client, "Your name"), name)
    await client.click(client.find("Button", "Join"))


async def say(client: SimClient, text: str) -> None:
    await client.type_text(field(client, "Write a message"), text)
    await client.click(client.find("Button", "Send"))


def test_the_chat_app_carries_messages_between_two_sessions(fresh_hub):
    async def scenario():
        main = load_main(CHAT)
        ann, _ = await start(main)
        bob, _ = await start(main)
        await join(ann, "Ann")
        await join(bob, "Bob")
        for client in (ann, bob):
            assert "Ann has joined the chat." in client.texts()
            assert "Bob has joined the chat." in client.texts()

        # typing goes to the others on the "typing" topic, not to the one who types
        await ann.type_text(field(ann, "Write a message"), "hel")
        assert "Ann is typing..." in bob.texts()
        assert "Ann is typing..." not in ann.texts()

        await say(ann, "hello Bob")
        await say(bob, "hi Ann")
        for client in (ann, bob):
            chat = [t for t in client.texts() if ": " in t]
            assert chat == ["Ann: hello Bob", "Bob: hi Ann"]
            assert "Ann is typing..." not in client.texts()

    run(scenario())


def test_a_session_that_ends_leaves_the_hub(fresh_hub):
    async def scenario():
        main = load_main(CHAT)
        ann, _ = await start(main)
        bob, bob_task = await start(main)
        bob.disconnect()
        await asyncio.wait_for(bob_task, 1)
        assert [m for m in fresh_hub._subscribers] == [ann.session]
        assert list(fresh_hub._topics["typing"]) == [ann.session]
        await join(ann, "Ann")
        assert "Ann has joined the chat." in ann.texts()

    run(scenario())


def test_async_app_handlers_and_errors_reach_the_receiving_sessions_error_bar(fresh_hub):
    async def scenario():
        async def main(page: ft.Page):
            shown = ft.Text("nothing yet")

            async def on_news(topic, message):
                if message == "bad":
                    raise ValueError("this news is bad")
                await asyncio.sleep(0.05)
                shown.value = f"{topic}: {message['title']}"
                await page.update_async()

            async def publish(e):
                await page.pubsub.send_others_on_topic_async("news", {"title": "rain"})

            async def publish_bad(e):
                page.pubsub.send_all_on_topic("news", "bad")

            await page.pubsub.subscribe_topic_async("news", on_news)
            await page.add_async(
                shown,
                ft.ElevatedButton("publish", on_click=publish),
                ft.ElevatedButton("bad", on_click=publish_bad),
            )

        one, _ = await start(main)
        two, _ = await start(main)
        await one.click(one.find("Button", "publish"))
        await two.settle(0.1)
        assert "news: rain" in two.texts()
        assert "nothing yet" in one.texts()  # send_others: not the sender

        await two.click(two.find("Button", "bad"))
        for client in (one, two):
            [text] = client.error_bars()
            assert text == "Error in pubsub handler on_news: ValueError: this news is bad"

    run(scenario())


def test_an_unsendable_message_raises_in_the_sender(fresh_hub):
    async def scenario():
        def main(page: ft.Page):
            def send(e):
                page.pubsub.send_all({"when": {1, 2}})

            page.pubsub.subscribe(print)
            page.add(ft.ElevatedButton("send", on_click=send))

        client, _ = await start(main)
        await client.click(client.find("Button", "send"))
        [text] = client.error_bars()
        assert text.startswith(
            "Error in ElevatedButton.on_click: TypeError: pubsub: message['when'] is a set"
        )

    run(scenario())
