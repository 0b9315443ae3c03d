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
    focus_events = ft.Text("focus events:")
    checkbox_state = shown("checkbox", False)
    switch_state = shown("switch", False)
    slider_state = shown("slider", 0)
    dropdown_state = shown("dropdown", None)
    radio_state = shown("radio", None)
    tabs_state = shown("tabs", 0)
    dialog_state = shown("dialog", "never opened")
    snack_state = shown("snack bar", "not shown")

    def on_text_change(e):
        typed.value = f"text field: {e.control.value} (data {e.data})"
        page.update()

    def on_text_submit(e):
        submitted.value = f"submitted: {e.control.value}"
        page.update()

    def focus_event(name):
        def handler(e):
            focus_events.value += f" {name}"
            page.update()

        return handler

    def show_value(text, name):
        def handler(e):
            text.value = f"{name}: {e.control.value}"
            page.update()

        return handler

    def on_tabs(e):
        tabs_state.value = f"tabs: {e.control.selected_index}"
        page.update()

    # dialogs: the async-era style (page.dialog + open) and page.open / page.close
    def dialog_dismissed(e):
        dialog_state.value = f"dialog: dismissed, open={e.control.open}"
        page.update()

    old_style = ft.AlertDialog(
        title=ft.Text("Old style dialog"),
        content=ft.Text("Press Escape to dismiss me."),
        on_dismiss=dialog_dismissed,
    )

    def open_old_style(e):
        page.dialog = old_style
        old_style.open = True
        page.update()

    def close_new_style(e):
        page.close(new_style)
        dialog_state.value = f"dialog: closed, open={new_style.open}"
        page.update()

    new_style = ft.AlertDialog(
        modal=True,
        title=ft.Text("New style dialog"),
        actions=[ft.TextButton("Close it", on_click=close_new_style)],
    )

    def open_new_style(e):
        page.open(new_style)

    def show_snack_bar(e):
        page.snack_bar = ft.SnackBar(ft.Text("Saved to the cloud"))
        page.snack_bar.open = True
        snack_state.value = "snack bar: shown"
        page.update()

    page.add(
        ft.Row(
            [
                ft.TextField(
                    label="Your name",
                    on_change=on_text_change,
                    on_submit=on_text_submit,
                    on_focus=focus_event("focus"),
                    on_blur=focus_event("blur"),
                    width=300,
                ),
                ft.Column([typed, submitted, focus_events]),
            ]
        ),
        ft.Row(
            [
                ft.Checkbox(label="Accept terms", on_change=show_value(checkbox_state, "checkbox")),
                checkbox_state,
                ft.Switch(label="Dark mode", on_change=show_value(switch_state, "switch")),
                switch_state,
            ]
        ),
        ft.Row(
            [
                ft.Slider(
                    min=0,
                    max=100,
                    divisions=10,
                    value=0,
                    width=300,
                    on_change=show_value(slider_state, "slider"),
                ),
                slider_state,
            ]
        ),
        ft.Row(
            [
                ft.Dropdown(
                    label="Fruit",
                    width=200,
                    options=[
                        ft.dropdown.Option("Apple"),
                        ft.dropdown.Option("Banana"),
                        ft.dropdown.Option(key="cherry", text="Cherry"),
                    ],
                    on_change=show_value(dropdown_state, "dropdown"),
                ),
                dropdown_state,
            ]
        ),
        ft.Row(
            [
                ft.RadioGroup(
                    content=ft.Row(
                        [
                            ft.Radio(value="small", label="Small"),
                            ft.Radio(value="large", label="Large"),
                        ]
                    ),
                    on_change=show_value(radio_state, "radio"),
                ),
                radio_state,
            ]
        ),
        ft.Tabs(
            selected_index=0,
            on_change=on_tabs,
            height=100,
            tabs=[
                ft.Tab(text="Overview", content=ft.Text("Overview panel")),
                ft.Tab(text="Details", content=ft.Text("Details panel")),
            ],
        ),
        tabs_state,
        ft.Row(
            [
                ft.ElevatedButton("Open old style dialog", on_click=open_old_style),
                ft.ElevatedButton("Open new style dialog", on_click=open_new_style),
                dialog_state,
            ]
        ),
        ft.Row([ft.ElevatedButton("Show snack bar", on_click=show_snack_bar), snack_state]),
    )


ft.app(main)
