"""RawImage: frames travel as DataChannel packets once the client opened its channel.

The client (1.0.5 main.dart.js) sends ``data_channel_open`` with ``channel_id`` when it draws
the control, reads opcode ``0x01`` (encoded image), ``0x04`` (width, height u32 LE, RGBA) and
``0x03`` (clear), and acks each frame with ``0xFF`` on the same channel.
"""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

PNG = b"\x89PNG\r\n\x1a\nfake"


def test_wire_shape():
    view = client_view(ft.RawImage(width=40, height=20, fit=ft.ImageFit.CONTAIN, scale=2))
    assert view == {
        "_c": "RawImage",
        "width": 40,
        "height": 20,
        "fit": "contain",
        "scale": 2,
        "on_data_channel_open": True,
    }


def test_frames_wait_for_the_channel_and_for_the_clients_ack():
    image = ft.RawImage(width=2, height=1)
    done = []

    async def push(_):
        await image.render_encoded(PNG)
        done.append("png")
        await image.render_rgba(2, 1, bytes([255, 0, 0, 255, 0, 0, 255, 128]), premultiplied=False)
        done.append("rgba")
        await image.clear()
        done.append("clear")

    async def scenario():
        client, _ = await start(lambda page: page.add(image, ft.TextButton("Go", on_click=push)))
        await client.click(client.find(text="Go"), settle=0.05)
        assert done == [] and client.frames == []  # the channel is not open yet
        client.send_event(
            client.find("RawImage"),
            "data_channel_open",
            {"channel_name": "frames", "channel_id": 7},
        )
        await client.settle(0.05)
        for expected in ("png", "rgba", "clear"):
            assert done[-1:] != [expected]
            client.send_data(7, b"\xff")
            await client.settle(0.05)
            assert done[-1] == expected
        return client

    client = run(scenario())
    assert client.frames == [
        (7, b"\x01" + PNG),
        (
            7,
            b"\x04"
            + (2).to_bytes(4, "little")
            + (1).to_bytes(4, "little")
            + bytes([255, 0, 0, 255, 0, 0, 128, 128]),
        ),
        (7, b"\x03"),
    ]


def test_a_new_channel_gets_the_last_frame_again_and_timeouts_say_why():
    image = ft.RawImage(ready_timeout=0.05)
    errors = []

    async def push(_):
        try:
            await image.render_encoded(PNG)
        except TimeoutError as exc:
            errors.append(str(exc))

    async def scenario():
        client, _ = await start(lambda page: page.add(image, ft.TextButton("Go", on_click=push)))
        await client.click(client.find(text="Go"), settle=0.2)
        image._last = b"\x01" + PNG
        client.send_event(client.find("RawImage"), "data_channel_open", {"channel_id": 9})
        await client.settle(0.05)
        return client

    client = run(scenario())
    assert "page.add(raw_image)" in errors[0]
    assert client.frames == [(9, b"\x01" + PNG)]


def test_bad_frames_are_refused():
    image = ft.RawImage()
    with pytest.raises(ValueError, match="width \\* height \\* 4 = 8"):
        run(image.render_rgba(2, 1, b"\x00" * 4))
    with pytest.raises(TypeError, match="render_encoded"):
        run(image.render("not an image"))
