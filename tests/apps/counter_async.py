# The counter in the async style: async main, async handlers, update_async.
import flet as ft


async def main(page: ft.Page):
    page.title = "Async counter"
    txt_number = ft.TextField(value="0", text_align=ft.TextAlign.RIGHT, width=100)

    async def minus_click(e):
        txt_number.value = str(int(txt_number.value) - 1)
        await page.update_async()

    async def plus_click(e):
        txt_number.value = str(int(txt_number.value) + 1)
        await page.update_async()

    async def reset_click(e):
        txt_number.value = "0"
        await txt_number.update_async()

    await page.add_async(
        ft.Row(
            [
                ft.IconButton(ft.icons.REMOVE, on_click=minus_click),
                txt_number,
                ft.IconButton(ft.icons.ADD, on_click=plus_click),
            ],
            alignment=ft.MainAxisAlignment.CENTER,
        ),
        ft.TextButton("Reset", on_click=reset_click),
    )


ft.app(target=main)
