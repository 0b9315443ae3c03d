"""flet-pwa: the Flet API, running in the browser.

``import flet as ft`` gives the seed-era API: ``ft.app(main)``, the controls, ``ft.icons``,
``ft.colors``, ``ft.alignment``... The package is pure Python and runs the same on CPython and
inside Pyodide; see ``docs/architecture.md`` for how its parts depend on each other.

The public names are those of the catalog modules below (each defines ``__all__``); a name
that is not here gets an AttributeError naming the nearest one.
"""

from typing import Any

from flet import _era as _era
from flet import alignment as alignment
from flet import animation as animation
from flet import app as _app
from flet import border as border
from flet import border_radius as border_radius
from flet import canvas as canvas
from flet import colors as colors
from flet import dropdown as dropdown
from flet import dropdownm2 as dropdownm2
from flet import events as _events
from flet import icons as icons
from flet import map as map  # ft.map after `import flet`; not in __all__ (builtin map)
from flet import margin as margin
from flet import padding as padding
from flet import routing as _routing
from flet import transform as transform
from flet.app import *  # noqa: F403
from flet.controls import audio as _audio
from flet.controls import buttons as _buttons
from flet.controls import camera as _camera
from flet.controls import charts as _charts
from flet.controls import cupertino as _cupertino
from flet.controls import cupertino_nav as _cupertino_nav
from flet.controls import device as _device
from flet.controls import dialogs as _dialogs
from flet.controls import drag_handle as _drag_handle
from flet.controls import dropdown as _dropdown
from flet.controls import figure_charts as _figure_charts
from flet.controls import file_picker as _file_picker
from flet.controls import gestures as _gestures
from flet.controls import inputs as _inputs
from flet.controls import layout as _layout
from flet.controls import lists as _lists
from flet.controls import lottie_rive as _lottie_rive
from flet.controls import material_more as _material_more
from flet.controls import media as _media
from flet.controls import misc_controls as _misc_controls
from flet.controls import more_charts as _more_charts
from flet.controls import more_services as _more_services
from flet.controls import navigation as _navigation
from flet.controls import page as _page
from flet.controls import pickers as _pickers
from flet.controls import raw_image as _raw_image
from flet.controls import screenshot as _screenshot
from flet.controls import sensors as _sensors
from flet.controls import services as _services
from flet.controls import surfaces as _surfaces
from flet.controls import tabs as _tabs
from flet.controls import text as _text
from flet.controls import user_control as _user_control
from flet.controls import video as _video
from flet.controls import webview as _webview
from flet.controls import wrappers as _wrappers
from flet.controls.audio import *  # noqa: F403
from flet.controls.buttons import *  # noqa: F403
from flet.controls.camera import *  # noqa: F403
from flet.controls.canvas import Canvas as Canvas
from flet.controls.charts import *  # noqa: F403
from flet.controls.cupertino import *  # noqa: F403
from flet.controls.cupertino_nav import *  # noqa: F403
from flet.controls.device import *  # noqa: F403
from flet.controls.dialogs import *  # noqa: F403
from flet.controls.drag_handle import *  # noqa: F403
from flet.controls.dropdown import *  # noqa: F403
from flet.controls.dropdown_m2 import DropdownM2 as DropdownM2
from flet.controls.figure_charts import *  # noqa: F403
from flet.controls.file_picker import *  # noqa: F403
from flet.controls.gestures import *  # noqa: F403
from flet.controls.inputs import *  # noqa: F403
from flet.controls.layout import *  # noqa: F403
from flet.controls.lists import *  # noqa: F403
from flet.controls.lottie_rive import *  # noqa: F403
from flet.controls.material_more import *  # noqa: F403
from flet.controls.media import *  # noqa: F403
from flet.controls.misc_controls import *  # noqa: F403
from flet.controls.more_charts import *  # noqa: F403
from flet.controls.more_services import *  # noqa: F403
from flet.controls.navigation import *  # noqa: F403
from flet.controls.page import *  # noqa: F403
from flet.controls.pickers import *  # noqa: F403
from flet.controls.raw_image import *  # noqa: F403
from flet.controls.screenshot import *  # noqa: F403
from flet.controls.sensors import *  # noqa: F403
from flet.controls.services import *  # noqa: F403
from flet.controls.surfaces import *  # noqa: F403
from flet.controls.tabs import *  # noqa: F403
from flet.controls.text import *  # noqa: F403
from flet.controls.user_control import *  # noqa: F403
from flet.controls.video import *  # noqa: F403
from flet.controls.webview import *  # noqa: F403
from flet.controls.wrappers import *  # noqa: F403
from flet.core.client_types import UnknownControlTypeError as UnknownControlTypeError
from flet.core.control import Control as Control
from flet.core.control import ControlNotMountedError as ControlNotMountedError
from flet.core.props import PropertyError as PropertyError
from flet.core.props import suggest
from flet.core.ref import Ref as Ref
from flet.events import *  # noqa: F403
from flet.routing import *  # noqa: F403
from flet.session.threads import PageDisconnectedException as PageDisconnectedException
from flet.values import camera as _camera_values
from flet.values import colors as _colors
from flet.values import cupertino_colors as _cupertino_colors
from flet.values import enums as _enums
from flet.values import geometry as _geometry
from flet.values import icons as _icons
from flet.values import material as _material_values
from flet.values import painting as _painting
from flet.values import styles as _styles
from flet.values import theme as _theme
from flet.values.camera import *  # noqa: F403
from flet.values.colors import *  # noqa: F403
from flet.values.cupertino_colors import *  # noqa: F403
from flet.values.enums import *  # noqa: F403
from flet.values.geometry import *  # noqa: F403
from flet.values.icons import *  # noqa: F403
from flet.values.material import *  # noqa: F403
from flet.values.painting import *  # noqa: F403
from flet.values.styles import *  # noqa: F403
from flet.values.theme import *  # noqa: F403

