"""Material controls of issue 11 drawn by the real client
(tests/browser/test_material_more_in_chromium.py).

Written as an async-era app: a SegmentedButton whose ``on_change`` reads ``e.data`` (the
selection as JSON text) and ``e.control.selected``; an ExpansionPanelList whose ``on_change``
reads ``e.data`` (the panel index as text) and the panel's ``expanded``; a MenuBar, a
ShaderMask, a Semantics wrapper, an AnimatedSwitcher, a RotatedBox and a text with an
``ft.Tooltip`` and an ``ft.Badge``, and a 0.24-style ``ft.Tooltip(content=..., message=...)``
wrapper. Handlers write what they saw into Texts the test reads.
"""

import json

import flet as ft


def main(page: ft.Page):
    page.title = "Material more"
    page.scroll = ft.ScrollMode.AUTO
    seg_state = ft.Text("segments: none")
    panel_state = ft.Text("panel: none")

    def on_segment(e):
        picked = ",".join(sorted(e.control.selected))
        sent = ",".join(sorted(json.loads(e.data)))
        seg_state.value = f"segments: {sent} -> {picked}"
        page.update()

    def on_panel(e):
        panel = e.control.controls[int(e.data)]
        panel_state.value = f"panel: {e.data} expanded {panel.expanded}"
        page.update()

    sizes = ft.SegmentedButton(
        selected={"small"},
        allow_multiple_selection=True,
        on_change=on_segment,
        segments=[
            ft.Segment(value="small", label=ft.Text("Small")),
            ft.Segment(value="large", label=ft.Text("Large"), icon=ft.Icon(ft.icons.ZOOM_IN)),
        ],
    )
    panels = ft.ExpansionPanelList(
        on_change=on_panel,
        controls=[
            ft.ExpansionPanel(
                header=ft.ListTile(title=ft.Text("First panel")),
                content=ft.ListTile(title=ft.Text("first body")),
            ),
        ],
    )
    menu = ft.MenuBar(
        controls=[
            ft.SubmenuButton(
                content=ft.Text("File menu"),
                controls=[ft.MenuItemButton(content=ft.Text("Save item"))],
            )
        ]
    )
    page.add(
        ft.Text("material ready"),
        menu,
        sizes,
        seg_state,
        panels,
        panel_state,
        ft.ShaderMask(
            content=ft.Text("masked text", size=24),
            shader=ft.LinearGradient(colors=[ft.colors.PURPLE, ft.colors.ORANGE]),
            blend_mode=ft.BlendMode.SRC_IN,
        ),
        ft.Semantics(ft.Container(width=40, height=20, bgcolor="green"), label="semantic box"),
        ft.AnimatedSwitcher(ft.Text("switched text"), duration=300),
        ft.RotatedBox(quarter_turns=0, content=ft.Text("rotated text")),
        ft.Text(
            "tooltip and badge",
            tooltip=ft.Tooltip(message="a tooltip", bgcolor=ft.colors.BLUE_GREY),
            badge=ft.Badge(text="9"),
        ),
        ft.Tooltip(message="wrapped tip", content=ft.Text("wrapped text")),  # the 0.24 spelling
    )


ft.app(main)
