"""The structural controls: Page, View, Overlay, Dialogs, ServiceRegistry.

The page holds ``views``; the first view holds what seed-era apps call ``page.controls``,
``page.appbar``, ``page.floating_action_button``... (protocol §7.3, §8.2). Without
``_overlay`` and ``_dialogs`` the client stops reporting resizes, so the page always has both.

Where the app puts a dialog does not matter: ``page.dialog`` / ``snack_bar`` / ``banner`` /
``bottom_sheet``, ``page.overlay``, ``page.open(...)`` and ``page.show_*(...)`` all end up in
the page's ``_dialogs`` list, which the client shows (§8.2); every control whose class says
``dialog = True`` is a dialog. Service controls (``service = True``) found in the overlay go to
the service registry. Both lists are derived just before each update (``before_update``) from
what the app holds, so the same objects keep their ids.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlencode

from flet import uploads
from flet.controls.base import (
    ColorProp,
    InsetsProp,
    NumberProp,
    Scrollable,
    StrProp,
    ValueProp,
    scroll_wire,
)
from flet.controls.services import ClientStorage, PageServices, Service, SessionStorage
from flet.controls.window import (
    WINDOW_METHODS,
    WINDOW_SETTINGS,
    Window,
    window_alias,
    window_method,
)
from flet.core.changes import mark
from flet.core.control import Control
from flet.core.props import Child, Children, Event, Prop
from flet.core.tree import TreeError
from flet.core.values import WireValue
from flet.routing import QueryString

if TYPE_CHECKING:
    from flet.session.pubsub import PubSubClient

__all__ = ["Dialogs", "Overlay", "Page", "ServiceRegistry", "UpdateSink", "View"]


class UpdateSink(Protocol):
    """What a page needs from its session."""

    def request_update(self) -> Awaitable[None]: ...

    def check_changes(self) -> None:
        """Raise the ``TreeError`` the next update would meet with the changes made so far."""
        ...

    def call_method(
        self,
        control: Control,
        name: str,
        args: dict[str, Any] | None = None,
        timeout: float = 10,
        delay: float = 0,
    ) -> Awaitable[Any]:
        """Start method ``name`` of ``control`` on the client now (after the control has
        reached it, and ``delay`` seconds more); the awaitable gives the result and is
        harmless to ignore."""
        ...

    def id_of(self, control: Control) -> int | None:
        """The id ``control`` has on the client, or ``None`` if it is not there."""
        ...

    def run_task(self, coro: Coroutine[Any, Any, Any]) -> Awaitable[Any]:
        """Run ``coro`` as a task of the session; its errors go to the app's error sink."""
        ...

    def run_thread(self, handler: Callable[..., Any], *args: Any) -> None:
        """Run sync ``handler(*args)`` in a worker thread, or soon on the loop without one."""
        ...

    def route_changed(self, route: str, notify: bool) -> None:
        """The app moved to ``route`` (``page.go``): run ``on_route_change`` if ``notify``
        and it did not run for this route last, and move the browser there."""
        ...

    def control_by_id(self, cid: int) -> Control | None:
        """The control that has id ``cid`` on the client, if it is there."""
        ...

    @property
    def pubsub(self) -> PubSubClient:
        """Messages between sessions (``page.pubsub``, flet/session/pubsub.py)."""
        ...


class View(Scrollable):
    control_type = "View"
    positional = ("route", "controls")
    internals = {"host_expanded": True}

    route = StrProp()
    controls = Children()
    appbar = Child()
    bottom_appbar = Child()
    navigation_bar = Child()
    floating_action_button = Child()
    floating_action_button_location = StrProp()
    drawer = Child()
    end_drawer = Child()
    vertical_alignment = StrProp()
    horizontal_alignment = StrProp()
    spacing = NumberProp(default=10)
    padding = InsetsProp()
    adaptive = Prop(bool)  # the client passes it down to adaptive children
    bgcolor = ColorProp()
    decoration = ValueProp()
    foreground_decoration = ValueProp()
    scroll = Prop((str, bool, dict, WireValue), encode=scroll_wire)
    auto_scroll = Prop(bool)
    fullscreen_dialog = Prop(bool)
    can_pop = Prop(bool)
    on_confirm_pop = Event()
    on_scroll = Event()


