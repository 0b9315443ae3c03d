"""Cupertino (iOS) colour names: ``ft.CupertinoColors.SYSTEM_BLUE == "systemBlue"``.

The 1.0.5 client knows each of these names (its colour lookup ignores letter case), as a
colour of any control, Cupertino or not. ``ft.cupertino_colors`` is the async era's other
spelling of the same class.
"""

from __future__ import annotations

import random as _random
from enum import StrEnum

from flet.values.colors import with_opacity as _with_opacity

__all__ = ["CupertinoColors", "cupertino_colors"]


class CupertinoColors(StrEnum):
    ACTIVE_BLUE = "activeBlue"
    ACTIVE_GREEN = "activeGreen"
    ACTIVE_ORANGE = "activeOrange"
    BLACK = "cupertinoBlack"
    DARK_BACKGROUND_GRAY = "darkBackgroundGray"
    DESTRUCTIVE_RED = "destructiveRed"
    EXTRA_LIGHT_BACKGROUND_GRAY = "extraLightBackgroundGray"
    INACTIVE_GRAY = "inactiveGray"
    LABEL = "label"
    LIGHT_BACKGROUND_GRAY = "lightBackgroundGray"
    LINK = "link"
    ON_PRIMARY = "onprimary"
    OPAQUE_SEPARATOR = "opaqueSeparator"
    PLACEHOLDER_TEXT = "placeholderText"
    PRIMARY = "primary"
    QUATERNARY_LABEL = "quaternaryLabel"
    QUATERNARY_SYSTEM_FILL = "quaternarySystemFill"
    SECONDARY_LABEL = "secondaryLabel"
    SECONDARY_SYSTEM_BACKGROUND = "secondarySystemBackground"
    SECONDARY_SYSTEM_FILL = "secondarySystemFill"
    SECONDARY_SYSTEM_GROUPED_BACKGROUND = "secondarySystemGroupedBackground"
    SEPARATOR = "separator"
    SYSTEM_BACKGROUND = "systemBackground"
    SYSTEM_BLUE = "systemBlue"
    SYSTEM_BROWN = "systemBrown"
    SYSTEM_CYAN = "systemCyan"
    SYSTEM_FILL = "systemFill"
    SYSTEM_GREEN = "systemGreen"
    SYSTEM_GREY = "systemGrey"
    SYSTEM_GREY2 = "systemGrey2"
    SYSTEM_GREY3 = "systemGrey3"
    SYSTEM_GREY4 = "systemGrey4"
    SYSTEM_GREY5 = "systemGrey5"
    SYSTEM_GREY6 = "systemGrey6"
    SYSTEM_GROUPED_BACKGROUND = "systemGroupedBackground"
    SYSTEM_INDIGO = "systemIndigo"
    SYSTEM_MINT = "systemMint"
    SYSTEM_ORANGE = "systemOrange"
    SYSTEM_PINK = "systemPink"
    SYSTEM_PURPLE = "systemPurple"
    SYSTEM_RED = "systemRed"
    SYSTEM_TEAL = "systemTeal"
    SYSTEM_YELLOW = "systemYellow"
    TERTIARY_LABEL = "tertiaryLabel"
    TERTIARY_SYSTEM_BACKGROUND = "tertiarySystemBackground"
    TERTIARY_SYSTEM_FILL = "tertiarySystemFill"
    TERTIARY_SYSTEM_GROUPED_BACKGROUND = "tertiarySystemGroupedBackground"
    WHITE = "cupertinoWhite"

    @staticmethod
    def with_opacity(opacity: float, color: str) -> str:
        """``color`` at ``opacity`` (0.0 to 1.0): ``"systemBlue,0.5"``."""
        return _with_opacity(opacity, str(color))

    @staticmethod
    def random() -> CupertinoColors:
        """One of the colours, at random."""
        return _random.choice(list(CupertinoColors))


cupertino_colors = CupertinoColors  # the async era's lower-case spelling
