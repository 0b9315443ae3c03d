"""The async era's upload example (tests/browser/test_upload_in_chromium.py): pick files,
upload each to ``page.get_upload_url(name, 600)``, then read it back from ``upload_dir``.

"Pick files" opens the browser's file dialog; "Upload" uploads what was picked. ``on_upload``
writes each file's progress values into a Text, and when a file reaches 1.0 the app opens
``os.path.join("uploads", name)`` and writes its size and SHA-256 into another Text.
"""

import hashlib
import os

import flet as ft


def main(page: ft.Page):
    page.title = "Upload"
    picked = ft.Text("picked: none")
    progress: dict[str, list[str]] = {}
    shown = ft.Column()

    def on_result(e: ft.FilePickerResultEvent):
        picked.value = "picked: " + (", ".join(f.name for f in e.files) if e.files else "none")
        page.update()

    def on_upload(e: ft.FilePickerUploadEvent):
        if e.error:
            shown.controls.append(ft.Text(f"error {e.file_name}: {e.error}"))
        else:
            progress.setdefault(e.file_name, []).append(f"{e.progress:.1f}")
        if e.progress == 1.0:
            with open(os.path.join("uploads", e.file_name), "rb") as f:
                data = f.read()
            sha = hashlib.sha256(data).hexdigest()[:16]
            shown.controls.append(ft.Text(f"read {e.file_name}: {len(data)} bytes sha {sha}"))
            shown.controls.append(
                ft.Text(f"progress {e.file_name}: {' '.join(progress[e.file_name])}")
            )
        page.update()

    def upload_files(_):
        files = picker.result.files if picker.result is not None else None
        if files:
            picker.upload(
                [
                    ft.FilePickerUploadFile(f.name, upload_url=page.get_upload_url(f.name, 600))
                    for f in files
                ]
            )

    picker = ft.FilePicker(on_result=on_result, on_upload=on_upload)
    page.overlay.append(picker)
    page.add(
        ft.ElevatedButton("Pick files", on_click=lambda _: picker.pick_files(allow_multiple=True)),
        picked,
        ft.ElevatedButton("Upload", on_click=upload_files),
        shown,
    )


ft.app(main, upload_dir="uploads")
