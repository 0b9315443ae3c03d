"""Wire shapes of ``flet.canvas`` (the era's spellings in, 1.0.5 shapes out) and on_resize."""

import math

import pytest

import flet as ft
import flet.canvas as cv
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

RED_FILL = ft.Paint(color="red", style=ft.PaintingStyle.FILL)


def shapes_of(*shapes):
    return client_view(cv.Canvas(list(shapes), width=200, height=100))["shapes"]


def test_canvas_sends_its_size_shapes_and_resize_flag():
    canvas = cv.Canvas(
        [cv.Rect(10, 20, 30, 40, paint=RED_FILL)],
        content=ft.Text("under"),
        width=200,
        height=100,
        resize_interval=20.0,
        on_resize=lambda e: None,
    )
    assert client_view(canvas) == {
        "_c": "Canvas",
        "width": 200,
        "height": 100,
        "shapes": [
            {
                "_c": "Rect",
                "x": 10,
                "y": 20,
                "width": 30,
                "height": 40,
                "paint": {"color": "red", "style": "fill"},
            }
        ],
        "content": {"_c": "Text", "value": "under"},
        "resize_interval": 20,
        "on_resize": True,
    }


def test_an_expanded_canvas_is_sized_infinite_as_1_0_5_sends_it():
    view = client_view(cv.Canvas(expand=True))
    assert (view["width"], view["height"], view["expand"]) == (math.inf, math.inf, True)


def test_line_circle_arc_oval_in_the_era_positional_order():
    stroke = ft.Paint(stroke_width=3, style=ft.PaintingStyle.STROKE, color="blue")
    assert shapes_of(
        cv.Line(0, 1, 2, 3, stroke),
        cv.Circle(50, 60, 20, stroke),
        cv.Arc(1, 2, 30, 40, 0, math.pi, True, stroke),
        cv.Oval(5, 6, 7, 8, stroke),
    ) == [
        {"_c": "Line", "x1": 0, "y1": 1, "x2": 2, "y2": 3, "paint": stroke.to_wire()},
        {"_c": "Circle", "x": 50, "y": 60, "radius": 20, "paint": stroke.to_wire()},
        {
            "_c": "Arc",
            "x": 1,
            "y": 2,
            "width": 30,
            "height": 40,
            "sweep_angle": math.pi,
            "start_angle": 0,
            "use_center": True,
            "paint": stroke.to_wire(),
        },
        {"_c": "Oval", "x": 5, "y": 6, "width": 7, "height": 8, "paint": stroke.to_wire()},
    ]


def test_coordinates_the_client_needs_are_sent_as_0_when_unset():
    assert shapes_of(cv.Line(x2=5), cv.Circle(radius=3)) == [
        {"_c": "Line", "x1": 0, "y1": 0, "x2": 5, "y2": 0},
        {"_c": "Circle", "x": 0, "y": 0, "radius": 3},
    ]


def test_rect_border_radius_fill_color_and_points():
    assert shapes_of(
        cv.Rect(0, 0, 10, 10, border_radius=ft.border_radius.all(4)),
        cv.Fill(ft.Paint(color="yellow")),
        cv.Color("green", ft.BlendMode.MULTIPLY),
        cv.Points([ft.Offset(1, 2), (3, 4)], cv.PointMode.POLYGON, ft.Paint(stroke_width=2)),
    ) == [
        {
            "_c": "Rect",
            "x": 0,
            "y": 0,
            "width": 10,
            "height": 10,
            "border_radius": {"top_left": 4, "top_right": 4, "bottom_left": 4, "bottom_right": 4},
        },
        {"_c": "Fill", "paint": {"color": "yellow"}},
        {"_c": "Color", "color": "green", "blend_mode": "multiply"},
        {
            "_c": "Points",
            "points": [{"x": 1, "y": 2}, [3, 4]],
            "point_mode": "polygon",
            "paint": {"stroke_width": 2},
        },
    ]


