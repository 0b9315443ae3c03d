"""The async era's upload example, served by flet_fastapi with an upload folder
($UPLOAD_DIR): pick files, upload each to page.get_upload_url, show what landed on disk."""

import os

import flet as ft
import flet_fastapi

UPLOADS = os.environ["UPLOAD_DIR"]


def main(page: ft.Page):
    state = ft.Text("Nothing uploaded")
    done: list[str] = []

    def picked(e: ft.FilePickerResultEvent):
        if e.files:
            picker.upload(
                [
                    ft.FilePickerUploadFile(f.name, upload_url=page.get_upload_url(f.name, 600))
                    for f in e.files
                ]
            )

    def uploaded(e: ft.FilePickerUploadEvent):
        if e.error:
            state.value = f"Upload failed: {e.error}"
        elif e.progress == 1:
            size = os.path.getsize(os.path.join(UPLOADS, e.file_name))
            done.append(f"{e.file_name}: {size} bytes")
            state.value = "Uploaded " + ", ".join(sorted(done))
        page.update()

    picker = ft.FilePicker(on_result=picked, on_upload=uploaded)
    page.overlay.append(picker)
    page.add(
        ft.ElevatedButton("Pick files", on_click=lambda _: picker.pick_files(allow_multiple=True)),
        state,
    )


app = flet_fastapi.app(main, upload_dir=UPLOADS)
