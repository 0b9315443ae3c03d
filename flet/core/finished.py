"""An awaitable that has already finished.

What a call returns when its work is done, or handed on, by the time it returns: sync code may
ignore it (no "coroutine was never awaited" warning, unlike a coroutine) and async code may
await it, which returns ``None`` at once. ``ft.app`` returns one once its server stopped, the
browser's ``page.window`` methods return one, a call from a worker thread returns a subclass
(``flet.session.threads.Scheduled``).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

__all__ = ["FINISHED", "Finished"]


class Finished:
    """Awaiting it returns ``None`` at once."""

    def __await__(self) -> Generator[Any, None, None]:
        return
        yield  # pragma: no cover  (makes this a generator)


FINISHED = Finished()
