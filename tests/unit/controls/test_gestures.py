"""Wire shapes and typed events of GestureDetector, Draggable, DragTarget and Dismissible, and
the typed events of Container taps and scrollables, driven through the simulated client with
the data the 1.0.5 client sends (read from its main.dart.js)."""

import random
from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import flet as ft
from flet.session.events import CONTROL_EVENTS, make_event
from tests.support.loop import run
from tests.support.malformed import value
from tests.support.simclient import start
from tests.support.wire import client_view


def xy(x, y):
    return {"x": x, "y": y}


def pan_update(lx, ly, dx, dy):
    """What the client sends for ``pan_update`` (its ``cxr`` builder)."""
    return {"l": xy(lx, ly), "g": xy(lx + 100, ly + 50), "ld": xy(dx, dy), "gd": xy(dx, dy),
            "pd": None, "ts": 1200}  # fmt: skip


def test_gesture_detector_wire_shape():
    detector = ft.GestureDetector(
        content=ft.Container(width=50, height=50),
        mouse_cursor=ft.MouseCursor.MOVE,
        drag_interval=10,
        hover_interval=20,
        multi_tap_touches=2,
        exclude_from_semantics=True,
        left=5,
        top=6,
        on_pan_update=lambda e: None,
        on_tap=lambda e: None,
        on_scale_update=lambda e: None,
        on_hover=lambda e: None,
        on_multi_tap=lambda e: None,
    )
    view = client_view(detector)
    assert view["content"]["_c"] == "Container"
    del view["content"]
    assert view == {
        "_c": "GestureDetector",
        "left": 5,
        "top": 6,
        "mouse_cursor": "move",
        "drag_interval": 10,
        "hover_interval": 20,
        "multi_tap_touches": 2,
        "exclude_from_semantics": True,
        "on_pan_update": True,
        "on_tap": True,
        "on_scale_update": True,
        "on_hover": True,
        "on_multi_tap": True,
    }


def test_defaults_are_not_sent():
    view = client_view(ft.GestureDetector(ft.Text("x")))
    assert view == {"_c": "GestureDetector", "content": {"_c": "Text", "value": "x"}}


def test_pan_updates_move_a_container_as_the_async_era_drag_example_does():
    async def scenario():
        seen = []

        def on_pan_update(e: ft.DragUpdateEvent):
            seen.append(type(e))
            detector.left += e.delta_x
            detector.top += e.delta_y
            detector.update()

        detector = ft.GestureDetector(
            ft.Container(width=40, height=40, bgcolor="blue"),
            left=10,
            top=20,
            on_pan_update=on_pan_update,
        )

        def main(page):
            page.add(ft.Stack([detector], width=400, height=400))

        client, _ = await start(main)
        shown = client.find("GestureDetector")
        client.fire(shown, "pan_update", pan_update(5, 5, 3.5, -2.0))
        client.fire(shown, "pan_update", pan_update(8, 3, 6.5, 4.0))
        await client.settle()
        assert seen == [ft.DragUpdateEvent, ft.DragUpdateEvent]
        assert (shown.props["left"], shown.props["top"]) == (20.0, 22.0)

    run(scenario())


