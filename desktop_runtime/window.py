"""The real window behind ``page.window`` when the app runs in the desktop client.

:class:`DesktopWindow` is the :class:`flet.controls.window.WindowSink` the desktop runner
attaches to the page's ``Window``: a setting (``page.window_width = 400``,
``page.window.resizable = False``) is sent at once to the client's ``Window`` control (id 2)
as a one-property patch; a method (``page.window.close()``, ``center()``...) is a method call
on it, sent and not awaited (the window answers nothing worth waiting for). What the client
reports of what the user changes (its size, position, maximized...) is recorded on
``page.window``; its events (``close``, ``resized``, ``focus``...) reach
``page.window.on_event`` (``page.on_window_event``) and, for ``resized``,
``page.window.on_resized``, as sync or async handlers like every other event.

One setting is translated: the 0.82.2 client's ``resizable: false`` snaps a GTK window back to
its default size (1280x720) and keeps it there, whatever ``width`` and ``height`` say. So
``page.window_resizable = False`` is sent as the window's size being its minimum and maximum
size too (the window manager then offers no resizing), and a later size goes out after its
new limits. And the client overwrites its copy of the ``Window`` control with the window's
state whenever the window moves or resizes, so a size (a position, the limits) goes out
whole: ``width`` with ``height``, or the client may apply its stale copy of the other; and a
report of another size in the two seconds after the app set one (the client overwrote the new
size before applying it) makes the size go out again.

Messages go out on the session's event loop; a setting made in a handler thread is handed to
the loop.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable, Coroutine, Generator
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from desktop_runtime.wire import WINDOW_ID
from flet.core.nodes import encode_value
from flet.protocol import Action
from flet.session.handlers import call_handler

__all__ = ["DesktopWindow", "WindowEvent"]

SendMessage = Callable[[Action, Any], None]


@dataclass
class WindowEvent:
    """What ``page.window.on_event`` receives: ``e.type`` (0.23+) and ``e.data`` (0.21) are
    the event's name, such as ``"close"`` or ``"resized"``."""

    type: str
    control: Any
    page: Any
    name: str = "window_event"
    target: int = WINDOW_ID

    @property
    def data(self) -> str:
        return self.type


