"""Gallery route "/charts": a line, a bar and a pie chart, with the events the era's chart
examples used (hover a slice to enlarge it, tap a bar)."""

import flet as ft

SALES = [1.5, 3.2, 2.4, 4.8, 4.1]
SHARES = [("Web", 40, ft.colors.INDIGO_400), ("Mobile", 35, ft.colors.TEAL_400)]
SHARES += [("Desktop", 25, ft.colors.AMBER_400)]


def line_chart():
    return ft.LineChart(
        data_series=[
            ft.LineChartData(
                data_points=[ft.LineChartDataPoint(x, y) for x, y in enumerate(SALES)],
                color=ft.colors.INDIGO,
                stroke_width=4,
                curved=True,
                below_line_bgcolor=ft.colors.with_opacity(0.15, ft.colors.INDIGO),
            )
        ],
        left_axis=ft.ChartAxis(labels_size=30, labels_interval=1),
        bottom_axis=ft.ChartAxis(title=ft.Text("Month"), labels_interval=1),
        horizontal_grid_lines=ft.ChartGridLines(interval=1, color=ft.colors.GREY_300, width=1),
        min_y=0,
        max_y=5,
        width=300,
        height=200,
    )


def bar_chart(state):
    def tapped(e: ft.BarChartEvent):
        if e.type == ft.ChartEventType.TAP_UP and e.group_index is not None:
            state.value = f"Bar tapped: month {e.group_index + 1}"
            e.page.update()

    return ft.BarChart(
        bar_groups=[
            ft.BarChartGroup(
                x=i,
                bar_rods=[ft.BarChartRod(from_y=0, to_y=y, width=24, color=ft.colors.TEAL_400)],
            )
            for i, y in enumerate(SALES)
        ],
        min_y=0,
        max_y=5,
        width=260,
        height=200,
        on_chart_event=tapped,
    )


def pie_chart(state):
    def hovered(e: ft.PieChartEvent):
        for i, section in enumerate(pie.sections):
            section.radius = 90 if i == e.section_index else 80
        if e.section_index is not None and e.section_index >= 0:
            state.value = f"Pie: {SHARES[e.section_index][0]}"
        e.page.update()

    pie = ft.PieChart(
        sections=[
            ft.PieChartSection(share, title=name, color=colour, radius=80)
            for name, share, colour in SHARES
        ],
        center_space_radius=0,
        sections_space=1,
        width=200,
        height=200,
        on_chart_event=hovered,
    )
    return pie


def chart_controls(page):
    bar_state = ft.Text("Bar tapped: none")
    pie_state = ft.Text("Pie: none")
    return [
        ft.Text("Line, bar and pie charts", weight=ft.FontWeight.BOLD),
        ft.Row(
            [line_chart(), bar_chart(bar_state), pie_chart(pie_state)],
            spacing=30,
            wrap=True,
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        bar_state,
        pie_state,
    ]