Padding = Insets  # noqa: F405
Margin = Insets  # noqa: F405
FletPageDisconnectedException = PageDisconnectedException  # Flet 1.0's name

__version__ = "0.1.0"

_MODULES = (
    _app,
    _routing,
    _audio,
    _lottie_rive,
    _video,
    _webview,
    _buttons,
    _camera,
    _charts,
    _more_charts,
    _figure_charts,
    _cupertino,
    _cupertino_nav,
    _device,
    _dialogs,
    _drag_handle,
    _screenshot,
    _raw_image,
    _dropdown,
    _file_picker,
    _gestures,
    _inputs,
    _layout,
    _lists,
    _material_more,
    _media,
    _misc_controls,
    _more_services,
    _navigation,
    _page,
    _pickers,
    _sensors,
    _services,
    _surfaces,
    _tabs,
    _text,
    _user_control,
    _wrappers,
    _events,
    _camera_values,
    _colors,
    _cupertino_colors,
    _enums,
    _geometry,
    _icons,
    _material_values,
    _painting,
    _styles,
    _theme,
)

__all__ = sorted(
    {
        *(name for module in _MODULES for name in module.__all__),
        "Control",
        "ControlNotMountedError",
        "FletPageDisconnectedException",
        "PageDisconnectedException",
        "Margin",
        "Padding",
        "PropertyError",
        "Ref",
        "UnknownControlTypeError",
        "alignment",
        "animation",
        "border",
        "border_radius",
        "Canvas",
        "canvas",
        "colors",
        "dropdown",
        "dropdownm2",
        "DropdownM2",
        "icons",
        "margin",
        "padding",
        "transform",
    }
)


def __getattr__(name: str) -> Any:
    """A missing name: say so, and name the nearest one (``ft.Dropdwn`` → ``Dropdown``)."""
    if name.startswith("__"):
        raise AttributeError(name)
    era = _era.era_module(name)  # ft.page.Page, ft.control_event.ControlEvent, ft.version...
    if era is not None:
        return era
    raise AttributeError(
        f"module 'flet' has no attribute {name!r}.{suggest(name, __all__)} "
        "The supported controls are listed in README.md."
    )
