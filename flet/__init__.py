"""flet-pwa: the Flet API, running in the browser.

``import flet as ft`` gives the seed-era API: ``ft.app(main)``, the controls, ``ft.icons``,
``ft.colors``, ``ft.alignment``... The package is pure Python and runs the same on CPython and
inside Pyodide; see ``docs/architecture.md`` for how its parts depend on each other.
"""

from flet import alignment, border_radius, colors, icons, margin, padding
from flet.app import NoRunnerError, app, app_async, run, use_runner
from flet.controls.buttons import Button, ElevatedButton, FloatingActionButton, IconButton
from flet.controls.dialogs import SnackBar
from flet.controls.inputs import Checkbox, TextField
from flet.controls.layout import Column, Container, Row, Stack
from flet.controls.page import Dialogs, Overlay, Page, ServiceRegistry, View
from flet.controls.text import Icon, Text
from flet.controls.user_control import UserControl
from flet.core.control import Control, ControlNotMountedError
from flet.core.props import PropertyError
from flet.session.events import ControlEvent
from flet.values.colors import Colors
from flet.values.enums import (
    ClipBehavior,
    CrossAxisAlignment,
    FontWeight,
    ImageFit,
    KeyboardType,
    MainAxisAlignment,
    ScrollMode,
    TextAlign,
    TextOverflow,
    ThemeMode,
)
from flet.values.geometry import Alignment, BorderRadius, Insets, Offset
from flet.values.icons import CupertinoIcons, Icons

Padding = Insets
Margin = Insets

__version__ = "0.1.0"

__all__ = [
    "Alignment",
    "BorderRadius",
    "Button",
    "Checkbox",
    "ClipBehavior",
    "Colors",
    "Column",
    "Container",
    "Control",
    "ControlEvent",
    "ControlNotMountedError",
    "CrossAxisAlignment",
    "CupertinoIcons",
    "Dialogs",
    "ElevatedButton",
    "FloatingActionButton",
    "FontWeight",
    "Icon",
    "IconButton",
    "Icons",
    "ImageFit",
    "Insets",
    "KeyboardType",
    "MainAxisAlignment",
    "Margin",
    "NoRunnerError",
    "Offset",
    "Overlay",
    "Padding",
    "Page",
    "PropertyError",
    "Row",
    "ScrollMode",
    "ServiceRegistry",
    "SnackBar",
    "Stack",
    "Text",
    "TextAlign",
    "TextField",
    "TextOverflow",
    "ThemeMode",
    "UserControl",
    "View",
    "alignment",
    "app",
    "app_async",
    "border_radius",
    "colors",
    "icons",
    "margin",
    "padding",
    "run",
    "use_runner",
]
