"""A line, a bar and a pie chart (tests/browser/test_charts_in_chromium.py), written as an
async-era app.

Each chart's colours are its own, so the test finds the bars and the slices in a screenshot.
Handlers write what ``on_chart_event`` received into Texts; hovering a slice enlarges it, as
the era's pie chart example did.
"""

import flet as ft

BAR_COLORS = ["#1E88E5", "#FDD835", "#6D4C41"]
PIE_COLORS = ["#8E24AA", "#43A047", "#FB8C00", "#00ACC1"]
LINE_COLOR = "#3949AB"


def main(page: ft.Page):
    page.title = "Charts"
    bar_state = ft.Text("bar: none")
    pie_state = ft.Text("pie: none")
    line_state = ft.Text("line: none")

    def on_line_event(e: ft.LineChartEvent):
        if e.type == ft.ChartEventType.POINTER_HOVER and e.spots:
            spots = ", ".join(f"{s['bar_index']}/{s['spot_index']}" for s in e.spots)
            line_state.value = f"line hover: {spots}"
            page.update()

    line = ft.LineChart(
        data_series=[
            ft.LineChartData(
                data_points=[
                    ft.LineChartDataPoint(0, 1),
                    ft.LineChartDataPoint(1, 3, tooltip="three"),
                    ft.LineChartDataPoint(2, 2),
                    ft.LineChartDataPoint(3, 5),
                ],
                color=LINE_COLOR,
                stroke_width=6,
                curved=True,
                stroke_cap_round=True,
                point=ft.ChartCirclePoint(radius=5, color=LINE_COLOR),
                below_line_bgcolor=ft.colors.with_opacity(0.2, LINE_COLOR),
            )
        ],
        left_axis=ft.ChartAxis(
            labels=[ft.ChartAxisLabel(value=v, label=ft.Text(f"{v}k")) for v in (1, 3, 5)],
            labels_size=32,
        ),
        bottom_axis=ft.ChartAxis(title=ft.Text("Quarter"), labels_interval=1),
        horizontal_grid_lines=ft.ChartGridLines(interval=1, color=ft.colors.GREY_300, width=1),
        tooltip_bgcolor=ft.colors.with_opacity(0.8, ft.colors.BLUE_GREY),
        min_y=0,
        max_y=6,
        width=320,
        height=240,
        on_chart_event=on_line_event,
    )

    def on_bar_event(e: ft.BarChartEvent):
        if e.type in (ft.ChartEventType.TAP_DOWN, ft.ChartEventType.TAP_UP):
            bar_state.value = f"bar {e.type}: group {e.group_index} rod {e.rod_index}"
            page.update()

    bars = ft.BarChart(
        bar_groups=[
            ft.BarChartGroup(
                x=i,
                bar_rods=[
                    ft.BarChartRod(from_y=0, to_y=2 * (i + 1), width=40, color=c, border_radius=0)
                ],
            )
            for i, c in enumerate(BAR_COLORS)
        ],
        max_y=6,
        min_y=0,
        width=300,
        height=240,
        on_chart_event=on_bar_event,
    )

    def on_pie_event(e: ft.PieChartEvent):
        if e.type != ft.ChartEventType.POINTER_HOVER:
            return
        for i, section in enumerate(pie.sections):
            section.radius = 110 if i == e.section_index else 100
        pie_state.value = f"pie hover: section {e.section_index}"
        page.update()

    pie = ft.PieChart(
        sections=[
            ft.PieChartSection(25, color=c, radius=100, title=f"s{i}")
            for i, c in enumerate(PIE_COLORS)
        ],
        center_space_radius=0,
        sections_space=0,
        width=240,
        height=240,
        on_chart_event=on_pie_event,
    )

    page.add(
        ft.Text("Charts ready"),
        ft.Row([line, bars, pie], spacing=40, vertical_alignment=ft.CrossAxisAlignment.START),
        bar_state,
        pie_state,
        line_state,
    )


ft.app(main)
