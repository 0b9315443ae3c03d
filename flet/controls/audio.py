"""Audio: sound played by the browser, as apps of the async era used it.

Apps put ``ft.Audio(src=..., autoplay=...)`` in ``page.overlay`` and call ``play()``,
``pause()``, ``resume()``, ``seek(ms)``; the 1.0.5 client has it as a service (the page moves it
to its service registry). Times are whole milliseconds, as in Flet 0.25: ``seek(1500)``,
``e.position``, ``e.duration``. ``src_base64`` is sent as ``src`` (the client decodes base64
text itself). ``get_duration()`` and ``get_current_position()`` need the browser's answer, so
they return an awaitable of the milliseconds: ``await audio.get_duration()``.

Browsers play sound only after the visitor has interacted with the page: ``autoplay`` on the
first screen waits for a click (the browser's rule, not ours).
"""

from __future__ import annotations

from collections.abc import Awaitable
from enum import StrEnum
from typing import Any

from flet.controls.base import NumberProp, StrProp, call_client
from flet.controls.services import Service
from flet.core.props import Event, Prop, PropertyError
from flet.events.controls import milliseconds

__all__ = ["Audio", "ReleaseMode"]

SOURCE = (str, bytes)


class ReleaseMode(StrEnum):
    """What an Audio does when its sound ends (``Audio.release_mode``)."""

    RELEASE = "release"
    LOOP = "loop"
    STOP = "stop"


def _within(name: str, low: float, high: float) -> Prop:
    def check(value: Any) -> Any:
        if not low <= value <= high:
            raise PropertyError(f"Audio.{name} takes a number from {low} to {high}, not {value}")
        return value

    return NumberProp(decode=check)


class Audio(Service):
    """Plays ``src`` (a URL, an asset path, base64 text or bytes); put it in ``page.overlay``."""

    control_type = "Audio"
    positional = ("src", "src_base64", "autoplay")

    autoplay = Prop(bool)
    volume = _within("volume", 0, 1)
    balance = _within("balance", -1, 1)
    playback_rate = _within("playback_rate", 0, 2)
    release_mode = StrProp()

    on_loaded = Event()
    on_duration_changed = Event(wire="on_duration_change")
    on_state_changed = Event(wire="on_state_change")
    on_position_changed = Event(wire="on_position_change")
    on_seek_complete = Event()

    # Python-side: the wire ``src`` is src_base64 when set, else src (before_update)
    src = Prop(SOURCE, sent=False)
    src_base64 = StrProp(sent=False)
    _wire_src = Prop(SOURCE, wire="src")

    def before_update(self) -> None:
        self._wire_src = "".join(self.src_base64.split()) if self.src_base64 else self.src
        if not self._wire_src:
            raise PropertyError("Audio needs src=... (a URL or an asset path) or src_base64=...")

    # -- methods (sync or awaited) -----------------------------------------------------------

    def play(self, position_milliseconds: int | None = None) -> Awaitable[Any]:
        """Play from the start (or from ``position_milliseconds``)."""
        args = None if position_milliseconds is None else {"position": int(position_milliseconds)}
        return call_client(self, "play", args)

    def pause(self) -> Awaitable[Any]:
        return call_client(self, "pause")

    def resume(self) -> Awaitable[Any]:
        return call_client(self, "resume")

    def release(self) -> Awaitable[Any]:
        return call_client(self, "release")

    def seek(self, position_milliseconds: int) -> Awaitable[Any]:
        return call_client(self, "seek", {"position": int(position_milliseconds)})

    async def get_duration(self, wait_timeout: float | None = 5) -> int | None:
        """The sound's length in milliseconds (``None`` until it is known)."""
        return milliseconds(await self._ask("get_duration", wait_timeout))

    async def get_current_position(self, wait_timeout: float | None = 5) -> int | None:
        """Where playback is, in milliseconds."""
        return milliseconds(await self._ask("get_current_position", wait_timeout))

    def _ask(self, name: str, wait_timeout: float | None) -> Awaitable[Any]:
        return call_client(self, name, None, wait_timeout or 5, "page.overlay.append(...)")

    play_async = play
    pause_async = pause
    resume_async = resume
    release_async = release
    seek_async = seek
    get_duration_async = get_duration
    get_current_position_async = get_current_position
