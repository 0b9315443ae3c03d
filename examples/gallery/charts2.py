"""Gallery route section: a candlestick, a radar and a scatter chart, written as Flet 1.0 does
(``import flet_charts as fch``); each chart's handler writes what it touched into a Text."""

import flet as ft
import flet_charts as fch

#: open, high, low, close of a week of prices
WEEK = [(22.6, 28.3, 21.4, 24.1), (24.1, 26.0, 22.5, 23.0), (23.0, 27.5, 22.8, 27.1)]
WEEK += [(27.1, 29.0, 25.2, 25.9), (25.9, 28.4, 24.6, 28.0)]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
SKILLS = ["Speed", "Power", "Range", "Stamina", "Skill"]
PLAYERS = [("Ann", [4, 3, 5, 2, 4], ft.colors.INDIGO), ("Bo", [2, 5, 3, 4, 3], ft.colors.ORANGE)]
SAMPLES = [(1, 2.5), (2, 1.2), (2.5, 3.8), (3.4, 2.2), (4.2, 4.4), (5, 3.1)]


def candlestick_chart(state):
    def touched(e: fch.CandlestickChartEvent):
        if e.type == fch.ChartEventType.TAP_UP and e.spot_index is not None:
            state.value = f"Candle: {DAYS[e.spot_index]}"
            e.page.update()

    return fch.CandlestickChart(
        spots=[
            fch.CandlestickChartSpot(x=i, open=o, high=h, low=lo, close=c, tooltip=DAYS[i])
            for i, (o, h, lo, c) in enumerate(WEEK)
        ],
        min_x=-0.5,
        max_x=len(WEEK) - 0.5,
        min_y=20,
        max_y=30,
        horizontal_grid_lines=fch.ChartGridLines(interval=2, color=ft.colors.GREY_300, width=1),
        width=280,
        height=200,
        on_event=touched,
    )


def radar_chart(state):
    def touched(e: fch.RadarChartEvent):
        if e.type == fch.ChartEventType.TAP_UP and e.entry_index is not None:
            name = PLAYERS[e.data_set_index or 0][0]
            state.value = f"Radar: {name}, {SKILLS[e.entry_index]}"
            e.page.update()

    return fch.RadarChart(
        titles=[fch.RadarChartTitle(text=skill) for skill in SKILLS],
        data_sets=[
            fch.RadarDataSet(
                entries=[fch.RadarDataSetEntry(v) for v in values],
                fill_color=ft.colors.with_opacity(0.25, colour),
                border_color=colour,
            )
            for _, values, colour in PLAYERS
        ],
        tick_count=5,
        title_position_percentage_offset=0.05,
        width=240,
        height=240,
        on_event=touched,
    )


def scatter_chart(state):
    def touched(e: fch.ScatterChartEvent):
        if e.type == fch.ChartEventType.TAP_UP and e.spot_index is not None:
            x, y = SAMPLES[e.spot_index]
            state.value = f"Scatter: sample {e.spot_index + 1} ({x}, {y})"
            e.page.update()

    return fch.ScatterChart(
        spots=[
            fch.ScatterChartSpot(x=x, y=y, radius=8, color=ft.colors.TEAL_400) for x, y in SAMPLES
        ],
        min_x=0,
        max_x=6,
        min_y=0,
        max_y=5,
        left_axis=fch.ChartAxis(label_size=24, label_spacing=1),
        bottom_axis=fch.ChartAxis(label_size=24, label_spacing=1),
        width=280,
        height=200,
        on_event=touched,
    )


def titled(title, caption, chart):
    return ft.Column(
        [ft.Text(title, weight=ft.FontWeight.BOLD), chart, ft.Text(caption, size=12)],
        spacing=6,
    )


def charts2_controls(page):
    candle_state = ft.Text("Candle: none")
    radar_state = ft.Text("Radar: none")
    scatter_state = ft.Text("Scatter: none")
    players = ", ".join(name for name, _, _ in PLAYERS)
    return [
        ft.Text("Candlestick, radar and scatter charts", weight=ft.FontWeight.BOLD),
        ft.Row(
            [
                titled(
                    "Candlestick: a week of prices", "Mon to Fri", candlestick_chart(candle_state)
                ),
                titled("Radar: two players", f"Players: {players}", radar_chart(radar_state)),
                titled("Scatter: six samples", "x from 0 to 6", scatter_chart(scatter_state)),
            ],
            spacing=30,
            wrap=True,
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        candle_state,
        radar_state,
        scatter_state,
    ]
