"""A FilePicker in the overlay, as apps of the async era used it
(tests/browser/test_file_picker.py).

"Pick files" opens the browser's file dialog (``allow_multiple``); ``on_result`` writes each
picked file's name, size, the length and SHA-256 of the bytes Python received into a Text.
"Save report" makes the browser download bytes made in Python (``save_file`` with
``src_bytes``).
"""

import hashlib

import flet as ft

REPORT = b"name,score\nada,3\n"


def main(page: ft.Page):
    page.title = "File picker"
    picked = ft.Column([ft.Text("picked: none")])
    saved = ft.Text("saved: none")

    def on_pick(e: ft.FilePickerResultEvent):
        if e.files is None:
            picked.controls = [ft.Text("picked: cancelled")]
        else:
            picked.controls = [
                ft.Text(
                    f"picked: {f.name} size {f.size} got {len(f.bytes)} "
                    f"sha {hashlib.sha256(f.bytes).hexdigest()[:16]} path {f.path}"
                )
                for f in e.files
            ]
        page.update()

    def on_save(e: ft.FilePickerResultEvent):
        saved.value = f"saved: path {e.path}"
        page.update()

    picker = ft.FilePicker(on_result=on_pick)
    saver = ft.FilePicker(on_result=on_save)
    page.overlay.extend([picker, saver])

    page.add(
        ft.ElevatedButton(
            "Pick files",
            icon=ft.icons.UPLOAD_FILE,
            on_click=lambda _: picker.pick_files(
                allow_multiple=True, file_type=ft.FilePickerFileType.ANY
            ),
        ),
        picked,
        ft.ElevatedButton(
            "Save report",
            on_click=lambda _: saver.save_file(file_name="report.csv", src_bytes=REPORT),
        ),
        saved,
    )


ft.app(target=main)
