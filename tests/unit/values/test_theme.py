"""Theme, ColorScheme, TextTheme, PageTransitionsTheme and component themes."""

from __future__ import annotations

import pytest

import flet as ft


def test_seed_theme_is_what_flet_sends() -> None:
    """protocol §9.3: ``Theme(color_scheme_seed="green")``."""
    assert ft.Theme(color_scheme_seed="green").to_wire() == {
        "color_scheme_seed": "green",
        "page_transitions": {},
    }


def test_theme_fields_and_nested_values() -> None:
    theme = ft.Theme(
        font_family="Roboto",
        use_material3=True,
        visual_density=ft.VisualDensity.COMPACT,
        color_scheme=ft.ColorScheme(primary=ft.Colors.BLUE, on_primary="white"),
        text_theme=ft.TextTheme(body_medium=ft.TextStyle(size=15)),
        page_transitions=ft.PageTransitionsTheme(android=ft.PageTransitionTheme.ZOOM),
        scaffold_bgcolor="#fafafa",
    )
    assert theme.to_wire() == {
        "font_family": "Roboto",
        "use_material3": True,
        "visual_density": "compact",
        "color_scheme": {"primary": "blue", "on_primary": "white"},
        "text_theme": {"body_medium": {"size": 15}},
        "page_transitions": {"android": "zoom"},
        "scaffold_bgcolor": "#fafafa",
    }


def test_async_era_theme_fields_are_translated() -> None:
    theme = ft.Theme(
        primary_swatch=ft.Colors.RED,
        card_color="grey",
        dialog_bgcolor="white",
        indicator_color="pink",
        shadow_color="black",
        tabs_theme=ft.TabsTheme(label_color="blue"),
        primary_color="orange",
        visual_density=ft.ThemeVisualDensity.COMFORTABLE,
    )
    assert theme.to_wire() == {
        "color_scheme_seed": "red",
        "card_bgcolor": "grey",
        "dialog_theme": {"bgcolor": "white"},
        "tab_bar_theme": {"indicator_color": "pink", "label_color": "blue"},
        "color_scheme": {"shadow": "black"},
        "visual_density": "comfortable",
        "page_transitions": {},
    }
    assert theme.primary_color == "orange"  # kept in Python; the client does not read it


def test_explicit_1_0_5_fields_win_over_async_era_ones() -> None:
    theme = ft.Theme(
        color_scheme_seed="green",
        primary_swatch="red",
        dialog_bgcolor="white",
        dialog_theme=ft.DialogTheme(bgcolor="black"),
    )
    wire = theme.to_wire()
    assert wire["color_scheme_seed"] == "green"
    assert wire["dialog_theme"] == {"bgcolor": "black"}


def test_color_scheme_renamed_roles() -> None:
    scheme = ft.ColorScheme(background="white", on_background="black", surface_variant="grey")
    assert scheme.to_wire() == {
        "surface": "white",
        "on_surface": "black",
        "surface_container_highest": "grey",
    }
    assert ft.ColorScheme(background="a", surface="b").to_wire() == {"surface": "b"}


def test_component_themes() -> None:
    appbar = ft.AppBarTheme(bgcolor="blue", foreground_color="white", surface_tint_color="x")
    assert appbar.to_wire() == {"bgcolor": "blue", "color": "white"}
    assert appbar.foreground_color == "white" and appbar.center_title is None
    checkbox = ft.CheckboxTheme(fill_color={ft.ControlState.SELECTED: "green", "": "white"})
    assert checkbox.to_wire() == {"fill_color": {"selected": "green", "default": "white"}}
    card = ft.CardTheme(shape=ft.RoundedRectangleBorder(radius=4), elevation=2)
    assert card.to_wire() == {"shape": {"_type": "roundedRectangle", "radius": 4}, "elevation": 2}
    assert ft.TabsTheme is ft.TabBarTheme
    assert ft.CardTheme(elevation=1) == ft.CardTheme(elevation=1)
    assert ft.Theme(card_theme=card).to_wire()["card_theme"]["elevation"] == 2


def test_component_theme_rejects_unknown_fields_naming_the_nearest() -> None:
    with pytest.raises(ft.UnknownThemeFieldError, match="did you mean 'bgcolor'"):
        ft.AppBarTheme(bgcolr="red")
    theme = ft.AppBarTheme()
    with pytest.raises(ft.UnknownThemeFieldError, match="did you mean 'bgcolor'"):
        theme.bgcolr = "red"


def test_component_theme_fields_change_as_the_era_dataclasses_did() -> None:
    theme = ft.AppBarTheme(bgcolor="red")
    theme.bgcolor = "blue"
    theme.center_title = True
    assert theme.to_wire() == {"bgcolor": "blue", "center_title": True}
    theme.bgcolor = None
    assert theme.to_wire() == {"center_title": True}


def test_tab_bar_theme_indicator_tab_size_is_sent_as_indicator_size() -> None:
    assert ft.TabBarTheme(indicator_tab_size=True).to_wire() == {"indicator_size": "tab"}
    assert ft.TabsTheme(indicator_tab_size=False).to_wire() == {"indicator_size": "label"}
    # the 1.0.5 name wins when both are given
    both = ft.TabBarTheme(indicator_tab_size=True, indicator_size="label")
    assert both.to_wire() == {"indicator_size": "label"}
