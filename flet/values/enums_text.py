"""Enumerations of text: weight, alignment, overflow, decorations, theme styles."""

from __future__ import annotations

from enum import IntFlag, StrEnum

__all__ = [
    "FontWeight",
    "TextAffinity",
    "TextAlign",
    "TextBaseline",
    "TextDecoration",
    "TextDecorationStyle",
    "TextOverflow",
    "TextThemeStyle",
]


class FontWeight(StrEnum):
    NORMAL = "normal"
    BOLD = "bold"
    W_100 = "w100"
    W_200 = "w200"
    W_300 = "w300"
    W_400 = "w400"
    W_500 = "w500"
    W_600 = "w600"
    W_700 = "w700"
    W_800 = "w800"
    W_900 = "w900"


class TextAlign(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"
    JUSTIFY = "justify"
    START = "start"
    END = "end"


class TextOverflow(StrEnum):
    CLIP = "clip"
    ELLIPSIS = "ellipsis"
    FADE = "fade"
    VISIBLE = "visible"


class TextThemeStyle(StrEnum):
    DISPLAY_LARGE = "displayLarge"
    DISPLAY_MEDIUM = "displayMedium"
    DISPLAY_SMALL = "displaySmall"
    HEADLINE_LARGE = "headlineLarge"
    HEADLINE_MEDIUM = "headlineMedium"
    HEADLINE_SMALL = "headlineSmall"
    TITLE_LARGE = "titleLarge"
    TITLE_MEDIUM = "titleMedium"
    TITLE_SMALL = "titleSmall"
    LABEL_LARGE = "labelLarge"
    LABEL_MEDIUM = "labelMedium"
    LABEL_SMALL = "labelSmall"
    BODY_LARGE = "bodyLarge"
    BODY_MEDIUM = "bodyMedium"
    BODY_SMALL = "bodySmall"


class TextBaseline(StrEnum):
    ALPHABETIC = "alphabetic"
    IDEOGRAPHIC = "ideographic"


class TextDecorationStyle(StrEnum):
    SOLID = "solid"
    DOUBLE = "double"
    DOTTED = "dotted"
    DASHED = "dashed"
    WAVY = "wavy"


class TextAffinity(StrEnum):
    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class TextDecoration(IntFlag):
    """Lines drawn with text; combine with ``|`` (the client takes the integer)."""

    NONE = 0
    UNDERLINE = 1
    OVERLINE = 2
    LINE_THROUGH = 4
