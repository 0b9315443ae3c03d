"""Values echoed by the client (UPDATE_CONTROL_PROPS) that do not fit their property are
dropped with one warning; the model, later snapshots and the next updates stay sound."""

import logging

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start


def deep_map(depth: int) -> dict:
    value: dict = {"k": "v"}
    for _ in range(depth):
        value = {"k": value}
    return value


def form_app(page):
    field = ft.TextField(value="start")
    box = ft.Checkbox(value=False)
    slider = ft.Slider(value=5, min=0, max=10)
    shown = ft.Text("-")

    def show(e):
        shown.value = f"{field.value}|{box.value}|{slider.value}"

    page.add(field, box, slider, shown, ft.ElevatedButton("show", on_click=show))


def test_wrong_typed_echoes_are_dropped_and_the_model_keeps_its_values(caplog):
    async def scenario():
        client, _ = await start(form_app)
        field, box = client.find("TextField"), client.find("Checkbox")
        slider = client.find("Slider")
        bad = [
            (field.id, {"value": deep_map(25)}),
            (field.id, {"value": [1, 2, 3]}),
            (box.id, {"value": ["true"]}),
            (box.id, {"value": 2**40}),
            (slider.id, {"value": float("nan")}),
        ]
        with caplog.at_level(logging.WARNING, logger="flet"):
            for cid, props in bad:
                client.send(Action.UPDATE_CONTROL_PROPS, {"id": cid, "props": props})
            await client.settle()
        await client.click(client.find("Button", "show"))
        assert "start|False|5.0" in client.texts()
        return client

    client = run(scenario())
    assert len(caplog.records) == 5
    assert "dropped values the client sent for TextField: value takes a string or a number; " in (
        caplog.records[0].getMessage()
    )
    assert client.session is not None and client.session.sent is not None


def test_a_packet_with_good_and_bad_values_keeps_the_good_ones(caplog):
    async def scenario():
        client, _ = await start(form_app)
        client.send(
            Action.UPDATE_CONTROL_PROPS, {"id": 1, "props": {"width": {"w": 1}, "height": 321}}
        )
        await client.settle()
        page = client.session.page
        assert (page.width, page.height) == (1000, 321)

    with caplog.at_level(logging.WARNING, logger="flet"):
        run(scenario())
    assert [r.getMessage() for r in caplog.records] == [
        "flet: dropped values the client sent for Page: width takes a number; "
        "the client sent a dict"
    ]


def test_valid_echoes_after_bad_ones_still_reach_the_model():
    async def scenario():
        client, _ = await start(form_app)
        field = client.find("TextField")
        client.send(Action.UPDATE_CONTROL_PROPS, {"id": field.id, "props": {"value": {"a": 1}}})
        await client.type_text(field, "typed")
        await client.toggle(client.find("Checkbox"), True)
        await client.click(client.find("Button", "show"))
        assert "typed|True|5.0" in client.texts()

    run(scenario())
