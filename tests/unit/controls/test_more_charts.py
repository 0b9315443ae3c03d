"""CandlestickChart, RadarChart and ScatterChart: the 1.0.5 wire shape, their events, and the
``flet_charts`` import name."""

import pytest

import flet as ft
import flet_charts as fch
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

CHART_INTERNALS = {"skip_properties": ["tooltip"]}


def noop(e):
    return None


# -- candlestick ---------------------------------------------------------------------------


def test_candlestick_chart_1_0_shape():
    chart = fch.CandlestickChart(
        spots=[
            fch.CandlestickChartSpot(x=0, open=22.6, high=28.3, low=21.4, close=24.1),
            fch.CandlestickChartSpot(1, 24, 26, 20, 21, selected=True, tooltip="Tue"),
        ],
        min_x=-1,
        max_x=2,
        min_y=20,
        max_y=30,
        bgcolor=ft.Colors.AMBER_200,
        tooltip=fch.CandlestickChartTooltip(
            bgcolor="black", horizontal_alignment=fch.HorizontalAlignment.LEFT
        ),
        rotation_quarter_turns=1,
        show_tooltips_for_selected_spots_only=True,
        touch_spot_threshold=6,
        long_press_duration=300,
        on_event=noop,
    )
    assert client_view(chart) == {
        "_c": "CandlestickChart",
        "min_x": -1,
        "max_x": 2,
        "min_y": 20,
        "max_y": 30,
        "bgcolor": "amber200",
        "rotation_quarter_turns": 1,
        "show_tooltips_for_selected_spots_only": True,
        "touch_spot_threshold": 6,
        "long_press_duration": 300,
        "tooltip": {"bgcolor": "black", "horizontal_alignment": "left"},
        "on_event": True,
        "_internals": CHART_INTERNALS,
        "spots": [
            {
                "_c": "CandlestickChartSpot",
                "x": 0,
                "open": 22.6,
                "high": 28.3,
                "low": 21.4,
                "close": 24.1,
                "_internals": {"tooltip": {}},
            },
            {
                "_c": "CandlestickChartSpot",
                "x": 1,
                "open": 24,
                "high": 26,
                "low": 20,
                "close": 21,
                "selected": True,
                "_internals": {"tooltip": {"text": "Tue"}},
            },
        ],
    }


def test_candlestick_event_reaches_the_handler_typed():
    async def scenario():
        seen = []

        def on_event(e: fch.CandlestickChartEvent):
            seen.append((e.type, e.spot_index))

        def main(page):
            spot = fch.CandlestickChartSpot(0, 1, 3, 0, 2)
            page.add(fch.CandlestickChart(spots=[spot], on_chart_event=on_event))

        client, _ = await start(main)
        chart = client.find("CandlestickChart")
        client.fire(chart, "event", {"type": "tapUp", "spot_index": 0})
        client.fire(chart, "event", {"type": "pointerExit", "spot_index": None})
        await client.settle(0.05)
        assert seen == [(ft.ChartEventType.TAP_UP, 0), ("pointerExit", None)]

    run(scenario())


# -- scatter -------------------------------------------------------------------------------


def test_scatter_chart_1_0_shape():
    chart = fch.ScatterChart(
        spots=[
            fch.ScatterChartSpot(
                x=1,
                y=2,
                radius=8,
                color="blue",
                label_text="A",
                x_error=fch.ChartErrorRange.symmetric(0.5),
                tooltip=fch.ScatterChartSpotTooltip(text="a", bottom_margin=4),
            ),
            fch.ScatterChartSpot(3, 4, point=fch.ChartSquarePoint(size=6), render_priority=2),
        ],
        left_axis=fch.ChartAxis(title=ft.Text("y"), label_size=30),
        horizontal_grid_lines=fch.ChartGridLines(interval=1),
        tooltip_bgcolor="grey",
        interactive=False,
    )
    assert client_view(chart) == {
        "_c": "ScatterChart",
        "interactive": False,
        "horizontal_grid_lines": {"interval": 1},
        "tooltip": {"bgcolor": "grey"},
        "_internals": CHART_INTERNALS,
        "left_axis": {"_c": "ChartAxis", "title": {"_c": "Text", "value": "y"}, "label_size": 30},
        "spots": [
            {
                "_c": "ScatterChartSpot",
                "x": 1,
                "y": 2,
                "radius": 8,
                "color": "blue",
                "label_text": "A",
                "x_error": {"lower_by": 0.5, "upper_by": 0.5},
                "_internals": {"tooltip": {"text": "a", "bottom_margin": 4}},
            },
            {
                "_c": "ScatterChartSpot",
                "x": 3,
                "y": 4,
                "render_priority": 2,
                "point": {"_type": "ChartSquarePoint", "size": 6},
                "_internals": {"tooltip": {}},
            },
        ],
    }


