"""The map (``flet.map``, ``flet_map``): the era's names on the 1.0.5 client's wire.

What the client reads and sends is taken from flet-map 1.0.5's Dart source (``map.dart``,
``utils/map.dart``, the layers): points as ``{"latitude", "longitude"}``, patterns and tile
displays by ``_type``, ``errorImageSrc``; taps send ``coordinates`` with ``gx``/``gy``/``lx``/
``ly``, ``position_change`` a ``camera`` map, ``event`` ``source``/``event_type``/``camera``.
"""

import pytest

import flet as ft
import flet.map as map
import flet_map as ftm
from flet.values.maps import MapValueError
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

P = map.MapLatitudeLongitude
CAMERA = {
    "center": {"latitude": 10.5, "longitude": 20},
    "zoom": 3,
    "min_zoom": 2,
    "max_zoom": 5,
    "rotation": 0,
}


def test_the_0_24_configuration_and_layers_golden_sample():
    world = map.Map(
        expand=True,
        configuration=map.MapConfiguration(
            initial_center=P(15, 10),
            initial_zoom=4.2,
            interaction_configuration=map.MapInteractionConfiguration(
                flags=map.MapInteractiveFlag.DRAG | map.MapInteractiveFlag.SCROLL_WHEEL_ZOOM
            ),
            on_tap=print,
            on_init=print,
        ),
        layers=[
            map.TileLayer(
                url_template="tiles/{z}/{x}/{y}.png",
                error_image_src="missing.png",
                keep_alive=True,
                evict_error_tile_strategy=map.MapTileLayerEvictErrorTileStrategy.DISPOSE,
                on_image_error=print,
            ),
            map.MarkerLayer(markers=[map.Marker(content=ft.Text("A"), coordinates=P(30, 15))]),
            map.CircleLayer(circles=[map.CircleMarker(radius=8, coordinates=P(1, 2), color="red")]),
            map.PolygonLayer(
                polygons=[map.PolygonMarker(coordinates=[P(0, 0), P(1, 1), P(0, 1)], label="t")]
            ),
            map.PolylineLayer(
                polylines=[
                    map.PolylineMarker(
                        coordinates=[P(1, 2), P(3, 4)],
                        stroke_pattern=map.DashedStrokePattern([10, 5]),
                        stroke_cap=ft.StrokeCap.ROUND,
                    )
                ],
                simplify_tolerance=0.5,
            ),
            map.RichAttribution(
                attributions=[map.TextSourceAttribution("OSM", on_click=print)],
                alignment=map.AttributionAlignment.BOTTOM_LEFT,
            ),
            map.SimpleAttribution("Tiles: local", alignment=ft.alignment.top_left),
        ],
    )
    assert client_view(world) == {
        "_c": "Map",
        "expand": True,
        "initial_center": {"latitude": 15, "longitude": 10},
        "initial_zoom": 4.2,
        "interaction_configuration": {"flags": 65},
        "on_tap": True,
        "on_init": True,
        "layers": [
            {
                "_c": "TileLayer",
                "url_template": "tiles/{z}/{x}/{y}.png",
                "errorImageSrc": "missing.png",
                "evict_error_tile_strategy": "dispose",
                "on_image_error": True,
            },
            {
                "_c": "MarkerLayer",
                "markers": [
                    {
                        "_c": "Marker",
                        "content": {"_c": "Text", "value": "A"},
                        "coordinates": {"latitude": 30, "longitude": 15},
                    }
                ],
            },
            {
                "_c": "CircleLayer",
                "circles": [
                    {
                        "_c": "CircleMarker",
                        "radius": 8,
                        "coordinates": {"latitude": 1, "longitude": 2},
                        "color": "red",
                    }
                ],
            },
            {
                "_c": "PolygonLayer",
                "polygons": [
                    {
                        "_c": "PolygonMarker",
                        "coordinates": [
                            {"latitude": 0, "longitude": 0},
                            {"latitude": 1, "longitude": 1},
                            {"latitude": 0, "longitude": 1},
                        ],
                        "label": "t",
                    }
                ],
            },
            {
                "_c": "PolylineLayer",
                "simplification_tolerance": 0.5,
                "polylines": [
                    {
                        "_c": "PolylineMarker",
                        "coordinates": [
                            {"latitude": 1, "longitude": 2},
                            {"latitude": 3, "longitude": 4},
                        ],
                        "stroke_pattern": {"_type": "dashed", "segments": [10, 5]},
                        "stroke_cap": "round",
                    }
                ],
            },
            {
                "_c": "RichAttribution",
                "alignment": "bottomLeft",
                "attributions": [{"_c": "TextSourceAttribution", "text": "OSM", "on_click": True}],
            },
            {"_c": "SimpleAttribution", "text": "Tiles: local", "alignment": {"x": -1, "y": -1}},
        ],
    }


