# Refs, the era's module names in annotations, flet_core and flet.version / flet.utils.
from flet_core.control_event import ControlEvent

import flet as ft
import flet_core
from flet.utils import slugify
from flet.version import version


def main(page: ft.page.Page):
    first_name = ft.Ref[ft.TextField]()
    last_name = ft.Ref[ft.TextField]()
    greetings = ft.Ref[ft.Column]()

    def btn_click(e: ft.control_event.ControlEvent):
        greetings.current.controls.append(
            ft.Text(f"Hello, {first_name.current.value} {last_name.current.value}!")
        )
        first_name.current.value = ""
        last_name.current.value = ""
        page.update()
        first_name.current.focus()

    def slug_click(e: ControlEvent):
        greetings.current.controls.append(flet_core.Text(slugify(last_name.current.value)))
        page.update()

    page.add(
        ft.Text(f"flet {version}", ref=ft.Ref[ft.Text]()),
        ft.TextField(ref=first_name, label="First name", autofocus=True),
        ft.TextField(ref=last_name, label="Last name"),
        ft.ElevatedButton("Say hello!", on_click=btn_click),
        ft.OutlinedButton("Slug", on_click=slug_click),
        ft.Column(ref=greetings),
    )


ft.app(target=main, view=ft.FLET_APP)
