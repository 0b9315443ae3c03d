"""server_runtime.heap: the first connection a server process serves freezes what is alive then
(gc.freeze), once; FLET_GC_FREEZE=0 leaves the collector alone. Each case runs in a fresh
interpreter: freezing is process-wide, and the test process's own collector stays untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Freeze twice, then report what each call did, how many objects are frozen, and whether an
# object made after the freeze is still collected.
PROBE = """
import gc, weakref
from server_runtime.heap import freeze_once
first, second = freeze_once(), freeze_once()
frozen = gc.get_freeze_count()
class Node: pass
a, b = Node(), Node()
a.other, b.other = b, a
gone = weakref.ref(a)
del a, b
gc.collect()
print(first, second, frozen > 1000, gone() is None)
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
    assert probe() == "True False True True"


def test_flet_gc_freeze_0_leaves_the_collector_alone() -> None:
    assert probe(FLET_GC_FREEZE="0") == "False False False True"
