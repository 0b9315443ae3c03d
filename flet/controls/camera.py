"""Camera: the browser's camera as Flet 1.0's ``flet_camera.Camera`` (a preview and its methods).

The 1.0.5 web client has the camera plugin's web implementation compiled in (getUserMedia,
MediaRecorder, blob URLs). An app adds ``ft.Camera(...)`` to the page, asks
``await camera.get_available_cameras()`` (the browser asks the visitor for permission), opens
one with ``await camera.initialize(cameras[0], ft.ResolutionPreset.MEDIUM)``, and then
``await camera.take_picture()`` returns the picture's bytes (a JPEG in Chromium), and
``start_video_recording()``/``stop_video_recording()`` the video's (WebM in Chromium).
``on_state_change`` gets a :class:`~flet.events.camera.CameraStateEvent`.

What the web implementation lacks (frame streaming, exposure and focus control, image format
groups) is refused here with :class:`CameraWebUnsupportedError`, which says what to use instead.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, NoReturn

from flet.controls.base import LayoutControl, call_client
from flet.core.control import Control
from flet.core.props import Child, Event, Prop
from flet.values._plain import plain
from flet.values.camera import CameraDescription, FlashMode, ImageFormatGroup, ResolutionPreset

__all__ = ["Camera", "CameraWebUnsupportedError"]

#: Calls that may wait for the visitor to answer the browser's permission prompt.
PROMPT_TIMEOUT = 120.0
CAPTURE_TIMEOUT = 30.0


class CameraWebUnsupportedError(NotImplementedError):
    """A camera feature the browser implementation of the Flet 1.0.5 client does not have."""

    def __init__(self, feature: str, instead: str) -> None:
        super().__init__(
            f"Camera.{feature} does not work in a browser: the web camera of the Flet 1.0.5 "
            "client has no frame streaming, exposure or focus control, sensor orientation or "
            f"image format groups. {instead}"
        )
        self.feature = feature


class _WebUnsupportedEvent(Event):
    """An event the browser never fires: setting a handler is refused."""

    def __init__(self, instead: str) -> None:
        super().__init__()
        self.instead = instead

    def accept(self, obj: Control, value: Any) -> Any:
        if value is not None:
            raise CameraWebUnsupportedError(self.name, self.instead)
        return None


_NO_STREAM = "Take still pictures with await camera.take_picture() instead."
_NO_EXPOSURE = "The browser chooses exposure and focus itself; leave them to it."


class Camera(LayoutControl):
    """The camera's preview: ``ft.Camera(width=320, height=240)``; open it with initialize()."""

    control_type = "Camera"
    positional = ("content",)

    preview_enabled = Prop(bool, default=True)
    content = Child()
    on_state_change = Event()
    on_stream_image = _WebUnsupportedEvent(_NO_STREAM)

    def _call(
        self, name: str, args: dict[str, Any] | None = None, timeout: float = 10.0
    ) -> Awaitable[Any]:
        return call_client(self, name, plain(args) if args else None, timeout)

    # -- opening ---------------------------------------------------------------------------

    async def get_available_cameras(self) -> list[CameraDescription]:
        """The browser's cameras (the first call asks the visitor for permission)."""
        cameras = await self._call("get_available_cameras", timeout=PROMPT_TIMEOUT)
        found = (CameraDescription.from_client(c) for c in cameras or [])
        return [c for c in found if c is not None]

    def initialize(
        self,
        description: CameraDescription,
        resolution_preset: ResolutionPreset | str = ResolutionPreset.MAX,
        enable_audio: bool = True,
        fps: int | None = None,
        video_bitrate: int | None = None,
        audio_bitrate: int | None = None,
        image_format_group: ImageFormatGroup | str | None = None,
    ) -> Awaitable[Any]:
        """Open ``description`` (one of :meth:`get_available_cameras`) and show its preview."""
        if not isinstance(description, CameraDescription):
            raise TypeError(
                f"Camera.initialize takes a CameraDescription, not {type(description).__name__}"
                "; pass one of (await camera.get_available_cameras())."
            )
        if image_format_group not in (None, ImageFormatGroup.UNKNOWN):
            raise CameraWebUnsupportedError(
                "initialize(image_format_group=...)", "Leave image_format_group unset."
            )
        args = {
            "description": description,
            "resolution_preset": resolution_preset,
            "enable_audio": enable_audio,
            "fps": fps,
            "video_bitrate": video_bitrate,
            "audio_bitrate": audio_bitrate,
        }
        return self._call("initialize", args, PROMPT_TIMEOUT)

    def set_description(self, description: CameraDescription) -> Awaitable[Any]:
        """Switch to another camera."""
        return self._call("set_description", {"description": description}, PROMPT_TIMEOUT)

    # -- pictures and video ----------------------------------------------------------------

    async def take_picture(self) -> bytes:
        """A still picture, as the bytes of an encoded image (JPEG in Chromium)."""
        return bytes(await self._call("take_picture", timeout=CAPTURE_TIMEOUT))

    def prepare_for_video_recording(self) -> Awaitable[Any]:
        return self._call("prepare_for_video_recording")

    def start_video_recording(self) -> Awaitable[Any]:
        return self._call("start_video_recording")

    def pause_video_recording(self) -> Awaitable[Any]:
        return self._call("pause_video_recording")

    def resume_video_recording(self) -> Awaitable[Any]:
        return self._call("resume_video_recording")

    async def stop_video_recording(self) -> bytes:
        """The recorded video's bytes (WebM in Chromium, MP4 in Safari)."""
        return bytes(await self._call("stop_video_recording", timeout=CAPTURE_TIMEOUT))

    def pause_preview(self) -> Awaitable[Any]:
        return self._call("pause_preview")

    def resume_preview(self) -> Awaitable[Any]:
        return self._call("resume_preview")

    # -- zoom, flash, orientation (where the browser's camera has them) ----------------------

    def get_min_zoom_level(self) -> Awaitable[Any]:
        return self._call("get_min_zoom_level")

    def get_max_zoom_level(self) -> Awaitable[Any]:
        return self._call("get_max_zoom_level")

    def set_zoom_level(self, zoom: float) -> Awaitable[Any]:
        return self._call("set_zoom_level", {"zoom": zoom})

    def set_flash_mode(self, mode: FlashMode | str) -> Awaitable[Any]:
        return self._call("set_flash_mode", {"mode": mode})

    def lock_capture_orientation(self, orientation: str | None = None) -> Awaitable[Any]:
        return self._call("lock_capture_orientation", {"orientation": orientation})

    def unlock_capture_orientation(self) -> Awaitable[Any]:
        return self._call("unlock_capture_orientation")

    async def supports_image_streaming(self) -> bool:
        """Always ``False`` in a browser."""
        return False

    # -- what the browser's camera lacks ----------------------------------------------------

    def start_image_stream(self) -> NoReturn:
        raise CameraWebUnsupportedError("start_image_stream()", _NO_STREAM)

    def stop_image_stream(self) -> NoReturn:
        raise CameraWebUnsupportedError("stop_image_stream()", _NO_STREAM)

    def set_exposure_mode(self, mode: Any) -> NoReturn:
        raise CameraWebUnsupportedError("set_exposure_mode()", _NO_EXPOSURE)

    def set_exposure_offset(self, offset: float) -> NoReturn:
        raise CameraWebUnsupportedError("set_exposure_offset()", _NO_EXPOSURE)

    def set_exposure_point(self, point: Any) -> NoReturn:
        raise CameraWebUnsupportedError("set_exposure_point()", _NO_EXPOSURE)

    def get_exposure_offset_step_size(self) -> NoReturn:
        raise CameraWebUnsupportedError("get_exposure_offset_step_size()", _NO_EXPOSURE)

    def get_min_exposure_offset(self) -> NoReturn:
        raise CameraWebUnsupportedError("get_min_exposure_offset()", _NO_EXPOSURE)

    def get_max_exposure_offset(self) -> NoReturn:
        raise CameraWebUnsupportedError("get_max_exposure_offset()", _NO_EXPOSURE)

    def set_focus_mode(self, mode: Any) -> NoReturn:
        raise CameraWebUnsupportedError("set_focus_mode()", _NO_EXPOSURE)

    def set_focus_point(self, point: Any) -> NoReturn:
        raise CameraWebUnsupportedError("set_focus_point()", _NO_EXPOSURE)
