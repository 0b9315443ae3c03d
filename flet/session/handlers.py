"""The one place where sync and async callables meet.

A handler may be a plain function, a coroutine function, or a lambda returning a coroutine.
``call_handler`` calls it and awaits the result when it is awaitable. Without an executor
(inside Pyodide, which has no threads) sync handlers run on the event loop like everything
else. With one (a server) a handler that is not a coroutine function runs in the executor's
threads, as Flet 0.21+ ran sync handlers, in a copy of the caller's context (so that
``current_page`` is the session's page there too); if it returns an awaitable (a lambda
returning a coroutine), that is awaited back on the loop.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import inspect
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any

__all__ = ["call_handler", "is_async"]


def is_async(handler: Callable[..., Any]) -> bool:
    """``True`` for a coroutine function (also behind ``functools.partial`` or ``__call__``)."""
    while isinstance(handler, functools.partial):
        handler = handler.func
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(
        getattr(handler, "__call__", None)  # noqa: B004  (an object with an async __call__)
    )


async def call_handler(
    handler: Callable[..., Any], *args: Any, executor: Executor | None = None
) -> Any:
    if executor is not None and not is_async(handler):
        context = contextvars.copy_context()
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(
            executor, functools.partial(context.run, handler, *args)
        )
    else:
        result = handler(*args)
    if inspect.isawaitable(result):
        result = await result
    return result
