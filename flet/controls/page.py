"""The structural controls: Page, View, Overlay, Dialogs, ServiceRegistry.

The page holds ``views``; the first view holds what seed-era apps call ``page.controls``,
``page.appbar``, ``page.floating_action_button``... (protocol §7.3, §8.2). Without
``_overlay`` and ``_dialogs`` the client stops reporting resizes, so the page always has both.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, Protocol

from flet.controls.base import ColorProp, InsetsProp, NumberProp, StrProp
from flet.core.control import Control
from flet.core.props import Child, Children, Event, Prop

__all__ = ["Dialogs", "Overlay", "Page", "ServiceRegistry", "UpdateSink", "View"]


class UpdateSink(Protocol):
    """What a page needs from its session."""

    def request_update(self) -> Awaitable[None]: ...


class View(Control):
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
    bgcolor = ColorProp()
    scroll = StrProp()
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


class Page(Control):
    """The root of a session's UI. Created by the session; apps receive it in ``main``."""

    control_type = "Page"

    views = Children()
    overlay_host = Child(wire="_overlay")
    dialogs_host = Child(wire="_dialogs")
    services_host = Child(wire="_services")

    title = StrProp()
    theme_mode = StrProp()
    theme = Prop(dict)
    dark_theme = Prop(dict)
    fonts = Prop(dict)
    show_semantics_debugger = Prop(bool)

    # reported by the client (protocol §7.2), never sent back
    route = Prop(str, client=True, sent=False)
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

    controls = _ViewProxy()
    appbar = _ViewProxy()
    floating_action_button = _ViewProxy()
    navigation_bar = _ViewProxy()
    bottom_appbar = _ViewProxy()
    drawer = _ViewProxy()
    end_drawer = _ViewProxy()
    padding = _ViewProxy()
    spacing = _ViewProxy()
    vertical_alignment = _ViewProxy()
    horizontal_alignment = _ViewProxy()
    bgcolor = _ViewProxy()
    scroll = _ViewProxy()
    auto_scroll = _ViewProxy()

    def __init__(self, session: UpdateSink, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._session = session
        self.views = [View(route="/")]
        self.overlay_host = Overlay()
        self.dialogs_host = Dialogs()
        self.services_host = ServiceRegistry()
        self._page = self

    # -- seed-era page API: one implementation each, the _async names are aliases ----------

    def update(self, *controls: Control) -> Awaitable[None]:
        """Send all pending changes; ``controls`` is accepted for compatibility."""
        return self._session.request_update()

    def add(self, *controls: Control) -> Awaitable[None]:
        self.controls.extend(controls)
        return self.update()

    def insert(self, at: int, *controls: Control) -> Awaitable[None]:
        self.controls[at:at] = controls
        return self.update()

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

    # -- seed-era names for client-reported values ----------------------------------------

    @property
    def window_width(self) -> float | None:
        return self.width  # type: ignore[no-any-return]

    @property
    def window_height(self) -> float | None:
        return self.height  # type: ignore[no-any-return]

    @property
    def overlay(self) -> list[Control]:
        return self.overlay_host.controls  # type: ignore[no-any-return]
