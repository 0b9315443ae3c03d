# page.on_keyboard_event: the key and its modifiers.
import flet as ft


def main(page: ft.Page):
    key = ft.Text("Press any key with a combination of CTRL, ALT, SHIFT and META keys...")
    shift = ft.Text("Shift", visible=False)
    ctrl = ft.Text("Control", visible=False)

    def on_keyboard(e: ft.KeyboardEvent):
        key.value = f"Key: {e.key}"
        shift.visible = e.shift
        ctrl.visible = e.ctrl
        page.update()

    page.on_keyboard_event = on_keyboard
    page.add(key, ft.Row([shift, ctrl]))


ft.app(target=main)
