"""LineChart, BarChart and PieChart: the era's names on the 1.0.5 wire, and their events."""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def noop(e):
    return None


CHART_INTERNALS = {"skip_properties": ["tooltip"]}


# -- line chart ----------------------------------------------------------------------------


def test_line_chart_async_era_shape():
    chart = ft.LineChart(
        data_series=[
            ft.LineChartData(
                data_points=[
                    ft.LineChartDataPoint(1, 1),
                    ft.LineChartDataPoint(3, 1.5, tooltip="peak", tooltip_align=ft.TextAlign.LEFT),
                ],
                stroke_width=5,
                color=ft.colors.LIGHT_GREEN,
                curved=True,
                stroke_cap_round=True,
                below_line_bgcolor="green,0.2",
                point=ft.ChartCirclePoint(radius=3, color="white"),
                selected_below_line=ft.ChartPointLine(width=1, dash_pattern=[2, 4]),
            )
        ],
        border=ft.border.all(3, ft.colors.with_opacity(0.2, ft.colors.ON_SURFACE)),
        horizontal_grid_lines=ft.ChartGridLines(interval=1, color="grey", width=1),
        left_axis=ft.ChartAxis(
            labels=[ft.ChartAxisLabel(value=1, label=ft.Text("10K"))], labels_size=40
        ),
        bottom_axis=ft.ChartAxis(labels_interval=2, title=ft.Text("Month"), show_labels=True),
        tooltip_bgcolor=ft.colors.with_opacity(0.8, ft.colors.BLUE_GREY),
        tooltip_rounded_radius=6,
        tooltip_tooltip_horizontal_offset=4,
        min_y=0,
        max_y=4,
        min_x=0,
        max_x=11,
        animate=5000,
        expand=True,
        on_chart_event=noop,
    )
    assert client_view(chart) == {
        "_c": "LineChart",
        "expand": True,
        "animation": 5000,
        "border": {
            side: {"width": 3, "color": "onsurface,0.2"}
            for side in ("top", "right", "bottom", "left")
        },
        "horizontal_grid_lines": {"interval": 1, "color": "grey", "width": 1},
        "min_y": 0,
        "max_y": 4,
        "min_x": 0,
        "max_x": 11,
        "tooltip": {"bgcolor": "bluegrey,0.8", "border_radius": 6, "horizontal_offset": 4},
        "on_event": True,
        "_internals": {**CHART_INTERNALS, "skip_inherited_notifier": True},
        "left_axis": {
            "_c": "ChartAxis",
            "label_size": 40,
            "labels": [
                {"_c": "ChartAxisLabel", "value": 1, "label": {"_c": "Text", "value": "10K"}}
            ],
        },
        "bottom_axis": {
            "_c": "ChartAxis",
            "title": {"_c": "Text", "value": "Month"},
            "show_labels": True,
            "label_spacing": 2,
        },
        "data_series": [
            {
                "_c": "LineChartData",
                "curved": True,
                "color": "lightgreen",
                "stroke_width": 5,
                "rounded_stroke_cap": True,
                "below_line_bgcolor": "green,0.2",
                "point": {"_type": "ChartCirclePoint", "radius": 3, "color": "white"},
                "selected_below_line": {"width": 1, "dash_pattern": [2, 4]},
                "points": [
                    {
                        "_c": "LineChartDataPoint",
                        "x": 1,
                        "y": 1,
                        "_internals": {"tooltip": {}},
                    },
                    {
                        "_c": "LineChartDataPoint",
                        "x": 3,
                        "y": 1.5,
                        "_internals": {"tooltip": {"text": "peak", "text_align": "left"}},
                    },
                ],
            }
        ],
    }


