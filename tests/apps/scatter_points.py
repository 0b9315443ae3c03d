# Flet 1.0's charts package from an async-style app: a scatter chart whose tapped spot is named.
import flet as ft
import flet_charts as fch

POINTS = [(1, 2), (2, 3.5), (3, 1.5), (4, 4), (5, 2.5)]


async def main(page: ft.Page):
    picked = ft.Text("No point picked")

    async def on_event(e: fch.ScatterChartEvent):
        if e.spot_index is not None and e.spot_index >= 0:
            x, y = POINTS[e.spot_index]
            picked.value = f"Point {e.spot_index + 1}: ({x}, {y})"
            await page.update_async()

    await page.add_async(
        picked,
        fch.ScatterChart(
            spots=[fch.ScatterChartSpot(x=x, y=y, radius=8) for x, y in POINTS],
            min_x=0,
            max_x=6,
            min_y=0,
            max_y=5,
            on_event=on_event,
            width=400,
            height=300,
        ),
    )


ft.app(main)
