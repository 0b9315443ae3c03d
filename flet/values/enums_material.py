"""Enumerations of Material controls: navigation, tabs, pickers, snack bars, lists..."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "AnimatedSwitcherTransition",
    "CardVariant",
    "CupertinoDatePickerDateOrder",
    "CupertinoDatePickerMode",
    "CupertinoTimerPickerMode",
    "DatePickerEntryMode",
    "DatePickerMode",
    "DismissDirection",
    "FloatingActionButtonLocation",
    "InputBorder",
    "ListTileStyle",
    "ListTileTitleAlignment",
    "MarkdownCodeTheme",
    "MarkdownExtensionSet",
    "NavigationBarLabelBehavior",
    "NavigationDrawerPosition",
    "NavigationRailLabelType",
    "NotchShape",
    "PageTransitionTheme",
    "PopupMenuPosition",
    "ScrollbarOrientation",
    "SliderInteraction",
    "SnackBarBehavior",
    "TabAlignment",
    "TabBarIndicatorSize",
    "TabIndicatorAnimation",
    "TileAffinity",
    "TimePickerEntryMode",
    "TimePickerHourFormat",
]


class FloatingActionButtonLocation(StrEnum):
    CENTER_DOCKED = "centerDocked"
    CENTER_FLOAT = "centerFloat"
    CENTER_TOP = "centerTop"
    END_CONTAINED = "endContained"
    END_DOCKED = "endDocked"
    END_FLOAT = "endFloat"
    END_TOP = "endTop"
    MINI_CENTER_DOCKED = "miniCenterDocked"
    MINI_CENTER_FLOAT = "miniCenterFloat"
    MINI_CENTER_TOP = "miniCenterTop"
    MINI_END_DOCKED = "miniEndDocked"
    MINI_END_FLOAT = "miniEndFloat"
    MINI_END_TOP = "miniEndTop"
    MINI_START_DOCKED = "miniStartDocked"
    MINI_START_FLOAT = "miniStartFloat"
    MINI_START_TOP = "miniStartTop"
    START_DOCKED = "startDocked"
    START_FLOAT = "startFloat"
    START_TOP = "startTop"


class NavigationRailLabelType(StrEnum):
    NONE = "none"
    ALL = "all"
    SELECTED = "selected"


class NavigationBarLabelBehavior(StrEnum):
    ALWAYS_SHOW = "alwaysShow"
    ALWAYS_HIDE = "alwaysHide"
    ONLY_SHOW_SELECTED = "onlyShowSelected"


class SnackBarBehavior(StrEnum):
    FIXED = "fixed"
    FLOATING = "floating"


class DismissDirection(StrEnum):
    NONE = "none"
    VERTICAL = "vertical"
    HORIZONTAL = "horizontal"
    END_TO_START = "endToStart"
    START_TO_END = "startToEnd"
    UP = "up"
    DOWN = "down"


class TabAlignment(StrEnum):
    START = "start"
    START_OFFSET = "startOffset"
    FILL = "fill"
    CENTER = "center"


class TabBarIndicatorSize(StrEnum):
    TAB = "tab"
    LABEL = "label"


class TabIndicatorAnimation(StrEnum):
    LINEAR = "linear"
    ELASTIC = "elastic"


class ListTileTitleAlignment(StrEnum):
    TOP = "top"
    CENTER = "center"
    BOTTOM = "bottom"
    THREE_LINE = "threeLine"
    TITLE_HEIGHT = "titleHeight"


class ListTileStyle(StrEnum):
    LIST = "list"
    DRAWER = "drawer"


class DatePickerMode(StrEnum):
    DAY = "day"
    YEAR = "year"


class DatePickerEntryMode(StrEnum):
    CALENDAR = "calendar"
    INPUT = "input"
    CALENDAR_ONLY = "calendarOnly"
    INPUT_ONLY = "inputOnly"


class TimePickerEntryMode(StrEnum):
    DIAL = "dial"
    INPUT = "input"
    DIAL_ONLY = "dialOnly"
    INPUT_ONLY = "inputOnly"


class TimePickerHourFormat(StrEnum):
    SYSTEM = "system"
    H12 = "h12"
    H24 = "h24"


class CardVariant(StrEnum):
    ELEVATED = "elevated"
    FILLED = "filled"
    OUTLINED = "outlined"


class SliderInteraction(StrEnum):
    TAP_AND_SLIDE = "tapAndSlide"
    TAP_ONLY = "tapOnly"
    SLIDE_ONLY = "slideOnly"
    SLIDE_THUMB = "slideThumb"


class PopupMenuPosition(StrEnum):
    OVER = "over"
    UNDER = "under"


class TileAffinity(StrEnum):
    LEADING = "leading"
    TRAILING = "trailing"
    PLATFORM = "platform"


class PageTransitionTheme(StrEnum):
    NONE = "none"
    FADE_UPWARDS = "fadeUpwards"
    OPEN_UPWARDS = "openUpwards"
    ZOOM = "zoom"
    CUPERTINO = "cupertino"
    PREDICTIVE = "predictive"
    FADE_FORWARDS = "fadeForwards"


class AnimatedSwitcherTransition(StrEnum):
    FADE = "fade"
    ROTATION = "rotation"
    SCALE = "scale"


class MarkdownExtensionSet(StrEnum):
    NONE = "none"
    COMMON_MARK = "commonMark"
    GITHUB_WEB = "gitHubWeb"
    GITHUB_FLAVORED = "gitHubFlavored"


class MarkdownCodeTheme(StrEnum):
    A11Y_DARK = "a11y-dark"
    A11Y_LIGHT = "a11y-light"
    AGATE = "agate"
    AN_OLD_HOPE = "an-old-hope"
    ANDROID_STUDIO = "androidstudio"
    ARDUINO_LIGHT = "arduino-light"
    ARTA = "arta"
    ASCETIC = "ascetic"
    ATELIER_CAVE_DARK = "atelier-cave-dark"
    ATELIER_CAVE_LIGHT = "atelier-cave-light"
    ATELIER_DUNE_DARK = "atelier-dune-dark"
    ATELIER_DUNE_LIGHT = "atelier-dune-light"
    ATELIER_ESTUARY_DARK = "atelier-estuary-dark"
    ATELIER_ESTUARY_LIGHT = "atelier-estuary-light"
    ATELIER_FOREST_DARK = "atelier-forest-dark"
    ATELIER_FOREST_LIGHT = "atelier-forest-light"
    ATELIER_HEATH_DARK = "atelier-heath-dark"
    ATELIER_HEATH_LIGHT = "atelier-heath-light"
    ATELIER_LAKESIDE_DARK = "atelier-lakeside-dark"
    ATELIER_LAKESIDE_LIGHT = "atelier-lakeside-light"
    ATELIER_PLATEAU_DARK = "atelier-plateau-dark"
    ATELIER_PLATEAU_LIGHT = "atelier-plateau-light"
    ATELIER_SAVANNA_DARK = "atelier-savanna-dark"
    ATELIER_SAVANNA_LIGHT = "atelier-savanna-light"
    ATELIER_SEASIDE_DARK = "atelier-seaside-dark"
    ATELIER_SEASIDE_LIGHT = "atelier-seaside-light"
    ATELIER_SULPHURPOOL_DARK = "atelier-sulphurpool-dark"
    ATELIER_SULPHURPOOL_LIGHT = "atelier-sulphurpool-light"
    ATOM_ONE_DARK_REASONABLE = "atom-one-dark-reasonable"
    ATOM_ONE_DARK = "atom-one-dark"
    ATOM_ONE_LIGHT = "atom-one-light"
    BROWN_PAPER = "brown-paper"
    CODEPEN_EMBED = "codepen-embed"
    COLOR_BREWER = "color-brewer"
    DRACULA = "dracula"
    DARK = "dark"
    DEFAULT = "default"
    DOCCO = "docco"
    DRAGULA = "dracula"
    FAR = "far"
    FOUNDATION = "foundation"
    GITHUB_GIST = "github-gist"
    GITHUB = "github"
    GML = "gml"
    GOOGLE_CODE = "googlecode"
    GRADIENT_DARK = "gradient-dark"
    GRAYSCALE = "grayscale"
    GRUVBOX_DARK = "gruvbox-dark"
    GRUVBOX_LIGHT = "gruvbox-light"
    HOPSCOTCH = "hopscotch"
    HYBRID = "hybrid"
    IDEA = "idea"
    IR_BLACK = "ir-black"
    ISBL_EDITOR_DARK = "isbl-editor-dark"
    ISBL_EDITOR_LIGHT = "isbl-editor-light"
    KIMBIE_DARK = "kimbie.dark"
    KIMBIE_LIGHT = "kimbie.light"
    LIGHTFAIR = "lightfair"
    MAGULA = "magula"
    MONO_BLUE = "mono-blue"
    MONOKAI_SUBLIME = "monokai-sublime"
    MONOKAI = "monokai"
    NIGHT_OWL = "night-owl"
    NORD = "nord"
    OBSIDIAN = "obsidian"
    OCEAN = "ocean"
    PARAISEO_DARK = "paraiso-dark"
    PARAISEO_LIGHT = "paraiso-light"
    POJOAQUE = "pojoaque"
    PURE_BASIC = "purebasic"
    QT_CREATOR_DARK = "qtcreator_dark"
    QT_CREATOR_LIGHT = "qtcreator_light"
    RAILSCASTS = "railscasts"
    RAINBOW = "rainbow"
    ROUTERS = "routeros"  # 1.0.5's 'routers' is unknown to the client
    ROUTEROS = "routeros"  # async-era name
    SCHOOL_BOOK = "school-book"
    SHADES_OF_PURPLE = "shades-of-purple"
    SOLARIZED_DARK = "solarized-dark"
    SOLARIZED_LIGHT = "solarized-light"
    SUNBURST = "sunburst"
    TOMORROW_NIGHT_BLUE = "tomorrow-night-blue"
    TOMORROW_NIGHT_BRIGHT = "tomorrow-night-bright"
    TOMORROW_NIGHT_EIGHTIES = "tomorrow-night-eighties"
    TOMORROW_NIGHT = "tomorrow-night"
    TOMORROW = "tomorrow"
    VS = "vs"
    VS2015 = "vs2015"
    XCODE = "xcode"
    XT256 = "xt256"
    ZENBURN = "zenburn"
    DARCULA = "darcula"  # async-era member


class CupertinoDatePickerMode(StrEnum):
    TIME = "time"
    DATE = "date"
    DATE_AND_TIME = "dateAndTime"
    MONTH_YEAR = "monthYear"


class CupertinoDatePickerDateOrder(StrEnum):
    DAY_MONTH_YEAR = "dmy"
    MONTH_DAY_YEAR = "mdy"
    YEAR_MONTH_DAY = "ymd"
    YEAR_DAY_MONTH = "ydm"
    MONTH_YEAR_DAY = "mdy"  # async-era name (0.25 sent "myd", which the client lacks)


class CupertinoTimerPickerMode(StrEnum):
    HOUR_MINUTE = "hm"
    HOUR_MINUTE_SECONDS = "hms"
    MINUTE_SECONDS = "ms"


class ScrollbarOrientation(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    TOP = "top"
    BOTTOM = "bottom"


class NavigationDrawerPosition(StrEnum):
    """Async-era ``page.drawer`` / ``page.end_drawer`` side (1.0.5 uses two properties)."""

    START = "start"
    END = "end"


class NotchShape(StrEnum):
    """Async-era ``BottomAppBar.shape``; 1.0.5 sends it as ``{"_type": "auto"|"circular"}``."""

    AUTO = "auto"
    CIRCULAR = "circular"


class InputBorder(StrEnum):
    """Async-era ``TextField.border``; the client takes ``{"_type": value}`` (see
    :func:`flet.values.borders.input_border`)."""

    NONE = "none"
    OUTLINE = "outline"
    UNDERLINE = "underline"
