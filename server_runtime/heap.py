"""The server process's heap: what lives as long as the process is kept out of the collector's way,
and the young generation is collected less often.

Python's full garbage collections scan every tracked object. In a server those are mostly the
ones that exist when the first client connects: the app's module, flet, FastAPI, uvicorn
(about 70,000 objects for the counter). They live as long as the process, yet a full
collection scans them again each time. With 500 sessions open it paused the whole event loop
for up to 153 ms, which was most of the click round trip's 95th percentile
(``benchmarks/README.md``, "The heap").

Under load a second effect took over. A click's objects (its packet, event, patch) live until
its reply is written, and with 1,000 sessions clicking that is 150 ms or more. With CPython's
default young-generation threshold (700) the collector runs every few hundred allocations, so
those objects survive two collections and land in the oldest generation, which then fills by
a quarter every second or so and is scanned whole: 12 full collections in 4 s of clicking, up
to 173 ms each, with nothing to free (``benchmarks/README.md``, "The collector's thresholds").
A threshold of 7,000 lets them die young.

So the first connection a process serves calls :func:`prepare_heap_once`: one ``gc.collect()``
(the start's garbage is not kept), ``gc.freeze()``, which moves every object alive then into
the permanent generation, where collections do not look, and the young generation's threshold
raised to :data:`YOUNG_THRESHOLD` (never lowered). The sessions' own objects are collected as
before. ``FLET_GC_FREEZE=0`` leaves the collector as the application set it.
"""

from __future__ import annotations

import gc
import os

__all__ = ["YOUNG_THRESHOLD", "prepare_heap_once"]

#: allocations between two collections of the youngest generation (CPython's default: 700)
YOUNG_THRESHOLD = 7000

_done = False


def prepare_heap_once() -> bool:
    """Freeze the objects alive now and raise the young generation's threshold, the first time
    this is called in the process (unless ``FLET_GC_FREEZE=0``); return whether this call did."""
    global _done
    if _done:
        return False
    _done = True
    if os.getenv("FLET_GC_FREEZE", "1").strip() == "0":
        return False
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)
    return True
