# A Switch, a Slider with divisions and a label, reporting their values.
import flet as ft


def main(page: ft.Page):
    out = ft.Text("volume 20, sound on")
    sound = ft.Switch(label="Sound", value=True)
    volume = ft.Slider(min=0, max=100, divisions=10, value=20, label="{value}%")

    def changed(e):
        out.value = f"volume {int(volume.value)}, sound {'on' if sound.value else 'off'}"
        page.update()

    sound.on_change = changed
    volume.on_change = changed
    page.add(sound, volume, out)


ft.app(target=main)
