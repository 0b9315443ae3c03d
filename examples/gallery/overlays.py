"""Gallery routes around the page: navigation ("/navigation"), dialogs and overlays
("/dialogs"), page properties and services ("/services")."""

import flet as ft


def navigation_controls(page, view):
    drawer = ft.NavigationDrawer(
        controls=[
            ft.Container(ft.Text("Drawer header"), padding=16),
            ft.NavigationDrawerDestination(label="Drawer inbox", icon=ft.icons.INBOX),
            ft.NavigationDrawerDestination(label="Drawer outbox", icon=ft.icons.SEND),
        ],
    )
    view.drawer = drawer
    view.navigation_bar = ft.NavigationBar(
        destinations=[
            ft.NavigationBarDestination(icon=ft.icons.HOME, label="Bar home"),
            ft.NavigationBarDestination(icon=ft.icons.SEARCH, label="Bar search"),
            ft.NavigationBarDestination(icon=ft.icons.PERSON, label="Bar profile"),
        ],
    )
    tab_state = ft.Text("Selected tab: 0")

    def tab_changed(e):
        tab_state.value = f"Selected tab: {e.control.selected_index}"
        page.update()

    return [
        ft.ElevatedButton("Open drawer", on_click=lambda e: page.open(drawer)),
        ft.Tabs(
            selected_index=0,
            on_change=tab_changed,
            height=140,
            tabs=[
                ft.Tab(text="First tab", content=ft.Text("First tab content")),
                ft.Tab(text="Second tab", icon=ft.icons.STAR, content=ft.Text("Second tab body")),
                ft.Tab(tab_content=ft.Text("Custom tab"), content=ft.Text("Custom tab body")),
            ],
        ),
        tab_state,
    ]


def dialog_controls(page):
    status = ft.Text("Dialog status: closed")

    def dialog_dismissed(e):
        status.value = f"Dialog status: dismissed, open={dialog.open}"
        page.update()

    def close_dialog(e):
        page.close(dialog)
        status.value = f"Dialog status: closed, open={dialog.open}"
        page.update()

    dialog = ft.AlertDialog(
        title=ft.Text("Gallery dialog"),
        content=ft.Text("An AlertDialog with two actions."),
        actions=[ft.TextButton("Close dialog", on_click=close_dialog)],
        on_dismiss=dialog_dismissed,
    )
    sheet = ft.BottomSheet(
        ft.Container(ft.Text("Bottom sheet content"), padding=40),
    )

    def old_style_dialog(e):
        page.dialog = dialog
        dialog.open = True
        page.update()

    def show_snack_bar(e):
        page.snack_bar = ft.SnackBar(ft.Text("Snack bar message"), action="Undo")
        page.snack_bar.open = True
        page.update()

    def close_banner(e):
        page.banner.open = False
        page.update()

    def show_banner(e):
        page.banner = banner
        page.banner.open = True
        page.update()

    banner = ft.Banner(
        bgcolor=ft.colors.AMBER_100,
        leading=ft.Icon(ft.icons.INFO_OUTLINE, color=ft.colors.AMBER_900),
        content=ft.Text("Banner message"),
        actions=[ft.TextButton("Dismiss banner", on_click=close_banner)],
    )

    return [
        ft.Row(
            [
                ft.ElevatedButton("Open dialog", on_click=lambda e: page.open(dialog)),
                ft.ElevatedButton("Open dialog the old way", on_click=old_style_dialog),
                ft.ElevatedButton("Open bottom sheet", on_click=lambda e: page.open(sheet)),
                ft.ElevatedButton("Show snack bar", on_click=show_snack_bar),
                ft.ElevatedButton("Show banner", on_click=show_banner),
            ],
            wrap=True,
        ),
        status,
    ]


def services_controls(page, shared):
    clipboard = ft.Text("Clipboard: empty")
    device = ft.Text("Browser: unknown")
    visits = page.client_storage.get("gallery.visits") or 0
    stored = ft.Text(f"Visits stored: {visits}")

    def copy(e):
        page.set_clipboard("Copied from the gallery")

    async def paste(e):
        clipboard.value = f"Clipboard: {await page.get_clipboard_async()}"
        page.update()

    async def device_info(e):
        info = await page.get_device_info()
        device.value = f"Browser: {info.browser_name}"
        page.update()

    def count_visit(e):
        count = (page.client_storage.get("gallery.visits") or 0) + 1
        page.client_storage.set("gallery.visits", count)
        stored.value = f"Visits stored: {count}"
        page.update()

    def toggle_theme(e):
        dark = page.theme_mode == ft.ThemeMode.LIGHT
        page.theme_mode = ft.ThemeMode.DARK if dark else ft.ThemeMode.LIGHT
        shared["theme"].value = f"Theme mode: {page.theme_mode}"
        page.update()

    return [
        ft.Text(f"Platform: {page.platform}, web: {page.web}, pwa: {page.pwa}"),
        ft.Row([shared["theme"], ft.OutlinedButton("Toggle theme mode", on_click=toggle_theme)]),
        shared["brightness"],
        shared["key"],
        ft.Row(
            [
                ft.OutlinedButton("Copy to clipboard", on_click=copy),
                ft.OutlinedButton("Paste from clipboard", on_click=paste),
                clipboard,
            ]
        ),
        ft.Row([ft.OutlinedButton("Count a visit", on_click=count_visit), stored]),
        ft.Row([ft.OutlinedButton("Device info", on_click=device_info), device]),
        ft.OutlinedButton(
            "Open the picture in a new tab",
            icon=ft.icons.OPEN_IN_NEW,
            on_click=lambda e: page.launch_url("images/landscape.png"),
        ),
    ]
