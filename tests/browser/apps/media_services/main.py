"""A FilePicker and an Audio in the overlay, as apps of the async era used them
(tests/browser/test_media_services.py).

"Pick files" opens the browser's file dialog (``allow_multiple``); ``on_result`` writes each
picked file's name, size, the length and SHA-256 of the bytes Python received into a Text.
"Save report" makes the browser download bytes made in Python (``save_file`` with
``src_bytes``). "Play" plays a short tone made here (a WAV as ``src_base64``); the Audio's
events write what Python received into Texts.
"""

import base64
import hashlib
import io
import math
import struct
import wave

import flet as ft

REPORT = b"name,score\nada,3\n"


def tone(seconds: float = 0.6, rate: int = 8000) -> bytes:
    """A 440 Hz tone as a WAV file."""
    frames = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
        for i in range(int(seconds * rate))
    )
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)
    return out.getvalue()


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

    loaded = ft.Text("audio: not loaded")
    states = ft.Text("states:")
    duration = ft.Text("duration: none")
    asked = ft.Text("asked duration: none")

    def on_state(e: ft.AudioStateChangeEvent):
        states.value += f" {e.state.value}"
        page.update()

    def on_duration(e: ft.AudioDurationChangeEvent):
        duration.value = f"duration: {e.duration}"
        page.update()

    def on_loaded(_):
        loaded.value = "audio: loaded"
        page.update()

    audio = ft.Audio(
        src_base64=base64.b64encode(tone()).decode(),
        volume=0.2,
        release_mode=ft.ReleaseMode.STOP,  # keep the source after the end: its duration stays
        on_loaded=on_loaded,
        on_state_changed=on_state,
        on_duration_changed=on_duration,
    )
    page.overlay.append(audio)

    async def ask_duration(_):
        asked.value = f"asked duration: {await audio.get_duration()}"
        page.update()

    page.add(
        ft.Row(
            [
                ft.ElevatedButton("Play", on_click=lambda _: audio.play()),
                ft.ElevatedButton("Ask duration", on_click=ask_duration),
            ]
        ),
        loaded,
        states,
        duration,
        asked,
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