def test_line_chart_takes_the_1_0_names_and_fills_what_the_client_needs():
    chart = ft.LineChart(
        data_series=[
            ft.LineChartData(
                points=[ft.LineChartDataPoint(y=2, point=False, selected_point=True)],
                rounded_stroke_cap=True,
                point=ft.ChartSquarePoint(size=6),
                selected_point=ft.ChartCrossPoint(size=10, width=3),
            )
        ],
        animation=ft.Animation(300, ft.AnimationCurve.EASE_IN),
        interactive=False,
        tooltip={"max_width": 200},
        on_event=noop,
    )
    sent = client_view(chart)
    assert sent["animation"] == {"duration": 300, "curve": "easeIn"}
    assert sent["interactive"] is False
    assert sent["tooltip"] == {"max_width": 200}
    series = sent["data_series"][0]
    assert series["rounded_stroke_cap"] is True
    assert series["point"] == {"_type": "ChartSquarePoint", "size": 6}
    assert series["selected_point"] == {"_type": "ChartCrossPoint", "size": 10, "width": 3}
    # x unset reads as 0, as in the era; the client cannot draw a point without it
    point = series["points"][0]
    assert (point["x"], point["y"], point["point"], point["selected_point"]) == (0, 2, False, True)
    assert chart.on_event is noop and chart.on_chart_event is noop
    assert chart.data_series[0].points is chart.data_series[0].data_points


def test_chart_without_settings_still_sends_a_tooltip_map():
    # without it the 1.0.5 client ignores the points' own tooltips
    sent = client_view(ft.LineChart(data_series=[ft.LineChartData()]))
    assert sent["tooltip"] == {}
    assert "on_event" not in sent


def test_animate_false_means_no_animation():
    assert client_view(ft.PieChart(animate=False))["animation"] == 0


def test_line_chart_event_reaches_the_handler_typed():
    async def scenario():
        seen = []

        def on_chart_event(e: ft.LineChartEvent):
            seen.append((e.type, [(s.bar_index, s.spot_index) for s in e.spots]))
            seen.append([s["spot_index"] for s in e.spots])

        def main(page):
            page.add(ft.LineChart(data_series=[ft.LineChartData()], on_chart_event=on_chart_event))

        client, _ = await start(main)
        chart = client.find("LineChart")
        spots = [{"bar_index": 0, "spot_index": 2}, {"bar_index": 1, "spot_index": 2}]
        client.fire(chart, "event", {"type": "pointerHover", "spots": spots})
        client.fire(chart, "event", {"type": "pointerExit", "spots": []})
        await client.settle(0.05)
        assert seen == [
            (ft.ChartEventType.POINTER_HOVER, [(0, 2), (1, 2)]),
            [2, 2],
            ("pointerExit", []),
            [],
        ]

    run(scenario())


# -- bar chart -----------------------------------------------------------------------------