GESTURES = [
    ("tap_down", {"k": "mouse", "l": xy(1, 2), "g": xy(11, 12)}, ft.TapEvent,
     {"kind": "mouse", "local_x": 1.0, "local_y": 2.0, "global_x": 11.0, "global_y": 12.0}),
    ("tap", None, ft.TapEvent, {"local_x": None}),
    ("secondary_tap_up", {"k": "mouse", "l": xy(3, 4), "g": xy(5, 6)}, ft.TapEvent,
     {"local_y": 4.0}),
    ("double_tap_down", {"k": "touch", "l": xy(1, 1), "g": xy(2, 2)}, ft.TapEvent,
     {"kind": "touch"}),
    ("multi_tap", {"ct": True}, ft.MultiTapEvent, {"correct_touches": True}),
    ("long_press_start", {"l": xy(7, 8), "g": xy(9, 10)}, ft.LongPressStartEvent,
     {"local_x": 7.0, "global_y": 10.0}),
    ("long_press_end", {"l": xy(7, 8), "g": xy(9, 10), "v": xy(30, -40)}, ft.LongPressEndEvent,
     {"velocity_x": 30.0, "velocity_y": -40.0}),
    ("pan_start", {"k": "mouse", "l": xy(1, 2), "g": xy(3, 4), "ts": 99}, ft.DragStartEvent,
     {"kind": "mouse", "local_x": 1.0, "global_y": 4.0, "timestamp": 99}),
    ("horizontal_drag_update", {**pan_update(1, 2, 4, 0), "pd": 4.0}, ft.DragUpdateEvent,
     {"delta_x": 4.0, "delta_y": 0.0, "primary_delta": 4.0, "global_x": 101.0}),
    ("vertical_drag_end", {"l": xy(1, 2), "g": xy(3, 4), "v": xy(0, 250), "pv": 250},
     ft.DragEndEvent, {"velocity_y": 250.0, "primary_velocity": 250.0}),
    ("scale_start", {"gfp": xy(50, 60), "lfp": xy(5, 6), "pc": 2, "ts": 1}, ft.ScaleStartEvent,
     {"focal_point_x": 50.0, "local_focal_point_y": 6.0, "pointer_count": 2}),
    ("scale_update", {"gfp": xy(50, 60), "fpd": xy(1, -1), "lfp": xy(5, 6), "pc": 2, "hs": 1.5,
                      "vs": 1.25, "s": 1.4, "rot": 0.1, "ts": 2}, ft.ScaleUpdateEvent,
     {"scale": 1.4, "rotation": 0.1, "focal_point_delta_x": 1.0, "horizontal_scale": 1.5}),
    ("scale_end", {"pc": 1, "v": xy(0, 0)}, ft.ScaleEndEvent,
     {"pointer_count": 1, "velocity_x": 0.0}),
    ("hover", {"k": "mouse", "l": xy(4, 5), "g": xy(6, 7), "ts": 10, "ld": xy(1, 2)},
     ft.HoverEvent, {"kind": "mouse", "local_x": 4.0, "delta_x": 1.0, "delta_y": 2.0}),
    ("enter", {"k": "mouse", "l": xy(0, 5), "g": xy(6, 7), "ld": xy(None, None)}, ft.HoverEvent,
     {"local_x": 0.0, "delta_x": None}),
    ("scroll", {"l": xy(1, 1), "g": xy(2, 2), "sd": xy(0, 120)}, ft.ScrollEvent,
     {"scroll_delta_x": 0.0, "scroll_delta_y": 120.0}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "kind", "attrs"), GESTURES)
def test_gesture_events_reach_handlers_typed_with_async_era_names(name, data, kind, attrs):
    async def scenario():
        seen = []

        def main(page):
            handler = {f"on_{name}": seen.append}
            page.add(ft.GestureDetector(ft.Text("pad"), **handler))

        client, _ = await start(main)
        client.fire(client.find("GestureDetector"), name, data)
        await client.settle()
        [event] = seen
        assert type(event) is kind and event.name == name
        assert {key: getattr(event, key) for key in attrs} == attrs
        assert event.control is client.app_page.controls[0]

    run(scenario())


def test_container_tap_down_is_a_container_tap_event_and_its_hover_stays_text():
    async def scenario():
        seen = []

        def main(page):
            page.add(ft.Container(ft.Text("c"), on_tap_down=seen.append, on_hover=seen.append))

        client, _ = await start(main)
        box = client.find("Container")
        client.fire(box, "tap_down", {"k": "touch", "l": xy(3, 4), "g": xy(30, 40)})
        client.fire(box, "hover", True)
        await client.settle()
        tap, hover = seen
        assert isinstance(tap, ft.ContainerTapEvent)
        assert (tap.local_x, tap.local_y, tap.global_x, tap.global_y) == (3.0, 4.0, 30.0, 40.0)
        assert type(hover) is ft.ControlEvent and hover.data == "true"

    run(scenario())


@pytest.mark.parametrize("kind", ["ListView", "Column", "Row", "GridView"])
def test_scrollables_give_on_scroll_event(kind):
    async def scenario():
        seen = []

        def main(page):
            page.add(getattr(ft, kind)([ft.Text("x")], on_scroll=seen.append))

        client, _ = await start(main)
        data = {"pixels": 42.0, "min_scroll_extent": 0.0, "max_scroll_extent": 400.0}
        data |= {"viewport_dimension": 300.0, "event_type": "update", "scroll_delta": 2.5}
        client.fire(client.find(kind), "scroll", data)
        await client.settle()
        [event] = seen
        assert isinstance(event, ft.OnScrollEvent)
        assert (event.event_type, event.pixels, event.max_scroll_extent) == ("update", 42.0, 400.0)
        assert (event.scroll_delta, event.direction, event.overscroll) == (2.5, None, None)

    run(scenario())