def test_the_1_0_names_send_the_same_shape():
    world = ftm.Map(
        layers=[
            ftm.OverlayImageLayer(
                overlay_images=[
                    ftm.OverlayImage(
                        src="overlay.png",
                        bounds=ftm.MapLatitudeLongitudeBounds(P(0, 0), P(10, 10)),
                        opacity=0.5,
                    ),
                    ftm.RotatedOverlayImage(
                        src="r.png",
                        top_left_corner=P(1, 1),
                        bottom_left_corner=P(0, 1),
                        bottom_right_corner=P(0, 2),
                    ),
                ]
            )
        ],
        initial_camera_fit=ftm.CameraFit(coordinates=[P(1, 1), P(2, 2)], max_zoom=9),
        interaction_configuration=ftm.InteractionConfiguration(
            keyboard_configuration=ftm.KeyboardConfiguration(enable_wasd_panning=False)
        ),
        animation_curve=ft.AnimationCurve.EASE_IN,
        animation_duration=ft.Duration(milliseconds=300),
    )
    view = client_view(world)
    assert view["initial_camera_fit"] == {
        "coordinates": [{"latitude": 1, "longitude": 1}, {"latitude": 2, "longitude": 2}],
        "max_zoom": 9,
    }
    assert view["interaction_configuration"] == {
        "keyboard_configuration": {"enable_wasd_panning": False}
    }
    assert view["animation_curve"] == "easeIn"
    assert view["animation_duration"] == {"milliseconds": 300}
    images = view["layers"][0]["overlay_images"]
    assert images[0] == {
        "_c": "OverlayImage",
        "src": "overlay.png",
        "opacity": 0.5,
        "bounds": {
            "corner_1": {"latitude": 0, "longitude": 0},
            "corner_2": {"latitude": 10, "longitude": 10},
        },
    }
    assert images[1]["_c"] == "RotatedOverlayImage"
    assert images[1]["bottom_right_corner"] == {"latitude": 0, "longitude": 2}


def test_value_types_refuse_what_the_client_cannot_use():
    with pytest.raises(MapValueError, match="even number"):
        map.DashedStrokePattern([10, 5, 3])
    with pytest.raises(MapValueError, match="above 0"):
        map.DottedStrokePattern(spacing_factor=0)
    with pytest.raises(MapValueError, match="one of them"):
        map.CameraFit()
    with pytest.raises(ft.PropertyError, match="MapConfiguration"):
        map.Map(layers=[], configuration={"initial_zoom": 3})
    with pytest.raises(ft.PropertyError, match="url_template"):
        map.TileLayer().before_update()
    with pytest.raises(ft.PropertyError, match="src"):
        map.OverlayImage(bounds=map.MapLatitudeLongitudeBounds(P(0, 0), P(1, 1))).before_update()
    assert map.SolidStrokePattern().to_wire() == {"_type": "solid"}
    assert map.FadeInTileDisplay(duration=200).to_wire() == {"_type": "fadein", "duration": 200}


