"""``page.pubsub`` between two tabs, in real Chromium with the real Flet 1.0.5 client.

The era's chat app (tests/apps/pubsub_chat_room.py, published as is) runs in two tabs of one
browser context; each tab is its own session in its own worker, and the messages cross between
the workers over the site's BroadcastChannel: a join, the "is typing" topic (send_others) and a
chat line typed in one tab appear in the other, both ways.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from flutter_semantics import SEMANTICS_HOST, click_button, enable_semantics, tap, wait_for_text
from harness import BrowserGuard, StaticServer
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from flet.publish import PublishOptions, publish
from tests.support.apps import ROOT

ServerFactory = Callable[..., StaticServer]
CHAT = ROOT / "tests" / "apps" / "pubsub_chat_room.py"


def open_tab(context: Any, url: str) -> Page:
    page = context.new_page()
    page.goto(url)
    enable_semantics(page)
    wait_for_text(page, "Your name")
    return page


def type_into(page: Page, label: str, text: str) -> None:
    """Switch to the tab, click into the field labelled ``label`` and type, as a person would.

    Keys go in only once Flutter has attached its text input to the field (it then focuses the
    DOM input itself): keys typed before that are lost, or land in the field focused before
    (whose DOM input is still the active element). So the typing is checked: the active input
    must end up holding ``text``, else the field is clicked and the text typed over again."""
    page.bring_to_front()
    field = page.locator(SEMANTICS_HOST).get_by_role("textbox", name=label)
    for _ in range(3):
        tap(page, field)
        page.wait_for_function(
            "() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName)"
        )
        page.keyboard.press("Control+A")
        page.keyboard.type(text, delay=20)
        try:
            page.wait_for_function(
                "text => document.activeElement?.value === text", arg=text, timeout=5_000
            )
            return
        except PlaywrightTimeoutError:
            continue
    raise AssertionError(f"could not type {text!r} into the field {label!r}")


def press(page: Page, name: str) -> None:
    page.bring_to_front()
    click_button(page, name, exact=True)


def sees(page: Page, text: str) -> None:
    """Switch to the tab and wait for ``text``: a hidden tab's Flutter draws no frames, so its
    semantics tree (what the test reads) only catches up once the tab is in front."""
    page.bring_to_front()
    wait_for_text(page, text, exact=True)


def test_a_message_typed_in_one_tab_appears_in_the_other(
    new_context: Callable[..., Any],
    tmp_path: Path,
    static_server: ServerFactory,
    browser_guard: BrowserGuard,
) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "main.py").write_text(CHAT.read_text(encoding="utf-8"), encoding="utf-8")
    publish(PublishOptions(app=tmp_path / "app" / "main.py", distpath=tmp_path / "dist"))
    url = static_server(tmp_path / "dist").url
    context = new_context()
    ann, bob = open_tab(context, url), open_tab(context, url)

    type_into(ann, "Your name", "Ann")
    press(ann, "Join")
    sees(bob, "Ann has joined the chat.")  # crossed to the other tab
    sees(ann, "Ann has joined the chat.")  # and shown in its own

    type_into(bob, "Your name", "Bob")
    press(bob, "Join")
    sees(ann, "Bob has joined the chat.")

    type_into(ann, "Write a message", "hello from the first tab")
    sees(bob, "Ann is typing...")
    press(ann, "Send")
    sees(bob, "Ann: hello from the first tab")
    sees(ann, "Ann: hello from the first tab")

    type_into(bob, "Write a message", "hi Ann")
    sees(ann, "Bob is typing...")
    press(bob, "Send")
    sees(ann, "Bob: hi Ann")
    sees(bob, "Bob: hi Ann")
