"""``import flet_camera as fc``: the Flet 1.0 camera package's import name.

A thin re-export of flet-pwa's camera (``flet.controls.camera``) under the names of
``flet-camera`` 1.0.5. In a browser, frame streaming, exposure and focus control are refused
with :class:`CameraWebUnsupportedError`.
"""

from flet.controls.camera import Camera, CameraWebUnsupportedError
from flet.events.camera import CameraStateEvent
from flet.values.camera import (
    CameraDescription,
    CameraLensDirection,
    CameraLensType,
    CameraPreviewSize,
    ExposureMode,
    FlashMode,
    FocusMode,
    ImageFormatGroup,
    ResolutionPreset,
)

__all__ = [
    "Camera",
    "CameraDescription",
    "CameraLensDirection",
    "CameraLensType",
    "CameraPreviewSize",
    "CameraStateEvent",
    "CameraWebUnsupportedError",
    "ExposureMode",
    "FlashMode",
    "FocusMode",
    "ImageFormatGroup",
    "ResolutionPreset",
]