class DesktopWindow:
    """Applies ``page.window`` to the client's window; see the module's text."""

    def __init__(self, loop: asyncio.AbstractEventLoop, send: SendMessage) -> None:
        self._loop = loop
        self._send = send
        self._settings: dict[str, Any] = {}  # what the app set
        self._reported: dict[str, Any] = {}  # what the client said of its window
        self._sent: dict[str, Any] = {}  # the Window control's properties the client has
        self._size_until = 0.0  # until when a report showing another size is a stale one
        self._size_tries = 0
        self._page: Any = None
        self._window: Any = None
        self._run: Callable[[Coroutine[Any, Any, Any]], Any] | None = None
        self._executor: Executor | None = None
        self._calls = itertools.count(1)
        self._shown = False  # the client has the page (and its Window control)
        self._waiting: list[tuple[str, tuple[Any, ...]]] = []  # method calls made before

    def bind(
        self, page: Any, run: Callable[[Coroutine[Any, Any, Any]], Any], executor: Executor | None
    ) -> None:
        """Serve ``page.window``; ``run`` runs an awaitable as app code of the session
        (``Session.run_task``); sync handlers run in ``executor``."""
        self._page, self._window, self._run, self._executor = page, page.window, run, executor
        page.window.attach(self)

    def props(self) -> dict[str, Any]:
        """The settings made so far, as the ``Window`` control's properties of the register
        reply being sent: from now on settings and calls go out as they are made."""
        props = client_props(self._settings, self._reported)
        self._sent = props
        self._shown = True
        if self._waiting:
            self._loop.call_soon(self._send_waiting)  # after the reply that shows the window
        return props

    # -- WindowSink ---------------------------------------------------------------------------

    def set(self, name: str, value: Any) -> None:
        self._on_loop(self._set, name, value)

    def call(self, name: str, *args: Any) -> Awaitable[None]:
        self._on_loop(self._call, name, args)
        return _Sent()

    # -- from the client ----------------------------------------------------------------------

    def client_state(self, props: dict[str, Any]) -> None:
        """The client reported its window's state."""
        self._reported.update(props)
        if self._window is not None:  # the rest stays what the app set (reports may be late)
            self._window.reported({k: v for k, v in props.items() if k in USER_STATE})
        self._insist_on_size(props)

    def _insist_on_size(self, props: dict[str, Any]) -> None:
        """A report that contradicts a size the app set just now may have overwritten the
        client's copy before it applied the size: send the size again (a few times)."""
        if time.monotonic() > self._size_until or self._size_tries >= SIZE_TRIES:
            return
        size = {k: self._sent[k] for k in ("width", "height") if k in self._sent}
        if size and any(props.get(k, v) != v for k, v in size.items()):
            self._size_tries += 1
            ops = [[0, 0, key, value] for key, value in size.items()]
            self._send(Action.PATCH_CONTROL, {"id": WINDOW_ID, "patch": [[0], *ops]})

    def client_event(self, kind: str) -> None:
        """The window raised event ``kind``: run the app's handlers for it."""
        window, run = self._window, self._run
        if window is None or run is None:
            return
        event = WindowEvent(kind, window, self._page)
        handlers = [window.on_event, window.on_resized if kind == "resized" else None]
        for handler in handlers:
            if handler is not None:
                run(call_handler(handler, event, executor=self._executor))

    # -- on the loop --------------------------------------------------------------------------

    def _set(self, name: str, value: Any) -> None:
        self._settings[name] = value
        if not self._shown:
            return  # sent with the page
        props = client_props(self._settings, self._reported)
        changed = {k: v for k, v in props.items() if self._sent.get(k, _UNSET) != v}
        changed |= {k: _NO_LIMIT.get(k) for k in self._sent.keys() - props.keys()}
        for group in _TOGETHER:  # the client overwrites its copy with the window's own state
            if changed.keys() & group:
                changed |= {k: props[k] for k in group if k in props and k not in changed}
        self._sent = props
        if changed.keys() & {"width", "height"}:
            self._size_until, self._size_tries = time.monotonic() + SIZE_INSIST, 0
        limits = {k: v for k, v in changed.items() if k in _LIMITS}
        for part in (limits, {k: v for k, v in changed.items() if k not in _LIMITS}):
            if part:  # limits first: the client applies a size within the limits it has
                ops = [[0, 0, key, value] for key, value in part.items()]
                self._send(Action.PATCH_CONTROL, {"id": WINDOW_ID, "patch": [[0], *ops]})

    def _call(self, name: str, args: tuple[Any, ...]) -> None:
        if not self._shown:
            self._waiting.append((name, args))
            return
        wire_args = {"edge": encode_value(args[0])} if args else {}
        call_id = f"window-{next(self._calls)}"
        body = {"control_id": WINDOW_ID, "call_id": call_id, "name": name, "args": wire_args}
        self._send(Action.INVOKE_METHOD, body)

    def _send_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for name, args in waiting:
            self._call(name, args)

    def _on_loop(self, fn: Callable[..., None], *args: Any) -> None:
        try:
            here = asyncio.get_running_loop() is self._loop
        except RuntimeError:
            here = False
        if here:
            fn(*args)
        else:
            self._loop.call_soon_threadsafe(fn, *args)


_UNSET = object()
#: seconds after the app set a size during which a report of another size is taken as stale
SIZE_INSIST = 2.0
SIZE_TRIES = 3
#: what the user changes in a window: read back from the client's reports
USER_STATE = frozenset(
    {"width", "height", "top", "left", "maximized", "minimized", "full_screen", "focused"}
)
#: what lifts a size limit in the 0.82.2 client (a missing one keeps the last)
_NO_LIMIT = {"min_width": 0, "min_height": 0, "max_width": -1, "max_height": -1}
_LIMITS = frozenset(_NO_LIMIT)
#: properties sent together when one of them changes
_TOGETHER = (frozenset({"width", "height"}), frozenset({"top", "left"}), _LIMITS)


def client_props(settings: dict[str, Any], reported: dict[str, Any]) -> dict[str, Any]:
    """The ``Window`` control's properties for the app's ``settings`` (see the module's text
    for ``resizable``); ``reported`` gives the size when the app set none."""
    props = {n: encode_value(v) for n, v in settings.items() if not n.startswith("on_")}
    if settings.get("on_event") is not None or settings.get("on_resized") is not None:
        props["on_event"] = True  # the client reports window events only then
    if props.get("resizable") is False:
        del props["resizable"]
        for side in ("width", "height"):
            size = props.get(side, reported.get(side))
            if size is not None:
                props[f"min_{side}"] = props[f"max_{side}"] = size
    return props


class _Sent:
    """A window method's result: the call is on its way; awaiting it is harmless."""

    def __await__(self) -> Generator[Any, Any, None]:
        yield from ()
