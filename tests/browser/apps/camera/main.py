"""The browser's camera (tests/browser/test_camera_in_chromium.py), written as a Flet 1.0 app
(``import flet_camera as fc``).

On start it lists the cameras, opens the first, takes a picture and shows what reached Python:
the camera's name, the state the client reported, and the picture's format, size and bytes.
"""

import flet as ft
import flet_camera as fc


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a JPEG's start-of-frame segment, or None if it is not a JPEG."""
    if data[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 9 < len(data) and data[at] == 0xFF:
        marker, length = data[at + 1], int.from_bytes(data[at + 2 : at + 4], "big")
        if 0xC0 <= marker <= 0xC3:
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            return int.from_bytes(data[at + 7 : at + 9], "big"), height
        at += 2 + length
    return None


async def main(page: ft.Page):
    page.title = "Camera"
    found = ft.Text("cameras: none")
    state = ft.Text("state: none")
    picture = ft.Text("picture: none")

    def on_state(e: fc.CameraStateEvent):
        if e.is_initialized and e.preview_size is not None:
            state.value = f"state: initialized {e.is_initialized}"
            page.update()

    camera = fc.Camera(width=320, height=240, on_state_change=on_state)
    page.add(ft.Text("Camera ready"), camera, found, state, picture)
    cameras = await camera.get_available_cameras()
    found.value = f"cameras: {len(cameras)}"
    page.update()
    await camera.initialize(cameras[0], fc.ResolutionPreset.LOW, enable_audio=False)
    data = await camera.take_picture()
    size = jpeg_size(data)
    if size is None:
        picture.value = f"picture: not a JPEG, {len(data)} bytes"
    else:
        picture.value = f"picture: JPEG {size[0]}x{size[1]}, {len(data)} bytes"
    page.update()


ft.app(main)
