"""``Camera.on_state_change``: the camera's state as the client reports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flet.events.base import ControlEvent, DataEvent, at, finite
from flet.values.camera import (
    CameraDescription,
    CameraPreviewSize,
    ExposureMode,
    FlashMode,
    FocusMode,
)

__all__ = ["CameraStateEvent"]


@dataclass(slots=True)
class CameraStateEvent(DataEvent):
    """``e.is_initialized``, ``e.is_taking_picture``, ``e.is_recording_video``..., the modes,
    ``e.preview_size`` and ``e.description`` (the camera in use)."""

    is_initialized: bool | None = at("is_initialized", kind=bool)
    is_recording_video: bool | None = at("is_recording_video", kind=bool)
    is_recording_paused: bool | None = at("is_recording_paused", kind=bool)
    is_taking_picture: bool | None = at("is_taking_picture", kind=bool)
    is_streaming_images: bool | None = at("is_streaming_images", kind=bool)
    is_preview_paused: bool | None = at("is_preview_paused", kind=bool)
    is_capture_orientation_locked: bool | None = at("is_capture_orientation_locked", kind=bool)
    device_orientation: str | None = at("device_orientation", kind=str)
    flash_mode: FlashMode | None = at("flash_mode", kind=FlashMode)  # noqa: RUF009
    exposure_mode: ExposureMode | None = at("exposure_mode", kind=ExposureMode)  # noqa: RUF009
    focus_mode: FocusMode | None = at("focus_mode", kind=FocusMode)  # noqa: RUF009
    aspect_ratio: float | None = at("aspect_ratio")
    has_error: bool | None = at("has_error", kind=bool)
    error_description: str | None = at("error_description", kind=str)
    preview_size: CameraPreviewSize | None = None
    description: CameraDescription | None = None

    @classmethod
    def build(cls, target: int, name: str, data: Any, control: Any, page: Any) -> ControlEvent:
        event = super(CameraStateEvent, cls).build(target, name, data, control, page)
        assert isinstance(event, CameraStateEvent)
        if isinstance(data, dict):
            event.description = CameraDescription.from_client(data.get("description"))
            size = data.get("preview_size")
            if isinstance(size, dict):
                width, height = finite(size.get("width")), finite(size.get("height"))
                if width is not None and height is not None:
                    event.preview_size = CameraPreviewSize(width, height)
        return event
