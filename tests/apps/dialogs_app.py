# Dialogs of the era: a modal AlertDialog opened with page.open and closed with page.close,
# and the older page.dialog / open=True style.
import flet as ft


def main(page: ft.Page):
    page.title = "AlertDialog examples"
    answer = ft.Text("no answer")

    def handle_close(e):
        page.close(dlg_modal)
        answer.value = f"Modal dialog closed with action: {e.control.text}"
        page.update()

    dlg_modal = ft.AlertDialog(
        modal=True,
        title=ft.Text("Please confirm"),
        content=ft.Text("Do you really want to delete all those files?"),
        actions=[
            ft.TextButton("Yes", on_click=handle_close),
            ft.TextButton("No", on_click=handle_close),
        ],
        actions_alignment=ft.MainAxisAlignment.END,
    )

    dlg = ft.AlertDialog(title=ft.Text("Hello, you!"), on_dismiss=lambda e: print("dismissed"))

    def open_dlg(e):
        page.dialog = dlg
        dlg.open = True
        page.update()

    page.add(
        answer,
        ft.ElevatedButton("Open dialog", on_click=open_dlg),
        ft.ElevatedButton("Open modal dialog", on_click=lambda e: page.open(dlg_modal)),
    )


ft.app(target=main)
