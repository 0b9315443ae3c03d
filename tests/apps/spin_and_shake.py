# Animation code of the era: value objects changed in place, then update().
from math import pi

import flet as ft


def main(page: ft.Page):
    box = ft.Container(
        width=100,
        height=70,
        bgcolor="blue",
        border_radius=ft.border_radius.all(5),
        rotate=ft.transform.Rotate(0, alignment=ft.alignment.center),
        scale=ft.transform.Scale(scale=1),
        offset=ft.transform.Offset(0, 0),
        animate_rotation=ft.animation.Animation(300, ft.AnimationCurve.BOUNCE_OUT),
        animate_scale=ft.animation.Animation(600, ft.AnimationCurve.BOUNCE_OUT),
        animate_offset=ft.animation.Animation(1000),
    )

    def animate(e):
        box.rotate.angle += pi / 2
        box.scale.scale = 1.2 if box.scale.scale == 1 else 1
        box.offset.x = -1 if box.offset.x == 0 else 0
        box.border_radius.top_left = 8 if box.border_radius.top_left == 5 else 5
        page.update()

    page.add(box, ft.ElevatedButton("Animate!", on_click=animate))


ft.app(target=main)
