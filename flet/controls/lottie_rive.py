"""Lottie and Rive animations, with the era's (0.24/0.25) names.

The 1.0.5 client's Lottie (main.dart.js) reads ``src`` (a URL or an asset path, base64 text,
or bytes), ``repeat``, ``reverse``, ``animate``, ``background_loading``, ``fit``,
``alignment``, ``filter_quality``, ``enable_merge_paths``, ``enable_layers_opacity``,
``headers`` and ``error_content``, and sends ``error``. The era's ``src_base64`` is sent as
``src`` (the client decodes base64 text itself).

Its Rive reads ``src``, ``art_board``, ``use_art_board_size``, ``fit``, ``alignment``,
``placeholder``, ``speed_multiplier``, ``animations``, ``state_machines``, ``headers`` and
``clip_rect``; the era's ``artboard``/``use_artboard_size`` are sent under those names. The
era's ``enable_antialiasing`` is kept in Python: the 1.0.5 web client always draws Rive
anti-aliased, so the value changes nothing there.
"""

from __future__ import annotations

from flet.controls.base import AlignmentProp, LayoutControl, NumberProp, StrProp, ValueProp
from flet.core.props import Child, Event, Prop, PropertyError

__all__ = ["Lottie", "Rive"]

SOURCE = (str, bytes)


class Lottie(LayoutControl):
    """Plays a Lottie animation from ``src`` (a URL, an asset path, bytes) or ``src_base64``."""

    control_type = "Lottie"
    positional = ("src", "src_base64")

    repeat = Prop(bool)
    reverse = Prop(bool)
    animate = Prop(bool)
    background_loading = Prop(bool)
    fit = StrProp()
    alignment = AlignmentProp()
    filter_quality = StrProp()
    enable_merge_paths = Prop(bool)
    enable_layers_opacity = Prop(bool)
    headers = Prop(dict)
    error_content = Child()
    on_error = Event()

    # Python-side: the wire ``src`` is src_base64 when set, else src (before_update)
    src = Prop(SOURCE, sent=False)
    src_base64 = StrProp(sent=False)
    _wire_src = Prop(SOURCE, wire="src")

    def before_update(self) -> None:
        self._wire_src = "".join(self.src_base64.split()) if self.src_base64 else self.src
        if not self._wire_src:
            raise PropertyError(
                "Lottie needs src=... (a URL, an asset path or bytes) or src_base64=..."
            )


class Rive(LayoutControl):
    """Plays a Rive animation from ``src`` (a URL or an asset path)."""

    control_type = "Rive"
    positional = ("src",)

    src = StrProp()
    placeholder = Child()
    artboard = StrProp(wire="art_board")
    alignment = AlignmentProp()
    use_artboard_size = Prop(bool, wire="use_art_board_size")
    fit = StrProp()
    speed_multiplier = NumberProp()
    animations = Prop(list)
    state_machines = Prop(list)
    headers = Prop(dict)
    clip_rect = ValueProp()
    enable_antialiasing = Prop(bool, sent=False)

    def before_update(self) -> None:
        if not self.src:
            raise PropertyError("Rive needs src=... (a URL or an asset path of a .riv file)")
