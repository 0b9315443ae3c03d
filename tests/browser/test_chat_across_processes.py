"""The era's pubsub chat in two Chromium pages whose sessions live in two processes.

The documented deployment (tests/server/deployment.py: ``redis-server``, two uvicorn processes
of examples/deploy/chat.py, nginx with examples/deploy/nginx-flet.conf) serves /chat/; each
page is its own browser context holding an affinity cookie that nginx routes to a different
process (its access log says which served each WebSocket). A join, the "is typing" topic and a
chat line cross between the processes through Redis, both ways, with the real 1.0.5 client.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flutter_semantics import enable_semantics, wait_for_text
from harness import BrowserGuard
from playwright.sync_api import Page
from test_pubsub_two_tabs import press, sees, type_into

from tests.server.deployment import COOKIE, Deployment, deployed


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    with deployed(tmp_path_factory.mktemp("deploy")) as started:
        yield started


def open_page(new_context: Callable[..., Any], deployment: Deployment, key: str) -> Page:
    """A browser (a context of its own) whose affinity cookie is ``key``."""
    context = new_context()
    context.add_cookies([{"name": COOKIE, "value": key, "domain": "127.0.0.1", "path": "/chat/"}])
    page = context.new_page()
    page.goto(deployment.base)
    enable_semantics(page)
    wait_for_text(page, "Your name")
    return page


def test_the_chat_crosses_between_two_processes_in_two_pages(
    new_context: Callable[..., Any], deployment: Deployment, browser_guard: BrowserGuard
) -> None:
    one, two = deployment.keys_on_two_processes()
    ann = open_page(new_context, deployment, one)
    bob = open_page(new_context, deployment, two)

    type_into(ann, "Your name", "Ann")
    press(ann, "Join")
    sees(bob, "Ann has joined the chat.")  # crossed to the other process
    sees(ann, "Ann has joined the chat.")

    type_into(bob, "Your name", "Bob")
    press(bob, "Join")
    sees(ann, "Bob has joined the chat.")

    type_into(ann, "Write a message", "hello from the first process")
    sees(bob, "Ann is typing...")
    press(ann, "Send")
    sees(bob, "Ann: hello from the first process")
    sees(ann, "Ann: hello from the first process")

    type_into(bob, "Write a message", "hi Ann")
    sees(ann, "Bob is typing...")
    press(bob, "Send")
    sees(ann, "Bob: hi Ann")
    sees(bob, "Bob: hi Ann")

    # nginx logs a WebSocket when it ends: close the pages, then read which process had each
    ann.close()
    bob.close()
    deadline = time.monotonic() + 10
    while len(sockets := websockets_by_cookie(deployment)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sockets[one] != sockets[two]  # the two pages' sessions lived in two processes


def websockets_by_cookie(deployment: Deployment) -> dict[str, str]:
    """cookie -> the process that served its WebSocket, for the WebSockets that ended."""
    return {r[3]: r[2] for r in deployment.routed() if r[0] == "/chat/ws"}
