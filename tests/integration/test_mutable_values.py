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


def test_page_update_finds_values_changed_in_place_without_a_write():
    """Nothing is marked (no property was set): the controls holding value objects, lists
    and dicts are read again on every update, so ``page.update()`` still sends the change,
    and so does the flush after a handler that calls no update at all."""

    async def scenario():
        style = ft.TextStyle(size=10)  # one object shared by two texts
        first, second = ft.Text("a", style=style), ft.Text("b", style=style)
        box = ft.Container(width=50, rotate=ft.Rotate(0), gradient=ft.LinearGradient(["red"]))
        tip = ft.Text("c", tooltip={"message": "old"})

        def turn(e):
            box.rotate.angle += 0.1
            style.size = 20
            e.page.update()

        def recolor(e):  # no update(): the session flushes once the handler returns
            box.gradient.colors.append("blue")
            tip.tooltip["message"] = "new"

        def main(page):
            page.add(first, second, box, tip)
            page.add(ft.TextButton("Turn", on_click=turn))
            page.add(ft.TextButton("Recolor", on_click=recolor))

        client, _ = await start(main)
        await client.click(client.find("TextButton", "Turn"))
        assert client.find("Container").props["rotate"]["angle"] == 0.1
        texts = [client.find("Text", "a"), client.find("Text", "b")]
        assert [t.props["style"]["size"] for t in texts] == [20, 20]
        await client.click(client.find("TextButton", "Recolor"))
        assert client.find("Container").props["gradient"]["colors"] == ["red", "blue"]
        assert client.find("Text", "c").props["tooltip"] == {"message": "new"}

    run(scenario())


def test_one_change_on_a_big_page_is_one_patch_of_that_control():
    async def scenario():
        texts = [ft.Text(f"row {i}") for i in range(300)]

        def change(e):
            texts[150].value = "changed"
            e.page.update()

        def main(page):
            page.add(ft.Column(texts), ft.TextButton("Change", on_click=change))

        client, _ = await start(main)
        before = len(client.patches())
        await client.click(client.find("TextButton"))
        [patch] = client.patches()[before:]
        assert patch["id"] == client.find("Text", "changed").id
        assert patch["patch"][1:] == [[0, 0, "value", "changed"]]

    run(scenario())
