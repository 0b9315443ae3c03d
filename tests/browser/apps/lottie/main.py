"""Two Lottie animations drawn by the real client (tests/browser/test_lottie_in_chromium.py).

Each is a small animation written here as JSON: a 120x80 rectangle of a pure colour in a
200x200 composition. The red one goes as the era's ``src_base64`` (base64 text), the blue one
as bytes, so both ways the client reads ``src`` are drawn. ``on_error`` would write the
client's message into a Text.
"""

import base64
import json

import flet as ft


def box(rgb: list[float]) -> dict:
    def still(value):
        return {"a": 0, "k": value}

    shapes = [
        {"ty": "rc", "nm": "r", "d": 1, "s": still([120, 80]), "p": still([0, 0]), "r": still(0)},
        {"ty": "fl", "nm": "f", "c": still([*rgb, 1]), "o": still(100), "r": 1},
        {
            "ty": "tr",
            "p": still([0, 0]),
            "a": still([0, 0]),
            "s": still([100, 100]),
            "r": still(0),
            "o": still(100),
        },
    ]
    layer = {
        "ddd": 0,
        "ind": 1,
        "ty": 4,
        "nm": "box",
        "sr": 1,
        "ks": {
            "o": still(100),
            "r": still(0),
            "p": still([100, 100, 0]),
            "a": still([0, 0, 0]),
            "s": still([100, 100, 100]),
        },
        "ao": 0,
        "shapes": [{"ty": "gr", "nm": "g", "it": shapes}],
        "ip": 0,
        "op": 30,
        "st": 0,
        "bm": 0,
    }
    return {
        "v": "5.7.4",
        "fr": 30,
        "ip": 0,
        "op": 30,
        "w": 200,
        "h": 200,
        "nm": "box",
        "ddd": 0,
        "assets": [],
        "layers": [layer],
    }


def main(page: ft.Page):
    page.title = "Lottie"
    page.padding = 0
    errors = ft.Text("lottie errors: none")

    def failed(e):
        errors.value = f"lottie errors: {e.data}"
        page.update()

    red = base64.b64encode(json.dumps(box([1, 0, 0])).encode()).decode()
    blue = json.dumps(box([0, 0, 1])).encode()
    page.add(
        ft.Row(
            [
                ft.Lottie(src_base64=red, width=200, height=200, on_error=failed),
                ft.Lottie(src=blue, width=200, height=200, repeat=False, on_error=failed),
            ],
            spacing=40,
        ),
        errors,
    )


ft.app(main)
