# Picking files in the browser with FilePicker: the names of the picked files are shown.
import flet as ft


def main(page: ft.Page):
    def pick_files_result(e: ft.FilePickerResultEvent):
        selected_files.value = ", ".join(f.name for f in e.files) if e.files else "Cancelled!"
        selected_files.update()

    pick_files_dialog = ft.FilePicker(on_result=pick_files_result)
    selected_files = ft.Text()
    page.overlay.append(pick_files_dialog)
    page.add(
        ft.ElevatedButton(
            "Pick files",
            icon=ft.icons.UPLOAD_FILE,
            on_click=lambda _: pick_files_dialog.pick_files(allow_multiple=True),
        ),
        selected_files,
    )


ft.app(target=main)