def test_page_on_scroll_gives_on_scroll_event():
    async def scenario():
        seen = []

        def main(page):
            page.scroll = "auto"
            page.on_scroll = seen.append
            page.add(ft.Text("x"))

        client, _ = await start(main)
        view = client.find("View")
        client.fire(view, "scroll", {"event_type": "user", "pixels": 1.0, "direction": "forward"})
        await client.settle()
        [event] = seen
        assert isinstance(event, ft.OnScrollEvent) and event.direction == "forward"

    run(scenario())


def test_draggable_and_drag_target_wire_shape():
    draggable = ft.Draggable(
        group="color",
        content=ft.Container(width=50, height=50, bgcolor="red"),
        content_when_dragging=ft.Container(width=50, height=50, bgcolor="grey"),
        content_feedback=ft.Container(width=20, height=20, bgcolor="red"),
        on_drag_complete=lambda e: None,
    )
    view = client_view(draggable)
    assert [view[k]["_c"] for k in ("content", "content_when_dragging", "content_feedback")] == [
        "Container"
    ] * 3
    assert {k: v for k, v in view.items() if not k.startswith("content")} == {
        "_c": "Draggable",
        "group": "color",
        "on_drag_complete": True,
    }
    target = ft.DragTarget(group="color", content=ft.Text("t"), on_accept=lambda e: None)
    assert client_view(target) == {
        "_c": "DragTarget",
        "group": "color",
        "content": {"_c": "Text", "value": "t"},
        "on_accept": True,
    }


def test_a_drop_reaches_on_accept_and_page_get_control_finds_the_draggable():
    """The async era's drag and drop example: will_accept colours the target by ``e.data``,
    accept reads the source with ``page.get_control(e.src_id)``."""

    async def scenario():
        seen = []
        draggable = ft.Draggable(group="color", content=ft.Container(bgcolor="red"), data="red")
        target = ft.Container(width=80, height=80, bgcolor="white")

        def will_accept(e):
            seen.append(("will", e.data))
            target.border = ft.border.all(2, "black" if e.data == "true" else "red")
            e.control.update()

        def accept(e: ft.DragTargetAcceptEvent):
            src = e.page.get_control(e.src_id)
            seen.append(("accept", src is draggable, e.src is draggable, e.x, e.y))
            target.bgcolor = src.data
            e.control.update()

        def main(page):
            page.add(
                ft.Row(
                    [
                        draggable,
                        ft.DragTarget(
                            group="color",
                            content=target,
                            on_will_accept=will_accept,
                            on_accept=accept,
                            on_leave=lambda e: seen.append(("leave", e.src_id)),
                        ),
                    ]
                )
            )

        client, _ = await start(main)
        src_id = client.find("Draggable").id
        drop = client.find("DragTarget")
        client.fire(drop, "will_accept", {"accept": True, "src_id": src_id})
        client.fire(drop, "accept", {"src_id": src_id, "l": xy(5, 6), "g": xy(105, 206)})
        client.fire(drop, "leave", {"src_id": src_id})
        await client.settle()
        assert seen == [
            ("will", "true"),
            ("accept", True, True, 105.0, 206.0),
            ("leave", src_id),
        ]
        shown = client.find("DragTarget").props["content"]
        assert shown.props["bgcolor"] == "red" and "border" in shown.props
        assert client.app_page.get_control(f"_{src_id}") is draggable
        assert client.app_page.get_control(99999) is None

    run(scenario())


def test_get_control_refuses_what_is_not_an_id():
    async def scenario():
        client, _ = await start(lambda page: page.add(ft.Text("x")))
        with pytest.raises(TypeError, match=r"control id such as e\.src_id"):
            client.app_page.get_control("draggable")

    run(scenario())


def test_draggable_start_and_complete_reach_python():
    async def scenario():
        seen = []

        def main(page):
            page.add(
                ft.Draggable(
                    group="g",
                    content=ft.Text("d"),
                    on_drag_start=lambda e: seen.append(("start", e.data)),
                    on_drag_complete=lambda e: seen.append(("complete", e.data)),
                )
            )

        client, _ = await start(main)
        shown = client.find("Draggable")
        client.fire(shown, "drag_start")
        client.fire(shown, "drag_complete", "g")
        await client.settle()
        assert seen == [("start", None), ("complete", "g")]

    run(scenario())


