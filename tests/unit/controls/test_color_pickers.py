"""The colour pickers: wire shape, and what the 1.0.5 client sends back.

The client (flet-color-pickers 1.0.5) writes a pick back as ``color`` (``colors`` for the
multiple-choice picker, ``picker_color`` for ColorPicker) and sends ``color_change`` with the
hex text; ColorPicker also sends ``hsv_color_change`` with a map.
"""

import pytest

import flet as ft
import flet_color_pickers as fcp
from flet.controls import color_pickers
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def test_each_picker_has_its_client_type_and_wire_names():
    assert client_view(
        fcp.ColorPicker(
            color="#ff0000",
            label_types=[fcp.ColorLabelType.HEX, fcp.ColorLabelType.RGB],
            palette_type=fcp.PaletteType.HUE_WHEEL,
            enable_alpha=False,
            color_history=["red", "blue"],
            hsv_color=fcp.HsvColor(alpha=1, hue=120, saturation=0.5, value=0.5),
            on_color_change=print,
            on_hsv_color_change=print,
        )
    ) == {
        "_c": "ColorPicker",
        "color": "#ff0000",
        "label_types": ["hex", "rgb"],
        "palette_type": "hueWheel",
        "enable_alpha": False,
        "color_history": ["red", "blue"],
        "hsv_color": {"alpha": 1, "hue": 120, "saturation": 0.5, "value": 0.5},
        "on_color_change": True,
        "on_hsv_color_change": True,
    }
    assert client_view(fcp.BlockPicker("red", available_colors=["red", "green"])) == {
        "_c": "BlockPicker",
        "color": "red",
        "available_colors": ["red", "green"],
    }
    assert client_view(fcp.MultipleChoiceBlockPicker(colors=["red"])) == {
        "_c": "MultipleChoiceBlockPicker",
        "colors": ["red"],
    }
    assert client_view(fcp.MaterialPicker("blue", enable_label=True))["enable_label"] is True
    assert client_view(fcp.HueRingPicker(hue_ring_stroke_width=8))["_c"] == "HueRingPicker"
    slide = client_view(fcp.SlidePicker(color_model=fcp.ColorModel.HSL, show_label=False))
    assert slide == {"_c": "SlidePicker", "color_model": "hsl", "show_label": False}
    assert fcp.__all__ == color_pickers.__all__


def test_a_pick_reaches_the_handler_and_the_color_property():
    seen = []
    block = fcp.BlockPicker(color="#ff000000", on_color_change=lambda e: seen.append(e.data))
    full = fcp.ColorPicker(on_hsv_color_change=lambda e: seen.append(e.data))
    multi = fcp.MultipleChoiceBlockPicker(on_colors_change=lambda e: seen.append(e.data))

    async def scenario():
        client, _ = await start(lambda page: page.add(block, full, multi))
        shown = client.find("BlockPicker")
        client.send(Action.UPDATE_CONTROL_PROPS, {"id": shown.id, "props": {"color": "#ff2196f3"}})
        client.fire(shown, "color_change", "#ff2196f3")
        picker = client.find("ColorPicker")
        hsv = {"alpha": 1.0, "hue": 200.0, "saturation": 0.8, "value": 0.9}
        client.send(
            Action.UPDATE_CONTROL_PROPS,
            {"id": picker.id, "props": {"picker_color": "#ff1e88e5", "hsv_color": hsv}},
        )
        client.fire(picker, "hsv_color_change", hsv)
        many = client.find("MultipleChoiceBlockPicker")
        client.send(
            Action.UPDATE_CONTROL_PROPS, {"id": many.id, "props": {"colors": ["#ff000000"]}}
        )
        client.fire(many, "colors_change", ["#ff000000"])
        await client.settle(0.05)

    run(scenario())
    assert block.color == "#ff2196f3"
    assert full.picker_color == "#ff1e88e5"
    assert full.hsv_color == {"alpha": 1.0, "hue": 200.0, "saturation": 0.8, "value": 0.9}
    assert multi.colors == ["#ff000000"]
    assert seen == ["#ff2196f3", full.hsv_color, ["#ff000000"]]


def test_bad_values_are_refused_in_python():
    with pytest.raises(ft.PropertyError, match=r"BlockPicker\.available_colors"):
        fcp.BlockPicker(available_colors="red")
    with pytest.raises(ft.PropertyError, match=r"ColorPicker\.enable_alpha"):
        fcp.ColorPicker(enable_alpha="yes")
