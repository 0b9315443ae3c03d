# A web page inside the app, shown or hidden with a switch.
import flet as ft


def main(page: ft.Page):
    view = ft.WebView(
        "https://flet.dev",
        expand=True,
        on_page_started=lambda _: print("Page started"),
        on_page_ended=lambda _: print("Page ended"),
        on_web_resource_error=lambda e: print("Page error:", e.data),
    )
    state = ft.Text("WebView shown")

    def toggle(e):
        view.visible = e.control.value
        state.value = "WebView shown" if view.visible else "WebView hidden"
        page.update()

    page.add(ft.Switch(label="Show the page", value=True, on_change=toggle), state, view)


ft.app(main)
