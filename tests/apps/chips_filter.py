# Filter chips: selecting amenities updates a summary.
import flet as ft


def main(page: ft.Page):
    summary = ft.Text("no filter")

    def amenity_selected(e):
        chosen = [c.label.value for c in amenities if c.selected]
        summary.value = ", ".join(chosen) if chosen else "no filter"
        page.update()

    amenities = [
        ft.Chip(
            label=ft.Text(name),
            bgcolor=ft.colors.GREEN_200,
            disabled_color=ft.colors.GREEN_100,
            on_select=amenity_selected,
            selected=False,
        )
        for name in ("Washer / Dryer", "Ramp access", "Dogs OK")
    ]
    page.add(
        ft.Row([ft.Icon(ft.icons.HOTEL_CLASS), ft.Text("Amenities")]), ft.Row(amenities), summary
    )


ft.app(target=main)
