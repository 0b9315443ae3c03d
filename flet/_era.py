"""The async era's module names: ``ft.page.Page``, ``ft.control_event.ControlEvent``,
``from flet_core.page import Page``, ``from flet.core.types import AppView``...

Flet 0.21-0.24 kept each control in a module of ``flet_core`` (re-exported by ``flet``, which
made ``ft.page`` and the like reachable), and 0.25 moved them to ``flet.core``. Apps name those
modules in annotations and imports. Each such name here is a small module whose attributes are
the names of ``flet`` (one namespace: ``ft.page.Page is ft.Page``); a name that is a real
module of this package (``flet.canvas``, ``flet.colors``) is that module instead.

Importing this module adds one finder at the end of ``sys.meta_path`` for ``flet_core.<name>``
and ``flet.core.<name>``; real modules are found before it.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Sequence
from typing import Any

__all__ = ["ERA_MODULES", "EraModule", "era_module"]

# module names of ``flet_core`` (0.24.1) and ``flet.core`` (0.25.2)
_NAMES = """
    adaptive_control ads alert_dialog alignment animated_switcher animation app_bar audio
    audio_recorder auto_complete autofill_group badge banner blur border border_radius
    bottom_app_bar bottom_sheet box button buttons canvas card charts checkbox chip
    circle_avatar client_storage colors column constrained_control container control
    control_event cupertino_action_sheet cupertino_action_sheet_action
    cupertino_activity_indicator cupertino_alert_dialog cupertino_app_bar
    cupertino_bottom_sheet cupertino_button cupertino_checkbox cupertino_colors
    cupertino_context_menu cupertino_context_menu_action cupertino_date_picker
    cupertino_dialog_action cupertino_filled_button cupertino_icons cupertino_list_tile
    cupertino_navigation_bar cupertino_picker cupertino_radio cupertino_segmented_button
    cupertino_slider cupertino_sliding_segmented_button cupertino_switch cupertino_textfield
    cupertino_timer_picker datatable date_picker dismissible divider drag_target draggable
    dropdown elevated_button event event_handler expansion_panel expansion_tile file_picker
    filled_button filled_tonal_button flashlight floating_action_button form_field_control
    geolocator gesture_detector gradients grid_view haptic_feedback icon icon_button icons
    image inline_span interactive_viewer list_tile list_view lottie map margin markdown
    matplotlib_chart menu_bar menu_item_button merge_semantics navigation_bar
    navigation_drawer navigation_rail outlined_button padding page pagelet painting
    permission_handler placeholder plotly_chart popup_menu_button progress_bar progress_ring
    pubsub querystring radio radio_group range_slider ref responsive_row rive row safe_area
    scrollable_control search_bar segmented_button selection_area semantics
    semantics_service session_storage shader_mask shake_detector slider snack_bar stack
    submenu_button switch tabs template_route text text_button text_span text_style
    textfield theme time_picker tooltip transform transparent_pointer types user_control
    utils version vertical_divider video view webview window_drag_area
"""
ERA_MODULES = frozenset(_NAMES.split())

# names an era module gave that ``flet`` spells another way: (module, name) -> flet's name
_RENAMED = {("event", "Event"): "ControlEvent"}

_PREFIXES = ("flet_core.", "flet.core.")


class EraModule(types.ModuleType):
    """An era module name: its attributes are those of ``flet``."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        short = self.__name__.rpartition(".")[2]
        flet = sys.modules["flet"]
        try:
            return getattr(flet, _RENAMED.get((short, name), name))
        except AttributeError as exc:
            raise AttributeError(
                f"module {self.__name__!r} has no attribute {name!r} here: {exc}"
            ) from None


def era_module(name: str) -> types.ModuleType | None:
    """``ft.<name>`` for an era module name: the real ``flet.<name>`` if there is one, else
    an :class:`EraModule`; ``None`` if ``name`` is not an era module name."""
    if name not in ERA_MODULES:
        return None
    real = _real_module(name)
    if real is not None:
        return real
    full = f"flet_core.{name}"
    module = sys.modules.get(full)
    if module is None:
        module = sys.modules[full] = EraModule(full)
    return module


def _real_module(name: str) -> types.ModuleType | None:
    full = f"flet.{name}"
    if full in sys.modules:
        return sys.modules[full]
    if importlib.util.find_spec(full) is None:
        return None
    return importlib.import_module(full)


class _Loader(importlib.abc.Loader):
    def __init__(self, module: types.ModuleType) -> None:
        self._module = module

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return self._module

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing to run: the module is an alias or an :class:`EraModule`."""


class _Finder(importlib.abc.MetaPathFinder):
    """Finds ``flet_core.<name>`` and ``flet.core.<name>`` for era module names."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        prefix = next((p for p in _PREFIXES if fullname.startswith(p)), None)
        if prefix is None:
            return None
        name = fullname[len(prefix) :]
        if name not in ERA_MODULES:
            return None
        module = _real_module(name) or EraModule(fullname)
        return importlib.machinery.ModuleSpec(fullname, _Loader(module))


if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
    sys.meta_path.append(_Finder())
