"""A candlestick, a radar and a scatter chart (tests/browser/test_charts2_in_chromium.py),
written as a Flet 1.0 app (``import flet_charts as fch``).

The scatter spots have colours of their own and the candlestick chart a background of its own,
so the test finds them in a screenshot. Handlers write what ``on_event`` received into Texts.
"""

import flet as ft
import flet_charts as fch

SCATTER_COLORS = ["#E53935", "#1E88E5", "#43A047"]
SCATTER_SPOTS = [(1, 1), (2, 3), (3, 2)]
CANDLE_BG = "#FFF8E1"
#: open, high, low, close of three candles at x = 0, 1, 2 (y from 0 to 10)
CANDLES = [(2, 6, 1, 5), (5, 8, 3, 4), (4, 9, 2, 7)]
READY = "More charts ready"


def main(page: ft.Page):
    page.title = "More charts"
    candle_state = ft.Text("candle: none")
    scatter_state = ft.Text("scatter: none")
    radar_state = ft.Text("radar: none")

    def on_candle(e: fch.CandlestickChartEvent):
        if e.spot_index is not None and e.type in ("pointerHover", "tapUp"):
            candle_state.value = f"candle {e.type}: spot {e.spot_index}"
            page.update()

    candles = fch.CandlestickChart(
        spots=[
            fch.CandlestickChartSpot(x=i, open=o, high=h, low=lo, close=c, tooltip=f"day {i}")
            for i, (o, h, lo, c) in enumerate(CANDLES)
        ],
        min_x=-0.5,
        max_x=2.5,
        min_y=0,
        max_y=10,
        bgcolor=CANDLE_BG,
        animation=False,
        width=300,
        height=200,
        on_event=on_candle,
    )

    def on_scatter(e: fch.ScatterChartEvent):
        if e.spot_index is not None and e.type in ("pointerHover", "tapUp"):
            scatter_state.value = f"scatter {e.type}: spot {e.spot_index}"
            page.update()

    scatter = fch.ScatterChart(
        spots=[
            fch.ScatterChartSpot(x=x, y=y, radius=10, color=color, tooltip=f"s{i}")
            for i, ((x, y), color) in enumerate(zip(SCATTER_SPOTS, SCATTER_COLORS, strict=True))
        ],
        min_x=0,
        max_x=4,
        min_y=0,
        max_y=4,
        animation=False,
        width=300,
        height=200,
        on_event=on_scatter,
    )

    def on_radar(e: fch.RadarChartEvent):
        if e.entry_index is not None:
            radar_state.value = f"radar {e.type}: set {e.data_set_index} entry {e.entry_index}"
            page.update()

    radar = fch.RadarChart(
        titles=[fch.RadarChartTitle(text=t) for t in ("speed", "power", "range")],
        data_sets=[
            fch.RadarDataSet(
                entries=[fch.RadarDataSetEntry(v) for v in (3, 4, 2)],
                fill_color=ft.Colors.with_opacity(0.3, ft.Colors.TEAL),
                border_color=ft.Colors.TEAL,
            )
        ],
        tick_count=2,
        width=240,
        height=240,
        on_event=on_radar,
    )

    page.add(
        ft.Text(READY),
        ft.Row(
            [candles, radar, scatter], spacing=40, vertical_alignment=ft.CrossAxisAlignment.START
        ),
        candle_state,
        scatter_state,
        radar_state,
    )


ft.app(main)
