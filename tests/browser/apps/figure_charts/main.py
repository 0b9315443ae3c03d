"""MatplotlibChart and PlotlyChart in server mode (tests/browser/test_figure_charts_in_chromium.py),
written as a 0.25-era app: ``matplotlib.use("svg")``, pyplot, ``from flet.matplotlib_chart``.

The matplotlib chart is a line drawn from data in orange; "Change" draws other data in blue
into the same figure and calls ``page.update()`` (matplotlib marks the figure changed). The
plotly chart is a green line (the host has no kaleido, so it is plotly.js in a WebView) that
"Change" turns purple.
"""

import math

import matplotlib
import matplotlib.pyplot as plt
import plotly.graph_objects as go

import flet as ft
from flet.matplotlib_chart import MatplotlibChart
from flet.plotly_chart import PlotlyChart

matplotlib.use("svg")

ORANGE, BLUE, GREEN, PURPLE = "#FB8C00", "#1E88E5", "#43A047", "#8E24AA"
XS = [i / 10 for i in range(63)]


def main(page: ft.Page):
    fig, ax = plt.subplots(figsize=(6, 4))
    (line,) = ax.plot(XS, [math.sin(x) for x in XS], color=ORANGE, linewidth=6)
    ax.set_title("sin")
    chart = MatplotlibChart(fig, width=480)
    status = ft.Text("Charts ready")

    def change(e):
        line.set_data(XS, [math.cos(x) for x in XS])
        line.set_color(BLUE)
        ax.set_title("cos")
        plotly_figure.update_traces(line={"color": PURPLE})
        status.value = "Changed"
        page.update()

    squares = go.Scatter(x=XS, y=[x * x for x in XS], line={"color": GREEN, "width": 5})
    plotly_figure = go.Figure(squares)
    plotly_figure.update_layout(margin={"l": 20, "r": 20, "t": 20, "b": 20})
    page.add(
        ft.Row([status, ft.ElevatedButton("Change", on_click=change)]),
        ft.Row(
            [chart, PlotlyChart(plotly_figure, width=420)],
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
    )


ft.app(main)
