"""Gallery route of the device services: secure storage, the position, a permission, the
browser's context menu, the flashlight and the accessibility settings, each behind a button
whose answer from the browser shows in the text next to it.

The services are not added anywhere: a service used from a handler joins the page. The
position needs the visitor's consent (the browser asks on the first "Get position").
"""

import flet as ft

SECRET = "gallery-secret"


def device_controls(page):
    vault = ft.SecureStorage()
    geo = ft.Geolocator()
    permissions = ft.PermissionHandler()
    menu = ft.BrowserContextMenu()
    torch = ft.Flashlight()
    speech = ft.SemanticsService()

    stored = ft.Text("Secure storage: empty")
    position = ft.Text("Position: unknown")
    permission = ft.Text("Location permission: unknown")
    menu_state = ft.Text("Browser menu: enabled")
    torch_state = ft.Text("Flashlight: unknown")
    motion = ft.Text("Reduce motion: unknown")

    async def store_secret(e):
        await vault.set("gallery.secret", SECRET)
        stored.value = "Secure storage: saved"
        page.update()

    async def read_secret(e):
        stored.value = f"Secure storage: {await vault.get('gallery.secret')}"
        page.update()

    async def locate(e):
        try:
            where = await geo.get_current_position(wait_timeout=20)
            position.value = f"Position: {where.latitude:.4f}, {where.longitude:.4f}"
        except Exception as error:  # the visitor said no, or the browser has no position
            position.value = f"Position error: {error}"
        page.update()

    async def check_permission(e):
        status = await permissions.check_permission(ft.PermissionType.LOCATION)
        permission.value = f"Location permission: {status.value if status else 'unknown'}"
        page.update()

    async def set_menu(e, disable):
        await (menu.disable() if disable else menu.enable())
        menu_state.value = f"Browser menu: {'disabled' if menu.disabled else 'enabled'}"
        page.update()

    async def check_torch(e):
        available = await torch.is_available()
        torch_state.value = "Flashlight: available" if available else "Flashlight: none here"
        page.update()

    async def accessibility(e):
        features = await speech.get_accessibility_features()
        motion.value = f"Reduce motion: {features.reduce_motion}"
        page.update()

    return [
        ft.Text("Device services", style=ft.TextThemeStyle.TITLE_MEDIUM),
        ft.Row(
            [
                ft.OutlinedButton("Store a secret", on_click=store_secret),
                ft.OutlinedButton("Read the secret", on_click=read_secret),
                stored,
            ]
        ),
        ft.Row([ft.OutlinedButton("Get position", on_click=locate), position]),
        ft.Row(
            [ft.OutlinedButton("Check location permission", on_click=check_permission), permission]
        ),
        ft.Row(
            [
                ft.OutlinedButton(
                    "Disable browser menu", on_click=lambda e: set_menu(e, disable=True)
                ),
                ft.OutlinedButton(
                    "Enable browser menu", on_click=lambda e: set_menu(e, disable=False)
                ),
                menu_state,
            ]
        ),
        ft.Row([ft.OutlinedButton("Check flashlight", on_click=check_torch), torch_state]),
        ft.Row([ft.OutlinedButton("Accessibility", on_click=accessibility), motion]),
    ]
