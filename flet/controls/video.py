"""Video: a player for a playlist of media, with the era's (0.24/0.25) names.

The 1.0.5 client's Video (main.dart.js) reads ``playlist`` (maps of ``resource``,
``http_headers``, ``extras``), ``autoplay``, ``muted``, ``volume`` (0-100), ``playback_rate``,
``pitch``, ``playlist_mode``, ``shuffle_playlist``, ``fit``, ``fill_color``, ``alignment``,
``filter_quality``, ``wakelock``, ``title``, ``controls`` and the background-mode flags. The
era's ``show_controls`` becomes ``controls``: the client's adaptive controls when true (the
default), none when false. Its methods are ``play``, ``pause``, ``play_or_pause``, ``stop``,
``next``, ``previous``, ``seek`` (``position`` in milliseconds), ``jump_to``
(``media_index``), ``is_playing``, ``is_completed``, ``get_duration`` and
``get_current_position``; it has no ``playlist_add``/``playlist_remove``, so those change the
``playlist`` property (the client follows it on the next update). It sends ``load``,
``error``, ``complete``, ``track_change`` (the new index), ``enter_fullscreen`` and
``exit_fullscreen``.

Answers from the browser (``is_playing()``, ``get_duration()``...) are awaited:
``await video.get_duration()`` (milliseconds, as in Flet 0.25).
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    LayoutControl,
    NumberProp,
    StrProp,
    ValueProp,
    call_client,
)
from flet.core.props import Event, Prop, PropertyError
from flet.events.controls import milliseconds
from flet.values._plain import DataValue, plain

__all__ = [
    "PlaylistMode",
    "Video",
    "VideoConfiguration",
    "VideoMedia",
    "VideoSubtitleConfiguration",
]


class PlaylistMode(StrEnum):
    """What a Video does at the end of its playlist (``Video.playlist_mode``)."""

    NONE = "none"
    SINGLE = "single"
    LOOP = "loop"


@dataclass
class VideoMedia(DataValue):
    """One item of a Video's playlist: a URL or an asset path, with optional request headers
    and extra data."""

    resource: str
    http_headers: dict[str, str] | None = None
    extras: dict[str, str] | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.resource, str) or not self.resource.strip():
            raise PropertyError(
                f"VideoMedia needs resource=... (a URL or an asset path), not {self.resource!r}"
            )


@dataclass
class VideoConfiguration(DataValue):
    """Player settings (``Video.configuration``); the web player ignores most of them."""

    output_driver: str | None = None
    hardware_decoding_api: str | None = None
    enable_hardware_acceleration: bool | None = None
    width: float | None = None
    height: float | None = None
    scale: float | None = None


@dataclass
class VideoSubtitleConfiguration(DataValue):
    """How subtitles are drawn (``Video.subtitle_configuration``)."""

    text_style: Any = None
    text_scale_factor: float | None = None
    text_align: Any = None
    padding: Any = None
    visible: bool | None = None


_ADAPTIVE_CONTROLS = {"_type": "adaptive"}


def _volume(value: Any) -> Any:
    if not 0 <= value <= 100:
        raise PropertyError(f"Video.volume takes a number from 0 to 100, not {value}")
    return value


def _playlist(value: Any) -> Any:
    items = [value] if isinstance(value, VideoMedia | dict) else list(value)
    for item in items:
        if not isinstance(item, VideoMedia | dict):
            raise PropertyError(
                f"Video.playlist takes ft.VideoMedia(resource=...) items, not "
                f"{type(item).__name__} ({item!r}); wrap a URL as ft.VideoMedia({item!r})."
            )
    return items


class Video(LayoutControl):
    """Plays the media of ``playlist`` (``ft.VideoMedia(...)`` items) with player controls."""

    control_type = "Video"
    positional = ("playlist",)

    playlist = Prop((list, tuple, VideoMedia, dict), decode=_playlist, encode=plain)
    title = StrProp()
    fit = StrProp()
    fill_color = ColorProp()
    wakelock = Prop(bool)
    autoplay = Prop(bool)
    muted = Prop(bool)
    playlist_mode = StrProp()
    shuffle_playlist = Prop(bool)
    volume = NumberProp(decode=_volume)
    playback_rate = NumberProp()
    pitch = NumberProp()
    alignment = AlignmentProp()
    filter_quality = StrProp()
    pause_upon_entering_background_mode = Prop(bool)
    resume_upon_entering_foreground_mode = Prop(bool)
    configuration = ValueProp()
    subtitle_configuration = ValueProp()

    on_loaded = Event(wire="on_load")
    on_enter_fullscreen = Event()
    on_exit_fullscreen = Event()
    on_error = Event()
    on_completed = Event(wire="on_complete")
    on_track_changed = Event(wire="on_track_change")

    # Python-side: the wire ``controls`` is derived from show_controls (before_update)
    show_controls = Prop(bool, default=True, sent=False)
    _wire_controls = Prop(dict, wire="controls")

    def before_update(self) -> None:
        self._wire_controls = None if self.show_controls is False else dict(_ADAPTIVE_CONTROLS)

    # -- methods (sync or awaited) -----------------------------------------------------------

    def play(self) -> Awaitable[Any]:
        return call_client(self, "play")

    def pause(self) -> Awaitable[Any]:
        return call_client(self, "pause")

    def play_or_pause(self) -> Awaitable[Any]:
        """Play when paused, pause when playing."""
        return call_client(self, "play_or_pause")

    def stop(self) -> Awaitable[Any]:
        return call_client(self, "stop")

    def next(self) -> Awaitable[Any]:
        return call_client(self, "next")

    def previous(self) -> Awaitable[Any]:
        return call_client(self, "previous")

    def seek(self, position_milliseconds: int) -> Awaitable[Any]:
        """Go to ``position_milliseconds`` of the current media."""
        return call_client(self, "seek", {"position": int(position_milliseconds)})

    def jump_to(self, media_index: int) -> Awaitable[Any]:
        """Play the playlist's item ``media_index`` (negative counts from the end)."""
        count = len(self.playlist or [])
        if not -count <= media_index < count:
            raise IndexError(
                f"Video.jump_to({media_index}): the playlist has {count} item(s); "
                f"pass an index from {-count} to {count - 1}."
            )
        return call_client(self, "jump_to", {"media_index": media_index % count})

    def playlist_add(self, media: VideoMedia) -> None:
        """Append ``media`` to the playlist; the player gets it with this update."""
        self.playlist = [*(self.playlist or []), media]
        self.update()

    def playlist_remove(self, media: VideoMedia) -> None:
        """Remove ``media`` from the playlist; the player drops it with this update."""
        items = list(self.playlist or [])
        if media not in items:
            raise ValueError(f"{media!r} is not in this Video's playlist")
        items.remove(media)
        self.playlist = items
        self.update()

    async def is_playing(self, wait_timeout: float | None = 5) -> bool:
        return await self._ask("is_playing", wait_timeout) is True

    async def is_completed(self, wait_timeout: float | None = 5) -> bool:
        return await self._ask("is_completed", wait_timeout) is True

    async def get_duration(self, wait_timeout: float | None = 5) -> int | None:
        """The current media's length in milliseconds (``None`` until it is known)."""
        return milliseconds(await self._ask("get_duration", wait_timeout))

    async def get_current_position(self, wait_timeout: float | None = 5) -> int | None:
        """Where playback is in the current media, in milliseconds."""
        return milliseconds(await self._ask("get_current_position", wait_timeout))

    def _ask(self, name: str, wait_timeout: float | None) -> Awaitable[Any]:
        return call_client(self, name, None, wait_timeout or 5)

    play_async = play
    pause_async = pause
    play_or_pause_async = play_or_pause
    stop_async = stop
    next_async = next
    previous_async = previous
    seek_async = seek
    jump_to_async = jump_to
    is_playing_async = is_playing
    is_completed_async = is_completed
    get_duration_async = get_duration
    get_current_position_async = get_current_position

    async def playlist_add_async(self, media: VideoMedia) -> None:
        self.playlist_add(media)

    async def playlist_remove_async(self, media: VideoMedia) -> None:
        self.playlist_remove(media)
