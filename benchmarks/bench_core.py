"""How long the core takes to turn a control tree into bytes for the client, by page size.

For pages of 100, 1,000 and 10,000 controls (``--sizes``), four cases, each timed with
``time.perf_counter`` over ``--runs`` runs (after ``--warmup`` untimed runs):

- first render: what the client gets when the app starts (the register reply);
- full re-render: every Text changes, then one update;
- one property: one Text changes, then one update;
- one child appended: a Text appended to the long Column, then one update (taken out again,
  untimed, after each run);
- nothing changed: one update right after another (the session's flush after a handler
  that awaited ``update()`` itself: the page's hook runs, nothing is read or sent);
- one property, value objects / dicts: one property on the same page where every Text also
  holds a ``TextStyle`` (a value object: it says when a field changes) or a tooltip ``dict``
  (it cannot: the controls holding one are read again on every update).

An update is what a session's flush does: ``read_changes`` (``prepare`` and the snapshot of
what changed) + ``diff`` + encode every PATCH_CONTROL + ``settle``. The core's functions are
called directly, no session or event loop. Runs the same on CPython
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
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's flet

import flet as ft
from flet.core.changes import Changes
from flet.core.diff import diff
from flet.core.ids import PAGE_ID, IdRegistry
from flet.core.snapshot import Snapshot, to_wire
from flet.core.update import read_changes, settle
from flet.protocol import Action, encode_packet

#: a Column of Rows, each with a Text, a button and a checkbox: 4 controls a row
PER_ROW = 4
SIZES = (100, 1_000, 10_000)


class _NoSession:
    """The page's update sink; unused, since the benchmark calls the core directly."""

    def request_update(self) -> Any:
        raise RuntimeError("the benchmark never requests updates")


@dataclass
class Result:
    size: int
    name: str
    seconds: list[float]
    stages: dict[str, list[float]]
    messages: int
    size_bytes: int


@dataclass
class Bench:
    """One page and what the client was last sent."""

    page: ft.Page
    texts: list[ft.Text]
    column: ft.Column
    ids: IdRegistry
    changes: Changes
    sent: Snapshot


#: What each Text holds besides its value, by page variant: a value object (it says when a
#: field changes) or a dict (it cannot: its control is read again on every update).
HELD: dict[str, Callable[[int], dict[str, Any]]] = {
    "plain": lambda i: {"size": 14},
    "value objects": lambda i: {"style": ft.TextStyle(size=14)},
    "dicts": lambda i: {"size": 14, "tooltip": {"message": f"row {i}"}},
}


def build_page(rows: int, held: str = "plain") -> tuple[ft.Page, ft.Column, list[ft.Text]]:
    page = ft.Page(_NoSession())
    texts = [ft.Text(f"row {i}", **HELD[held](i)) for i in range(rows)]
    column = ft.Column(
        [
            ft.Row([text, ft.ElevatedButton("Edit", on_click=print), ft.Checkbox(label="done")])
            for text in texts
        ],
        scroll="auto",
    )
    page.controls.append(column)
    return page, column, texts


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


def start(rows: int, held: str = "plain") -> Bench:
    """A page of ``rows`` rows, shown once (its first render, untimed)."""
    page, column, texts = build_page(rows, held)
    ids, changes = IdRegistry(page), Changes()
    sent = read_changes(page, ids, changes, None).snapshot
    settle(sent, ids, changes)  # as the session does once it is sent: its controls report
    return Bench(page, texts, column, ids, changes, sent)


def first_render(page: ft.Page) -> tuple[Stopwatch, int, int]:
    watch = Stopwatch()
    snapshot = read_changes(page, IdRegistry(page), Changes(), None).snapshot
    watch.lap("snapshot")
    reply = {"session_id": "pyodide", "page_patch": to_wire(snapshot, PAGE_ID), "error": ""}
    watch.lap("diff/to_wire")
    packet = encode_packet(Action.REGISTER_CLIENT, reply)
    watch.lap("encode")
    return watch, 1, len(packet)


def update(bench: Bench) -> tuple[Stopwatch, int, int]:
    """One flush of what changed: prepare and snapshot, diff, encode, settle."""
    watch = Stopwatch()
    after = read_changes(bench.page, bench.ids, bench.changes, bench.sent).snapshot
    watch.lap("snapshot")
    patches = diff(bench.sent, after)
    watch.lap("diff/to_wire")
    size = sum(len(encode_packet(Action.PATCH_CONTROL, p.body())) for p in patches)
    watch.lap("encode")
    settle(after, bench.ids, bench.changes)
    watch.lap("settle")
    bench.sent = after
    return watch, len(patches), size


