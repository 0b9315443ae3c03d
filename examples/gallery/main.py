"""Flet control gallery: every control of the catalog on a few routes.

Written as an async-era Flet app (0.21-0.25 API) the way users bring them: views built in
``on_route_change``, ``page.go`` from a NavigationRail, ``page.open``/``page.close`` next to
the older ``page.dialog``/``page.snack_bar``/``page.banner``/``page.overlay`` style. The
routes live in modules next to this one (display.py, actions.py, overlays.py, device.py,
drawing.py, charts.py, charts2.py, maps.py, tables.py, more.py).

    flet publish examples/gallery/main.py --distpath dist

The picture comes from ``assets/images/landscape.png`` (publish copies ``assets/`` to the
site root) and a second one from base64. tests/browser/test_catalog_gallery.py visits every
route and checks that the client draws every control.
"""

from actions import button_controls, input_controls
from charts import chart_controls
from charts2 import charts2_controls
from device import device_controls
from display import layout_controls, list_controls, text_controls
from drawing import drawing_controls
from maps import maps_controls
from more import more_controls
from overlays import dialog_controls, navigation_controls, services_controls
from tables import tables_controls

import flet as ft

ROUTES = [
    ("/", "Layout", ft.icons.DASHBOARD_OUTLINED, ft.icons.DASHBOARD),
    ("/text", "Text", ft.icons.TEXT_FIELDS_OUTLINED, ft.icons.TEXT_FIELDS),
    ("/buttons", "Buttons", ft.icons.SMART_BUTTON_OUTLINED, ft.icons.SMART_BUTTON),
    ("/inputs", "Inputs", ft.icons.EDIT_OUTLINED, ft.icons.EDIT),
    ("/lists", "Lists", ft.icons.LIST_ALT_OUTLINED, ft.icons.LIST_ALT),
    ("/navigation", "Navigation", ft.icons.EXPLORE_OUTLINED, ft.icons.EXPLORE),
    ("/dialogs", "Dialogs", ft.icons.CHAT_BUBBLE_OUTLINE, ft.icons.CHAT_BUBBLE),
    ("/services", "Page", ft.icons.SETTINGS_OUTLINED, ft.icons.SETTINGS),
    ("/draw", "Drawing", ft.icons.BRUSH_OUTLINED, ft.icons.BRUSH),
    ("/charts", "Charts", ft.icons.INSERT_CHART_OUTLINED, ft.icons.INSERT_CHART),
    ("/maps", "Maps", ft.icons.MAP_OUTLINED, ft.icons.MAP),
    ("/editors", "Editors", ft.icons.TABLE_CHART_OUTLINED, ft.icons.TABLE_CHART),
    ("/more", "More", ft.icons.WIDGETS_OUTLINED, ft.icons.WIDGETS),
]


def main(page: ft.Page):
    page.title = "Flet gallery"
    page.theme_mode = ft.ThemeMode.LIGHT
    page.theme = ft.Theme(color_scheme_seed=ft.colors.INDIGO)
    page.dark_theme = ft.Theme(color_scheme_seed=ft.colors.TEAL)
    # page-level texts, kept across the views that on_route_change rebuilds
    shared = {
        "theme": ft.Text(f"Theme mode: {page.theme_mode}"),
        "brightness": ft.Text(f"Platform brightness: {page.platform_brightness}"),
        "key": ft.Text("Last key: none"),
    }

    def keyboard(e):
        shared["key"].value = f"Last key: {e.key}"
        page.update()

    def brightness_changed(e):
        shared["brightness"].value = f"Platform brightness: {page.platform_brightness}"
        page.update()

    page.on_keyboard_event = keyboard
    page.on_platform_brightness_change = brightness_changed

    def rail(index):
        return ft.NavigationRail(
            selected_index=index,
            label_type=ft.NavigationRailLabelType.ALL,
            min_width=100,
            destinations=[
                ft.NavigationRailDestination(icon=icon, selected_icon=selected, label=label)
                for _, label, icon, selected in ROUTES
            ],
            on_change=lambda e: page.go(ROUTES[e.control.selected_index][0]),
        )

    def make_view(index):
        route, label, _, _ = ROUTES[index]
        view = ft.View(route, padding=0)
        builders = {
            "/": layout_controls,
            "/text": text_controls,
            "/buttons": button_controls,
            "/inputs": input_controls,
            "/lists": list_controls,
            "/dialogs": dialog_controls,
            "/draw": drawing_controls,
            "/charts": lambda page: [*chart_controls(page), *charts2_controls(page)],
            "/maps": maps_controls,
            "/editors": tables_controls,
            "/more": more_controls,
        }
        if route == "/navigation":
            content = navigation_controls(page, view)
        elif route == "/services":
            content = [*services_controls(page, shared), *device_controls(page)]
        else:
            content = builders[route](page)
        view.appbar = ft.AppBar(
            title=ft.Text(f"Gallery: {label}"),
            bgcolor=ft.colors.INVERSE_PRIMARY,
            actions=[ft.IconButton(ft.icons.HOME, tooltip="Home", on_click=lambda e: page.go("/"))],
        )
        if route == "/buttons":
            view.floating_action_button = ft.FloatingActionButton(
                icon=ft.icons.ADD, tooltip="Add item"
            )
            view.bottom_appbar = ft.BottomAppBar(
                ft.Row([ft.Text("Bottom app bar"), ft.Icon(ft.icons.MENU)]),
                height=60,
            )
        view.controls = [
            ft.Row(
                [
                    rail(index),
                    ft.VerticalDivider(width=1),
                    ft.Container(
                        ft.Column(content, spacing=12, scroll=ft.ScrollMode.AUTO),
                        padding=ft.padding.only(top=8, right=8),
                        expand=True,
                    ),
                ],
                expand=True,
                vertical_alignment=ft.CrossAxisAlignment.START,
            )
        ]
        return view

    def route_change(e):
        index = next((i for i, r in enumerate(ROUTES) if r[0] == page.route), 0)
        page.views.clear()
        page.views.append(make_view(0))
        if index:
            page.views.append(make_view(index))
        page.update()

    def view_pop(e):
        page.views.pop()
        page.go(page.views[-1].route)

    page.on_route_change = route_change
    page.on_view_pop = view_pop
    page.go(page.route)


ft.app(main)