def test_scatter_event_and_a_spot_changed_by_the_handler_reach_the_client():
    async def scenario():
        def main(page):
            def on_event(e: fch.ScatterChartEvent):
                if e.type == ft.ChartEventType.POINTER_HOVER and e.spot_index is not None:
                    chart.spots[e.spot_index].radius = 12
                    state.value = f"scatter hover: spot {e.spot_index}"
                    page.update()

            chart = fch.ScatterChart(
                spots=[fch.ScatterChartSpot(x, x) for x in range(3)], on_event=on_event
            )
            state = ft.Text("none")
            page.add(chart, state)

        client, _ = await start(main)
        chart = client.find("ScatterChart")
        client.fire(chart, "event", {"type": "pointerHover", "spot_index": 2})
        await client.settle(0.05)
        assert "scatter hover: spot 2" in client.texts()
        assert [spot.props.get("radius") for spot in chart.props["spots"]] == [None, None, 12]

    run(scenario())


def test_negative_error_range_is_refused():
    with pytest.raises(ft.PropertyError, match="lower_by is -1; pass a number >= 0"):
        fch.ChartErrorRange(-1, 2)


# -- radar ---------------------------------------------------------------------------------


def radar(*entries: list[int], **kw):
    return fch.RadarChart(
        data_sets=[
            fch.RadarDataSet(entries=[fch.RadarDataSetEntry(v) for v in values], fill_color="red")
            for values in entries
        ],
        **kw,
    )


def test_radar_chart_1_0_shape():
    chart = radar(
        [1, 2, 3],
        titles=[fch.RadarChartTitle(text=t, angle=10) for t in ("a", "b", "c")],
        radar_shape=fch.RadarShape.CIRCLE,
        tick_count=3,
        title_position_percentage_offset=0.1,
        grid_border_side=ft.BorderSide(1, "grey"),
        animation=False,
        on_event=noop,
    )
    title = {"_c": "RadarChartTitle", "angle": 10}
    assert client_view(chart) == {
        "_c": "RadarChart",
        "radar_shape": "circle",
        "tick_count": 3,
        "title_position_percentage_offset": 0.1,
        "grid_border_side": {"width": 1, "color": "grey"},
        "animation": 0,
        "on_event": True,
        "titles": [{**title, "text": t} for t in ("a", "b", "c")],
        "data_sets": [
            {
                "_c": "RadarDataSet",
                "fill_color": "red",
                "entries": [{"_c": "RadarDataSetEntry", "value": v} for v in (1, 2, 3)],
            }
        ],
    }


def test_radar_event_reaches_the_handler_typed():
    async def scenario():
        seen = []

        async def on_event(e: fch.RadarChartEvent):
            seen.append((e.type, e.data_set_index, e.entry_index, e.entry_value))

        def main(page):
            page.add(radar([1, 2, 3], [3, 2, 1], on_event=on_event))

        client, _ = await start(main)
        chart = client.find("RadarChart")
        data = {"type": "tapUp", "data_set_index": 1, "entry_index": 0, "entry_value": 3}
        client.fire(chart, "event", data)
        client.fire(chart, "event", {"type": "pointerExit", "data_set_index": None})
        await client.settle(0.05)
        assert seen == [("tapUp", 1, 0, 3.0), ("pointerExit", None, None, None)]

    run(scenario())


def test_radar_data_sets_of_different_lengths_are_refused():
    with pytest.raises(ft.PropertyError, match="same number of entries"):
        radar([1, 2, 3], [1, 2, 3, 4])
    with pytest.raises(ft.PropertyError, match="needs 0 or at least 3"):
        radar([1, 2])


def test_radar_entries_changed_later_are_refused_at_update_in_the_error_sink():
    async def scenario():
        def main(page):
            chart = radar([1, 2, 3], [1, 2, 3])
            page.add(chart)
            chart.data_sets[1].entries.append(fch.RadarDataSetEntry(4))
            chart.update()

        client, _ = await start(main)
        await client.settle(0.05)
        assert any("same number of entries" in bar for bar in client.error_bars())

    run(scenario())


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"tick_count": 0}, "tick_count is 0; pass a number >= 1"),
        ({"title_position_percentage_offset": 2}, "pass a number from 0 to 1"),
    ],
)
def test_radar_bounds_are_checked(kw, message):
    with pytest.raises(ft.PropertyError, match=message):
        radar([1, 2, 3], **kw)


# -- import name ---------------------------------------------------------------------------


def test_flet_charts_names_are_flets_chart_classes():
    assert fch.LineChart is ft.LineChart
    assert fch.BarChartTooltipDirection is ft.TooltipDirection
    assert fch.ScatterChart is ft.ScatterChart
    assert fch.HorizontalAlignment is ft.ChartHorizontalAlignment
    assert all(hasattr(fch, name) for name in fch.__all__)
    assert "MatplotlibChart" not in fch.__all__
