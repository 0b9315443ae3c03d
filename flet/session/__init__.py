"""Sessions: one per connected client. Registration, events, property echoes, method calls.

Dependency rule: ``flet.core``, ``flet.controls``, ``flet.protocol``, ``flet.transport`` and
asyncio. No ``js``; the only output besides the transport is stderr (tracebacks).
"""

from flet.session.events import ControlEvent
from flet.session.invoke import InvokeMethodError, InvokeTimeoutError
from flet.session.session import Session, serve

__all__ = ["ControlEvent", "InvokeMethodError", "InvokeTimeoutError", "Session", "serve"]
