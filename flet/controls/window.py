"""The desktop window settings of the async era: ``page.window.width = 400`` (0.23+) and
``page.window_width = 400`` (0.21).

In the browser the app lives in a tab the visitor sized, so these settings cannot take effect.
They are accepted and kept (reading one back gives what was set), the first one set is named
once in the console, and the window methods (``center()``, ``close()``...) do nothing.
``page.width`` and ``page.height`` stay the size the browser reports; ``window.width`` and
``window.height`` read that size until the app sets its own.

Where a real window exists (the desktop client, ``desktop_runtime``), the code that runs the
app ``attach``-es a :class:`WindowSink` before ``main`` runs: settings and method calls then
go to it, and ``reported`` records what the window says of itself (its size after the user
resized it...), so reading a setting back gives the window's value.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from flet._notices import say_once
from flet.core.finished import FINISHED
from flet.core.props import suggest

__all__ = ["WINDOW_METHODS", "WINDOW_SETTINGS", "Window", "WindowSink"]

#: Settings of Flet's ``page.window`` (and ``page.window_<name>`` before 0.23).
WINDOW_SETTINGS = frozenset(
    [
        "alignment",
        "always_on_bottom",
        "always_on_top",
        "badge_label",
        "bgcolor",
        "focused",
        "frameless",
        "full_screen",
        "height",
        "icon",
        "ignore_mouse_events",
        "left",
        "max_height",
        "max_width",
        "maximizable",
        "maximized",
        "min_height",
        "min_width",
        "minimizable",
        "minimized",
        "movable",
        "opacity",
        "prevent_close",
        "progress_bar",
        "resizable",
        "shadow",
        "skip_task_bar",
        "title_bar_buttons_hidden",
        "title_bar_hidden",
        "top",
        "visible",
        "width",
        "on_event",
        "on_resized",
    ]
)

#: Methods of ``page.window`` (``page.window_<name>()`` before 0.23), no-ops in the browser.
WINDOW_METHODS = frozenset(
    [
        "center",
        "close",
        "destroy",
        "to_front",
        "start_dragging",
        "start_resizing",
        "wait_until_ready_to_show",
    ]
)

_NOTICE = (
    "page.window settings (page.window.{name}, page.window_{name}...) have no effect in the "
    "browser: the app fills the tab the visitor sized. They are kept, not applied; "
    "page.width and page.height give the tab's size."
)


class WindowSink(Protocol):
    """What applies the settings to a real window (``Window.attach``)."""

    def set(self, name: str, value: Any) -> None: ...
    def call(self, name: str, *args: Any) -> Awaitable[None]: ...


class Window:
    """``page.window``: keeps the desktop window settings an app makes."""

    __slots__ = ("_page", "_sink", "_values")

    def __init__(self, page: Any) -> None:
        object.__setattr__(self, "_page", page)
        object.__setattr__(self, "_values", {})
        object.__setattr__(self, "_sink", None)

    def attach(self, sink: WindowSink) -> None:
        """Apply the settings to a real window from now on (those made so far too)."""
        object.__setattr__(self, "_sink", sink)
        for name, value in object.__getattribute__(self, "_values").items():
            sink.set(name, value)

    def reported(self, values: dict[str, Any]) -> None:
        """The real window's own state (what the client reported): read back from now on."""
        object.__getattribute__(self, "_values").update(values)

    def __getattr__(self, name: str) -> Any:
        if name in WINDOW_SETTINGS:
            values: dict[str, Any] = object.__getattribute__(self, "_values")
            if name in values:
                return values[name]
            if name in ("width", "height"):  # the tab's size until the app sets its own
                return getattr(object.__getattribute__(self, "_page"), name)
            return None
        if name in WINDOW_METHODS or name.removesuffix("_async") in WINDOW_METHODS:
            sink = object.__getattribute__(self, "_sink")
            if sink is None:
                return _no_op
            method = name.removesuffix("_async")
            return lambda *args, **kwargs: sink.call(method, *args)
        raise AttributeError(_unknown(name))

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in WINDOW_SETTINGS:
            raise AttributeError(_unknown(name))
        self._values[name] = value
        if self._sink is not None:
            self._sink.set(name, value)
        elif not name.startswith("on_"):
            say_once("page.window", _NOTICE.format(name=name))

    def __repr__(self) -> str:
        return f"Window({self._values!r})"


def _no_op(*args: Any, **kwargs: Any) -> Awaitable[None]:
    return FINISHED


def _unknown(name: str) -> str:
    return (
        f"page.window has no setting {name!r}.{suggest(name, [*WINDOW_SETTINGS, *WINDOW_METHODS])}"
    )


def window_alias(name: str) -> property:
    """``page.window_<name>``: the 0.21 spelling of ``page.window.<name>``."""

    def get(page: Any) -> Any:
        return getattr(page.window, name)

    def set_(page: Any, value: Any) -> None:
        setattr(page.window, name, value)

    return property(get, set_, doc=f"The 0.21 spelling of ``page.window.{name}``.")


def window_method(name: str) -> Callable[..., Awaitable[None]]:
    """``page.window_<name>()``: the 0.21 spelling of ``page.window.<name>()``."""

    def method(page: Any, *args: Any, **kwargs: Any) -> Awaitable[None]:
        result: Awaitable[None] = getattr(page.window, name)(*args, **kwargs)
        return result

    method.__name__ = f"window_{name}"
    method.__doc__ = f"The 0.21 spelling of ``page.window.{name}()``."
    return method