def measure(
    size: int,
    name: str,
    runs: int,
    warmup: int,
    once: Callable[[int], tuple[Stopwatch, int, int]],
) -> Result:
    result = Result(size, name, [], {}, 0, 0)
    for i in range(warmup + runs):
        watch, messages, size_bytes = once(i)
        if i < warmup:
            continue
        result.seconds.append(sum(watch.stages.values()))
        for stage, seconds in watch.stages.items():
            result.stages.setdefault(stage, []).append(seconds)
        result.messages, result.size_bytes = messages, size_bytes
    return result


def run_size(controls: int, runs: int, warmup: int) -> tuple[list[Result], tuple[int, int]]:
    rows = max(1, controls // PER_ROW)
    bench = start(rows)
    counts = count_controls(bench.sent)
    under_view = counts[1]

    def full(i: int) -> tuple[Stopwatch, int, int]:
        for n, text in enumerate(bench.texts):
            text.value = f"row {n} v{i}"
        return update(bench)

    def one(i: int) -> tuple[Stopwatch, int, int]:
        bench.texts[rows // 2].value = f"changed {i}"
        return update(bench)

    def append(i: int) -> tuple[Stopwatch, int, int]:
        bench.column.controls.append(ft.Text(f"new {i}"))
        measured = update(bench)
        bench.column.controls.pop()
        update(bench)  # untimed: the page is back to its size
        return measured

    results = [
        measure(under_view, "first render", runs, warmup, lambda i: first_render(bench.page)),
        measure(under_view, f"full re-render ({rows:,} Texts)", runs, warmup, full),
        measure(under_view, "one property", runs, warmup, one),
        measure(under_view, "one child appended", runs, warmup, append),
        measure(under_view, "nothing changed", runs, warmup, lambda i: update(bench)),
    ]
    for held in ("value objects", "dicts"):
        results.append(
            measure(under_view, f"one property, {held}", runs, warmup, one_of(rows, held))
        )
    return results, counts


def one_of(rows: int, held: str) -> Callable[[int], tuple[Stopwatch, int, int]]:
    """One property on a page whose Texts each hold a value object or a dict."""
    bench = start(rows, held)

    def one(i: int) -> tuple[Stopwatch, int, int]:
        bench.texts[rows // 2].value = f"changed {i}"
        return update(bench)

    return one


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def table(results: list[Result]) -> str:
    ms = 1000.0
    head = (
        f"{'controls':>8}  {'case':<31}{'median ms':>10}{'p95 ms':>9}{'min ms':>8}"
        f"{'snapshot':>10}{'diff/wire':>10}{'encode':>8}{'settle':>8}{'msgs':>6}{'bytes':>10}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        stage = {k: statistics.median(v) * ms for k, v in r.stages.items()}
        lines.append(
            f"{r.size:>8,}  {r.name:<31}{statistics.median(r.seconds) * ms:>10.2f}"
            f"{p95(r.seconds) * ms:>9.2f}{min(r.seconds) * ms:>8.2f}"
            f"{stage['snapshot']:>10.2f}{stage['diff/to_wire']:>10.2f}{stage['encode']:>8.2f}"
            f"{stage.get('settle', 0.0):>8.2f}{r.messages:>6}{r.size_bytes:>10,}"
        )
    lines.append(
        "(controls: under the view; stage columns are medians of each stage: snapshot = "
        "prepare + snapshot, diff/wire is to_wire for the first render, settle = the new "
        "controls join the journal)"
    )
    return "\n".join(lines)


def interpreter() -> str:
    python = f"{platform.python_implementation()} {platform.python_version()}"
    if sys.platform != "emscripten":
        return f"{python} on {platform.machine()}"
    import pyodide  # only inside Pyodide

    return f"Pyodide {pyodide.__version__} ({python}, wasm32)"


def load() -> str:
    """The host's load average (Pyodide has none of its own: see the runner's output)."""
    if sys.platform == "emscripten":
        return "load average: see the host"
    import os

    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=50, help="timed runs per case (default 50)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=list(SIZES),
        help="page sizes in controls (default 100 1000 10000)",
    )
    args = parser.parse_args(argv)
    print(f"{interpreter()}; {args.runs} runs per case; {load()}")
    results: list[Result] = []
    for size in args.sizes:
        found, (total, under_view) = run_size(size, args.runs, args.warmup)
        print(f"page of {under_view:,} controls under the view ({total:,} sent)", flush=True)
        results.extend(found)
    print(table(results))
    print(load())


if __name__ == "__main__":
    main()
