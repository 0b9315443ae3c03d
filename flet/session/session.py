"""A session: one client, one page, one event loop.

The session reads packets from its transport in order and acts on each: registration builds
the page and runs ``main``; events run handlers (each as a task the session owns, started in
arrival order); property echoes update the model and the last-sent snapshot; method results
settle pending calls. Updates requested within one loop tick are flushed together: one
snapshot, one diff, at most one patch per changed control. A flush reads only what changed:
the controls the session shows report their changes to its journal (``flet.core.changes``),
and the snapshot is taken since the last one sent (``flet.core.update``).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from concurrent.futures import Executor
from typing import Any

from flet.controls.page import Page
from flet.core.changes import Changes
from flet.core.control import Control, current_page
from flet.core.diff import diff
from flet.core.ids import PAGE_ID, IdRegistry
from flet.core.props import Event, Prop, PropertyError
from flet.core.snapshot import Snapshot, to_wire, wire_prop
from flet.core.tree import TreeError, describe
from flet.core.update import check_update, read_changes, settle, unsent
from flet.protocol import (
    Action,
    ClientEvent,
    InvokeMethodResult,
    ProtocolError,
    RegisterClient,
    UpdateControlProps,
    brief,
    encode_packet,
    read_packet,
)
from flet.protocol.codec import DATA_CHANNEL_PACKET, decode_data_frame, encode_data_frame
from flet.session.errors import APP_ERRORS, ErrorSink, first_line, format_error
from flet.session.events import ALWAYS_SENT, make_event
from flet.session.handlers import call_handler
from flet.session.invoke import InvokeTimeoutError, PendingCalls
from flet.session.navigation import RouteTracker
from flet.session.pubsub import PubSubClient, PubSubHub, hub
from flet.session.storage import uses_name
from flet.session.threads import LoopGate
from flet.transport.base import Transport, TransportClosed

__all__ = ["Session", "SessionDisconnectedError", "serve"]

log = logging.getLogger("flet")

Main = Callable[[Page], Any]

#: How long the first reply waits for ``main`` to show something before it goes out anyway.
FIRST_REPLY_GRACE = 0.5
#: A flush that met the page being changed by a worker thread is tried again after this long.
RETRY_AFTER_CHANGE = 0.01
MAX_CHANGE_RETRIES = 20
_DATA_CHANNEL = bytes([DATA_CHANNEL_PACKET])


class SessionDisconnectedError(ConnectionError):
    """A method call needs the client, and the session's client is away (it may come back)."""


class _Away:
    """The transport of a session whose client went away: what is sent is dropped (the
    whole page goes out again when the client comes back)."""

    def send(self, packet: bytes) -> None:
        pass

    async def receive(self) -> bytes:
        raise TransportClosed("the client is away")

    def close(self) -> None:
        pass