def test_canvas_text_takes_the_era_text_keyword_as_value():
    shape = cv.Text(
        10,
        20,
        "Hello",
        ft.TextStyle(size=20),
        alignment=ft.alignment.center,
        text_align=ft.TextAlign.CENTER,
        max_width=100,
        rotate=0.5,
    )
    assert shape.text == "Hello"
    assert shapes_of(shape) == [
        {
            "_c": "Text",
            "x": 10,
            "y": 20,
            "value": "Hello",
            "style": {"size": 20},
            "alignment": {"x": 0, "y": 0},
            "text_align": "center",
            "max_width": 100,
            "rotate": 0.5,
        }
    ]


def test_path_elements_are_maps_with_their_1_0_5_type():
    path = cv.Path(
        [
            cv.Path.MoveTo(0, 0),
            cv.Path.LineTo(10, 0),
            cv.Path.QuadraticTo(1, 2, 3, 4),
            cv.Path.CubicTo(1, 2, 3, 4, 5, 6),
            cv.Path.SubPath([cv.Path.MoveTo(1, 1), cv.Path.Close()], 5, 5),
            cv.Path.Arc(0, 0, 10, 10, 0, 1),
            cv.Path.ArcTo(3, 4, radius=2),
            cv.Path.Oval(0, 0, 4, 2),
            cv.Path.Rect(0, 0, 4, 2, border_radius=1),
            cv.Path.Close(),
        ],
        paint=ft.Paint(style=ft.PaintingStyle.STROKE),
    )
    assert shapes_of(path) == [
        {
            "_c": "Path",
            "elements": [
                {"_type": "MoveTo", "x": 0, "y": 0},
                {"_type": "LineTo", "x": 10, "y": 0},
                {"_type": "QuadraticTo", "cp1x": 1, "cp1y": 2, "x": 3, "y": 4, "w": 1},
                {"_type": "CubicTo", "cp1x": 1, "cp1y": 2, "cp2x": 3, "cp2y": 4, "x": 5, "y": 6},
                {
                    "_type": "SubPath",
                    "elements": [{"_type": "MoveTo", "x": 1, "y": 1}, {"_type": "Close"}],
                    "x": 5,
                    "y": 5,
                },
                {
                    "_type": "Arc",
                    "x": 0,
                    "y": 0,
                    "width": 10,
                    "height": 10,
                    "start_angle": 0,
                    "sweep_angle": 1,
                },
                {
                    "_type": "ArcTo",
                    "x": 3,
                    "y": 4,
                    "radius": 2,
                    "rotation": 0,
                    "large_arc": False,
                    "clockwise": True,
                },
                {"_type": "Oval", "x": 0, "y": 0, "width": 4, "height": 2},
                {"_type": "Rect", "x": 0, "y": 0, "width": 4, "height": 2, "border_radius": 1},
                {"_type": "Close"},
            ],
            "paint": {"style": "stroke"},
        }
    ]


def test_shadow_takes_path_elements():
    shadow = cv.Shadow([cv.Path.MoveTo(0, 0), cv.Path.LineTo(5, 5)], "black", 4, True)
    assert shapes_of(shadow) == [
        {
            "_c": "Shadow",
            "path": [{"_type": "MoveTo", "x": 0, "y": 0}, {"_type": "LineTo", "x": 5, "y": 5}],
            "color": "black",
            "elevation": 4,
            "transparent_occluder": True,
        }
    ]


def test_paint_sends_every_field_by_its_1_0_5_name():
    paint = ft.Paint(
        color="red",
        blend_mode=ft.BlendMode.SCREEN,
        blur_image=(2, 3),
        anti_alias=False,
        stroke_cap=ft.StrokeCap.ROUND,
        stroke_join=ft.StrokeJoin.BEVEL,
        stroke_miter_limit=2,
        stroke_width=5,
        stroke_dash_pattern=[5, 10],
        style=ft.PaintingStyle.STROKE,
    )
    assert shapes_of(cv.Fill(paint))[0]["paint"] == {
        "color": "red",
        "blend_mode": "screen",
        "blur_image": [2, 3],
        "anti_alias": False,
        "stroke_cap": "round",
        "stroke_join": "bevel",
        "stroke_miter_limit": 2,
        "stroke_width": 5,
        "stroke_dash_pattern": [5, 10],
        "style": "stroke",
    }


