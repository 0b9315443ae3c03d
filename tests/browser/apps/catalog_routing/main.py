"""Views, routes and client storage (tests/browser/test_catalog_interactions.py).

The classic async-era routing app: ``on_route_change`` rebuilds ``page.views`` from
``page.route`` (with ``ft.TemplateRoute`` for parameters), ``on_view_pop`` pops the top view
and goes to the one below. Every view shows the events Python saw, in order.
"""

import flet as ft

NOTE_KEY = "catalog.note"


def main(page: ft.Page):
    page.title = "Catalog routing"
    events = []
    stored = page.client_storage.get(NOTE_KEY)
    saved = ft.Text("note not saved")

    def save_note(e):
        page.client_storage.set(NOTE_KEY, "kept across reloads")
        saved.value = f"note saved: {page.client_storage.contains_key(NOTE_KEY)}"
        page.update()

    def events_text():
        return ft.Text("events: " + ", ".join(events))

    def home_view():
        return ft.View(
            "/",
            [
                ft.Text(f"stored note: {stored}"),
                ft.Row([ft.ElevatedButton("Save note", on_click=save_note), saved]),
                ft.ElevatedButton("Go to settings", on_click=lambda e: page.go("/settings")),
                ft.ElevatedButton("Open item 42", on_click=lambda e: page.go("/items/42")),
                events_text(),
            ],
            appbar=ft.AppBar(title=ft.Text("Home view")),
        )

    def route_change(e):
        events.append(f"route {e.route}")
        page.views.clear()
        page.views.append(home_view())
        template = ft.TemplateRoute(page.route)
        if template.match("/settings"):
            page.views.append(
                ft.View(
                    "/settings",
                    [ft.Text(f"settings at {page.route}"), events_text()],
                    appbar=ft.AppBar(title=ft.Text("Settings view")),
                )
            )
        elif template.match("/items/:id"):
            page.views.append(
                ft.View(
                    page.route,
                    [ft.Text(f"item id {template.id}"), events_text()],
                    appbar=ft.AppBar(title=ft.Text("Item view")),
                )
            )
        page.update()

    def view_pop(e):
        events.append(f"pop {e.view.route}")
        page.views.pop()
        page.go(page.views[-1].route)

    page.on_route_change = route_change
    page.on_view_pop = view_pop
    page.go(page.route)


ft.app(main)
