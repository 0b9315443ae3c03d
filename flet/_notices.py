"""Things said once per process: an option or setting the browser cannot honour.

An app that sets ``page.window_width`` in a loop, or calls ``ft.app(port=...)`` in every
session, should see the explanation once, not once per call. The ``flet`` logger writes it to
stderr, which the worker forwards to the browser console.
"""

from __future__ import annotations

import logging

__all__ = ["log", "say_once"]

log = logging.getLogger("flet")

_said: set[str] = set()  # keys already said in this process


def say_once(key: str, message: str) -> bool:
    """Log ``message`` as a warning unless ``key`` was said before; whether it was logged."""
    if key in _said:
        return False
    _said.add(key)
    log.warning("%s", message)
    return True