def test_map_events_arrive_typed_with_the_1_0_and_the_era_attributes():
    seen = []

    def main(page: ft.Page):
        page.add(
            map.Map(
                layers=[map.TileLayer("tiles/{z}/{x}/{y}.png")],
                on_tap=lambda e: seen.append(("tap", e)),
                on_hover=lambda e: seen.append(("hover", e)),
                on_position_change=lambda e: seen.append(("position", e)),
                on_event=lambda e: seen.append(("event", e)),
                on_init=lambda e: seen.append(("init", e)),
            )
        )

    async def scenario():
        client, _ = await start(main)
        shown = client.find(type="Map")
        client.fire(shown, "init")
        client.fire(
            shown,
            "tap",
            {
                "coordinates": {"latitude": 40.98, "longitude": 45},
                "gx": 394,
                "gy": 138,
                "lx": 384,
                "ly": 128,
            },
        )
        client.fire(
            shown,
            "hover",
            {"coordinates": {"latitude": 1, "longitude": 2}, "k": "mouse", "l": {"x": 5, "y": 6}},
        )
        client.fire(
            shown,
            "position_change",
            {"coordinates": CAMERA["center"], "has_gesture": True, "camera": CAMERA},
        )
        client.fire(
            shown,
            "event",
            {
                "source": "scrollWheel",
                "event_type": "scrollWheelZoom",
                "camera": CAMERA,
                "old_camera": None,
                "coordinates": None,
                "id": None,
            },
        )
        await client.settle(0.05)

    run(scenario())
    kinds = [kind for kind, _ in seen]
    assert kinds == ["init", "tap", "hover", "position", "event"]
    tap = seen[1][1]
    assert isinstance(tap, map.MapTapEvent)
    assert tap.coordinates == P(40.98, 45.0)
    assert (tap.local_x, tap.local_y, tap.global_x, tap.global_y) == (384, 128, 394, 138)
    assert tap.local_position == ft.Offset(384, 128)
    hover = seen[2][1]
    assert hover.device_type == ft.PointerDeviceType.MOUSE and hover.local_x == 5
    position = seen[3][1]
    assert position.has_gesture is True
    assert position.camera == map.Camera(P(10.5, 20.0), 3.0, 2.0, 5.0, 0.0)
    assert (position.zoom, position.rotation, position.min_zoom) == (3.0, 0.0, 2.0)
    event = seen[4][1]
    assert event.source == map.MapEventSource.SCROLL_WHEEL
    assert event.event_type == map.MapEventType.SCROLL_WHEEL_ZOOM
    assert event.center == P(10.5, 20.0) and event.old_camera is None


def test_map_methods_call_the_client_with_its_argument_names():
    cameras = []

    def main(page: ft.Page):
        world = map.Map(layers=[map.TileLayer("tiles/{z}/{x}/{y}.png")])

        async def go(_):
            world.zoom_in()
            world.zoom_out(animation_duration=ft.Duration(milliseconds=100))
            world.zoom_to(4, animation_curve=ft.AnimationCurve.LINEAR)
            world.rotate_from(30, cancel_ongoing_animations=True)
            world.reset_rotation()
            world.move_to(P(1, 2), zoom=3, offset=(5, 6))
            await world.center_on_async(P(7, 8), zoom=2)
            cameras.append(await world.get_camera())

        page.add(world, ft.ElevatedButton("Go", on_click=go))

    answers = {"Map.get_camera": lambda _c, _a: CAMERA}
    for name in ("zoom_in", "zoom_out", "zoom_to", "rotate_from", "reset_rotation"):
        answers[f"Map.{name}"] = lambda _c, _a: None
    answers["Map.move_to"] = answers["Map.center_on"] = lambda _c, _a: None

    async def scenario():
        client, _ = await start(main, methods=answers)
        await client.click(client.find(text="Go"), settle=0.05)
        return client

    client = run(scenario())
    assert [(c["name"], c["args"]) for c in client.calls()] == [
        ("zoom_in", {}),
        ("zoom_out", {"duration": {"milliseconds": 100}}),
        ("zoom_to", {"zoom": 4, "curve": "linear"}),
        ("rotate_from", {"degree": 30, "cancel_ongoing_animations": True}),
        ("reset_rotation", {}),
        (
            "move_to",
            {
                "destination": {"latitude": 1, "longitude": 2},
                "zoom": 3,
                "offset": {"x": 5, "y": 6},
            },
        ),
        ("center_on", {"point": {"latitude": 7, "longitude": 8}, "zoom": 2}),
        ("get_camera", {}),
    ]
    assert cameras == [map.Camera(P(10.5, 20.0), 3.0, 2.0, 5.0, 0.0)]


def test_a_negative_zoom_is_refused_before_the_call():
    world = map.Map(layers=[])
    with pytest.raises(ft.PropertyError, match="0 or more"):
        world.zoom_to(-1)


def test_the_import_names_are_one_implementation():
    assert ftm.Map is map.Map is ft.map.Map
    assert map.MapInteractiveFlag is ftm.InteractionFlag
    assert "map" not in ft.__all__  # `from flet import *` keeps the builtin map
