# A GridView of images given as base64 (small PNGs made in Python), a click adds more.
import base64
import struct
import zlib

import flet as ft


def png(r, g, b, size=8):
    """A plain square PNG of one colour, as base64."""
    row = b"\x00" + bytes([r, g, b]) * size
    raw = zlib.compress(row * size)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    return base64.b64encode(data).decode()


def main(page: ft.Page):
    page.title = "GridView Example"
    images = ft.GridView(
        expand=1, runs_count=5, max_extent=150, child_aspect_ratio=1.0, spacing=5, run_spacing=5
    )
    count = ft.Text()

    def add_images(n):
        start = len(images.controls)
        for i in range(start, start + n):
            images.controls.append(
                ft.Image(
                    src_base64=png(i * 20 % 256, 100, 255 - i * 10 % 256),
                    fit=ft.ImageFit.NONE,
                    repeat=ft.ImageRepeat.NO_REPEAT,
                    border_radius=ft.border_radius.all(10),
                    tooltip=f"image {i}",
                )
            )
        count.value = f"{len(images.controls)} images"

    add_images(20)

    def more(e):
        add_images(10)
        page.update()

    page.add(count, ft.OutlinedButton("More", on_click=more), images)


ft.app(target=main)
