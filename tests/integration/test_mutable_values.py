"""A value object changed in place reaches the client on the next update (the diff sees it)."""

import math

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start


def test_rotate_scale_offset_and_radius_changes_are_patched():
    async def scenario():
        box = ft.Container(
            width=50,
            height=50,
            rotate=ft.transform.Rotate(0, alignment=ft.alignment.center),
            scale=ft.transform.Scale(scale=1),
            offset=ft.transform.Offset(0, 0),
            border_radius=ft.border_radius.all(4),
        )

        def turn(e):
            box.rotate.angle += math.pi / 2
            box.scale.scale = 1.2
            box.offset.x = -1
            box.border_radius.top_left = 8
            box.update()

        def main(page):
            page.add(box, ft.ElevatedButton("Animate", on_click=turn))

        client, _ = await start(main)
        shown = client.find("Container")
        assert shown.props["rotate"] == {"angle": 0, "alignment": {"x": 0, "y": 0}}
        before = len(client.patches())
        await client.click(client.find("Button", "Animate"))
        assert len(client.patches()) == before + 1
        assert shown.props["rotate"]["angle"] == math.pi / 2
        assert shown.props["scale"] == {"scale": 1.2}
        assert shown.props["offset"] == {"x": -1, "y": 0}
        assert shown.props["border_radius"]["top_left"] == 8
        await client.click(client.find("Button", "Animate"))
        assert shown.props["rotate"]["angle"] == math.pi

    run(scenario())


def test_an_unchanged_value_sends_no_patch():
    async def scenario():
        box = ft.Container(width=10, rotate=ft.Rotate(1))

        def again(e):
            box.rotate.angle = 1  # the same angle: nothing to send
            box.update()

        def main(page):
            page.add(box, ft.TextButton("Again", on_click=again))

        client, _ = await start(main)
        before = len(client.patches())
        await client.click(client.find("TextButton"))
        assert len(client.patches()) == before

    run(scenario())
