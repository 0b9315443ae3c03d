"""Camera: its wire shape, its methods through the simulated client, its state event, and
what the browser's camera cannot do refused in Python."""

import pytest

import flet as ft
import flet_camera as fc
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

FAKE_CAMERA = {
    "name": "fake-device-id",
    "lens_direction": "external",
    "sensor_orientation": 0,
    "lens_type": "unknown",
}
JPEG = b"\xff\xd8\xff\xe0fake jpeg\xff\xd9"


def test_camera_wire_shape():
    camera = fc.Camera(
        content=ft.Text("REC"), preview_enabled=False, width=320, on_state_change=lambda e: None
    )
    assert client_view(camera) == {
        "_c": "Camera",
        "width": 320,
        "preview_enabled": False,
        "on_state_change": True,
        "content": {"_c": "Text", "value": "REC"},
    }


def test_cameras_are_listed_opened_and_a_picture_comes_back_as_bytes():
    async def scenario():
        calls = []
        found = {}

        async def main(page):
            camera = ft.Camera(width=320, height=240)
            page.add(camera)
            cameras = await camera.get_available_cameras()
            await camera.initialize(cameras[0], ft.ResolutionPreset.LOW, enable_audio=False)
            found["cameras"] = cameras
            found["picture"] = await camera.take_picture()

        def answer(result):
            return lambda control, args: calls.append(args) or result

        methods = {
            "Camera.get_available_cameras": answer([FAKE_CAMERA, {"bad": 1}]),
            "Camera.initialize": answer(None),
            "Camera.take_picture": answer(JPEG),
        }
        client, _ = await start(main, methods)
        for _ in range(20):
            await client.settle(0.02)
            if "picture" in found:
                break
        assert found["cameras"] == [
            fc.CameraDescription(
                "fake-device-id", fc.CameraLensDirection.EXTERNAL, 0, fc.CameraLensType.UNKNOWN
            )
        ]
        assert calls[1] == {
            "description": FAKE_CAMERA,
            "resolution_preset": "low",
            "enable_audio": False,
        }
        assert found["picture"] == JPEG

    run(scenario())


def test_state_change_event_is_typed():
    async def scenario():
        seen = []

        def main(page):
            page.add(ft.Camera(on_state_change=seen.append))

        client, _ = await start(main)
        data = {
            "is_initialized": True,
            "is_taking_picture": False,
            "flash_mode": "off",
            "focus_mode": "auto",
            "preview_size": {"width": 640, "height": 480},
            "aspect_ratio": 4 / 3,
            "description": FAKE_CAMERA,
        }
        client.fire(client.find("Camera"), "state_change", data)
        await client.settle(0.05)
        (e,) = seen
        assert isinstance(e, fc.CameraStateEvent)
        assert (e.is_initialized, e.is_taking_picture, e.is_recording_video) == (True, False, None)
        assert (e.flash_mode, e.focus_mode) == (fc.FlashMode.OFF, fc.FocusMode.AUTO)
        assert e.preview_size == fc.CameraPreviewSize(640, 480)
        assert e.description is not None and e.description.name == "fake-device-id"

    run(scenario())


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.start_image_stream(),
        lambda c: c.set_exposure_mode(fc.ExposureMode.LOCKED),
        lambda c: c.set_focus_point((0.5, 0.5)),
        lambda c: c.get_max_exposure_offset(),
        lambda c: c.initialize(fc.CameraDescription("x", "front", 0), image_format_group="jpeg"),
    ],
)
def test_what_the_browser_camera_lacks_is_refused(call):
    with pytest.raises(fc.CameraWebUnsupportedError, match="does not work in a browser"):
        call(fc.Camera())


def test_a_stream_handler_is_refused_with_what_to_do():
    with pytest.raises(ft.CameraWebUnsupportedError, match=r"on_stream_image.*take_picture\(\)"):
        fc.Camera(on_stream_image=lambda e: None)


def test_initialize_needs_a_description():
    with pytest.raises(TypeError, match="get_available_cameras"):
        fc.Camera().initialize("front")  # type: ignore[arg-type]
