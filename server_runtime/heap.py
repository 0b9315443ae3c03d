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
those objects survive two collections and land in the oldest generation, which then grows by a
quarter every second or so and is scanned whole: 12 full collections in 4 s of clicking, up to
173 ms each, with nothing to free (``benchmarks/README.md``, "The collector's thresholds").
:data:`THRESHOLDS` lets them die young: the young generation is collected every 7,000
allocations instead of 700. The older ones keep about CPython's pace in allocations (the
middle every 35,000, a full collection considered every 35,000 and done once the old
generation has grown by a quarter), so the cycles of closed sessions are freed at least as soon as
before; with the middle and old thresholds left at 10, 6,000 closed sessions' memory (65 MiB)
waited for the first full collection.

So the first connection a process serves calls :func:`prepare_heap_once`: one ``gc.collect()``
(the start's garbage is not kept), ``gc.freeze()``, which moves every object alive then into
the permanent generation, where collections do not look, and the collector's thresholds set to
:data:`THRESHOLDS`, unless the young one is at least that already (an application that tuned
the collector). ``FLET_GC_FREEZE=0`` leaves the collector as the application set it.
"""

from __future__ import annotations

import gc
import os

__all__ = ["THRESHOLDS", "prepare_heap_once"]

#: gc.set_threshold's three: allocations between two collections of the young generation
#: (CPython's default: 700), young collections per middle one (10), middle collections per
#: full one considered (10)
THRESHOLDS = (7000, 5, 1)

_done = False


def prepare_heap_once() -> bool:
    """Freeze the objects alive now and set the collector's thresholds, the first time this is
    called in the process (unless ``FLET_GC_FREEZE=0``); return whether this call did."""
    global _done
    if _done:
        return False
    _done = True
    if os.getenv("FLET_GC_FREEZE", "1").strip() == "0":
        return False
    gc.collect()
    gc.freeze()
    if gc.get_threshold()[0] < THRESHOLDS[0]:
        gc.set_threshold(*THRESHOLDS)
    return True
