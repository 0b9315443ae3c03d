"""Media: Image, Markdown, CircleAvatar, ProgressBar, ProgressRing.

An image source is a URL, a path in the app's assets folder (``"/icons/icon.png"`` or
``"icon.png"``), a data URI, a base64 string or ``bytes``. Async-era spellings are translated:
``Image(src_base64=...)`` is sent as ``src`` (the client decodes base64 text itself) and wins
over ``src`` when both are set, as it did; ``CircleAvatar(foreground_image_url=...)`` is
``foreground_image_src``; ``Markdown(img_error_content=...)`` is ``image_error_content`` and
``Markdown(code_style=...)`` becomes the ``code_text_style`` of ``code_style_sheet``.
"""

from __future__ import annotations

from typing import Any

from flet.controls.base import (
    AnimationProp,
    ColorProp,
    InsetsProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    TextProp,
    ValueProp,
)
from flet.core.props import Alias, Child, Event, Prop
from flet.values.theme_components import ComponentTheme
from flet.values.wire import WireValue

__all__ = [
    "CircleAvatar",
    "Image",
    "Markdown",
    "MarkdownCustomCodeTheme",
    "MarkdownStyleSheet",
    "ProgressBar",
    "ProgressRing",
]

#: An image source: a URL, an asset path, a data URI, base64 text, or the image's bytes.
SOURCE = (str, bytes)


class MarkdownStyleSheet(ComponentTheme):
    """Styles of Markdown elements (``Markdown.md_style_sheet``, ``code_style_sheet``).

    Text styles, paddings, decorations and alignments, named as in both eras.
    """

    __slots__ = ()
    fields = frozenset(
        """
        a_text_style p_text_style p_padding code_text_style h1_text_style h1_padding
        h2_text_style h2_padding h3_text_style h3_padding h4_text_style h4_padding
        h5_text_style h5_padding h6_text_style h6_padding em_text_style strong_text_style
        del_text_style blockquote_text_style img_text_style checkbox_text_style block_spacing
        list_indent list_bullet_text_style list_bullet_padding table_head_text_style
        table_body_text_style table_head_text_align table_padding table_cells_padding
        blockquote_padding table_cells_decoration blockquote_decoration codeblock_padding
        codeblock_decoration horizontal_rule_decoration blockquote_alignment
        codeblock_alignment h1_alignment h2_alignment h3_alignment h4_alignment h5_alignment
        h6_alignment text_alignment ordered_list_alignment unordered_list_alignment
        """.split()  # noqa: SIM905
    )


class MarkdownCustomCodeTheme(ComponentTheme):
    """A text style per highlighted token kind (``Markdown.code_theme``)."""

    __slots__ = ()
    fields = frozenset(
        """
        addition attr attribute built_in builtin_name bullet class_name code comment deletion
        doctag emphasis formula function keyword link link_label literal meta meta_keyword
        meta_string name number operator params pattern_match quote regexp root section
        selector_attr selector_class selector_id selector_pseudo selector_tag string strong
        stronge subst subtr symbol tag template_tag template_variable title type variable
        """.split()  # noqa: SIM905
    )


def _plain(value: Any) -> Any:
    return value.to_wire() if isinstance(value, WireValue) else value


class Image(LayoutControl):
    control_type = "Image"
    positional = ("src", "src_base64", "error_content", "repeat", "fit", "border_radius")
    # the client's Image sizes itself (protocol §8.3)
    internals = {"skip_properties": ["width", "height"]}

    error_content = Child()
    repeat = StrProp()
    fit = StrProp()
    border_radius = RadiusProp()
    color = ColorProp()
    color_blend_mode = StrProp()
    gapless_playback = Prop(bool)
    semantics_label = StrProp()
    exclude_from_semantics = Prop(bool)
    filter_quality = StrProp()
    placeholder_src = Prop(SOURCE)
    placeholder_fit = StrProp()
    fade_in_animation = AnimationProp()
    placeholder_fade_out_animation = AnimationProp()
    cache_width = Prop(int)
    cache_height = Prop(int)
    anti_alias = Prop(bool)

    # Python-side: the wire ``src`` is src_base64 when set, else src (before_update)
    src = Prop(SOURCE, sent=False)
    src_base64 = StrProp(sent=False)
    _wire_src = Prop(SOURCE, wire="src")

    def before_update(self) -> None:
        self._wire_src = "".join(self.src_base64.split()) if self.src_base64 else self.src


class Markdown(LayoutControl):
    control_type = "Markdown"
    positional = ("value", "selectable", "extension_set", "code_theme")

    value = TextProp()
    selectable = Prop(bool)
    extension_set = StrProp()
    code_theme = Prop((str, dict, WireValue))
    auto_follow_links = Prop(bool)
    auto_follow_links_target = StrProp()
    shrink_wrap = Prop(bool)
    fit_content = Prop(bool)
    soft_line_break = Prop(bool)
    image_error_content = Child()
    img_error_content = Alias("image_error_content")  # async-era name
    md_style_sheet = ValueProp()
    latex_scale_factor = NumberProp()
    latex_style = ValueProp()
    on_tap_text = Event()
    on_selection_change = Event()
    on_tap_link = Event()

    # Python-side: code_style (async era) joins code_style_sheet (before_update)
    code_style_sheet = ValueProp(sent=False)
    code_style = ValueProp(sent=False)
    _wire_code_style_sheet = ValueProp(wire="code_style_sheet")

    def before_update(self) -> None:
        sheet = self.code_style_sheet
        if self.code_style is not None:
            sheet = {**(_plain(sheet) or {}), "code_text_style": _plain(self.code_style)}
        self._wire_code_style_sheet = sheet


class CircleAvatar(LayoutControl):
    control_type = "CircleAvatar"
    positional = ("content",)

    content = Child()
    foreground_image_src = Prop(SOURCE)
    background_image_src = Prop(SOURCE)
    foreground_image_url = Alias("foreground_image_src")  # async-era name
    background_image_url = Alias("background_image_src")  # async-era name
    color = ColorProp()
    bgcolor = ColorProp()
    radius = NumberProp()
    min_radius = NumberProp()
    max_radius = NumberProp()
    on_image_error = Event()


class ProgressBar(LayoutControl):
    """A linear progress bar; ``value`` from 0 to 1, or ``None`` while the end is unknown."""

    control_type = "ProgressBar"
    positional = ("value", "bar_height", "color", "bgcolor")

    value = NumberProp()
    bar_height = NumberProp()
    color = ColorProp()
    bgcolor = ColorProp()
    border_radius = RadiusProp()
    semantics_label = StrProp()
    semantics_value = NumberProp()
    stop_indicator_color = ColorProp()
    stop_indicator_radius = NumberProp()
    track_gap = NumberProp()
    year_2023 = Prop(bool)


class ProgressRing(LayoutControl):
    """A circular progress indicator; ``value`` from 0 to 1, or ``None`` to spin."""

    control_type = "ProgressRing"
    positional = ("value", "stroke_width", "color", "bgcolor")

    value = NumberProp()
    stroke_width = NumberProp()
    color = ColorProp()
    bgcolor = ColorProp()
    stroke_align = NumberProp()
    stroke_cap = StrProp()
    semantics_label = StrProp()
    semantics_value = NumberProp()
    track_gap = NumberProp()
    size_constraints = ValueProp()
    padding = InsetsProp()
    year_2023 = Prop(bool)
