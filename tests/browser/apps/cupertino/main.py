"""Cupertino controls (tests/browser/test_cupertino_in_chromium.py), written as an async-era app.

A switch, a slider, a checkbox, a text field, buttons, a sliding segmented button, an activity
indicator and a list tile are drawn on one page; handlers write what reached Python into
Texts. "Delete item" opens a CupertinoAlertDialog whose actions close it again. Colours come
from ft.CupertinoColors and its era spelling ft.cupertino_colors.
"""

import flet as ft


async def main(page: ft.Page):
    page.title = "Cupertino"
    switch_state = ft.Text("switch: False")
    dialog_state = ft.Text("dialog: closed")
    segment_state = ft.Text("segment: 0")

    async def switched(e):
        switch_state.value = f"switch: {e.control.value}"
        await page.update_async()

    async def answer(e):
        dialog_state.value = f"dialog: {e.control.text}"
        dlg.open = False
        await page.update_async()

    dlg = ft.CupertinoAlertDialog(
        title=ft.Text("Delete this item?"),
        content=ft.Text("It cannot be undone."),
        actions=[
            ft.CupertinoDialogAction("Keep", is_default_action=True, on_click=answer),
            ft.CupertinoDialogAction("Delete", is_destructive_action=True, on_click=answer),
        ],
    )

    async def ask(e):
        dialog_state.value = "dialog: open"
        page.dialog = dlg
        dlg.open = True
        await page.update_async()

    async def segment(e):
        segment_state.value = f"segment: {e.control.selected_index}"
        await page.update_async()

    page.add(
        ft.Text("Cupertino ready"),
        ft.CupertinoSwitch(label="Airplane mode", on_change=switched),
        switch_state,
        ft.CupertinoSlider(value=0.3, width=300),
        ft.CupertinoCheckbox(label="Remember me", value=True),
        ft.CupertinoTextField(placeholder_text="Search", width=300),
        ft.Row(
            [
                ft.CupertinoButton("Plain"),
                ft.CupertinoFilledButton("Delete item", on_click=ask),
                ft.CupertinoTintedButton("Tinted", color=ft.CupertinoColors.SYSTEM_PURPLE),
            ]
        ),
        dialog_state,
        ft.CupertinoSlidingSegmentedButton(
            [ft.Text("Day"), ft.Text("Week")],
            thumb_color=ft.cupertino_colors.SYSTEM_YELLOW,
            on_change=segment,
        ),
        segment_state,
        ft.CupertinoActivityIndicator(radius=12),
        ft.CupertinoListTile(title=ft.Text("Wi-Fi"), additional_info=ft.Text("Home")),
    )


ft.app(target=main)