def test_dismissible_wire_shape():
    dismissible = ft.Dismissible(
        content=ft.ListTile(title=ft.Text("item")),
        background=ft.Container(bgcolor="green"),
        secondary_background=ft.Container(bgcolor="red"),
        dismiss_direction=ft.DismissDirection.HORIZONTAL,
        dismiss_thresholds={"startToEnd": 0.3},
        movement_duration=300,
        on_dismiss=lambda e: None,
        on_confirm_dismiss=lambda e: None,
    )
    view = client_view(dismissible)
    assert [view.pop(k)["_c"] for k in ("content", "background", "secondary_background")] == [
        "ListTile",
        "Container",
        "Container",
    ]
    assert view == {
        "_c": "Dismissible",
        "dismiss_direction": "horizontal",
        "dismiss_thresholds": {"startToEnd": 0.3},
        "movement_duration": 300,
        "on_dismiss": True,
        "on_confirm_dismiss": True,
    }


def test_dismissible_confirm_update_and_dismiss_as_the_async_era_list_example():
    async def scenario():
        seen = []
        items = ft.ListView()

        def confirm(e: ft.DismissibleDismissEvent):
            seen.append(("confirm", e.direction))
            e.control.confirm_dismiss(e.direction == ft.DismissDirection.END_TO_START)

        def dismiss(e: ft.DismissibleDismissEvent):
            seen.append(("dismiss", e.direction))
            items.controls.remove(e.control)
            items.update()

        def update(e: ft.DismissibleUpdateEvent):
            seen.append(("update", e.direction, e.progress, e.reached, e.previous_reached))

        def main(page):
            items.controls = [
                ft.Dismissible(
                    content=ft.Text(f"item {n}"),
                    background=ft.Container(bgcolor="green"),
                    on_confirm_dismiss=confirm,
                    on_dismiss=dismiss,
                    on_update=update,
                )
                for n in range(2)
            ]
            page.add(items)

        client, _ = await start(main, methods={"Dismissible.confirm_dismiss": lambda c, a: None})
        first = client.find_all("Dismissible")[0]
        direction = {"direction": "endToStart"}
        client.fire(first, "update", {**direction, "progress": 0.5, "reached": True,
                                      "previous_reached": False})  # fmt: skip
        client.fire(first, "confirm_dismiss", direction)
        await client.settle()
        client.fire(first, "dismiss", direction)
        await client.settle()
        end = ft.DismissDirection.END_TO_START
        assert seen == [
            ("update", end, 0.5, True, False),
            ("confirm", end),
            ("dismiss", end),
        ]
        [call] = client.calls("confirm_dismiss")
        assert call["control_id"] == first.id and call["args"] == {"dismiss": True}
        assert client.texts() == ["item 1"]

    run(scenario())


@pytest.mark.parametrize(
    ("control", "message"),
    [
        (ft.Draggable(group="g"), "Draggable needs content"),
        (ft.DragTarget(group="g"), "DragTarget needs content"),
        (
            ft.Dismissible(content=ft.Text("x"), secondary_background=ft.Container()),
            "secondary_background is shown only with a background",
        ),
    ],
)
def test_what_the_client_cannot_draw_is_refused_in_python(control, message):
    with pytest.raises(ft.PropertyError, match=message):
        control.before_update()


def test_confirm_dismiss_takes_a_bool():
    with pytest.raises(ft.PropertyError, match="takes True or False"):
        ft.Dismissible(content=ft.Text("x")).confirm_dismiss("yes")


class _Typed:
    def __init__(self, control_type):
        self.control_type = control_type


TYPED = [(kind, name) for kind, events in CONTROL_EVENTS.items() for name in events]
KINDS = {float: float, int: int, str: str, bool: bool}


@settings(max_examples=300, deadline=None)
@given(which=st.sampled_from(TYPED), seed=st.integers(0, 2**32))
def test_typed_events_take_any_data_and_read_wrong_fields_as_none(which, seed):
    kind, name = which
    data = value(random.Random(seed), depth=6)
    event = make_event(1, name, data, _Typed(kind), None)
    assert type(event) is CONTROL_EVENTS[kind][name]
    for declared in fields(event):
        if "path" in declared.metadata:
            read = getattr(event, declared.name)
            expected = KINDS.get(declared.metadata["kind"], declared.metadata["kind"])
            assert read is None or isinstance(read, expected)


def test_numbers_a_float_cannot_hold_and_unknown_directions_read_as_none():
    data = {"ld": {"x": 10**400, "y": float("nan")}, "l": {"x": True, "y": 2}, "pd": "3"}
    event = make_event(1, "pan_update", data, _Typed("GestureDetector"), None)
    assert (event.delta_x, event.delta_y, event.local_x, event.local_y) == (None, None, None, 2.0)
    assert event.primary_delta is None
    dismiss = make_event(1, "dismiss", {"direction": "sideways"}, _Typed("Dismissible"), None)
    assert dismiss.direction is None
