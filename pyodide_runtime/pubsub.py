"""``page.pubsub`` between the tabs of one site: the worker's ``BroadcastChannel`` is the relay.

Each tab runs its own session in its own worker, with its own ``PubSubHub``. ``js/worker.mjs``
opens a ``BroadcastChannel`` named after the site's base URL and build (so two sites, or two
builds, on one origin do not mix) and calls ``connect(post_message)`` before the app runs:
every message this tab sends leaves as one JSON string (``post_message(text)``), and the worker
hands each string another tab sent to the function ``connect`` returns. Only strings cross
between Python and JavaScript.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flet.session.pubsub import hub

__all__ = ["channel_name", "connect", "use_app_globals"]


def channel_name(base_url: str, build_id: str) -> str:
    """The channel of one build of one site (what ``worker.mjs`` computes the same way)."""
    return f"flet-pwa pubsub {base_url} {build_id}"


def connect(post_message: Callable[[str], object]) -> Callable[[str], None]:
    """Send this tab's messages through ``post_message``; return what receives the others'."""
    pubsub = hub()
    pubsub.relay = post_message
    return pubsub.receive


def use_app_globals(app_globals: Mapping[str, Any]) -> None:
    """Classes of objects other tabs send from the app's ``__main__`` are found here."""
    hub().namespaces["__main__"] = app_globals