class Overlay(Control):
    control_type = "Overlay"
    internals = {"host_positioned": True}
    controls = Children()


class Dialogs(Control):
    control_type = "Dialogs"
    controls = Children()


class ServiceRegistry(Control):
    control_type = "ServiceRegistry"
    internals = {"uid": "services"}
    services = Children(wire="_services")


class _ViewProxy:
    """A page attribute that lives on the first view (``page.controls`` → ``views[0]``)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, page: Page | None, owner: type | None = None) -> Any:
        return self if page is None else getattr(page.views[0], self.name)

    def __set__(self, page: Page, value: Any) -> None:
        setattr(page.views[0], self.name, value)


class _DialogSlot:
    """``page.dialog``, ``page.snack_bar``...: Python-only, shown through ``_dialogs``."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, page: Page | None, owner: type | None = None) -> Any:
        return self if page is None else page._slots.get(self.name)

    def __set__(self, page: Page, value: Control | None) -> None:
        if value is not None and not isinstance(value, Control):
            raise TypeError(
                f"page.{self.name} takes a control (e.g. ft.AlertDialog(...)), "
                f"not {type(value).__name__}"
            )
        page._slots[self.name] = value


#: Seconds a new drawer gets to be built by the client before it is shown.
DRAWER_FIRST_SHOW_DELAY = 0.15


def is_dialog(control: Control) -> bool:
    return getattr(type(control), "dialog", False) is True


def is_service(control: Control) -> bool:
    return getattr(type(control), "service", False) is True


def _unique(controls: Iterable[Control]) -> list[Control]:
    seen: set[int] = set()
    out = []
    for control in controls:
        if id(control) not in seen:
            seen.add(id(control))
            out.append(control)
    return out


