# A NavigationBar at the bottom of the page, async handler.
import flet as ft


async def main(page: ft.Page):
    page.title = "NavigationBar Example"
    body = ft.Text("Explore page")
    names = ["Explore", "Commute", "Saved"]

    async def changed(e):
        body.value = f"{names[int(e.data)]} page"
        await page.update_async()

    page.navigation_bar = ft.NavigationBar(
        destinations=[
            ft.NavigationDestination(icon=ft.icons.EXPLORE, label="Explore"),
            ft.NavigationDestination(icon=ft.icons.COMMUTE, label="Commute"),
            ft.NavigationDestination(
                icon=ft.icons.BOOKMARK_BORDER, selected_icon=ft.icons.BOOKMARK, label="Saved"
            ),
        ],
        on_change=changed,
    )
    await page.add_async(body)


ft.app(target=main)
