"""Themes: ``page.theme = ft.Theme(color_scheme_seed="green")`` and what a theme holds.

``Theme`` takes the fields of both eras. The async-era ones 1.0.5 dropped are translated
where the client has an equivalent (``primary_swatch`` seeds the colour scheme when
``color_scheme_seed`` is unset, ``card_color`` is ``card_bgcolor``, ``tabs_theme`` is
``tab_bar_theme``, ``dialog_bgcolor``/``indicator_color``/``shadow_color`` go into the dialog,
tab bar and colour-scheme maps) and kept in Python only otherwise (``primary_color*``).
Component themes (``AppBarTheme``...) live in ``theme_components``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flet.values import theme_components
from flet.values._plain import DataValue, plain
from flet.values.enums import PageTransitionTheme, VisualDensity
from flet.values.styles import TextStyle
from flet.values.theme_components import *  # noqa: F403
from flet.values.theme_components import ComponentTheme

__all__ = sorted(
    [
        "ColorScheme",
        "PageTransitionsTheme",
        "TextTheme",
        "Theme",
        *theme_components.__all__,
    ]
)

Component = ComponentTheme | dict[str, Any] | None


@dataclass(slots=True)
class PageTransitionsTheme(DataValue):
    """The route-change animation per platform (``ft.PageTransitionTheme.ZOOM``...)."""

    android: PageTransitionTheme | str | None = None
    ios: PageTransitionTheme | str | None = None
    linux: PageTransitionTheme | str | None = None
    macos: PageTransitionTheme | str | None = None
    windows: PageTransitionTheme | str | None = None


# async-era ColorScheme fields Flutter renamed → their 1.0.5 names
_SCHEME_RENAMED = {
    "background": "surface",
    "on_background": "on_surface",
    "surface_variant": "surface_container_highest",
}


@dataclass(slots=True)
class ColorScheme(DataValue):
    """Colour roles overriding those derived from the seed (``primary="blue"``...)."""

    primary: str | None = None
    on_primary: str | None = None
    primary_container: str | None = None
    on_primary_container: str | None = None
    secondary: str | None = None
    on_secondary: str | None = None
    secondary_container: str | None = None
    on_secondary_container: str | None = None
    tertiary: str | None = None
    on_tertiary: str | None = None
    tertiary_container: str | None = None
    on_tertiary_container: str | None = None
    error: str | None = None
    on_error: str | None = None
    error_container: str | None = None
    on_error_container: str | None = None
    background: str | None = None
    on_background: str | None = None
    surface: str | None = None
    on_surface: str | None = None
    surface_variant: str | None = None
    on_surface_variant: str | None = None
    outline: str | None = None
    outline_variant: str | None = None
    shadow: str | None = None
    scrim: str | None = None
    inverse_surface: str | None = None
    on_inverse_surface: str | None = None
    inverse_primary: str | None = None
    surface_tint: str | None = None
    on_primary_fixed: str | None = None
    on_secondary_fixed: str | None = None
    on_tertiary_fixed: str | None = None
    on_primary_fixed_variant: str | None = None
    on_secondary_fixed_variant: str | None = None
    on_tertiary_fixed_variant: str | None = None
    primary_fixed: str | None = None
    secondary_fixed: str | None = None
    tertiary_fixed: str | None = None
    primary_fixed_dim: str | None = None
    secondary_fixed_dim: str | None = None
    surface_bright: str | None = None
    surface_container: str | None = None
    surface_container_high: str | None = None
    surface_container_highest: str | None = None
    surface_container_low: str | None = None
    surface_container_lowest: str | None = None
    surface_dim: str | None = None
    tertiary_fixed_dim: str | None = None

    def to_wire(self) -> dict[str, Any]:
        wire = DataValue.to_wire(self)
        for old, new in _SCHEME_RENAMED.items():
            value = wire.pop(old, None)
            if value is not None:
                wire.setdefault(new, value)
        return wire


@dataclass(slots=True)
class TextTheme(DataValue):
    """Text styles per Material role (``ft.Text(theme_style=ft.TextThemeStyle.TITLE_LARGE)``)."""

    body_large: TextStyle | None = None
    body_medium: TextStyle | None = None
    body_small: TextStyle | None = None
    display_large: TextStyle | None = None
    display_medium: TextStyle | None = None
    display_small: TextStyle | None = None
    headline_large: TextStyle | None = None
    headline_medium: TextStyle | None = None
    headline_small: TextStyle | None = None
    label_large: TextStyle | None = None
    label_medium: TextStyle | None = None
    label_small: TextStyle | None = None
    title_large: TextStyle | None = None
    title_medium: TextStyle | None = None
    title_small: TextStyle | None = None


@dataclass(slots=True)
class Theme(DataValue):
    """A page's (or a container's) Material theme.

    ``page_transitions`` is always sent, as Flet 1.0.5 does: the client then uses Flet's
    per-platform transitions instead of Flutter's defaults.
    """

    color_scheme_seed: str | None = None
    primary_swatch: str | None = None
    font_family: str | None = None
    use_material3: bool | None = None
    appbar_theme: Component = None
    badge_theme: Component = None
    banner_theme: Component = None
    bottom_appbar_theme: Component = None
    bottom_sheet_theme: Component = None
    button_theme: Component = None
    card_theme: Component = None
    checkbox_theme: Component = None
    chip_theme: Component = None
    color_scheme: ColorScheme | dict[str, Any] | None = None
    data_table_theme: Component = None
    date_picker_theme: Component = None
    dialog_theme: Component = None
    divider_theme: Component = None
    expansion_tile_theme: Component = None
    floating_action_button_theme: Component = None
    icon_theme: Component = None
    list_tile_theme: Component = None
    navigation_bar_theme: Component = None
    navigation_drawer_theme: Component = None
    navigation_rail_theme: Component = None
    page_transitions: PageTransitionsTheme = field(default_factory=PageTransitionsTheme)
    popup_menu_theme: Component = None
    splash_color: str | None = None
    highlight_color: str | None = None
    hover_color: str | None = None
    focus_color: str | None = None
    unselected_control_color: str | None = None
    disabled_color: str | None = None
    canvas_color: str | None = None
    scaffold_bgcolor: str | None = None
    card_color: str | None = None
    divider_color: str | None = None
    dialog_bgcolor: str | None = None
    indicator_color: str | None = None
    hint_color: str | None = None
    shadow_color: str | None = None
    secondary_header_color: str | None = None
    primary_color: str | None = None
    primary_color_dark: str | None = None
    primary_color_light: str | None = None
    primary_text_theme: TextTheme | None = None
    progress_indicator_theme: Component = None
    radio_theme: Component = None
    scrollbar_theme: Component = None
    search_bar_theme: Component = None
    search_view_theme: Component = None
    segmented_button_theme: Component = None
    slider_theme: Component = None
    snackbar_theme: Component = None
    switch_theme: Component = None
    system_overlay_style: Component = None
    tabs_theme: Component = None
    text_theme: TextTheme | None = None
    time_picker_theme: Component = None
    tooltip_theme: Component = None
    visual_density: VisualDensity | str | None = None
    card_bgcolor: str | None = None
    tab_bar_theme: Component = None
    dropdown_theme: Component = None
    outlined_button_theme: Component = None
    text_button_theme: Component = None
    filled_button_theme: Component = None
    icon_button_theme: Component = None

    def to_wire(self) -> dict[str, Any]:
        wire = DataValue.to_wire(self)
        for name in ("primary_color", "primary_color_dark", "primary_color_light"):
            wire.pop(name, None)  # ThemeData.primaryColor*: the 1.0.5 client does not read them
        _move(wire, "primary_swatch", "color_scheme_seed")
        _move(wire, "card_color", "card_bgcolor")
        _move(wire, "tabs_theme", "tab_bar_theme")
        _move_into(wire, "dialog_bgcolor", "dialog_theme", "bgcolor")
        _move_into(wire, "indicator_color", "tab_bar_theme", "indicator_color")
        _move_into(wire, "shadow_color", "color_scheme", "shadow")
        return wire


def _move(wire: dict[str, Any], old: str, new: str) -> None:
    """An async-era key sent under its 1.0.5 name, unless that one is set too."""
    value = wire.pop(old, None)
    if value is not None:
        wire.setdefault(new, value)


def _move_into(wire: dict[str, Any], old: str, group: str, key: str) -> None:
    """An async-era top-level colour that 1.0.5 reads inside a component map."""
    value = wire.pop(old, None)
    if value is not None:
        wire[group] = {key: value, **plain(wire.get(group) or {})}
