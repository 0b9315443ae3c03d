"""A simulated Flet 1.0.5 client: applies messages exactly as ``protocol.md`` §7 and §9 say.

It keeps its own control tree, built only from what the session sent, so tests assert what
the real client would show (texts, buttons, values), not message bytes. It talks to the
session over the in-memory transport, sending what the real client sends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from flet.protocol import Action, decode_packet, encode_packet
from flet.protocol.codec import decode_data_frame, encode_data_frame
from flet.session import Session
from flet.transport import QueueTransport, TransportClosed, memory_pair

MEDIA = {
    "padding": {"top": 0, "right": 0, "bottom": 0, "left": 0},
    "view_padding": {"top": 0, "right": 0, "bottom": 0, "left": 0},
    "view_insets": {"top": 0, "right": 0, "bottom": 0, "left": 0},
    "device_pixel_ratio": 1,
    "orientation": "landscape",
    "always_use_24_hour_format": False,
}


class ClientError(AssertionError):
    """The session sent something the real client would choke on."""


@dataclass(eq=False)
class CControl:
    type: str
    id: int
    props: dict[str, Any] = field(default_factory=dict)

    def children(self) -> Iterator[CControl]:
        for value in self.props.values():
            yield from _controls_in(value)

    def text(self) -> str | None:
        """What this control shows as its own text, if anything."""
        for key in ("value", "content", "label", "text", "tooltip"):
            value = self.props.get(key)
            if isinstance(value, str):
                return value
        return None


def _controls_in(value: Any) -> Iterator[CControl]:
    if isinstance(value, CControl):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _controls_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _controls_in(item)


def _prefs(storage: dict[str, Any], name: str, args: Any) -> Any:
    """``SharedPreferences`` as the client implements it, over a dict (protocol §11)."""
    args = args or {}
    if name == "set":
        storage[args["key"]] = args["value"]
        return True
    if name == "get":
        return storage.get(args["key"])
    if name == "contains_key":
        return args["key"] in storage
    if name == "remove":
        return storage.pop(args["key"], None) is not None
    if name == "get_keys":
        return [k for k in storage if k.startswith(args.get("key_prefix") or "")]
    if name == "clear":
        storage.clear()
        return True
    raise ValueError(f"Unknown SharedPreferences method: {name}")


class SimClient:
    def __init__(self, transport: QueueTransport) -> None:
        self._transport = transport
        self.index: dict[int, CControl] = {}
        self.page = self._register(CControl("Page", 1, {}))
        self.log: list[tuple[Action, Any]] = []
        self.registered = asyncio.Event()
        self.error: str | None = None
        self.crashed: str | None = None
        self.dropped: list[str] = []
        self.methods: dict[str, Callable[[CControl, Any], Any]] = {}
        self.unanswered: set[str] = set()
        #: the browser's localStorage as SharedPreferences sees it
        self.storage: dict[str, Any] = {}
        self.session: Session | None = None
        #: the route the address bar shows, and the routes visited (for back())
        self.route = "/"
        self.history: list[str] = []
        #: the id the register reply gave (the real client keeps it in sessionStorage)
        self.session_id: str | None = None
        self._reader: asyncio.Task[None] | None = None
        #: DataChannel packets the session sent: (channel id, bytes)
        self.frames: list[tuple[int, bytes]] = []

    # -- connection ------------------------------------------------------------------------

    async def connect(
        self,
        width: float = 1000,
        height: float = 700,
        route: str = "/",
        session_id: str | None = None,
    ) -> None:
        """Register as the real client does; ``session_id`` is the one a reload or a
        reconnect sends again."""
        self._reader = asyncio.ensure_future(self._read())
        self.route, self.history = route, [route]
        page = {
            "route": route,
            "pwa": False,
            "web": True,
            "debug": False,
            "wasm": False,
            "test": False,
            "multi_view": False,
            "pyodide": True,
            "platform_brightness": "light",
            "width": width,
            "height": height,
            "platform": "linux",
            "window": {},
            "media": MEDIA,
        }
        self.send(Action.REGISTER_CLIENT, {"session_id": session_id, "page_name": "", "page": page})
        await asyncio.wait_for(self.registered.wait(), 10)
        if self.error is not None:
            return  # the error card: nothing rendered, nothing flushed
        # the client's queued messages, flushed right after the reply (protocol §7.2)
        self.send(Action.UPDATE_CONTROL_PROPS, {"id": 1, "props": {"platform_brightness": "light"}})
        self.send(
            Action.CONTROL_EVENT,
            {"target": 1, "name": "platform_brightness_change", "data": "light"},
        )
        self.send(Action.UPDATE_CONTROL_PROPS, {"id": 1, "props": {"media": MEDIA}})
        self.send(
            Action.UPDATE_CONTROL_PROPS, {"id": 1, "props": {"width": width, "height": height}}
        )
        await self.settle()

    @property
    def connected(self) -> bool:
        """Whether the session's end of the transport is still open."""
        return self._reader is not None and not self._reader.done()

    def send(self, action: Action, body: Any) -> None:
        self._transport.send(encode_packet(action, body))

    def send_raw(self, packet: bytes) -> None:
        self._transport.send(packet)

    def send_data(self, channel_id: int, payload: bytes) -> None:
        """Send ``payload`` on a DataChannel, as the client does (an ack is ``b"\\xff"``)."""
        self._transport.send(encode_data_frame(channel_id, payload))

    async def settle(self, seconds: float = 0.01) -> None:
        """Let the session work for ``seconds`` of (virtual) time."""
        await asyncio.sleep(seconds)

    def disconnect(self) -> None:
        """Go away, as a closed tab does: the session sees its transport close."""
        self._transport.close()

    async def _read(self) -> None:
        try:
            while True:
                # the session's own packets: no client bounds (a deep control tree is fine)
                packet = await self._transport.receive()
                if packet[:1] == b"\x01":
                    self.frames.append(decode_data_frame(packet))
                    continue
                message = decode_packet(packet, limits=None)
                if message is not None:
                    self.log.append((message.action, message.body))
                    self._apply(message.action, message.body)
        except TransportClosed:
            pass

    # -- applying messages -----------------------------------------------------------------

    def _apply(self, action: Action, body: Any) -> None:
        if action == Action.REGISTER_CLIENT:
            if not isinstance(body.get("page_patch"), dict):
                # the 1.0.5 client merges page_patch before it looks at error: a null one
                # throws "Cannot read properties of null" and leaves the boot spinner up
                raise ClientError(f"page_patch must be a map, got {body.get('page_patch')!r}")
            if body.get("error"):
                self.error = body["error"]
            else:
                self.session_id = body.get("session_id")
                self._merge(self.page, body["page_patch"])
            self.registered.set()
        elif action == Action.PATCH_CONTROL:
            self._patch(body["id"], body["patch"])
        elif action == Action.INVOKE_METHOD:
            self._invoke(body)
        elif action == Action.SESSION_CRASHED:
            self.crashed = body["message"]
        else:
            raise ClientError(f"the client does not accept {action!r} messages")

    def _merge(self, control: CControl, patch: dict[str, Any]) -> None:
        for key, new in patch.items():
            if key in ("_c", "_i"):
                continue
            old = control.props.get(key)
            if isinstance(old, CControl) and isinstance(new, dict) and new.get("_i") == old.id:
                self._merge(old, new)
            elif isinstance(old, dict) and isinstance(new, dict) and "_c" not in new:
                old.update({k: self._build(v) for k, v in new.items()})
            else:
                control.props[key] = self._build(new)

    def _build(self, value: Any) -> Any:
        if isinstance(value, dict):
            if "_c" in value:
                if "_i" not in value:
                    raise ClientError(f"control map without _i: {value!r}")
                props = {k: self._build(v) for k, v in value.items() if k not in ("_c", "_i")}
                return self._register(CControl(value["_c"], value["_i"], props))
            if "_i" in value:
                raise ClientError(f"Missing _c field: {value!r}")
            return {k: self._build(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._build(v) for v in value]
        return value

    def _register(self, control: CControl) -> CControl:
        self.index[control.id] = control
        return control

    def _forget(self, value: Any) -> None:
        for control in _controls_in(value):
            self._forget(control.props)
            if self.index.get(control.id) is control:
                del self.index[control.id]

    def _patch(self, cid: int, patch: list[Any]) -> None:
        root = self.index.get(cid)
        if root is None:
            self.dropped.append(f"patch for unknown control {cid}")
            return
        if not isinstance(patch, list) or len(patch) < 2:
            raise ClientError("Patch must be a list with at least 2 elements")
        paths: dict[int, list[Any]] = {}
        _walk_tree(patch[0], [], paths)
        for op in patch[1:]:
            self._op(root, paths, op)

    def _container(self, root: CControl, path: list[Any]) -> Any:
        obj: Any = root
        for segment in path:
            obj = (obj.props if isinstance(obj, CControl) else obj)[segment]
        return obj.props if isinstance(obj, CControl) else obj

    def _op(self, root: CControl, paths: dict[int, list[Any]], op: list[Any]) -> None:
        kind = op[0]
        if kind == 0:
            container = self._container(root, paths[op[1]])
            if (isinstance(container, dict) and op[2] in container) or isinstance(container, list):
                self._forget(container[op[2]])
            container[op[2]] = self._build(op[3])
        elif kind == 1:
            container = self._container(root, paths[op[1]])
            if isinstance(container, list):
                container.insert(op[2], self._build(op[3]))
            else:
                container[op[2]] = self._build(op[3])
        elif kind == 2:
            container = self._container(root, paths[op[1]])
            if not isinstance(container, list | dict):
                raise ClientError(f"Remove on a non-container: {op!r}")
            self._forget(container.pop(op[2]))
        elif kind == 3:
            source = self._container(root, paths[op[1]])
            target = self._container(root, paths[op[3]])
            if isinstance(source, list):
                target.insert(op[4], source.pop(op[2]))
            else:
                target[op[4]] = source.pop(op[2])
        else:
            raise ClientError(f"Unknown patch operation {kind}")

    def _invoke(self, body: dict[str, Any]) -> None:
        if body["name"] in self.unanswered:
            return
        control = self.index.get(body["control_id"])
        reply = {"control_id": body["control_id"], "call_id": body["call_id"]}
        method = self._method(control, body["name"])
        if control is None:
            reply |= {
                "result": None,
                "error": f"Calling {body['name']} method of inexistent control: "
                f"{body['control_id']}",
            }
        elif method is None:
            reply |= {"result": None, "error": f"Exception: Unknown method: {body['name']}"}
        else:
            try:
                reply |= {"result": method(control, body.get("args")), "error": None}
            except Exception as exc:
                reply |= {"result": None, "error": str(exc)}
        self.send(Action.INVOKE_METHOD, reply)

    def _method(self, control: CControl | None, name: str) -> Callable[[CControl, Any], Any] | None:
        """A test's answer (``"Type.name"`` or ``"name"``), else the client's own methods."""
        kind = control.type if control is not None else ""
        method = self.methods.get(f"{kind}.{name}") or self.methods.get(name)
        if method is not None:
            return method
        if kind == "SharedPreferences":
            return lambda _control, args: _prefs(self.storage, name, args)
        if kind == "Page" and name == "push_route":
            return lambda _control, args: self._push_route(args["route"])
        return None

    def _push_route(self, route: str) -> None:
        """The client's router moves; the change comes back as events (protocol §10.2)."""
        if route != self.route:
            self.history.append(route)
            self._report_route(route)

    def _report_route(self, route: str) -> None:
        self.route = route
        self.send(Action.UPDATE_CONTROL_PROPS, {"id": 1, "props": {"route": route}})
        self.send(
            Action.CONTROL_EVENT, {"target": 1, "name": "route_change", "data": {"route": route}}
        )

    # -- what the user sees and does -------------------------------------------------------

    def shown(self) -> Iterator[CControl]:
        """Controls on screen: the top view, open dialogs and the overlay."""
        views = self.page.props.get("views") or []
        roots: list[CControl] = [views[-1]] if views else []
        for host in ("_overlay", "_dialogs"):
            holder = self.page.props.get(host)
            if isinstance(holder, CControl):
                for item in holder.props.get("controls") or []:
                    if holder.type == "Overlay" or item.props.get("open"):
                        roots.append(item)
        stack = list(reversed(roots))
        while stack:
            control = stack.pop()
            if control.props.get("visible") is False:
                continue
            yield control
            stack.extend(reversed(list(control.children())))

    def texts(self) -> list[str]:
        return [t for c in self.shown() if (t := c.text()) is not None]

    def find(self, type: str | None = None, text: str | None = None) -> CControl:
        found = [
            c
            for c in self.shown()
            if (type is None or c.type == type) and (text is None or c.text() == text)
        ]
        if len(found) != 1:
            raise LookupError(
                f"expected one {type or 'control'} {text!r}, found {len(found)}; "
                f"shown: {self.texts()}"
            )
        return found[0]

    def find_all(self, type: str) -> list[CControl]:
        return [c for c in self.shown() if c.type == type]

    def error_bars(self) -> list[str]:
        """The texts of the error bars shown: SnackBars the session's error sink made
        (``bgcolor="error"``, text ``Error in <where>: ...``)."""
        texts = []
        for bar in self.find_all("SnackBar"):
            if bar.props.get("bgcolor") != "error":
                continue
            texts += [t for c in bar.children() if (t := c.text()) and t.startswith("Error in ")]
        return texts

    def fire(self, control: CControl, name: str, data: Any = None) -> None:
        """Raise event ``name`` the way the client does: only if the control asks for it."""
        if not control.props.get(f"on_{name}"):
            raise ClientError(
                f"{control.type} {control.id} has no on_{name}: the client would not send it"
            )
        self.send(Action.CONTROL_EVENT, {"target": control.id, "name": name, "data": data})

    def send_event(self, control: CControl, name: str, data: Any = None) -> None:
        """Send an event the client sends whether or not a handler asked (page events, a
        drawer's ``dismiss``)."""
        self.send(Action.CONTROL_EVENT, {"target": control.id, "name": name, "data": data})

    async def click(self, control: CControl, settle: float = 0.01) -> None:
        self.fire(control, "click")
        await self.settle(settle)

    async def type_text(self, control: CControl, text: str) -> None:
        self.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": {"value": text}})
        control.props["value"] = text
        if control.props.get("on_change"):
            self.fire(control, "change", text)
        await self.settle()

    async def toggle(self, control: CControl, value: bool) -> None:
        self.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": {"value": value}})
        control.props["value"] = value
        if control.props.get("on_change"):
            self.fire(control, "change", value)
        await self.settle()

    async def resize(self, width: float, height: float) -> None:
        self.send(
            Action.UPDATE_CONTROL_PROPS, {"id": 1, "props": {"width": width, "height": height}}
        )
        self.send(
            Action.CONTROL_EVENT,
            {"target": 1, "name": "resize", "data": {"width": width, "height": height}},
        )
        await self.settle()

    async def back(self) -> None:
        """The browser's back button: the router reports the previous route."""
        self.history.pop()
        self._report_route(self.history[-1])
        await self.settle()

    async def pop_view(self) -> None:
        """The AppBar's back arrow: the client pops the top view and says which (§10.2)."""
        views = self.page.props.get("views") or []
        top = views[-1]
        route = top.props.get("route", str(top.id))
        self.send(Action.CONTROL_EVENT, {"target": 1, "name": "view_pop", "data": {"route": route}})
        await self.settle()

    async def dismiss(self, control: CControl) -> None:
        """The user dismisses a dialog: ``open`` echoed false, then ``dismiss`` (§10.1)."""
        control.props["open"] = False
        self.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": {"open": False}})
        if control.props.get("on_dismiss"):
            self.fire(control, "dismiss")
        await self.settle()

    async def press_key(self, key: str, **modifiers: bool) -> None:
        """A key press on the page; sent only if the page has ``on_keyboard_event``."""
        data = {"key": key, "shift": False, "ctrl": False, "alt": False, "meta": False}
        self.fire(self.page, "keyboard_event", data | modifiers)
        await self.settle()

    def calls(self, name: str | None = None) -> list[dict[str, Any]]:
        """The method calls the session sent (``INVOKE_METHOD`` bodies), optionally by name."""
        return [
            body
            for action, body in self.log
            if action == Action.INVOKE_METHOD and (name is None or body["name"] == name)
        ]

    @property
    def app_page(self) -> Any:
        """The session's page, for tests that call the page API as a handler would."""
        assert self.session is not None and self.session.page is not None
        return self.session.page

    def patches(self) -> list[Any]:
        return [body for action, body in self.log if action == Action.PATCH_CONTROL]


def _walk_tree(node: list[Any], path: list[Any], paths: dict[int, list[Any]]) -> None:
    paths[node[0]] = path
    if len(node) > 1:
        for segment, child in node[1].items():
            _walk_tree(child, [*path, segment], paths)


async def start(
    main: Callable[..., Any],
    methods: dict[str, Callable[[CControl, Any], Any]] | None = None,
    unanswered: set[str] | None = None,
    storage: dict[str, Any] | None = None,
    **connect: Any,
) -> tuple[SimClient, asyncio.Task[None]]:
    """Serve ``main`` over an in-memory transport and connect a simulated client to it.

    ``methods`` answer INVOKE_METHOD calls by name (``"name"`` or ``"Type.name"``); calls named
    in ``unanswered`` get no answer at all. ``storage`` is what the browser has stored.
    """
    server, client_end = memory_pair()
    session = Session(main, server)
    task = asyncio.ensure_future(session.run())
    client = SimClient(client_end)
    client.session = session
    client.methods.update(methods or {})
    client.unanswered.update(unanswered or set())
    client.storage.update(storage or {})
    await client.connect(**connect)
    return client, task
