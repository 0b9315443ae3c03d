"""Enumerations the client knows, as string enums (values are the client's names).

Apps may pass the enum member or the plain string (``alignment="spaceBetween"``): both reach
the wire as the same string, which the client compares case-insensitively to its Dart enum
names. Async-era member names and classes are kept (``ft.ImageFit``, ``ft.MaterialState``,
``ft.KeyboardType.EMAIL``). Text, painting and Material enums live in ``enums_text``,
``enums_painting`` and ``enums_material``; this module re-exports them all.
"""

from __future__ import annotations

from enum import StrEnum

from flet.values import enums_material, enums_painting, enums_text
from flet.values.enums_material import *  # noqa: F403
from flet.values.enums_painting import *  # noqa: F403
from flet.values.enums_text import *  # noqa: F403

_OWN = [
    "AppLifecycleState",
    "Axis",
    "Brightness",
    "ClipBehavior",
    "ControlState",
    "CrossAxisAlignment",
    "DeviceOrientation",
    "KeyboardType",
    "LabelPosition",
    "MainAxisAlignment",
    "MaterialState",
    "MouseCursor",
    "Orientation",
    "PagePlatform",
    "PointerDeviceType",
    "ScrollMode",
    "StackFit",
    "TextCapitalization",
    "ThemeMode",
    "ThemeVisualDensity",
    "UrlTarget",
    "VisualDensity",
]
__all__ = sorted([*_OWN, *enums_material.__all__, *enums_painting.__all__, *enums_text.__all__])


class MainAxisAlignment(StrEnum):
    START = "start"
    END = "end"
    CENTER = "center"
    SPACE_BETWEEN = "spaceBetween"
    SPACE_AROUND = "spaceAround"
    SPACE_EVENLY = "spaceEvenly"


class CrossAxisAlignment(StrEnum):
    START = "start"
    END = "end"
    CENTER = "center"
    STRETCH = "stretch"
    BASELINE = "baseline"


class ScrollMode(StrEnum):
    AUTO = "auto"
    ADAPTIVE = "adaptive"
    ALWAYS = "always"
    HIDDEN = "hidden"


class ClipBehavior(StrEnum):
    NONE = "none"
    ANTI_ALIAS = "antiAlias"
    ANTI_ALIAS_WITH_SAVE_LAYER = "antiAliasWithSaveLayer"
    HARD_EDGE = "hardEdge"


class Axis(StrEnum):
    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"


class StackFit(StrEnum):
    LOOSE = "loose"
    EXPAND = "expand"
    PASS_THROUGH = "passThrough"


class ThemeMode(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Brightness(StrEnum):
    LIGHT = "light"
    DARK = "dark"


class VisualDensity(StrEnum):
    STANDARD = "standard"
    COMPACT = "compact"
    COMFORTABLE = "comfortable"
    ADAPTIVE_PLATFORM_DENSITY = "adaptivePlatformDensity"
    ADAPTIVEPLATFORMDENSITY = "adaptivePlatformDensity"  # async-era spelling


class PagePlatform(StrEnum):
    IOS = "ios"
    ANDROID = "android"
    MACOS = "macos"
    WINDOWS = "windows"
    LINUX = "linux"


class AppLifecycleState(StrEnum):
    SHOW = "show"
    RESUME = "resume"
    HIDE = "hide"
    INACTIVE = "inactive"
    PAUSE = "pause"
    DETACH = "detach"
    RESTART = "restart"


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class DeviceOrientation(StrEnum):
    PORTRAIT_UP = "portraitUp"
    PORTRAIT_DOWN = "portraitDown"
    LANDSCAPE_LEFT = "landscapeLeft"
    LANDSCAPE_RIGHT = "landscapeRight"


class MouseCursor(StrEnum):
    ALIAS = "alias"
    ALL_SCROLL = "allScroll"
    BASIC = "basic"
    CELL = "cell"
    CLICK = "click"
    CONTEXT_MENU = "contextMenu"
    COPY = "copy"
    DISAPPEARING = "disappearing"
    FORBIDDEN = "forbidden"
    GRAB = "grab"
    GRABBING = "grabbing"
    HELP = "help"
    MOVE = "move"
    NO_DROP = "noDrop"
    NONE = "none"
    PRECISE = "precise"
    PROGRESS = "progress"
    RESIZE_COLUMN = "resizeColumn"
    RESIZE_DOWN = "resizeDown"
    RESIZE_DOWN_LEFT = "resizeDownLeft"
    RESIZE_DOWN_RIGHT = "resizeDownRight"
    RESIZE_LEFT = "resizeLeft"
    RESIZE_LEFT_RIGHT = "resizeLeftRight"
    RESIZE_RIGHT = "resizeRight"
    RESIZE_ROW = "resizeRow"
    RESIZE_UP = "resizeUp"
    RESIZE_UP_DOWN = "resizeUpDown"
    RESIZE_UP_LEFT = "resizeUpLeft"
    RESIZE_UP_LEFT_DOWN_RIGHT = "resizeUpLeftDownRight"
    RESIZE_UP_RIGHT = "resizeUpRight"
    RESIZE_UP_RIGHT_DOWN_LEFT = "resizeUpRightDownLeft"
    TEXT = "text"
    VERTICAL_TEXT = "verticalText"
    WAIT = "wait"
    ZOOM_IN = "zoomIn"
    ZOOM_OUT = "zoomOut"


class UrlTarget(StrEnum):
    BLANK = "_blank"  # 0.25 sent 'blank'; 1.0.5 says '_blank'
    SELF = "_self"
    PARENT = "_parent"
    TOP = "_top"


class ControlState(StrEnum):
    HOVERED = "hovered"
    FOCUSED = "focused"
    PRESSED = "pressed"
    DRAGGED = "dragged"
    SELECTED = "selected"
    SCROLLED_UNDER = "scrolledUnder"
    DISABLED = "disabled"
    ERROR = "error"
    DEFAULT = "default"


class LabelPosition(StrEnum):
    RIGHT = "right"
    LEFT = "left"


class KeyboardType(StrEnum):
    NONE = "none"
    TEXT = "text"
    MULTILINE = "multiline"
    NUMBER = "number"
    PHONE = "phone"
    DATETIME = "datetime"
    EMAIL = "email"
    URL = "url"
    VISIBLE_PASSWORD = "visiblePassword"
    NAME = "name"
    STREET_ADDRESS = "streetAddress"
    WEB_SEARCH = "webSearch"
    TWITTER = "twitter"


class TextCapitalization(StrEnum):
    CHARACTERS = "characters"
    WORDS = "words"
    SENTENCES = "sentences"
    NONE = "none"


class PointerDeviceType(StrEnum):
    TOUCH = "touch"
    MOUSE = "mouse"
    STYLUS = "stylus"
    INVERTED_STYLUS = "invertedStylus"
    TRACKPAD = "trackpad"
    UNKNOWN = "unknown"


MaterialState = ControlState  # async-era (0.21) name; its DEFAULT was "" and is "default" now
ThemeVisualDensity = VisualDensity  # async-era name