class Session:
    """One client's page.

    In the browser a session serves one transport until it closes (``run``). On a server a
    session outlives its connections: ``pump`` serves one, ``detach`` keeps the session when
    it closes, ``resume`` gives it a new connection (the client re-registers with the
    session's ``id``: the register reply carries the whole page), and ``close`` ends it.
    ``executor`` runs sync handlers in threads (``flet.session.handlers``); ``pubsub_hub`` is
    the hub of the app's sessions (default: the process's).
    """

    def __init__(
        self,
        main: Main,
        transport: Transport,
        *,
        session_id: str = "pyodide",
        executor: Executor | None = None,
        pubsub_hub: PubSubHub | None = None,
        upload_url: Callable[[str, float], str] | None = None,
    ) -> None:
        self.id = session_id
        #: a server's signed upload URLs (``page.get_upload_url``); None in the browser
        self.upload_url = upload_url
        self._main = main
        self._transport = transport
        self._executor = executor
        self._gate = LoopGate()
        #: the loop the pump runs on, once it runs (each asyncio.get_running_loop() is a
        #: getpid() system call on CPython 3.11, several per click otherwise)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connected = True
        self._reply_due = True  # the next flush answers a registration with the whole page
        self.page: Page | None = None
        self._ids: IdRegistry | None = None
        self._sent: Snapshot | None = None
        self._changes = Changes()  # what changed on the page since the last flush
        self._failing: list[Control] = []  # controls whose before_update raised last flush
        self._waiters: list[asyncio.Future[None]] = []
        self._flush_scheduled = False
        self._flush_failed = False
        self._change_retries = 0
        self._problems: set[str] = set()  # tree problems shown already (first lines)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._calls = PendingCalls()
        self._channels: dict[int, Callable[[bytes], None]] = {}  # DataChannel id -> receiver
        self._errors = ErrorSink()
        self._routes = RouteTracker("/")
        self._closed = False
        self._grace: asyncio.TimerHandle | None = None
        self.pubsub = PubSubClient(pubsub_hub or hub(), self)  # page.pubsub

    @property
    def sent(self) -> Snapshot | None:
        """What the client was last sent (``None`` before the first reply)."""
        return self._sent

    def id_of(self, control: Control) -> int | None:
        """The id ``control`` has on the client (``Control.uid``), or ``None``."""
        return None if self._ids is None else self._ids.id_of(control)

    # -- the loop --------------------------------------------------------------------------

    async def run(self) -> None:
        """Serve the client until the transport closes; then the session ends."""
        try:
            await self.pump()
        finally:
            self._shutdown()

    async def pump(self, *, strict: bool = False) -> None:
        """Handle the current transport's packets until it closes (or the session ends).

        ``strict``: a packet that is not a valid 1.0.5 packet ends the pump with its
        ``ProtocolError`` (a server closes that connection; the session stays, for its client
        to reconnect); otherwise it is logged and dropped (``handle_packet``)."""
        self._gate.bind()
        self._loop = asyncio.get_running_loop()
        transport = self._transport
        try:
            while not self._closed and transport is self._transport:
                self.handle_packet(await transport.receive(), strict=strict)
        except TransportClosed:
            pass
        except Exception as exc:
            if strict and isinstance(exc, ProtocolError):
                raise
            self._end_on_error(exc)  # a bug of ours: the client says so instead of freezing

    @property
    def closed(self) -> bool:
        """The session has ended (crashed or closed); it serves no client again."""
        return self._closed

    @property
    def connected(self) -> bool:
        return self._connected and not self._closed

    def detach(self) -> asyncio.Task[None] | None:
        """The client went away: keep the page; drop what would be sent; calls waiting for
        the client fail; ``page.on_disconnect`` runs (the task running it, if any)."""
        if self._closed or not self._connected:
            return None
        self._connected = False
        self._transport = _Away()
        self._calls.fail_all(SessionDisconnectedError("the client disconnected"))
        return self._page_event("disconnect")

    def resume(self, transport: Transport, message: RegisterClient) -> None:
        """The client came back on ``transport`` with this session's id: send it the whole
        page; if its route moved meanwhile, ``on_route_change`` runs; ``page.on_connect``."""
        page = self.page
        assert page is not None and not self._closed
        self._transport = transport
        self._connected = True
        self._reply_due = True
        # The client may still hold the controls it had (a dropped socket, not a reload). Its
        # merge of the register reply replaces lists of controls by new objects with the same
        # ids, which its widgets do not follow; new ids make it build the page afresh.
        assert self._ids is not None
        self._ids.renumber()
        self._changes.mark_tree(page)  # read whole again: every control gets its new id
        self._apply_client_props(page, message.page)
        route = message.route
        self._routes.client_route = route
        if route != page.route:
            page.route = route
            if self._routes.should_notify(route) and page.on_route_change is not None:
                event = make_event(PAGE_ID, "route_change", {"route": route}, page, page)
                self.spawn(self._dispatch(page.on_route_change, (event,), "Page.on_route_change"))
        self.request_update()
        self._page_event("connect")

    def close(self) -> asyncio.Task[None] | None:
        """End the session (it expired, or the server stops): every task of the session is
        cancelled and ``page.on_close`` runs (its own task, not cancelled; returned, if any,
        for a caller that waits for it)."""
        if self._closed:
            return None
        page, handler = self.page, self.page.on_close if self.page is not None else None
        self._shutdown()
        self._transport.close()
        if page is None or handler is None:
            return None
        event = make_event(PAGE_ID, "close", None, page, page)
        task = asyncio.ensure_future(self._final(handler, event))
        _closing.add(task)
        task.add_done_callback(_closing.discard)
        return task

    async def end(self) -> None:
        """The client is gone for good (a desktop window closed): ``page.on_disconnect``
        runs, then the session closes and ``page.on_close`` runs; both awaited (sync ones in
        the executor's threads, which must still take work). A closed session stays as is."""
        disconnecting = self.detach()
        if disconnecting is not None:
            await asyncio.wait([disconnecting])  # its error is reported, not raised
        closing = self.close()
        if closing is not None:
            await asyncio.wait([closing])

    async def _final(self, handler: Callable[..., Any], event: Any) -> None:
        try:
            await call_handler(handler, event, executor=self._executor)
        except APP_ERRORS as exc:
            print(f"Error in Page.on_close: {format_error(exc)}", end="", file=sys.stderr)

    def _page_event(self, name: str) -> asyncio.Task[None] | None:
        page = self.page
        handler = page._values.get(f"on_{name}") if page is not None else None
        if page is None or handler is None:
            return None
        event = make_event(PAGE_ID, name, None, page, page)
        return self.spawn(self._dispatch(handler, (event,), f"Page.on_{name}"))

    def _end_on_error(self, exc: Exception) -> None:
        """The loop failed on a bug of ours: the client shows the error card with its first
        line (the register reply's error if nothing was shown yet), and the session ends."""
        with contextlib.suppress(TransportClosed):
            self._fail_start(exc)  # prints the traceback; the card, whether or not shown yet
        self._transport.close()

    def handle_packet(self, packet: bytes, *, strict: bool = False) -> None:
        """Act on one packet from the client. One that is not a valid packet raises its
        ``ProtocolError`` if ``strict``, else it is logged and dropped; a valid one that does
        not fit the page (an unknown control, a late result) is logged and dropped."""
        data_frame = packet[:1] == _DATA_CHANNEL
        try:
            message = decode_data_frame(packet) if data_frame else read_packet(packet)
        except ProtocolError as exc:
            if strict:
                raise
            log.warning("flet: dropped a malformed packet: %s", exc)
            return
        match message:
            case (int() as channel_id, bytes() as payload):
                self._on_data_frame(channel_id, payload)
            case RegisterClient():
                self._on_register(message)
            case ClientEvent():
                self._on_event(message)
            case UpdateControlProps():
                self._on_props(message)
            case InvokeMethodResult():
                self._on_method_result(message)

    # -- incoming messages -----------------------------------------------------------------

    def _on_data_frame(self, channel_id: int, payload: bytes) -> None:
        receiver = self._channels.get(channel_id)
        if receiver is not None:
            receiver(payload)

    def _on_register(self, message: RegisterClient) -> None:
        if self.page is not None:
            log.warning("flet: dropped a second registration of the same session")
            return
        page = Page(self)
        if self.id != "pyodide":  # a server's session id; in the browser page makes its own
            page._session_id = self.id
        self._apply_client_props(page, message.page)
        page.route = message.route
        self._routes = RouteTracker(page.route)
        self.page = page
        self._ids = IdRegistry(page)
        current_page.set(page)
        self.spawn(self._start(page))
        self._grace = asyncio.get_running_loop().call_later(
            FIRST_REPLY_GRACE, self._first_reply_due
        )

    def _on_event(self, message: ClientEvent) -> None:
        target, name, data = message.target, message.name, message.data
        control = self._control(target)
        if control is None:
            log.warning("flet: dropped a %s event for unknown control %s", brief(name), target)
            return
        decl = type(control).by_wire.get(f"on_{name}")
        if not isinstance(decl, Event) and name not in ALWAYS_SENT:
            kind = type(control).__name__
            log.warning("flet: dropped a %s event: %s has no such event", brief(name), kind)
            return
        if control is self.page and name == "route_change" and not self._user_moved(data):
            return
        if name == "dismiss" and self.page is not None:
            self.page._dismissed(control)
        handler = control._values.get(decl.name) if isinstance(decl, Event) else None
        if handler is None:
            return
        event = make_event(target, name, data, control, self.page)
        where = f"{type(control).__name__}.on_{name}"
        self.spawn(self._dispatch(handler, (event,), where))

    def _user_moved(self, data: Any) -> bool:
        """A ``route_change`` from the client: ``True`` if ``on_route_change`` should run."""
        route = data.get("route") if isinstance(data, dict) else data
        if not isinstance(route, str) or self.page is None or not self._routes.from_client(route):
            return False
        self.page.route = route
        return self._routes.should_notify(route)

    def _on_props(self, message: UpdateControlProps) -> None:
        control = self._control(message.id)
        if control is None:
            log.warning("flet: dropped property changes for unknown control %s", message.id)
            return
        echoed = self._apply_client_props(control, message.props)
        if self._sent is not None and echoed:
            self._sent = self._sent.with_props(message.id, echoed)
        self._changes.mark(control)  # what its before_update derives may change too

    def _on_method_result(self, message: InvokeMethodResult) -> None:
        if not self._calls.resolve(message.call_id, message.result, message.error):
            log.warning("flet: dropped a method result for unknown call %s", brief(message.call_id))

    def _apply_client_props(self, control: Control, props: Mapping[str, Any]) -> dict[str, Any]:
        """Set properties the client changed; return their wire values as sent ones.

        A value that does not fit its declaration is dropped (one warning per message), so
        that it never reaches the model or the snapshot.
        """
        echoed: dict[str, Any] = {}
        refused: list[str] = []
        for key, value in props.items():
            decl = type(control).by_wire.get(key)
            if not isinstance(decl, Prop) or not decl.client:
                continue
            try:
                value = decl.from_client(value)
            except PropertyError as exc:
                refused.append(str(exc))
                continue
            control._values[decl.name] = value
            if decl.sent:
                echoed[key] = wire_prop(decl, value)
        if refused:
            kind = type(control).__name__
            log.warning("flet: dropped values the client sent for %s: %s", kind, "; ".join(refused))
        return echoed

    def _control(self, cid: int) -> Control | None:
        return self._ids.control(cid) if self._ids is not None else None

    def control_by_id(self, cid: int) -> Control | None:
        """The control that has id ``cid`` on the client (``page.get_control``)."""
        return self._control(cid)

    # -- running app code ------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run ``coro`` as a task the session owns (cancelled when the session ends)."""
        task = self._running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _start(self, page: Page) -> None:
        if uses_name(self._main, "client_storage"):
            # the mirror first, so that main() can read page.client_storage synchronously
            loading = page.client_storage.ensure_loading()
            self.request_update()
            await loading
        await self._run_main(page)

    async def _run_main(self, page: Page) -> None:
        try:
            await call_handler(self._main, page, executor=self._executor)
        except APP_ERRORS as exc:
            if page.is_blank():  # nothing to keep: the client's error card says why
                self._fail_start(exc)
                return
            self._report(exc, "main()")  # what main drew stays, with the error bar
        self.request_update()

    async def _dispatch(
        self, handler: Callable[..., Any], args: tuple[Any, ...], where: str
    ) -> None:
        try:
            await call_handler(handler, *args, executor=self._executor)
        except APP_ERRORS as exc:
            self._report(exc, where)
        finally:
            if not self._closed:
                self._update_soon()

    def run_task(self, coro: Coroutine[Any, Any, Any]) -> Awaitable[Any]:
        """Run app code ``coro`` as a session task; an error goes to the error sink."""
        if self._gate.off_loop():
            return self._gate.submit(self.run_task, coro)
        return self.spawn(self._guard(coro))

    def run_thread(self, handler: Callable[..., Any], *args: Any) -> None:
        """``page.run_thread``: ``handler(*args)`` in a worker thread when the session has
        an executor (a server), else soon on the loop (the browser has no threads)."""
        if self._executor is None or self._gate.off_loop():

            async def call() -> None:
                handler(*args)

            self.run_task(call())
            return
        context = contextvars.copy_context()
        future = asyncio.get_running_loop().run_in_executor(
            self._executor, functools.partial(context.run, handler, *args)
        )
        self.spawn(self._guard(_awaited(future)))

    async def _guard(self, coro: Coroutine[Any, Any, Any]) -> Any:
        try:
            return await coro
        except APP_ERRORS as exc:
            self._report(exc, getattr(coro, "__qualname__", "a task"))
            return None
        finally:
            if not self._closed:
                self.request_update()

    def _report(self, exc: BaseException, where: str) -> None:
        """An app error: stderr and the error bar; the session goes on."""
        if isinstance(exc, TreeError):  # shown now: the flush that skips it stays quiet
            self._problems.add(first_line(exc))
        self._errors.report(exc, where, self.page)

    # -- routes ----------------------------------------------------------------------------

    def route_changed(self, route: str, notify: bool) -> None:
        """``page.go(route)``: run ``on_route_change`` now; the browser follows on update."""
        if self._gate.off_loop():
            self._gate.hand_over(self.route_changed, route, notify)
            return
        page = self.page
        assert page is not None
        handler = page.on_route_change
        if notify and self._routes.should_notify(route) and handler is not None:
            event = make_event(PAGE_ID, "route_change", {"route": route}, page, page)
            self.spawn(self._dispatch(handler, (event,), "Page.on_route_change"))
        self.request_update()

    def _push_route(self, page: Page) -> None:
        route = self._routes.to_push(page.route)
        if route is not None:
            self.call_method(page, "push_route", {"route": route})

    # -- updates ---------------------------------------------------------------------------

    def request_update(self) -> Awaitable[None]:
        """Schedule a flush in this loop tick; the future completes once it has run."""
        if self._gate.off_loop():
            return self._gate.hand_over(self.request_update)
        waiter: asyncio.Future[None] = self._running_loop().create_future()
        self._waiters.append(waiter)
        self._update_soon()
        return waiter

    def _update_soon(self) -> None:
        """Schedule a flush in this loop tick, on the loop, without a waiter (after a
        handler or a task: nobody awaits it)."""
        if not self._flush_scheduled:
            self._flush_scheduled = True
            self._running_loop().call_soon(self._flush)

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        """The pump's loop; before the pump runs, the running one."""
        return self._loop or asyncio.get_running_loop()

    def _first_reply_due(self) -> None:
        if self._reply_due and not self._closed:
            self.request_update()

    def _flush(self) -> None:
        self._flush_scheduled = False
        waiters, self._waiters = self._waiters, []
        try:
            if self.page is not None and self.connected:
                self._send_changes(self.page)
                self._flush_failed = False
                self._change_retries = 0
        except Exception as exc:
            if self._changed_meanwhile(exc):  # a worker thread was changing the page
                asyncio.get_running_loop().call_later(RETRY_AFTER_CHANGE, self.request_update)
            else:
                self._update_failed(exc)
        finally:
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)

    def _changed_meanwhile(self, exc: Exception) -> bool:
        """The flush met a list or dict that app code in a worker thread was changing (only
        with an executor: in the browser nothing runs while the loop flushes); it is tried
        again in a moment, up to ``MAX_CHANGE_RETRIES`` times in a row."""
        if self._executor is None or not isinstance(exc, RuntimeError):
            return False
        if "changed size during iteration" not in str(exc):
            return False
        self._change_retries += 1
        if self._change_retries > MAX_CHANGE_RETRIES:
            self._change_retries = 0
            return False
        return True

    def _update_failed(self, exc: Exception) -> None:
        """A flush raised: nothing of it was sent."""
        if self._sent is None:  # nothing shown yet: the client's error card says why
            self._fail_start(exc)
        elif self._flush_failed:  # the retry failed too: the page can no longer change
            self.crash(f"Error in update(): {first_line(exc)}\n{format_error(exc)}")
        else:
            self._flush_failed = True
            self._errors.report(exc, "update()", self.page)
            self.request_update()  # a retry carries the error bar, if the failure was passing

    def _send_changes(self, page: Page) -> None:
        assert self._ids is not None
        before = self._sent
        reading = read_changes(page, self._ids, self._changes, before, self._failing)
        snapshot = reading.snapshot
        try:
            if self._reply_due or before is None:
                page_patch = to_wire(snapshot, PAGE_ID)
                reply = {"session_id": self.id, "page_patch": page_patch, "error": ""}
                packets = [encode_packet(Action.REGISTER_CLIENT, reply)]
            else:
                packets = [self._encode_patch(patch.body()) for patch in diff(before, snapshot)]
        except BaseException:
            unsent(reading, self._changes)  # nothing was sent: the next flush reads it again
            raise
        for packet in packets:  # all encoded first: a value that cannot be sent sends nothing
            self._transport.send(packet)
        self._sent = snapshot
        self._reply_due = False
        self._failing = [control for control, _ in reading.failed]
        self._mount(page, snapshot)
        self._push_route(page)
        problems = [(_hook_name(c), exc) for c, exc in reading.failed]
        problems += [("update()", error) for error in reading.skipped]
        self._show_problems(problems)

    def check_changes(self) -> None:
        """Raise the ``TreeError`` the next flush would meet (a control in two places, a
        child that is not a control), here, in the app code that asks for an update."""
        page, ids = self.page, self._ids
        if page is None or ids is None:
            return
        check_update(page, ids, self._changes, None if self._reply_due else self._sent)

    def _encode_patch(self, body: dict[str, Any]) -> bytes:
        try:
            return encode_packet(Action.PATCH_CONTROL, body)
        except TypeError as exc:  # the codec's message names the value, this the control
            control = self._ids.control(body["id"]) if self._ids is not None else None
            name = describe(control) if control is not None else f"control {body['id']}"
            raise TypeError(f"{name}: {exc}") from exc

    def _show_problems(self, problems: Sequence[tuple[str, BaseException]]) -> None:
        """Report what this flush left out or could not prepare, each once while it lasts."""
        if not problems and not self._problems:
            return  # most flushes
        current = {first_line(exc): (where, exc) for where, exc in problems}
        new = [found for line, found in current.items() if line not in self._problems]
        self._problems = set(current)
        for where, exc in new:
            self._errors.report(exc, where, self.page)
        if new:
            self.request_update()  # the error bar, in the next flush

    def _mount(self, page: Page, sent: Snapshot) -> None:
        if not sent.added and not sent.removed:
            return  # most updates: the same controls
        assert self._ids is not None
        added, gone = settle(sent, self._ids, self._changes)
        for control in gone:
            control._page = None
            self._lifecycle(control, "will_unmount")
        for control in added:
            if control._page is not page:  # not if only its id changed
                control._page = page
                self._lifecycle(control, "did_mount")

    def _lifecycle(self, control: Control, hook: str) -> None:
        for name in (hook, f"{hook}_async"):
            method = getattr(type(control), name)
            if method is not getattr(Control, name):
                where = f"{type(control).__name__}.{name}"
                self.spawn(self._dispatch(getattr(control, name), (), where))

    def open_data_channel(self, channel_id: int, receiver: Callable[[bytes], None]) -> None:
        """Pass the bytes the client sends on DataChannel ``channel_id`` to ``receiver``."""
        self._channels[channel_id] = receiver

    def send_data(self, channel_id: int, payload: bytes) -> None:
        """Send ``payload`` on DataChannel ``channel_id`` (protocol §4)."""
        self._transport.send(encode_data_frame(channel_id, payload))

    def _send(self, action: Action, body: Any) -> None:
        self._transport.send(encode_packet(action, body))

    # -- method calls ----------------------------------------------------------------------

    def call_method(
        self,
        control: Control,
        name: str,
        args: dict[str, Any] | None = None,
        timeout: float = 10.0,
        delay: float = 0.0,
    ) -> Awaitable[Any]:
        """Start a method call now, once ``control`` has reached the client (and ``delay``
        seconds more); the task gives the result, and a failure nobody awaits is logged."""
        if self._gate.off_loop():
            return self._gate.submit(self.call_method, control, name, args, timeout, delay)
        task = self.spawn(self._call_when_shown(control, name, args, timeout, delay))
        task.add_done_callback(_log_failed_call)
        return task

    async def _call_when_shown(
        self, control: Control, name: str, args: dict[str, Any] | None, timeout: float, delay: float
    ) -> Any:
        if not self._shown(control):
            await self.request_update()
        if delay:
            await asyncio.sleep(delay)
        return await self.invoke_method(control, name, args, timeout)

    def _shown(self, control: Control) -> bool:
        cid = self._ids.id_of(control) if self._ids is not None else None
        return cid is not None and self._sent is not None and cid in self._sent.nodes

    async def invoke_method(
        self,
        control: Control,
        name: str,
        args: dict[str, Any] | None = None,
        timeout: float = 10.0,
    ) -> Any:
        """Call method ``name`` of ``control`` on the client and return its result."""
        cid = self._ids.id_of(control) if self._ids is not None else None
        if cid is None:
            raise RuntimeError(f"{type(control).__name__} is not on the page; add it first.")
        if not self.connected:
            raise SessionDisconnectedError(
                f"{type(control).__name__}.{name}() needs the browser, and it is disconnected"
            )
        call_id, future = self._calls.open()
        body = {"control_id": cid, "call_id": call_id, "name": name, "args": args or {}}
        self._send(Action.INVOKE_METHOD, body)
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise InvokeTimeoutError(
                f"the client did not answer {type(control).__name__}.{name}() within "
                f"{timeout} s; pass a longer timeout if the call is slow."
            ) from None
        finally:
            self._calls.discard(call_id)

    # -- failure and shutdown --------------------------------------------------------------

    def _fail_start(self, exc: BaseException) -> None:
        """The client shows its error card with ``exc``'s first line and the session ends:
        the register reply's error if nothing went out yet, else ``SESSION_CRASHED``."""
        details = format_error(exc)
        print(details, end="", file=sys.stderr)
        message = f"{first_line(exc)}\n{details}"
        if self._sent is not None:
            self.crash(message)
            return
        # page_patch must be a map even here: the client merges it before it reads `error`
        body = {"session_id": self.id, "page_patch": {}, "error": message}
        self._send(Action.REGISTER_CLIENT, body)
        self._closed = True
        self._gate.close()

    def crash(self, message: str) -> None:
        """A fatal error: the client shows ``message`` (first line) and the session ends."""
        self._send(Action.SESSION_CRASHED, {"message": message})
        self._closed = True
        self._gate.close()
        self._transport.close()

    def _shutdown(self) -> None:
        self._closed = True
        self._gate.close()
        if self._grace is not None:
            self._grace.cancel()
        self.pubsub.unsubscribe_all()
        self._calls.cancel_all()
        for task in list(self._tasks):
            task.cancel()


#: ``on_close`` tasks of closed sessions (kept referenced until they finish)
_closing: set[asyncio.Task[Any]] = set()


async def _awaited(future: Awaitable[Any]) -> Any:
    return await future


def _hook_name(control: Control) -> str:
    hook = "build" if callable(getattr(control, "build", None)) else "before_update"
    return f"{type(control).__name__}.{hook}()"


def _log_failed_call(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.warning("flet: a method call failed: %s", exc)


def serve(main: Main, transport: Transport) -> asyncio.Task[None]:
    """Serve ``main`` over ``transport`` until it closes (one session)."""
    return asyncio.ensure_future(Session(main, transport).run())
