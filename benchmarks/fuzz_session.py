"""Feed a live counter app 100,000 malformed packets and print what they did to it.

The app runs in a real session over the in-memory transport, driven by the simulated client
(``tests/support/simclient.py``). Packets come from ``tests/support/malformed.py`` with a
seeded ``random.Random``, a category drawn per packet (random bytes, truncated msgpack, deep
nesting, huge strings, ext types, wrong shapes for every action, unknown ids, weird data for
the app's real controls). If a packet ends the session, that is counted and a new session is
started, so one bad packet cannot hide the next. After the flood the client clicks the
counter's button once, as a user would.

Printed: packets per category, sessions ended (goal 0), whether the click after the flood was
answered (goal yes), warnings logged, memory growth (RSS and live Python objects, and the
traced Python heap with ``--tracemalloc``), and microseconds per packet (the session's
handling only: generating a packet is not timed).

    .venv/bin/python benchmarks/fuzz_session.py [--packets 100000] [--seed 10] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import platform
import random
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's flet and tests

import flet as ft
from tests.support.malformed import CATEGORIES, Target, malformed_packet
from tests.support.simclient import SimClient, start


def counter_app(page: ft.Page) -> None:
    count = ft.Text("0")
    field = ft.TextField(value="", on_change=lambda e: None)

    def add(e: ft.ControlEvent) -> None:
        count.value = str(int(count.value) + 1)

    page.add(count, field, ft.Checkbox(value=False), ft.ElevatedButton("add", on_click=add))


class Counting(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1


def rss_bytes() -> int | None:
    """The process's resident set size now (Linux), ``None`` where it cannot be read."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return None


def live_objects() -> int:
    gc.collect()
    return len(gc.get_objects())


class Flood:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cases: Counter[str] = Counter()
        self.ended: Counter[str] = Counter()
        self.seconds = 0.0
        self.client: SimClient | None = None
        self.task: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        self.client, self.task = await start(counter_app)

    async def send(self, count: int) -> None:
        for _ in range(count):
            assert self.client is not None and self.task is not None
            category = self.rng.choice(list(CATEGORIES))
            target = Target(tuple(sorted(self.client.index)))
            packet = malformed_packet(self.rng, target, category)
            started = time.perf_counter()
            self.client.send_raw(packet)
            await asyncio.sleep(0)  # the session reads and handles the packet
            await asyncio.sleep(0)  # handler tasks and a flush it started run
            self.seconds += time.perf_counter() - started
            self.cases[category] += 1
            if self.task.done():
                self.ended[category] += 1
                await self.connect()

    async def click_answered(self) -> bool:
        client = self.client
        assert client is not None
        await client.settle()
        before = client.find("Text").text()
        await client.click(client.find("Button", "add"), settle=0.05)
        after = client.find("Text").text()
        return after == str(int(before or "0") + 1) and client.crashed is None


async def main_async(args: argparse.Namespace) -> None:
    flood = Flood(args.seed)
    await flood.connect()
    await flood.send(1000)  # warm-up: imports, caches, first allocations
    warm_cases, warm_seconds = sum(flood.cases.values()), flood.seconds
    rss_before, objects_before = rss_bytes(), live_objects()
    if args.tracemalloc:
        tracemalloc.start()
    traced_before = tracemalloc.get_traced_memory()[0] if args.tracemalloc else 0

    await flood.send(args.packets - warm_cases)
    answered = await flood.click_answered()

    traced_after = tracemalloc.get_traced_memory()[0] if args.tracemalloc else 0
    objects_after, rss_after = live_objects(), rss_bytes()
    timed = sum(flood.cases.values()) - warm_cases
    report(flood, answered, timed, flood.seconds - warm_seconds, args)
    print(f"live Python objects: {objects_before:,} -> {objects_after:,} after gc")
    if rss_before is not None and rss_after is not None:
        growth = (rss_after - rss_before) / 1e6
        print(f"RSS: {rss_before / 1e6:.1f} MB -> {rss_after / 1e6:.1f} MB ({growth:+.1f} MB)")
    if args.tracemalloc:
        growth_kb = (traced_after - traced_before) / 1e3
        print(f"traced Python heap growth over the flood: {growth_kb:+.1f} kB")


def report(
    flood: Flood, answered: bool, timed: int, seconds: float, args: argparse.Namespace
) -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}, seed {args.seed}")
    print(f"{'category':32} {'packets':>8} {'sessions ended':>15}")
    for category in CATEGORIES:
        print(f"{category:32} {flood.cases[category]:>8,} {flood.ended[category]:>15}")
    total, ended = sum(flood.cases.values()), sum(flood.ended.values())
    print(f"{'all':32} {total:>8,} {ended:>15}")
    print(f"cases: {total:,}")
    print(f"sessions ended: {ended} (goal 0)")
    print(f"valid click after the flood answered: {'yes' if answered else 'NO'} (goal yes)")
    print(f"warnings logged: {COUNTING.records:,}")
    per_packet = seconds / timed * 1e6 if timed else 0.0
    traced = " (tracemalloc on)" if args.tracemalloc else ""
    print(f"time per packet: {per_packet:.1f} µs over {timed:,} packets{traced}")


COUNTING = Counting()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packets", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--tracemalloc", action="store_true", help="trace the Python heap too")
    args = parser.parse_args()
    if args.packets < 1000:
        parser.error("--packets must be at least 1000 (the first 1,000 warm up)")
    flet_log = logging.getLogger("flet")
    flet_log.addHandler(COUNTING)
    flet_log.propagate = False
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
