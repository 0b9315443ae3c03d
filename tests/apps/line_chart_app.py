# A line chart as in the era's charts docs; a button switches between two data sets.
import flet as ft


def main(page: ft.Page):
    data_1 = [
        ft.LineChartData(
            data_points=[
                ft.LineChartDataPoint(1, 1),
                ft.LineChartDataPoint(3, 1.5),
                ft.LineChartDataPoint(5, 1.4),
                ft.LineChartDataPoint(7, 3.4),
                ft.LineChartDataPoint(10, 2),
            ],
            stroke_width=8,
            color=ft.colors.LIGHT_GREEN,
            curved=True,
            stroke_cap_round=True,
        )
    ]
    chart = ft.LineChart(
        data_series=data_1,
        border=ft.border.all(3, ft.colors.with_opacity(0.2, ft.colors.ON_SURFACE)),
        horizontal_grid_lines=ft.ChartGridLines(interval=1, color=ft.colors.BLUE_GREY_100, width=1),
        left_axis=ft.ChartAxis(
            labels=[ft.ChartAxisLabel(value=v, label=ft.Text(f"{v}m")) for v in (1, 2, 3)],
            labels_size=40,
        ),
        bottom_axis=ft.ChartAxis(
            labels=[
                ft.ChartAxisLabel(value=2, label=ft.Text("MAR")),
                ft.ChartAxisLabel(value=8, label=ft.Text("SEP")),
            ],
            labels_size=32,
        ),
        tooltip_bgcolor=ft.colors.with_opacity(0.8, ft.colors.BLUE_GREY),
        min_y=0,
        max_y=4,
        min_x=0,
        max_x=11,
        expand=True,
    )
    title = ft.Text("Monthly sales")

    def toggle_data(e):
        s = chart.data_series[0]
        s.stroke_width = 2 if s.stroke_width == 8 else 8
        s.curved = not s.curved
        title.value = "Weekly sales" if title.value == "Monthly sales" else "Monthly sales"
        chart.update()
        title.update()

    page.add(
        title, ft.IconButton(ft.icons.REFRESH, tooltip="Switch data", on_click=toggle_data), chart
    )


ft.app(main)
