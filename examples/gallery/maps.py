"""Gallery route "/maps": a map drawn from the app's own tiles, with a marker and a route, and
a WebView of a page from the app's assets. Everything is local: the tiles are
``assets/tiles/2/x/y.png`` (scripts/gen_map_tiles.py), so the map's zoom stays at 2; the page is
``assets/webview/hello.html``, shown through a ``data:`` URL (in the browser a WebView is an
iframe, which loads only absolute addresses)."""

from pathlib import Path

import flet as ft
import flet.map as map

HERE = Path(__file__).resolve().parent
PLACES = [("Lisbon", 38.7, -9.1), ("Cape Town", -33.9, 18.4), ("Singapore", 1.3, 103.8)]


def world_map(state):
    def tapped(e: map.MapTapEvent):
        point = e.coordinates
        state.value = f"Tapped at {point.latitude:.1f}, {point.longitude:.1f}"
        e.page.update()

    return map.Map(
        width=420,
        height=300,
        initial_center=map.MapLatitudeLongitude(10, 40),
        initial_zoom=2,
        min_zoom=2,
        max_zoom=2,
        interaction_configuration=map.MapInteractionConfiguration(
            flags=map.MapInteractiveFlag.DRAG
        ),
        on_tap=tapped,
        layers=[
            map.TileLayer(url_template="tiles/{z}/{x}/{y}.png", max_native_zoom=2),
            map.PolylineLayer(
                polylines=[
                    map.PolylineMarker(
                        coordinates=[map.MapLatitudeLongitude(lat, lon) for _, lat, lon in PLACES],
                        color=ft.colors.DEEP_ORANGE_400,
                        stroke_width=4,
                    )
                ]
            ),
            map.MarkerLayer(
                markers=[
                    map.Marker(
                        content=ft.Icon(ft.icons.PLACE, color=ft.colors.INDIGO_600),
                        coordinates=map.MapLatitudeLongitude(lat, lon),
                    )
                    for _, lat, lon in PLACES
                ]
            ),
            map.SimpleAttribution(text="Tiles: the app's assets"),
        ],
    )


def local_page():
    html = (HERE / "assets" / "webview" / "hello.html").read_text(encoding="utf-8")
    return ft.WebView(url=ft.WebView.html_url(html), width=420, height=110)


def maps_controls(page: ft.Page) -> list[ft.Control]:
    state = ft.Text("Tap the map")
    return [
        ft.Text("Map", theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
        ft.Text("A route from Lisbon to Singapore, drawn on tiles from the app's assets"),
        world_map(state),
        state,
        ft.Text("WebView", theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
        local_page(),
    ]
