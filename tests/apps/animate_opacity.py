# animate_opacity: a container fades out and in.
import flet as ft


def main(page: ft.Page):
    c = ft.Container(width=150, height=150, bgcolor="blue", border_radius=10, animate_opacity=300)
    state = ft.Text("visible")

    def animate_opacity(e):
        c.opacity = 0 if c.opacity == 1 else 1
        state.value = "faded" if c.opacity == 0 else "visible"
        page.update()

    page.add(state, c, ft.ElevatedButton("Animate opacity", on_click=animate_opacity))


ft.app(target=main)