def test_bar_chart_async_era_shape():
    chart = ft.BarChart(
        bar_groups=[
            ft.BarChartGroup(
                x=0,
                bar_rods=[
                    ft.BarChartRod(
                        from_y=0,
                        to_y=40,
                        width=40,
                        color=ft.colors.AMBER,
                        tooltip="Apple",
                        border_radius=0,
                        bg_color="grey",
                        bg_to_y=50,
                        rod_stack_items=[
                            ft.BarChartRodStackItem(to_y=20, color="red"),
                            ft.BarChartRodStackItem(20, 40, "blue"),
                        ],
                    )
                ],
                bars_space=4,
            ),
            ft.BarChartGroup(x=1, bar_rods=[ft.BarChartRod(to_y=80, show_tooltip=False)]),
        ],
        groups_space=12,
        bottom_axis=ft.ChartAxis(
            labels=[ft.ChartAxisLabel(value=0, label=ft.Container(ft.Text("Apple"), padding=10))],
            labels_size=40,
        ),
        vertical_grid_lines=ft.ChartGridLines(color=ft.colors.GREY_300, width=1, dash_pattern=[3]),
        tooltip_bgcolor="grey",
        tooltip_direction=ft.TooltipDirection.UP,
        max_y=110,
        interactive=True,
        on_chart_event=noop,
    )
    sent = client_view(chart)
    assert {k: v for k, v in sent.items() if k not in ("groups", "bottom_axis")} == {
        "_c": "BarChart",
        "spacing": 12,
        "vertical_grid_lines": {"color": "grey300", "width": 1, "dash_pattern": [3]},
        "max_y": 110,
        "tooltip": {"bgcolor": "grey", "direction": "top"},
        "on_event": True,
        "_internals": CHART_INTERNALS,
    }
    assert sent["bottom_axis"]["labels"][0]["label"]["_c"] == "Container"
    assert sent["groups"] == [
        {
            "_c": "BarChartGroup",
            "x": 0,
            "spacing": 4,
            "rods": [
                {
                    "_c": "BarChartRod",
                    "from_y": 0,
                    "to_y": 40,
                    "width": 40,
                    "color": "amber",
                    "border_radius": 0,
                    "bg_to_y": 50,
                    "bgcolor": "grey",
                    "_internals": {"tooltip": {"text": "Apple"}},
                    "stack_items": [
                        {"_c": "BarChartRodStackItem", "from_y": 0, "to_y": 20, "color": "red"},
                        {"_c": "BarChartRodStackItem", "from_y": 20, "to_y": 40, "color": "blue"},
                    ],
                }
            ],
        },
        {
            "_c": "BarChartGroup",
            "x": 1,
            "rods": [
                {
                    "_c": "BarChartRod",
                    "to_y": 80,
                    "show_tooltip": False,
                    "_internals": {"tooltip": {}},
                }
            ],
        },
    ]


def test_bar_chart_1_0_names():
    chart = ft.BarChart(
        groups=[ft.BarChartGroup(x=2, rods=[ft.BarChartRod(to_y=3, bgcolor="red")], spacing=2)],
        group_spacing=8,
        group_alignment=ft.MainAxisAlignment.CENTER,
    )
    sent = client_view(chart)
    assert (sent["spacing"], sent["group_alignment"]) == (8, "center")
    assert sent["groups"][0]["spacing"] == 2
    assert sent["groups"][0]["rods"][0]["bgcolor"] == "red"


def test_bar_chart_event_reaches_the_handler_typed():
    async def scenario():
        seen = []

        async def on_chart_event(e: ft.BarChartEvent):
            seen.append((e.type, e.group_index, e.rod_index, e.stack_item_index))

        def main(page):
            group = ft.BarChartGroup(x=0, bar_rods=[ft.BarChartRod(to_y=1)])
            page.add(ft.BarChart(bar_groups=[group], on_chart_event=on_chart_event))

        client, _ = await start(main)
        chart = client.find("BarChart")
        client.fire(
            chart,
            "event",
            {"type": "tapDown", "group_index": 0, "rod_index": 0, "stack_item_index": -1},
        )
        # off the bars the client sends nulls; a malformed index is read as none
        client.fire(chart, "event", {"type": "pointerExit", "group_index": None, "rod_index": "x"})
        await client.settle(0.05)
        assert seen == [("tapDown", 0, 0, -1), ("pointerExit", None, None, None)]

    run(scenario())


def test_stack_item_without_color_is_refused_in_python():
    with pytest.raises(ft.PropertyError, match="needs a color"):
        ft.BarChartRodStackItem(0, 2)
    item = ft.BarChartRodStackItem(0, 2, "red")
    with pytest.raises(ft.PropertyError, match="needs a color"):
        item.color = None


# -- pie chart -----------------------------------------------------------------------------


