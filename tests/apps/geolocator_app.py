# Flet 0.25's geolocator: ask for the device's position with a button.
import flet as ft


async def main(page: ft.Page):
    where = ft.Text("Position unknown")

    def position_changed(e):
        where.value = f"Moving: {e.latitude}, {e.longitude}"
        page.update()

    gl = ft.Geolocator(
        location_settings=ft.GeolocatorSettings(accuracy=ft.GeolocatorPositionAccuracy.LOW),
        on_position_change=position_changed,
        on_error=lambda e: print(f"Geolocator error: {e.data}"),
    )
    page.overlay.append(gl)

    async def get_position(e):
        p = await gl.get_current_position_async()
        where.value = f"You are at {p.latitude:.2f}, {p.longitude:.2f}"
        await page.update_async()

    await page.add_async(ft.ElevatedButton("Where am I?", on_click=get_position), where)


ft.app(main)
