"""Inputs and overlays whose changes must reach Python (tests/browser/test_catalog_interactions.py).

Written as an async-era Flet app: every handler reads ``e.control.value`` (or the model) and
writes it into a Text the test reads through Flutter's semantics tree.
"""

import flet as ft


def main(page: ft.Page):
    page.title = "Catalog interactions"

    def shown(name, value):
        return ft.Text(f"{name}: {value}")

    typed = shown("text field", "")
    submitted = shown("submitted", "")
    checkbox_state = shown("checkbox", False)

    def on_text_change(e):
        typed.value = f"text field: {e.control.value} (data {e.data})"
        page.update()

    def on_text_submit(e):
        submitted.value = f"submitted: {e.control.value}"
        page.update()

    def on_checkbox(e):
        checkbox_state.value = f"checkbox: {e.control.value}"
        page.update()

    page.add(
        ft.Row(
            [
                ft.TextField(
                    label="Your name", on_change=on_text_change, on_submit=on_text_submit, width=300
                ),
                ft.Column([typed, submitted]),
            ]
        ),
        ft.Row([ft.Checkbox(label="Accept terms", on_change=on_checkbox), checkbox_state]),
    )


ft.app(main)
