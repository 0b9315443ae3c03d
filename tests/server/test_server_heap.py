"""server_runtime.heap: the first connection a server process serves freezes what is alive then
(gc.freeze) and raises the young generation's threshold, once; FLET_GC_FREEZE=0 leaves the
collector alone. Each case runs in a fresh interpreter: both are process-wide, and the test
process's own collector stays untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Set the thresholds given (or not), prepare twice, then report what each call did, whether
# many objects are frozen, whether an object made afterwards is still collected, and the
# thresholds.
PROBE = """
import gc, os, weakref
if os.environ.get("THRESHOLDS"):
    gc.set_threshold(*map(int, os.environ["THRESHOLDS"].split(",")))
from server_runtime.heap import prepare_heap_once
first, second = prepare_heap_once(), prepare_heap_once()
frozen = gc.get_freeze_count()
class Node: pass
a, b = Node(), Node()
a.other, b.other = b, a
gone = weakref.ref(a)
del a, b
gc.collect()
print(first, second, frozen > 1000, gone() is None, gc.get_threshold())
"""


def probe(**env: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.strip()


def test_the_first_call_freezes_the_heap_and_later_cycles_are_still_collected() -> None:
    assert probe(THRESHOLDS="700,10,10") == "True False True True (7000, 5, 1)"


def test_a_higher_threshold_the_application_set_is_kept() -> None:
    assert probe(THRESHOLDS="50000,20,5") == "True False True True (50000, 20, 5)"


def test_flet_gc_freeze_0_leaves_the_collector_alone() -> None:
    assert probe(FLET_GC_FREEZE="0", THRESHOLDS="700,10,10") == (
        "False False False True (700, 10, 10)"
    )