class Page(Control, PageServices):
    """The root of a session's UI. Created by the session; apps receive it in ``main``."""

    control_type = "Page"
    # before_update routes the overlay, dialogs and services the page holds in plain lists
    prepare_always = True

    views = Children()
    overlay_host = Child(wire="_overlay")
    dialogs_host = Child(wire="_dialogs")
    services_host = Child(wire="_services")

    title = StrProp()
    theme_mode = StrProp()
    theme = ValueProp()
    dark_theme = ValueProp()
    locale_configuration = ValueProp()
    fonts = Prop(dict)
    show_semantics_debugger = Prop(bool)
    adaptive = Prop(bool)  # the client passes it down to adaptive children

    # the route the app shows; kept by the session from the client's route_change events
    route = Prop(str, sent=False)
    # reported by the client (protocol §7.2), never sent back
    width = Prop((int, float), client=True, sent=False)
    height = Prop((int, float), client=True, sent=False)
    platform = Prop(str, client=True, sent=False)
    platform_brightness = Prop(str, client=True, sent=False)
    media = Prop(dict, client=True, sent=False)
    pwa = Prop(bool, client=True, sent=False)
    web = Prop(bool, client=True, sent=False)
    wasm = Prop(bool, client=True, sent=False)
    debug = Prop(bool, client=True, sent=False)
    pyodide = Prop(bool, client=True, sent=False)
    multi_view = Prop(bool, client=True, sent=False)
    test = Prop(bool, client=True, sent=False)

    on_resize = Event()
    on_error = Event()
    on_route_change = Event()
    on_view_pop = Event()
    on_keyboard_event = Event()
    on_platform_brightness_change = Event()
    on_media_change = Event()
    on_app_lifecycle_state_change = Event()
    on_close = Event()
    on_connect = Event()
    on_disconnect = Event()

    controls = _ViewProxy()
    appbar = _ViewProxy()
    floating_action_button = _ViewProxy()
    floating_action_button_location = _ViewProxy()
    navigation_bar = _ViewProxy()
    bottom_appbar = _ViewProxy()
    drawer = _ViewProxy()
    end_drawer = _ViewProxy()
    padding = _ViewProxy()
    spacing = _ViewProxy()
    vertical_alignment = _ViewProxy()
    horizontal_alignment = _ViewProxy()
    bgcolor = _ViewProxy()
    decoration = _ViewProxy()
    scroll = _ViewProxy()
    auto_scroll = _ViewProxy()
    on_scroll = _ViewProxy()

    dialog = _DialogSlot()
    snack_bar = _DialogSlot()
    banner = _DialogSlot()
    bottom_sheet = _DialogSlot()
    _error_bar = _DialogSlot()

    def __init__(self, session: UpdateSink, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._session = session
        self._session_id: str | None = None
        self._slots: dict[str, Control | None] = {}
        self._opened: list[Control] = []
        self._overlay: list[Control] = []
        self._services: list[Service] = []
        self._managed: list[Service] = []
        self._client_storage: ClientStorage | None = None
        self._drawers_open: dict[int, bool] = {}  # id(drawer) -> shown on the client
        #: the ids of what the hosts were last routed from (``before_update``), each list
        #: ended by None; ``_routed_from`` holds those objects, so that their ids stay theirs
        self._routed: tuple[int | None, ...] = ()
        self._routed_from: tuple[Any, ...] = ()
        self._session_storage = SessionStorage()
        self._window = Window(self)
        self.views = [View(route="/")]
        self.overlay_host = Overlay()
        self.dialogs_host = Dialogs()
        self.services_host = ServiceRegistry()
        self._page = self

    def is_blank(self) -> bool:
        """Whether the app has shown nothing yet: no control in any view, no overlay or
        dialog (a failing ``main`` then gets the client's error card)."""
        views_empty = all(next(view.child_controls(), None) is None for view in self.views)
        return views_empty and not (self._overlay or self._opened or any(self._slots.values()))

    def before_update(self) -> None:
        """Route dialogs, overlay controls and services to the hosts the client reads (again
        only when what the page holds changed since the last time: it runs on every update)."""
        slots = self._slots.values()
        holding = (
            *map(id, self._overlay),
            None,
            *map(id, slots),
            None,
            *map(id, self._opened),
            None,
            *map(id, self._managed),
            None,
            *map(id, self._services),
        )
        if holding != self._routed:
            self._routed = holding
            # holding the objects keeps those ids theirs
            self._routed_from = (*self._overlay, *slots, *self._opened, *self._managed)
            self._routed_from += tuple(self._services)
            self._route_held()
        self._sync_drawers()

    def _route_held(self) -> None:
        held = [*self._overlay, *(c for c in self._slots.values() if c), *self._opened]
        self.dialogs_host.controls = _unique(c for c in held if is_dialog(c))
        self.overlay_host.controls = _unique(
            c for c in held if not is_dialog(c) and not is_service(c)
        )
        services = [*self._managed, *self._services, *(c for c in held if is_service(c))]
        self.services_host.services = _unique(services)

    def _sync_drawers(self) -> None:
        """Drawers open by method calls (§11): call them when ``drawer.open`` changed.

        A drawer the client has not drawn yet cannot open: its first ``show`` waits until
        the client has had a few frames to build it.
        """
        for view in self.views:
            for slot in ("drawer", "end_drawer"):
                drawer = getattr(view, slot)
                if drawer is None or "open" not in type(drawer).declared_props:
                    continue
                want, known = bool(drawer.open), self._drawers_open.get(id(drawer))
                if known is None or known != want:
                    self._drawers_open[id(drawer)] = want
                if want != bool(known):
                    action = f"{'show' if want else 'close'}_{slot}"
                    delay = DRAWER_FIRST_SHOW_DELAY if known is None else 0
                    self._session.call_method(view, action, delay=delay)

    def _dismissed(self, control: Control) -> None:
        """The user closed ``control`` on the client (its ``dismiss`` event)."""
        if "open" in type(control).declared_props:
            control._values["open"] = False
            mark(control)  # the client closed it: send open=False, so a later open shows it
        if id(control) in self._drawers_open:
            self._drawers_open[id(control)] = False

    # -- seed-era page API: one implementation each, the _async names are aliases ----------

    def scroll_to(self, *args: Any, **kwargs: Any) -> Awaitable[Any]:
        """Scroll the first view (the seed-era ``page.scroll_to``)."""
        return self.views[0].scroll_to(*args, **kwargs)  # type: ignore[no-any-return]

    scroll_to_async = scroll_to

    def update(self, *controls: Control) -> Awaitable[None]:
        """Send all pending changes; each of ``controls`` (the async era's
        ``page.update(a, b)``) is read again whole, as ``control.update()`` does.

        What changed is what the property writes and list changes marked, and what the
        controls holding value objects, lists or dicts hold now: the page is not read again
        whole. Raises a ``TreeError`` here, in the code that made the change, when the page
        cannot be sent as it is (a control in two places, a child that is not a control).
        """
        for control in controls:
            if control._changes is not None:
                control._changes.mark_tree(control)
        self._session.check_changes()
        return self._session.request_update()

    def add(self, *controls: Control) -> Awaitable[None]:
        return self.insert(len(self.controls), *controls)

    def insert(self, at: int, *controls: Control) -> Awaitable[None]:
        """Insert ``controls`` at ``at``; if the page could not be sent with them, they are
        taken out again and the ``TreeError`` is raised."""
        kept = list(self.controls)
        self.controls[at:at] = controls
        try:
            return self.update()
        except TreeError:
            self.controls[:] = kept
            raise

    def remove(self, *controls: Control) -> Awaitable[None]:
        for control in controls:
            self.controls.remove(control)
        return self.update()

    def remove_at(self, index: int) -> Awaitable[None]:
        del self.controls[index]
        return self.update()

    def clean(self) -> Awaitable[None]:
        self.controls.clear()
        return self.update()

    def update_async(self, *controls: Control) -> Awaitable[None]:
        return self.update(*controls)

    def add_async(self, *controls: Control) -> Awaitable[None]:
        return self.add(*controls)

    def insert_async(self, at: int, *controls: Control) -> Awaitable[None]:
        return self.insert(at, *controls)

    def remove_async(self, *controls: Control) -> Awaitable[None]:
        return self.remove(*controls)

    def remove_at_async(self, index: int) -> Awaitable[None]:
        return self.remove_at(index)

    def clean_async(self) -> Awaitable[None]:
        return self.clean()

    # -- tasks -----------------------------------------------------------------------------

    def run_task(self, handler: Any, *args: Any, **kwargs: Any) -> Awaitable[Any]:
        """Run coroutine function ``handler(*args, **kwargs)`` as a task of this session."""
        return self._session.run_task(handler(*args, **kwargs))

    @property
    def pubsub(self) -> PubSubClient:
        """Messages to this app's other sessions (in the browser: its other tabs)."""
        return self._session.pubsub

    @property
    def session_id(self) -> str:
        """An id of this session, unique among the app's sessions (the era's chat uses it)."""
        if self._session_id is None:
            self._session_id = uuid.uuid4().hex
        return self._session_id

    def run_thread(self, handler: Any, *args: Any, **kwargs: Any) -> None:
        """Run ``handler(*args, **kwargs)`` in a thread on a server; there are no threads in
        the browser, where it runs soon, on the event loop."""
        self._session.run_thread(functools.partial(handler, *args, **kwargs))

    # -- routing ---------------------------------------------------------------------------

    def go(self, route: str, skip_route_change_event: bool = False, **kwargs: Any) -> None:
        """Show ``route``: ``on_route_change`` runs (once) and the browser's URL follows.

        ``kwargs`` are added as a query string (``page.go("/search", q="x")``).
        """
        if kwargs:
            route = f"{route}{'&' if '?' in route else '?'}{urlencode(kwargs)}"
        self.route = route
        self._session.route_changed(route, notify=not skip_route_change_event)

    def go_async(
        self, route: str, skip_route_change_event: bool = False, **kwargs: Any
    ) -> Awaitable[None]:
        self.go(route, skip_route_change_event, **kwargs)
        return self.update()

    def push_route(self, route: str, **kwargs: Any) -> Awaitable[None]:
        """Flet 1.0's name for :meth:`go` (awaitable)."""
        return self.go_async(route, **kwargs)

    def navigate(self, route: str, **kwargs: Any) -> None:
        self.go(route, **kwargs)

    def get_control(self, id: int | str) -> Control | None:
        """The control whose id on the client is ``id`` (a DragTarget event's ``e.src_id``);
        the async era's ``"_12"`` spelling is accepted. ``None`` if it is not on the page."""
        text = str(id).removeprefix("_")
        if isinstance(id, bool) or not text.isdigit():
            raise TypeError(
                f"page.get_control takes a control id such as e.src_id (12 or '_12'), not {id!r}."
            )
        return self._session.control_by_id(int(text))

    # -- sign-in -----------------------------------------------------------------------------

    def login(self, provider: Any = None, *args: Any, **kwargs: Any) -> Any:
        """OAuth sign-in (``page.login(GitHubOAuthProvider(...))``) is not supported yet."""
        raise NotImplementedError(
            "page.login(): OAuth sign-in is not supported by flet-pwa yet; sign users in with "
            "your web server (e.g. a FastAPI route in front of the app) and pass what the app "
            "needs in the page's URL or cookies"
        )

    login_async = login

    @property
    def auth(self) -> None:
        """The signed-in user's authorization: always ``None`` (see :meth:`login`)."""
        return None

    def logout(self) -> None:
        """Nothing to sign out of: :meth:`login` is not supported yet."""
        raise NotImplementedError("page.logout(): OAuth sign-in is not supported by flet-pwa yet")

    logout_async = logout

    def get_upload_url(self, file_name: str, expires: int) -> str:
        """The URL that makes ``FilePicker.upload()`` write a picked file to ``file_name`` in
        the app's ``upload_dir`` (``ft.app(main, upload_dir=...)``); valid ``expires`` seconds.
        On a server it is the upload endpoint's signed URL, which the browser uploads to."""
        server = getattr(self._session, "upload_url", None)
        if server is not None:
            return str(server(file_name, expires))
        return uploads.upload_url(file_name, expires)

    async def get_upload_url_async(self, file_name: str, expires: int) -> str:
        return self.get_upload_url(file_name, expires)

    @property
    def query(self) -> QueryString:
        """The query string of :attr:`route` (``page.query.get("id")``)."""
        return QueryString(self.route or "/")

    @property
    def top_view(self) -> View:
        return self.views[-1]  # type: ignore[no-any-return]

    # -- dialogs and overlays --------------------------------------------------------------

    @property
    def overlay(self) -> list[Control]:
        """Floating controls; dialogs put here are shown as dialogs."""
        return self._overlay

    @property
    def services(self) -> list[Service]:
        """Service controls the app registered itself (Flet 1.0 style)."""
        return self._services

    def open(self, control: Control) -> Awaitable[Any]:
        """Show a dialog, bottom sheet, snack bar, banner or navigation drawer."""
        _require_open(control, "open")
        if control.control_type == "NavigationDrawer":
            return self._show_drawer(control)
        self._opened = [c for c in self._opened if getattr(c, "open", False) or c is control]
        if control not in self._opened:
            self._opened.append(control)
        control.open = True  # type: ignore[attr-defined]
        return self.update()

    def close(self, control: Control) -> Awaitable[Any]:
        """Close what :meth:`open` showed (sets ``open`` to False and updates)."""
        _require_open(control, "close")
        control.open = False  # type: ignore[attr-defined]
        return self.update()

    def show_dialog(self, dialog: Control) -> Awaitable[None]:
        return self._show_in("dialog", dialog)

    def close_dialog(self) -> Awaitable[None]:
        return self._close_slot("dialog")

    def show_snack_bar(self, snack_bar: Control) -> Awaitable[None]:
        return self._show_in("snack_bar", snack_bar)

    def show_banner(self, banner: Control) -> Awaitable[None]:
        return self._show_in("banner", banner)

    def close_banner(self) -> Awaitable[None]:
        return self._close_slot("banner")

    def show_bottom_sheet(self, bottom_sheet: Control) -> Awaitable[None]:
        return self._show_in("bottom_sheet", bottom_sheet)

    def close_bottom_sheet(self) -> Awaitable[None]:
        return self._close_slot("bottom_sheet")

    show_dialog_async = show_dialog
    close_dialog_async = close_dialog
    show_snack_bar_async = show_snack_bar
    show_banner_async = show_banner
    close_banner_async = close_banner
    show_bottom_sheet_async = show_bottom_sheet
    close_bottom_sheet_async = close_bottom_sheet

    def pop_dialog(self) -> Control | None:
        """Close the most recently shown dialog that is open (Flet 1.0); return it."""
        held = [*self._overlay, *(c for c in self._slots.values() if c), *self._opened]
        for dialog in reversed(held):
            if is_dialog(dialog) and getattr(dialog, "open", False):
                dialog.open = False  # type: ignore[attr-defined]
                self.update()
                return dialog
        return None

    def _show_in(self, slot: str, control: Control) -> Awaitable[None]:
        _require_open(control, f"show_{slot}")
        setattr(self, slot, control)
        control.open = True  # type: ignore[attr-defined]
        return self.update()

    def _close_slot(self, slot: str) -> Awaitable[None]:
        control = self._slots.get(slot)
        if control is not None:
            control.open = False  # type: ignore[attr-defined]
        return self.update()

    def _show_drawer(self, drawer: Control) -> Awaitable[None]:
        """Flet 0.25: the drawer goes to the top view (its ``position`` says which side)."""
        end = str(getattr(drawer, "position", "") or "").lower().endswith("end")
        view = self.top_view
        if drawer not in (view.drawer, view.end_drawer):
            setattr(view, "end_drawer" if end else "drawer", drawer)
        drawer.open = True  # type: ignore[attr-defined]
        return self.update()

    def uid_of(self, control: Control) -> int | None:
        """The id ``control`` has on the client (what ``e.target`` says), or ``None``."""
        return self._session.id_of(control)

    # -- the desktop window (kept, not applied: see flet.controls.window) -----------------

    @property
    def window(self) -> Window:
        """``page.window``: desktop window settings, kept but without effect in a browser."""
        return self._window

    on_window_event = window_alias("on_event")


for _name in WINDOW_SETTINGS - {"on_event", "on_resized"}:
    setattr(Page, f"window_{_name}", window_alias(_name))
for _name in WINDOW_METHODS:
    setattr(Page, f"window_{_name}", window_method(_name))
    setattr(Page, f"window_{_name}_async", window_method(_name))


def _require_open(control: Control, method: str) -> None:
    if "open" not in type(control).declared_props:
        raise TypeError(
            f"page.{method}() shows controls that open and close (dialogs, bottom sheets, "
            f"snack bars, banners, drawers); {type(control).__name__} has no 'open'. "
            "Add it to the page instead."
        )