def test_pie_chart_async_era_shape():
    badge = ft.Icon(ft.icons.STAR)
    chart = ft.PieChart(
        sections=[
            ft.PieChartSection(
                40,
                title="40%",
                color=ft.colors.BLUE,
                radius=50,
                title_style=ft.TextStyle(size=16, color=ft.colors.WHITE),
                border_side=ft.BorderSide(2, "white"),
                badge=badge,
                badge_position=0.98,
            ),
            ft.PieChartSection(60, title_position=0.5),
        ],
        sections_space=0,
        center_space_radius=40,
        start_degree_offset=-90,
        on_chart_event=noop,
        expand=True,
    )
    assert client_view(chart) == {
        "_c": "PieChart",
        "expand": True,
        "sections_space": 0,
        "center_space_radius": 40,
        "start_degree_offset": -90,
        "on_event": True,
        "sections": [
            {
                "_c": "PieChartSection",
                "value": 40,
                "radius": 50,
                "color": "blue",
                "border_side": {"width": 2, "color": "white"},
                "title": "40%",
                "title_style": {"size": 16, "color": "white"},
                "badge_position": 0.98,
                "badge": {"_c": "Icon", "icon": ft.Icons.STAR},
                "_internals": {"skip_properties": ["badge"]},
            },
            {
                "_c": "PieChartSection",
                "value": 60,
                "title_position": 0.5,
                "_internals": {"skip_properties": ["badge"]},
            },
        ],
    }
    assert chart.sections[0].badge is badge


def test_pie_chart_event_updates_the_sections_as_the_era_example_does():
    async def scenario():
        seen = []

        def main(page):
            def on_chart_event(e: ft.PieChartEvent):
                seen.append((e.type, e.section_index, e.local_x, e.local_y))
                for idx, section in enumerate(chart.sections):
                    section.radius = 60 if idx == e.section_index else 50
                chart.update()

            chart = ft.PieChart(
                sections=[ft.PieChartSection(40, radius=50), ft.PieChartSection(60, radius=50)],
                on_chart_event=on_chart_event,
            )
            page.add(chart)

        client, _ = await start(main)
        pie = client.find("PieChart")
        hover = {"type": "pointerHover", "section_index": 1, "local_x": 10, "local_y": 2.5}
        client.fire(pie, "event", hover)
        await client.settle(0.05)
        assert seen == [(ft.PieChartEventType.POINTER_HOVER, 1, 10.0, 2.5)]
        assert [s.props["radius"] for s in client.find_all("PieChartSection")] == [50, 60]

    run(scenario())


# -- refusals ------------------------------------------------------------------------------


def test_text_tooltip_on_a_chart_is_refused_with_the_names_to_use():
    with pytest.raises(ft.PropertyError, match="tooltip_bgcolor"):
        ft.LineChart(tooltip="sales")


def test_unknown_names_get_the_nearest_one():
    with pytest.raises(ft.PropertyError, match="data_points"):
        ft.LineChartData(data_point=[])
    with pytest.raises(ft.PropertyError, match="bar_rods"):
        ft.BarChartGroup(bar_rod=[])


def test_axis_label_step_zero_is_refused():
    with pytest.raises(ft.PropertyError, match="labels_interval is 0"):
        ft.ChartAxis(labels_interval=0)
    with pytest.raises(ft.PropertyError, match="labels_interval is 0"):
        ft.ChartAxis(label_spacing=0.0)


def test_data_series_holds_controls():
    with pytest.raises(ft.PropertyError, match="holds controls"):
        ft.LineChart(data_series=[[1, 2]])


def test_changed_points_and_tooltips_reach_the_client_on_update():
    async def scenario():
        made = {}

        def main(page):
            made["point"] = ft.LineChartDataPoint(1, 2, tooltip="before")
            made["chart"] = ft.LineChart(data_series=[ft.LineChartData([made["point"]])])
            page.add(made["chart"])

        client, _ = await start(main)
        chart, point = made["chart"], made["point"]
        point.tooltip, point.y = "after", 5
        chart.tooltip_bgcolor = "red"
        chart.data_series[0].data_points.append(ft.LineChartDataPoint(2, 3))
        await chart.update()
        await client.settle(0.05)
        points = client.find_all("LineChartDataPoint")
        assert [(p.props["x"], p.props["y"]) for p in points] == [(1, 5), (2, 3)]
        assert points[0].props["_internals"] == {"tooltip": {"text": "after"}}
        assert client.find("LineChart").props["tooltip"] == {"bgcolor": "red"}

    run(scenario())
