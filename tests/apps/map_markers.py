# Flet 0.25's map: tap the map to drop a marker where you tapped.
import flet as ft
import flet.map as map


def main(page: ft.Page):
    count = ft.Text("Markers: 1")
    markers = map.MarkerLayer(
        markers=[
            map.Marker(
                content=ft.Icon(ft.icons.LOCATION_ON),
                coordinates=map.MapLatitudeLongitude(30, 15),
            )
        ]
    )

    def handle_tap(e: map.MapTapEvent):
        markers.markers.append(
            map.Marker(
                content=ft.Icon(ft.icons.LOCATION_ON, color=ft.colors.RED),
                coordinates=e.coordinates,
            )
        )
        count.value = f"Markers: {len(markers.markers)}"
        page.update()

    page.add(
        count,
        map.Map(
            expand=True,
            initial_center=map.MapLatitudeLongitude(15, 10),
            initial_zoom=4.2,
            interaction_configuration=map.MapInteractionConfiguration(
                flags=map.MapInteractiveFlag.ALL
            ),
            on_tap=handle_tap,
            layers=[
                map.TileLayer(url_template="https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
                markers,
            ],
        ),
    )


ft.app(main)
