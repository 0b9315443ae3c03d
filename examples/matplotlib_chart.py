# A chart drawn by matplotlib from data, as apps of Flet 0.21-0.25 wrote it (docs/charts.md).
# On a server: pip install matplotlib, then python examples/matplotlib_chart.py. Published: put
# matplotlib in the app's requirements.txt.
import random

import matplotlib
import matplotlib.pyplot as plt

import flet as ft
from flet.matplotlib_chart import MatplotlibChart

matplotlib.use("svg")  # no window and no DOM: the chart is drawn as SVG for the client


def main(page: ft.Page):
    page.title = "MatplotlibChart"
    days = list(range(1, 31))
    sales = [random.randint(20, 80) for _ in days]

    fig, ax = plt.subplots(figsize=(8, 4))
    (line,) = ax.plot(days, sales, color="tab:orange", linewidth=2, marker="o")
    ax.set_xlabel("day")
    ax.set_ylabel("sales")
    ax.set_title("Sales in June")
    ax.grid(True, alpha=0.3)

    def new_month(e):
        sales[:] = [random.randint(20, 80) for _ in days]
        line.set_ydata(sales)
        page.update()  # matplotlib marks the figure changed: the chart is drawn again

    page.add(
        ft.ElevatedButton("New data", on_click=new_month),
        MatplotlibChart(fig, expand=True),
    )


ft.app(main)
