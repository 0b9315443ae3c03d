# Copy a text field to the clipboard and paste it back.
import flet as ft


async def main(page: ft.Page):
    field = ft.TextField(label="Text to copy", value="hello clipboard")
    pasted = ft.Text("")

    async def copy(e):
        await page.set_clipboard_async(field.value)
        await page.show_snack_bar_async(ft.SnackBar(ft.Text("Copied")))

    async def paste(e):
        pasted.value = f"pasted: {await page.get_clipboard_async()}"
        await page.update_async()

    await page.add_async(
        field,
        ft.Row([ft.TextButton("Copy", on_click=copy), ft.TextButton("Paste", on_click=paste)]),
        pasted,
    )


ft.app(main)
