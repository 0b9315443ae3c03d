"""How long the core takes to turn a 1,000-control page into bytes for the client.

Three cases, each timed with ``time.perf_counter`` over ``--runs`` runs (after a few warm-up
runs), median and p95:

- first render: ``prepare`` + ``take_snapshot`` (fresh ids) + ``to_wire`` + ``encode_packet``
  of the register reply, what the client gets when the app starts;
- full re-render: every Text changes; ``prepare`` + snapshot + ``diff`` + encode every patch;
- one property: one Text changes; the same steps.

The core's functions are called directly, no session or event loop. Runs the same on CPython
(``.venv/bin/python benchmarks/bench_core.py``) and inside Pyodide
(``node benchmarks/run_in_pyodide.mjs``).
"""

from __future__ import annotations

import argparse
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import flet as ft
from flet.core.diff import diff
from flet.core.ids import PAGE_ID, IdRegistry
from flet.core.lifecycle import prepare
from flet.core.snapshot import Snapshot, take_snapshot, to_wire
from flet.protocol import Action, encode_packet

ROWS = 250  # a Column of 250 Rows, each with a Text, a button and a checkbox: 1,001 controls


class _NoSession:
    """The page's update sink; unused, since the benchmark calls the core directly."""

    def request_update(self) -> Any:
        raise RuntimeError("the benchmark never requests updates")


@dataclass
class Result:
    name: str
    seconds: list[float]
    stages: dict[str, list[float]]
    messages: int
    size: int


def build_page(rows: int = ROWS) -> tuple[ft.Page, list[ft.Text]]:
    page = ft.Page(_NoSession())
    texts = [ft.Text(f"row {i}", size=14) for i in range(rows)]
    page.controls.append(
        ft.Column(
            [
                ft.Row([text, ft.ElevatedButton("Edit", on_click=print), ft.Checkbox(label="done")])
                for text in texts
            ],
            scroll="auto",
        )
    )
    return page, texts


def count_controls(snapshot: Snapshot) -> tuple[int, int]:
    """(all controls sent, controls under the view) of a snapshot."""
    view = snapshot.nodes[PAGE_ID].props["views"].ids[0]
    under, stack = 0, list(_kids(snapshot, view))
    while stack:
        under += 1
        stack.extend(_kids(snapshot, stack.pop()))
    return len(snapshot.nodes), under


def _kids(snapshot: Snapshot, cid: int) -> list[int]:
    out: list[int] = []
    for value in snapshot.nodes[cid].props.values():
        out.extend(getattr(value, "ids", ()))
        if hasattr(value, "id"):
            out.append(value.id)
    return out


class Stopwatch:
    """Splits one run into named stages."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.stages[name] = self.stages.get(name, 0.0) + now - self._last
        self._last = now


def first_render(page: ft.Page) -> tuple[Stopwatch, int, int]:
    watch = Stopwatch()
    prepare(page)
    snapshot = take_snapshot(page, IdRegistry(page))
    watch.lap("snapshot")
    reply = {"session_id": "pyodide", "page_patch": to_wire(snapshot, PAGE_ID), "error": ""}
    watch.lap("diff/to_wire")
    packet = encode_packet(Action.REGISTER_CLIENT, reply)
    watch.lap("encode")
    return watch, 1, len(packet)


def update(
    page: ft.Page, ids: IdRegistry, before: Snapshot
) -> tuple[Stopwatch, Snapshot, int, int]:
    watch = Stopwatch()
    prepare(page)
    after = take_snapshot(page, ids)
    watch.lap("snapshot")
    patches = diff(before, after)
    watch.lap("diff/to_wire")
    size = sum(len(encode_packet(Action.PATCH_CONTROL, p.body())) for p in patches)
    watch.lap("encode")
    return watch, after, len(patches), size


def measure(
    name: str, runs: int, warmup: int, once: Callable[[int], tuple[Stopwatch, int, int]]
) -> Result:
    result = Result(name, [], {}, 0, 0)
    for i in range(warmup + runs):
        watch, messages, size = once(i)
        if i < warmup:
            continue
        result.seconds.append(sum(watch.stages.values()))
        for stage, seconds in watch.stages.items():
            result.stages.setdefault(stage, []).append(seconds)
        result.messages, result.size = messages, size
    return result


def run_all(runs: int, warmup: int) -> tuple[list[Result], tuple[int, int]]:
    page, texts = build_page()
    ids = IdRegistry(page)
    prepare(page)
    state = {"sent": take_snapshot(page, ids)}
    counts = count_controls(state["sent"])

    def full(i: int) -> tuple[Stopwatch, int, int]:
        for n, text in enumerate(texts):
            text.value = f"row {n} v{i}"
        watch, state["sent"], messages, size = update(page, ids, state["sent"])
        return watch, messages, size

    def one(i: int) -> tuple[Stopwatch, int, int]:
        texts[ROWS // 2].value = f"changed {i}"
        watch, state["sent"], messages, size = update(page, ids, state["sent"])
        return watch, messages, size

    results = [
        measure("first render (register reply)", runs, warmup, lambda i: first_render(page)),
        measure("full re-render (250 Texts)", runs, warmup, full),
        measure("one property", runs, warmup, one),
    ]
    return results, counts


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def table(results: list[Result]) -> str:
    ms = 1000.0
    head = (
        f"{'case':<31}{'median ms':>10}{'p95 ms':>9}{'min ms':>8}{'snapshot':>10}{'diff/wire':>10}"
        f"{'encode':>8}{'msgs':>6}{'bytes':>9}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        stage = {k: statistics.median(v) * ms for k, v in r.stages.items()}
        lines.append(
            f"{r.name:<31}{statistics.median(r.seconds) * ms:>10.2f}{p95(r.seconds) * ms:>9.2f}"
            f"{min(r.seconds) * ms:>8.2f}"
            f"{stage['snapshot']:>10.2f}{stage['diff/to_wire']:>10.2f}{stage['encode']:>8.2f}"
            f"{r.messages:>6}{r.size:>9,}"
        )
    lines.append("(stage columns are medians of each stage; diff/wire is to_wire for the reply)")
    return "\n".join(lines)


def interpreter() -> str:
    python = f"{platform.python_implementation()} {platform.python_version()}"
    if sys.platform != "emscripten":
        return f"{python} on {platform.machine()}"
    import pyodide  # only inside Pyodide

    return f"Pyodide {pyodide.__version__} ({python}, wasm32)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=50, help="timed runs per case (default 50)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    args = parser.parse_args(argv)
    results, (total, under_view) = run_all(args.runs, args.warmup)
    print(
        f"{interpreter()}; "
        f"{under_view:,} controls under the view ({total:,} sent, with page, view and hosts); "
        f"{args.runs} runs per case"
    )
    print(table(results))


if __name__ == "__main__":
    main()
