"""Method calls on the client (INVOKE_METHOD): call ids, pending results, errors, timeouts."""

from __future__ import annotations

import asyncio
from typing import Any

__all__ = ["InvokeMethodError", "InvokeTimeoutError", "PendingCalls"]


class InvokeMethodError(RuntimeError):
    """The client answered a method call with an error."""


class InvokeTimeoutError(TimeoutError):
    """The client did not answer a method call in time."""


class PendingCalls:
    """Futures of calls that await the client's answer, by call id."""

    def __init__(self) -> None:
        self._pending: dict[str, asyncio.Future[Any]] = {}
        self._counter = 0

    def open(self) -> tuple[str, asyncio.Future[Any]]:
        self._counter += 1
        call_id = f"call-{self._counter}"
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[call_id] = future
        return call_id, future

    def discard(self, call_id: str) -> None:
        self._pending.pop(call_id, None)

    def resolve(self, call_id: str, result: Any, error: str | None) -> bool:
        """Settle call ``call_id``; ``False`` if no such call is pending."""
        future = self._pending.pop(call_id, None)
        if future is None:
            return False
        if not future.done():
            if error:
                future.set_exception(InvokeMethodError(error))
            else:
                future.set_result(result)
        return True

    def cancel_all(self) -> None:
        for future in self._pending.values():
            future.cancel()
        self._pending.clear()

    def fail_all(self, error: BaseException) -> None:
        """Every pending call raises ``error`` (the client went away)."""
        for future in self._pending.values():
            if not future.done():
                future.set_exception(error)
        self._pending.clear()
