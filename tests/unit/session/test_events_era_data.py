"""``e.data`` of gesture, drag and drop, scroll and dismiss events is what the async era's
client sent: JSON text with the era's keys (or the era's plain text), built from the map the
1.0.5 client sends (its keys read from main.dart.js), so era handlers that parse it still work.
"""

import json

import pytest

import flet as ft
from flet.session.events import make_event
from tests.support.loop import run
from tests.support.simclient import start


class _Typed:
    def __init__(self, control_type):
        self.control_type = control_type


def xy(x, y):
    return {"x": x, "y": y}


POINTER = {"l": xy(1, 2), "g": xy(11, 12)}
AT = {"lx": 1.0, "ly": 2.0, "gx": 11.0, "gy": 12.0}

ERA_JSON = [
    ("GestureDetector", "tap_down", {"k": "mouse", **POINTER}, {**AT, "kind": "mouse"}),
    ("Container", "tap_down", {"k": "touch", **POINTER}, {**AT, "kind": "touch"}),
    ("GestureDetector", "long_press_start", POINTER, AT),
    ("GestureDetector", "long_press_end", {**POINTER, "v": xy(3, -4)},
     {**AT, "vx": 3.0, "vy": -4.0}),
    ("GestureDetector", "pan_start", {"k": "mouse", **POINTER, "ts": 99},
     {**AT, "kind": "mouse", "ts": 99}),
    ("GestureDetector", "pan_update", {**POINTER, "ld": xy(5, 6), "pd": None, "ts": 7},
     {**AT, "dx": 5.0, "dy": 6.0, "pd": None, "ts": 7}),
    ("GestureDetector", "vertical_drag_end", {**POINTER, "v": xy(0, 250), "pv": 250},
     {**AT, "pv": 250.0, "vx": 0.0, "vy": 250.0}),
    ("GestureDetector", "scale_start", {"gfp": xy(50, 60), "lfp": xy(5, 6), "pc": 2},
     {"fpx": 50.0, "fpy": 60.0, "lfpx": 5.0, "lfpy": 6.0, "pc": 2}),
    ("GestureDetector", "scale_update",
     {"gfp": xy(50, 60), "fpd": xy(1, -1), "lfp": xy(5, 6), "pc": 2, "hs": 1.5, "vs": 1.25,
      "s": 1.4, "rot": 0.1},
     {"fpx": 50.0, "fpy": 60.0, "lfpx": 5.0, "lfpy": 6.0, "pc": 2, "fpdx": 1.0, "fpdy": -1.0,
      "hs": 1.5, "vs": 1.25, "s": 1.4, "r": 0.1}),
    ("GestureDetector", "scale_end", {"pc": 1, "v": xy(2, 3)}, {"pc": 1, "vx": 2.0, "vy": 3.0}),
    ("GestureDetector", "hover", {"k": "mouse", **POINTER, "ts": 10, "ld": xy(1, 2)},
     {**AT, "ts": 10, "kind": "mouse", "dx": 1.0, "dy": 2.0}),
    ("GestureDetector", "scroll", {**POINTER, "sd": xy(0, 120)}, {**AT, "dx": 0.0, "dy": 120.0}),
    ("ListView", "scroll", {"event_type": "update", "pixels": 42.0, "min_scroll_extent": 0.0,
                            "max_scroll_extent": 400.0, "viewport_dimension": 300.0,
                            "scroll_delta": 2.5},
     {"t": "update", "p": 42.0, "minse": 0.0, "maxse": 400.0, "vd": 300.0, "sd": 2.5,
      "dir": None, "os": None, "v": None}),
    ("DragTarget", "accept", {"src_id": 12, **POINTER}, {"src_id": "_12", "x": 11.0, "y": 12.0}),
    ("DragTarget", "move", {"src_id": 3, **POINTER}, {"src_id": "_3", "x": 11.0, "y": 12.0}),
    ("Dismissible", "update",
     {"direction": "startToEnd", "progress": 0.4, "reached": False, "previous_reached": False},
     {"direction": "startToEnd", "progress": 0.4, "reached": False, "previous_reached": False}),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "name", "sent", "era"), ERA_JSON)
def test_e_data_is_the_era_json_text(kind, name, sent, era):
    event = make_event(1, name, sent, _Typed(kind), None)
    assert isinstance(event.data, str)
    assert json.loads(event.data) == era


@pytest.mark.parametrize(
    ("kind", "name", "sent", "era"),
    [
        ("GestureDetector", "multi_tap", {"ct": True}, "true"),
        ("GestureDetector", "multi_tap", {"ct": False}, "false"),
        ("DragTarget", "will_accept", {"src_id": 12, "accept": True}, "true"),
        ("DragTarget", "leave", {"src_id": 12}, "_12"),
        ("Dismissible", "dismiss", {"direction": "endToStart"}, "endToStart"),
        ("Dismissible", "confirm_dismiss", {"direction": "up"}, "up"),
    ],
)
def test_e_data_is_the_era_text(kind, name, sent, era):
    assert make_event(1, name, sent, _Typed(kind), None).data == era


def test_data_that_is_no_map_passes_as_it_came():
    assert make_event(1, "tap", None, _Typed("GestureDetector"), None).data is None
    assert make_event(1, "pan_update", [1], _Typed("GestureDetector"), None).data == [1]
    assert make_event(1, "dismiss", {"direction": "?"}, _Typed("Dismissible"), None).data == {
        "direction": "?"
    }


def test_an_era_app_that_parses_e_data_moves_its_box_and_finds_the_draggable():
    """The era's handlers: ``json.loads(e.data)`` for a pan and for a drop."""
    seen = []

    def main(page: ft.Page):
        def on_pan_update(e):
            d = json.loads(e.data)
            box.left = (box.left or 0) + d["dx"]
            box.top = (box.top or 0) + d["dy"]
            seen.append((d["lx"], d["gy"], box.left, box.top))

        def on_accept(e):
            d = json.loads(e.data)
            src = page.get_control(d["src_id"])
            seen.append((src.data, d["x"], d["y"]))

        box = ft.Container(width=20, height=20, left=0, top=0)
        page.add(
            ft.Stack([ft.GestureDetector(box, on_pan_update=on_pan_update)], width=300, height=9),
            ft.Draggable(content=ft.Text("drag me"), data="payload"),
            ft.DragTarget(content=ft.Text("drop here"), on_accept=on_accept),
        )

    async def scenario():
        client, _ = await start(main)
        detector = client.find("GestureDetector")
        sent = {"l": xy(1, 2), "g": xy(3, 4), "ld": xy(5, 6), "gd": xy(5, 6), "ts": 1}
        client.fire(detector, "pan_update", sent)
        await client.settle()
        draggable = client.find("Draggable")
        client.fire(client.find("DragTarget"), "accept", {"src_id": draggable.id, **POINTER})
        await client.settle()

    run(scenario())
    assert seen == [(1.0, 4.0, 5.0, 6.0), ("payload", 11.0, 12.0)]