def test_paint_gradients_carry_their_type_and_offsets():
    linear = ft.PaintLinearGradient((0, 0), ft.Offset(100, 0), ["red", "blue"], [0, 1])
    radial = ft.PaintRadialGradient((50, 50), 40, ["red", "blue"], focal=(40, 40))
    sweep = ft.PaintSweepGradient((50, 50), ["red", "blue"], start_angle=0, rotation=1)
    painted = shapes_of(*(cv.Fill(ft.Paint(gradient=g)) for g in (linear, radial, sweep)))
    assert [shape["paint"]["gradient"] for shape in painted] == [
        {
            "_type": "linear",
            "begin": [0, 0],
            "end": {"x": 100, "y": 0},
            "colors": ["red", "blue"],
            "color_stops": [0, 1],
        },
        {
            "_type": "radial",
            "center": [50, 50],
            "radius": 40,
            "colors": ["red", "blue"],
            "focal": [40, 40],
        },
        {
            "_type": "sweep",
            "center": [50, 50],
            "colors": ["red", "blue"],
            "start_angle": 0,
            "end_angle": math.pi * 2,
            "rotation": 1,
        },
    ]


def test_gradients_the_client_could_not_draw_are_refused_in_python():
    with pytest.raises(ft.PaintValueError, match="at least two colours"):
        ft.PaintLinearGradient((0, 0), (1, 1), ["red"])
    with pytest.raises(ft.PaintValueError, match="begin is required"):
        ft.PaintLinearGradient(None, (1, 1), ["red", "blue"])
    with pytest.raises(ft.PaintValueError, match="one stop"):
        ft.PaintRadialGradient((0, 0), 5, ["red", "blue"], [0, 0.5, 1])


def test_a_mutated_paint_and_an_appended_shape_reach_the_client():
    async def scenario():
        paint = ft.Paint(color="red")
        canvas = cv.Canvas([cv.Circle(10, 10, 5, paint)], width=50, height=50)

        def main(page):
            page.add(canvas)

        client, _ = await start(main)
        paint.color = "blue"
        canvas.shapes.append(cv.Line(0, 0, 5, 5))
        await canvas.update()
        await client.settle()
        shown = client.find("Canvas").props["shapes"]
        return [s.type for s in shown], shown[0].props["paint"]

    assert run(scenario()) == (["Circle", "Line"], {"color": "blue"})


def test_on_resize_reads_width_and_height():
    async def scenario():
        sizes = []

        def main(page):
            page.add(cv.Canvas(expand=True, on_resize=lambda e: sizes.append((e.width, e.height))))

        client, _ = await start(main)
        client.fire(client.find("Canvas"), "resize", {"w": 640.0, "h": 480.0})
        await client.settle()
        return sizes

    assert run(scenario()) == [(640.0, 480.0)]


def test_canvas_clean_removes_every_shape():
    async def scenario():
        canvas = cv.Canvas([cv.Fill(RED_FILL)])

        def main(page):
            page.add(canvas)

        client, _ = await start(main)
        await canvas.clean()
        await client.settle()
        return client.find("Canvas").props.get("shapes")

    assert run(scenario()) in (None, [])


def test_points_and_path_elements_start_as_lists_an_app_appends_to():
    async def scenario():
        path = cv.Path(paint=ft.Paint(style=ft.PaintingStyle.STROKE))
        points = cv.Points(point_mode=cv.PointMode.LINES)
        canvas = cv.Canvas([path, points])

        def main(page):
            page.add(canvas)

        client, _ = await start(main)
        empty = [dict(shape.props) for shape in client.find("Canvas").props["shapes"]]
        path.elements.append(cv.Path.MoveTo(1, 2))
        path.elements.append(cv.Path.LineTo(3, 4))
        points.points.extend([(0, 0), (5, 5)])
        await canvas.update()
        await client.settle()
        shown = [shape.props for shape in client.find("Canvas").props["shapes"]]
        return empty, shown[0]["elements"], shown[1]["points"]

    empty, elements, points = run(scenario())
    assert [("elements" in e, "points" in e) for e in empty] == [(False, False), (False, False)]
    assert elements == [{"x": 1, "y": 2, "_type": "MoveTo"}, {"x": 3, "y": 4, "_type": "LineTo"}]
    assert points == [[0, 0], [5, 5]]


def test_a_misspelt_shape_property_names_the_nearest():
    with pytest.raises(ft.PropertyError, match="radius"):
        cv.Circle(0, 0, radiu=4)
