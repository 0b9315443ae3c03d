"""The server process's heap: what lives as long as the process is kept out of the collector's way.

Python's full garbage collections scan every tracked object. In a server those are mostly the
ones that exist when the first client connects: the app's module, flet, FastAPI, uvicorn
(about 70,000 objects for the counter). They live as long as the process, yet a full
collection scans them again each time. With 500 sessions open it paused the whole event loop
for up to 153 ms, which was most of the click round trip's 95th percentile
(``benchmarks/README.md``, "The heap").

So the first connection a process serves calls :func:`freeze_once`: one ``gc.collect()`` (the
start's garbage is not kept) and ``gc.freeze()``, which moves every object alive then into the
permanent generation, where collections do not look. The sessions' own objects are collected
as before. ``FLET_GC_FREEZE=0`` turns it off (an application that manages the collector
itself).
"""

from __future__ import annotations

import gc
import os

__all__ = ["freeze_once"]

_done = False


def freeze_once() -> bool:
    """Freeze the objects alive now, the first time this is called in the process (unless
    ``FLET_GC_FREEZE=0``); return whether this call did."""
    global _done
    if _done:
        return False
    _done = True
    if os.getenv("FLET_GC_FREEZE", "1").strip() == "0":
        return False
    gc.collect()
    gc.freeze()
    return True
