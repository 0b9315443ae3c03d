"""Property: no sequence of malformed packets ends or freezes a live session.

Each example starts a counter app over the in-memory transport, floods it with packets of the
categories in ``tests/support/malformed.py`` (random bytes, truncated msgpack, deep nesting,
huge strings, ext types, wrong shapes for every action, unknown ids, weird data for real
controls), then clicks the button: the session must still be serving, the client must have
seen no error card, and the counter must go up by one. ``benchmarks/fuzz_session.py`` runs the
same generator for 100,000 packets.
"""

from __future__ import annotations

import logging
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flet as ft
from tests.support.loop import run
from tests.support.malformed import CATEGORIES, Target, malformed_packet
from tests.support.simclient import SimClient, start


def counter_app(page: ft.Page) -> None:
    count = ft.Text("0")
    field = ft.TextField(value="", on_change=lambda e: None)

    def add(e: ft.ControlEvent) -> None:
        count.value = str(int(count.value) + 1)

    page.add(count, field, ft.Checkbox(value=False), ft.ElevatedButton("add", on_click=add))


def count_of(client: SimClient) -> int:
    return int(client.find("Text").text() or "")


#: (category, seed) pairs: a failing example names the packets it sent, reproducibly
FLOODS = st.lists(
    st.tuples(st.sampled_from(sorted(CATEGORIES)), st.integers(0, 2**32)),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(flood=FLOODS)
def test_after_any_flood_the_session_is_alive_and_answers_a_click(
    flood: list[tuple[str, int]],
) -> None:
    async def scenario() -> None:
        client, task = await start(counter_app)
        target = Target(tuple(sorted(client.index)))
        for category, seed in flood:
            client.send_raw(malformed_packet(random.Random(seed), target, category))
            await client.settle(0)
        await client.settle()
        before = count_of(client)
        await client.click(client.find("Button", "add"))
        assert not task.done(), "the session ended"
        assert client.crashed is None and client.error is None
        assert count_of(client) == before + 1

    logging.getLogger("flet").disabled = True  # thousands of "dropped ..." lines
    try:
        run(scenario())
    finally:
        logging.getLogger("flet").disabled = False
