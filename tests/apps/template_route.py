# TemplateRoute: parameters out of the route, async style.
import flet as ft


async def main(page: ft.Page):
    shown = ft.Text("home")

    async def route_change(e: ft.RouteChangeEvent):
        troute = ft.TemplateRoute(page.route)
        if troute.match("/books/:id"):
            shown.value = f"Book view ID: {troute.id}"
        elif troute.match("/account/:account_id/orders/:order_id"):
            shown.value = f"Account: {troute.account_id}, order: {troute.order_id}"
        else:
            shown.value = f"Unknown route {page.route}"
        await page.update_async()

    page.on_route_change = route_change
    await page.add_async(
        shown,
        ft.TextButton("Book 42", on_click=lambda e: page.go("/books/42")),
        ft.TextButton("An order", on_click=lambda e: page.go("/account/7/orders/99")),
    )


ft.app(main)
