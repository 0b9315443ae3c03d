# An Audio control in the overlay with play/pause buttons and a volume control.
import flet as ft


def main(page: ft.Page):
    audio = ft.Audio(src="sounds/chime.mp3", autoplay=False, volume=0.5)
    volume = ft.Text("Volume: 0.5")

    def louder(e):
        audio.volume = min(1.0, audio.volume + 0.25)
        volume.value = f"Volume: {audio.volume}"
        page.update()

    page.overlay.append(audio)
    page.add(
        ft.ElevatedButton("Play", on_click=lambda _: audio.play()),
        ft.ElevatedButton("Pause", on_click=lambda _: audio.pause()),
        ft.ElevatedButton("Louder", on_click=louder),
        volume,
    )


ft.app(target=main)
