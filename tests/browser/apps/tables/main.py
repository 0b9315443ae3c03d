"""DataTable2, a BlockPicker, a CodeEditor, a Screenshot and a RawImage drawn by the real
client (tests/browser/test_tables_in_chromium.py), written with Flet 1.0's import names.

Handlers write what reached Python into Texts the test reads: the colour a swatch click
sent (``e.data`` and ``picker.color``), the CodeEditor's text as the user types it, the size
and signature of the PNG ``Screenshot.capture()`` returned, and that a RawImage frame (a
solid magenta PNG made here with zlib) was acknowledged as shown.
"""

import struct
import zlib

import flet as ft
import flet_code_editor as fce
import flet_color_pickers as fcp
import flet_datatable2 as fdt

SWATCHES = ["#e91e63", "#2196f3", "#4caf50"]  # not ft.Colors.RED: the error box red
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def solid_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A width x height PNG of one colour (8-bit RGB, no filter)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def main(page: ft.Page):
    page.title = "Tables and pickers"
    page.scroll = ft.ScrollMode.AUTO
    picked = ft.Text("block: none")
    typed = ft.Text("code: untouched")
    captured = ft.Text("capture: none")
    shown = ft.Text("raw: none")

    def on_block(e):
        picked.value = f"block: {e.data} color {e.control.color}"
        page.update()

    def on_code(e):
        last = e.control.value.rstrip("\n").splitlines()[-1]
        typed.value = f"code last line: {last}"
        page.update()

    shot = ft.Screenshot(
        ft.Container(ft.Text("captured area"), bgcolor=ft.colors.AMBER_100, padding=10)
    )

    async def capture(_):
        png = await shot.capture()
        captured.value = f"capture: {len(png)} bytes, png {png[:8] == PNG_SIGNATURE}"
        page.update()

    raw = ft.RawImage(width=60, height=40)

    async def render(_):
        await raw.render_encoded(solid_png(60, 40, (255, 0, 255)))
        shown.value = "raw: shown"
        page.update()

    table = fdt.DataTable2(
        columns=[
            fdt.DataColumn2(ft.Text("Fruit"), size=fdt.DataColumnSize.L),
            fdt.DataColumn2(ft.Text("Count"), numeric=True),
        ],
        rows=[
            fdt.DataRow2([ft.DataCell(ft.Text(name)), ft.DataCell(ft.Text(str(n)))])
            for name, n in (("apple", 3), ("pear", 5))
        ],
        height=150,
        min_width=300,
    )
    page.add(
        ft.Container(table, width=400, height=150),
        ft.Container(
            fcp.BlockPicker(color=SWATCHES[0], available_colors=SWATCHES, on_color_change=on_block),
            width=300,
            height=120,
        ),
        picked,
        ft.Container(
            fce.CodeEditor("x = 1\n", language=fce.CodeLanguage.PYTHON, on_change=on_code),
            width=500,
            height=120,
        ),
        typed,
        ft.Row([shot, ft.ElevatedButton("Capture", on_click=capture), captured]),
        ft.Row([raw, ft.ElevatedButton("Render", on_click=render), shown]),
        ft.Text("tables ready"),
    )


ft.app(main)
