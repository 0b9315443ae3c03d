# An implicitly animated container: size, colour and radius change with an Animation curve.
import flet as ft


async def main(page: ft.Page):
    c = ft.Container(
        width=200,
        height=200,
        bgcolor="red",
        animate=ft.animation.Animation(1000, ft.AnimationCurve.BOUNCE_OUT),
    )
    label = ft.Text("big red")

    async def animate_container(e):
        c.width = 100 if c.width == 200 else 200
        c.height = 100 if c.height == 200 else 200
        c.bgcolor = "blue" if c.bgcolor == "red" else "red"
        c.border_radius = 50 if c.width == 100 else 0
        label.value = "small blue" if c.width == 100 else "big red"
        await page.update_async()

    await page.add_async(
        label, c, ft.ElevatedButton("Animate container", on_click=animate_container)
    )


ft.app(target=main)
