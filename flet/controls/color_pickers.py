"""The colour pickers of flet-color-pickers 1.0.5: ColorPicker, BlockPicker,
MultipleChoiceBlockPicker, MaterialPicker, HueRingPicker and SlidePicker.

The 1.0.5 client (main.dart.js) registers all six. Each reads ``color`` (``colors`` for the
multiple-choice picker) and sends ``color_change`` with the picked colour as ``#aarrggbb``
text (``"#ff2196f3"``); the client also writes it back, so ``picker.color`` follows the user.
ColorPicker is the exception: its client writes the pick back as ``picker_color`` (read it
there, or in ``e.data``), and it also sends ``hsv_color_change`` (a map of ``alpha``, ``hue``,
``saturation``, ``value``) and ``history_change`` (a list of hex colours).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    ValueProp,
)
from flet.core.props import Event, Prop
from flet.values._plain import DataValue, plain

__all__ = [
    "BlockPicker",
    "ColorLabelType",
    "ColorModel",
    "ColorPicker",
    "HsvColor",
    "HueRingPicker",
    "MaterialPicker",
    "MultipleChoiceBlockPicker",
    "PaletteType",
    "SlidePicker",
]


class ColorLabelType(StrEnum):
    """Which text forms of the colour a picker shows (``label_types``)."""

    HEX = "hex"
    RGB = "rgb"
    HSV = "hsv"
    HSL = "hsl"


class PaletteType(StrEnum):
    """The 2D palette layout of a ColorPicker (``palette_type``)."""

    HSV = "hsv"
    HSV_WITH_HUE = "hsvWithHue"
    HSV_WITH_VALUE = "hsvWithValue"
    HSV_WITH_SATURATION = "hsvWithSaturation"
    HSL = "hsl"
    HSL_WITH_HUE = "hslWithHue"
    HSL_WITH_LIGHTNESS = "hslWithLightness"
    HSL_WITH_SATURATION = "hslWithSaturation"
    RGB_WITH_BLUE = "rgbWithBlue"
    RGB_WITH_GREEN = "rgbWithGreen"
    RGB_WITH_RED = "rgbWithRed"
    HUE_WHEEL = "hueWheel"


class ColorModel(StrEnum):
    """The channels a SlidePicker's sliders move (``color_model``)."""

    RGB = "rgb"
    HSV = "hsv"
    HSL = "hsl"


@dataclass
class HsvColor(DataValue):
    """A colour as hue (degrees), saturation, value and alpha (each 0.0-1.0)."""

    alpha: float
    hue: float
    saturation: float
    value: float


COLORS = (list, tuple)


def ColorsProp(**kw: Any) -> Prop:
    """A list of colours (names or ``"#rrggbb"``)."""
    return Prop(COLORS, encode=plain, **kw)


def LabelTypesProp() -> Prop:
    return Prop(COLORS, encode=plain)


class ColorPicker(LayoutControl):
    """A palette, sliders and text fields for any colour; ``picker_color`` is the pick."""

    control_type = "ColorPicker"
    positional = ("color",)

    color = ColorProp()
    picker_color = Prop(str, client=True, sent=False)
    color_picker_width = NumberProp()
    color_history = ColorsProp(client=True)
    display_thumb_color = Prop(bool, default=True)
    enable_alpha = Prop(bool, default=True)
    hex_input_bar = Prop(bool, default=True)
    label_text_style = ValueProp()
    label_types = LabelTypesProp()
    palette_type = Prop(str)
    picker_area_border_radius = RadiusProp()
    picker_area_height_percent = NumberProp()
    hsv_color = ValueProp(client=True)
    on_color_change = Event()
    on_history_change = Event()
    on_hsv_color_change = Event()


class BlockPicker(LayoutControl):
    """A grid of colour swatches; ``color`` follows the tapped one."""

    control_type = "BlockPicker"
    positional = ("color",)

    color = ColorProp(client=True)
    available_colors = ColorsProp()
    on_color_change = Event()


class MultipleChoiceBlockPicker(LayoutControl):
    """A grid of colour swatches of which several are picked; ``colors`` follows them."""

    control_type = "MultipleChoiceBlockPicker"
    positional = ("colors",)

    colors = ColorsProp(client=True)
    available_colors = ColorsProp()
    on_colors_change = Event()


class MaterialPicker(LayoutControl):
    """The Material palette: a primary colour, then one of its shades."""

    control_type = "MaterialPicker"
    positional = ("color",)

    color = ColorProp(client=True)
    enable_label = Prop(bool, default=False)
    portrait_only = Prop(bool, default=False)
    on_color_change = Event()
    on_primary_change = Event()


class HueRingPicker(LayoutControl):
    """A hue ring around a saturation/value square."""

    control_type = "HueRingPicker"
    positional = ("color",)

    color = ColorProp(client=True)
    color_picker_height = NumberProp()
    enable_alpha = Prop(bool, default=False)
    hue_ring_stroke_width = NumberProp()
    picker_area_border_radius = RadiusProp()
    portrait_only = Prop(bool, default=False)
    on_color_change = Event()


class SlidePicker(LayoutControl):
    """One slider per channel of ``color_model`` (RGB, HSV or HSL)."""

    control_type = "SlidePicker"
    positional = ("color",)

    color = ColorProp(client=True)
    color_model = Prop(str)
    display_thumb_color = Prop(bool, default=True)
    enable_alpha = Prop(bool, default=True)
    indicator_alignment_begin = AlignmentProp()
    indicator_alignment_end = AlignmentProp()
    indicator_border_radius = RadiusProp()
    indicator_size = ValueProp()
    label_text_style = ValueProp()
    label_types = LabelTypesProp()
    show_indicator = Prop(bool, default=True)
    show_label = Prop(bool, default=True)
    show_params = Prop(bool, default=True)
    show_slider_text = Prop(bool, default=True)
    slider_size = ValueProp()
    slider_text_style = ValueProp()
    on_color_change = Event()
