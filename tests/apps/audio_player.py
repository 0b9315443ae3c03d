# An Audio control in the overlay with play/pause buttons (being built; known-failing).
import flet as ft


def main(page: ft.Page):
    audio = ft.Audio(src="https://luan.xyz/files/audio/ambient_c_motion.mp3", autoplay=False)
    page.overlay.append(audio)
    page.add(
        ft.ElevatedButton("Play", on_click=lambda _: audio.play()),
        ft.ElevatedButton("Pause", on_click=lambda _: audio.pause()),
    )


ft.app(target=main)
