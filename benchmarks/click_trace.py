"""What a click's time went to, read from a Chromium trace (helper of ``bench_first_click.py``).

Input: the trace events of one page (``Tracing.dataCollected`` with the categories in
``CATEGORIES``) and, for each DOM click the probe dispatched, its click-to-repaint latency.
Each click's window runs from its ``EventDispatch`` on the page's main thread to its repaint;
a slice counts when it starts inside the window. Per click:

- ``page_lazy``: WebAssembly functions the page's main thread compiled on their first call
  (``wasm.CompileLazy``: the Flutter client's code and its renderer's), count and ms;
- ``worker_lazy``: the same on the dedicated worker (Pyodide's interpreter and extensions);
- ``worker_recompiled``: baseline compiles on the worker that are not a first call
  (``wasm.CompileBaseline`` outside a ``wasm.CompileLazy``): a function that had optimized
  code and is compiled again, as V8 does when the optimized code is thrown away
  (deoptimization), count and ms;
- ``background_tier_up``: optimizing compiles on V8's background threads
  (``wasm.TopTierCompilation``), ms: CPU the other threads do not get;
- ``gpu``: time of the GPU process's main thread in WebGL work (``WebGL`` slices), ms.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["CATEGORIES", "ClickCost", "click_costs"]

CATEGORIES = "devtools.timeline,v8.wasm,disabled-by-default-v8.wasm.detailed,gpu"

_PAGE_MAIN = "CrRendererMain"
_WORKER = "DedicatedWorker thread"
_GPU_MAIN = "CrGpuMain"
_POOL = "ThreadPoolForegroundWorker"


@dataclass(frozen=True)
class ClickCost:
    latency_ms: float
    page_lazy: tuple[int, float]
    worker_lazy: tuple[int, float]
    worker_recompiled: tuple[int, float]
    background_tier_up_ms: float
    gpu_ms: float


@dataclass(frozen=True)
class _Slice:
    thread: str
    name: str
    start: float  # µs, the trace's clock
    end: float
    args: dict[str, Any]


def click_costs(events: Iterable[dict[str, Any]], latencies_ms: Sequence[float]) -> list[ClickCost]:
    """One ``ClickCost`` per latency, matched in order to the trace's last DOM clicks."""
    raw = list(events)
    threads = {
        (e["pid"], e["tid"]): e["args"]["name"] for e in raw if e.get("name") == "thread_name"
    }
    slices = [
        _Slice(
            threads.get((e["pid"], e["tid"]), "?"),
            e["name"],
            float(e["ts"]),
            float(e["ts"]) + float(e.get("dur", 0)),
            e.get("args", {}),
        )
        for e in raw
        if e.get("ph") == "X" and "ts" in e
    ]
    clicks = sorted(
        s.start
        for s in slices
        if s.thread == _PAGE_MAIN
        and s.name == "EventDispatch"
        and s.args.get("data", {}).get("type") == "click"
    )
    if len(clicks) < len(latencies_ms):
        raise ValueError(f"the trace holds {len(clicks)} clicks, {len(latencies_ms)} were made")
    clicks = clicks[len(clicks) - len(latencies_ms) :]
    return [
        _cost([s for s in slices if start <= s.start < start + ms * 1000], ms)
        for start, ms in zip(clicks, latencies_ms, strict=True)
    ]


def _cost(window: list[_Slice], latency_ms: float) -> ClickCost:
    lazy = [s for s in window if s.name == "wasm.CompileLazy"]
    recompiled = [
        s
        for s in window
        if s.thread == _WORKER
        and s.name == "wasm.CompileBaseline"
        and not any(_inside(s, outer) for outer in lazy if outer.thread == _WORKER)
    ]
    return ClickCost(
        latency_ms=latency_ms,
        page_lazy=_tally(s for s in lazy if s.thread == _PAGE_MAIN),
        worker_lazy=_tally(s for s in lazy if s.thread == _WORKER),
        worker_recompiled=_tally(recompiled),
        background_tier_up_ms=_ms(
            s for s in window if s.thread == _POOL and s.name == "wasm.TopTierCompilation"
        ),
        gpu_ms=_ms(s for s in window if s.thread == _GPU_MAIN and s.name == "WebGL"),
    )


def _inside(inner: _Slice, outer: _Slice) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _tally(slices: Iterable[_Slice]) -> tuple[int, float]:
    chosen = list(slices)
    return len(chosen), _ms(chosen)


def _ms(slices: Iterable[_Slice]) -> float:
    return sum(s.end - s.start for s in slices) / 1000
