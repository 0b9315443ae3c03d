"""Gallery route "/tables": DataTable2, the colour pickers, CodeEditor, Screenshot, RawImage,
DropdownM2 and a ReorderableListView with drag handles, written with Flet 1.0's import names
for the extension controls (``flet_datatable2``, ``flet_color_pickers``, ``flet_code_editor``).
"""

import contextlib

import flet as ft
import flet_code_editor as fce
import flet_color_pickers as fcp
import flet_datatable2 as fdt

PLANETS = [("Mercury", 0.39, 0), ("Venus", 0.72, 0), ("Earth", 1.0, 1), ("Mars", 1.52, 2)]
SWATCHES = ["#3f51b5", "#009688", "#ff9800", "#9c27b0", "#607d8b"]
CODE = '''def greet(name: str) -> str:
    """Say hello."""
    return f"Hello, {name}!"

print(greet("Flet"))
'''


def planets_table():
    return fdt.DataTable2(
        columns=[
            fdt.DataColumn2(ft.Text("Planet"), size=fdt.DataColumnSize.L),
            fdt.DataColumn2(ft.Text("AU"), numeric=True),
            fdt.DataColumn2(ft.Text("Moons"), numeric=True),
        ],
        rows=[
            fdt.DataRow2(
                [
                    ft.DataCell(ft.Text(name)),
                    ft.DataCell(ft.Text(f"{au}")),
                    ft.DataCell(ft.Text(f"{moons}")),
                ]
            )
            for name, au, moons in PLANETS
        ],
        heading_row_color=ft.colors.INDIGO_50,
        min_width=420,
        width=480,
        height=240,
    )


def gradient_pixels(width, height):
    """Opaque RGBA pixels: red grows to the right, blue downwards."""
    return b"".join(
        bytes((x * 255 // (width - 1), 96, y * 255 // (height - 1), 255))
        for y in range(height)
        for x in range(width)
    )


def tables_controls(page):
    picked = ft.Text("Picked colour: none")
    shot_state = ft.Text("Captured: nothing yet")

    def color_changed(e):
        picked.value = f"Picked colour: {e.data}"
        page.update()

    shot = ft.Screenshot(
        ft.Container(
            ft.Text("Screenshot me", color=ft.colors.WHITE),
            bgcolor=ft.colors.TEAL_400,
            padding=12,
            border_radius=8,
        )
    )

    async def capture(_):
        png = await shot.capture()
        shot_state.value = f"Captured: {len(png)} bytes of PNG"
        page.update()

    pixels = ft.RawImage(width=96, height=48, ready_timeout=60)

    async def draw_pixels():
        # a route left before the client drew the RawImage drops its frame
        with contextlib.suppress(TimeoutError):
            await pixels.render_rgba(96, 48, gradient_pixels(96, 48))

    page.run_task(draw_pixels)

    steps = ft.ReorderableListView(
        show_default_drag_handles=False,
        height=150,
        width=260,
        controls=[
            ft.ListTile(
                title=ft.Text(step),
                trailing=ft.ReorderableDragHandle(ft.Icon(ft.icons.DRAG_HANDLE)),
            )
            for step in ("Plan", "Build", "Ship")
        ],
    )

    def reordered(e):
        steps.controls.insert(e.new_index, steps.controls.pop(e.old_index))
        page.update()

    steps.on_reorder = reordered

    return [
        ft.Text("DataTable2", weight=ft.FontWeight.BOLD),
        planets_table(),
        ft.Text("Colour pickers", weight=ft.FontWeight.BOLD),
        picked,
        ft.Row(
            [
                ft.Container(
                    fcp.ColorPicker(
                        color="#3f51b5", color_picker_width=220, on_color_change=color_changed
                    ),
                    width=260,
                ),
                fcp.BlockPicker(
                    color=SWATCHES[0],
                    available_colors=SWATCHES,
                    on_color_change=color_changed,
                    width=260,
                    height=140,
                ),
            ],
            vertical_alignment=ft.CrossAxisAlignment.START,
            wrap=True,
        ),
        ft.Text("CodeEditor", weight=ft.FontWeight.BOLD),
        ft.Container(
            fce.CodeEditor(
                CODE,
                language=fce.CodeLanguage.PYTHON,
                code_theme=fce.CodeTheme.ATOM_ONE_LIGHT,
                text_style=ft.TextStyle(font_family="monospace", size=13),
            ),
            width=520,
            height=150,
            border=ft.border.all(1, ft.colors.GREY_300),
        ),
        ft.Text("Screenshot and RawImage", weight=ft.FontWeight.BOLD),
        ft.Row([shot, ft.ElevatedButton("Capture", on_click=capture), shot_state]),
        ft.Row([pixels, ft.Text("Pixels pushed from Python")]),
        ft.Text("DropdownM2 and drag handles", weight=ft.FontWeight.BOLD),
        ft.DropdownM2(
            label="Planet",
            value="Earth",
            width=220,
            options=[ft.dropdownm2.Option(name) for name, _au, _moons in PLANETS],
        ),
        steps,
    ]
