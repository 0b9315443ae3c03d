"""A map and a WebView (tests/browser/test_maps_in_chromium.py), written as a 0.25-era app.

The map shows the world at zoom 2 from the tiles in ``assets/tiles`` (512 x 512 px, centred on
0, 0, zoom fixed so no other tile is asked for), with a marker and a polyline; its taps are
written into a Text with their coordinates. The WebView shows ``assets/page.html``, passed as
a ``data:`` URL (the browser client's WebView is an iframe that needs an absolute address).
"""

from pathlib import Path

import flet as ft
import flet.map as map

HERE = Path(__file__).resolve().parent


def main(page: ft.Page):
    page.title = "Maps"
    tapped = ft.Text("tap: none")
    ready = ft.Text("map: waiting")

    def on_tap(e: map.MapTapEvent):
        tapped.value = f"tap {e.coordinates.latitude:.2f} {e.coordinates.longitude:.2f}"
        page.update()

    def on_init(e):
        ready.value = "map: init"
        page.update()

    world = map.Map(
        width=512,
        height=512,
        configuration=map.MapConfiguration(
            initial_center=map.MapLatitudeLongitude(0, 0),
            initial_zoom=2,
            min_zoom=2,
            max_zoom=2,
            interaction_configuration=map.MapInteractionConfiguration(
                flags=map.MapInteractiveFlag.DRAG
            ),
            on_tap=on_tap,
            on_init=on_init,
        ),
        layers=[
            map.TileLayer(url_template="tiles/{z}/{x}/{y}.png", max_native_zoom=2),
            map.PolylineLayer(
                polylines=[
                    map.PolylineMarker(
                        coordinates=[
                            map.MapLatitudeLongitude(-40, -100),
                            map.MapLatitudeLongitude(-20, -60),
                        ],
                        color="#E53935",
                        stroke_width=6,
                    )
                ]
            ),
            map.MarkerLayer(
                markers=[
                    map.Marker(
                        content=ft.Icon(ft.icons.LOCATION_ON, color="#2E7D32", size=30),
                        coordinates=map.MapLatitudeLongitude(30, 60),
                    )
                ]
            ),
        ],
    )
    html = (HERE / "assets" / "page.html").read_text(encoding="utf-8")
    web = ft.WebView(url=ft.WebView.html_url(html), width=360, height=120, on_page_ended=print)
    page.add(
        ft.Row(
            [world, ft.Column([ft.Text("Maps ready"), ready, tapped, web])],
            vertical_alignment=ft.CrossAxisAlignment.START,
        )
    )


ft.app(main)
