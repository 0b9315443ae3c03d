# A bar chart: hovering a rod (a chart event) highlights it and names the fruit.
import flet as ft


def main(page: ft.Page):
    fruits = ["Apple", "Blueberry", "Cherry", "Orange"]
    heard = ft.Text("hover a bar")

    def on_chart_event(e: ft.BarChartEvent):
        for group_index, group in enumerate(chart.bar_groups):
            for rod in group.bar_rods:
                rod.color = ft.colors.AMBER if group_index == e.group_index else ft.colors.BLUE
        heard.value = fruits[e.group_index] if e.group_index is not None else "hover a bar"
        page.update()

    chart = ft.BarChart(
        bar_groups=[
            ft.BarChartGroup(
                x=i,
                bar_rods=[
                    ft.BarChartRod(
                        from_y=0,
                        to_y=y,
                        width=40,
                        color=ft.colors.BLUE,
                        tooltip=fruits[i],
                        border_radius=0,
                    )
                ],
            )
            for i, y in enumerate([40, 100, 30, 60])
        ],
        border=ft.border.all(1, ft.colors.GREY_400),
        left_axis=ft.ChartAxis(labels_size=40, title=ft.Text("Fruit supply"), title_size=40),
        bottom_axis=ft.ChartAxis(
            labels=[
                ft.ChartAxisLabel(value=i, label=ft.Container(ft.Text(f), padding=10))
                for i, f in enumerate(fruits)
            ],
            labels_size=40,
        ),
        horizontal_grid_lines=ft.ChartGridLines(
            color=ft.colors.GREY_300, width=1, dash_pattern=[3, 3]
        ),
        tooltip_bgcolor=ft.colors.with_opacity(0.5, ft.colors.GREY_300),
        max_y=110,
        interactive=True,
        on_chart_event=on_chart_event,
        expand=True,
    )
    page.add(heard, chart)


ft.app(main)
