"""The one place where sync and async callables meet.

A handler may be a plain function, a coroutine function, or a lambda returning a coroutine.
``call_handler`` calls it and awaits the result when it is awaitable; sync handlers therefore
run on the event loop, like everything else (Pyodide has no threads).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

__all__ = ["call_handler"]


async def call_handler(handler: Callable[..., Any], *args: Any) -> Any:
    result = handler(*args)
    if inspect.isawaitable(result):
        result = await result
    return result
