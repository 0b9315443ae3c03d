"""Component themes (``Theme.appbar_theme``, ``checkbox_theme``...), declared as data.

Each theme is a set of optional fields the client reads by name (the 1.0.5 SDK's field names);
apps pass them as keywords: ``ft.AppBarTheme(bgcolor="blue", center_title=True)``. Fields of
the async era that 1.0.5 renamed are translated (``TabsTheme`` is ``TabBarTheme``,
``AppBarTheme(foreground_color=...)`` is sent as ``color``); those the client no longer reads
(``surface_tint_color``...) are kept in Python only. Any field may be a per-state map.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any, ClassVar

from flet.values._plain import state_value
from flet.values.wire import WireValue

# the client's field names for each component theme (1.0.5)
_FIELDS: dict[str, str] = {
    "ScrollbarTheme": (
        "thumb_visibility thickness track_visibility radius thumb_color track_color "
        "track_border_color cross_axis_margin main_axis_margin min_thumb_length interactive"
    ),
    "TabBarTheme": (
        "indicator_size indicator indicator_animation splash_border_radius tab_alignment "
        "overlay_color divider_color indicator_color mouse_cursor divider_height label_color "
        "unselected_label_color label_padding label_text_style unselected_label_text_style"
    ),
    "SystemOverlayStyle": (
        "status_bar_color system_navigation_bar_color system_navigation_bar_divider_color "
        "enforce_system_navigation_bar_contrast enforce_system_status_bar_contrast "
        "system_navigation_bar_icon_brightness status_bar_brightness "
        "status_bar_icon_brightness"
    ),
    "DialogTheme": (
        "bgcolor shadow_color icon_color elevation shape title_text_style content_text_style "
        "alignment actions_padding clip_behavior barrier_color inset_padding"
    ),
    "ButtonTheme": "style",
    "OutlinedButtonTheme": "style",
    "TextButtonTheme": "style",
    "FilledButtonTheme": "style",
    "IconButtonTheme": "style",
    "BottomSheetTheme": (
        "bgcolor elevation shape show_drag_handle clip_behavior size_constraints "
        "barrier_color drag_handle_color shadow_color"
    ),
    "CardTheme": "color shadow_color elevation shape clip_behavior margin",
    "ChipTheme": (
        "color bgcolor shadow_color selected_shadow_color disabled_color selected_color "
        "check_color delete_icon_color elevation elevation_on_click shape padding "
        "label_padding label_text_style border_side show_checkmark leading_size_constraints "
        "delete_icon_size_constraints brightness"
    ),
    "FloatingActionButtonTheme": (
        "bgcolor hover_color focus_color foreground_color splash_color elevation "
        "focus_elevation hover_elevation highlight_elevation disabled_elevation shape "
        "enable_feedback extended_padding text_style icon_label_spacing "
        "extended_size_constraints size_constraints"
    ),
    "NavigationRailTheme": (
        "bgcolor indicator_color elevation indicator_shape unselected_label_text_style "
        "selected_label_text_style label_type min_width min_extended_width group_alignment "
        "use_indicator"
    ),
    "AppBarTheme": (
        "color bgcolor shadow_color elevation shape title_text_style toolbar_text_style "
        "center_title title_spacing elevation_on_scroll toolbar_height actions_padding"
    ),
    "BottomAppBarTheme": "bgcolor shadow_color elevation height padding shape",
    "RadioTheme": "fill_color overlay_color splash_radius visual_density mouse_cursor",
    "CheckboxTheme": (
        "overlay_color check_color fill_color splash_radius border_side visual_density shape "
        "mouse_cursor"
    ),
    "BadgeTheme": "bgcolor text_color small_size large_size alignment padding offset text_style",
    "SwitchTheme": (
        "thumb_color track_color overlay_color track_outline_color thumb_icon "
        "track_outline_width splash_radius mouse_cursor padding"
    ),
    "DividerTheme": "color thickness space leading_indent trailing_indent",
    "SnackBarTheme": (
        "bgcolor action_text_color action_bgcolor close_icon_color disabled_action_text_color "
        "disabled_action_bgcolor elevation content_text_style width show_close_icon "
        "dismiss_direction behavior shape inset_padding action_overflow_threshold"
    ),
    "BannerTheme": (
        "bgcolor shadow_color divider_color padding leading_padding elevation content_text_style"
    ),
    "DatePickerTheme": (
        "bgcolor shadow_color divider_color header_bgcolor today_bgcolor day_bgcolor "
        "day_overlay_color day_foreground_color elevation range_picker_elevation "
        "day_text_style weekday_text_style year_text_style shape cancel_button_style "
        "confirm_button_style header_foreground_color header_headline_text_style "
        "header_help_text_style range_picker_bgcolor range_picker_header_bgcolor "
        "range_picker_header_foreground_color today_foreground_color range_picker_shape "
        "range_picker_header_help_text_style range_picker_header_headline_text_style "
        "range_selection_bgcolor range_selection_overlay_color today_border_side year_bgcolor "
        "year_foreground_color year_overlay_color day_shape"
    ),
    "TimePickerTheme": (
        "bgcolor day_period_color day_period_text_color dial_bgcolor dial_hand_color "
        "dial_text_color entry_mode_icon_color hour_minute_color hour_minute_text_color "
        "day_period_button_style cancel_button_style confirm_button_style "
        "day_period_text_style dial_text_style help_text_style hour_minute_text_style "
        "elevation shape day_period_shape hour_minute_shape day_period_border_side padding "
        "time_selector_separator_color time_selector_separator_text_style"
    ),
    "DropdownTheme": "menu_style text_style",
    "ListTileTheme": (
        "icon_color text_color bgcolor selected_tile_color selected_color is_three_line "
        "enable_feedback dense shape visual_density content_padding min_vertical_padding "
        "horizontal_spacing min_leading_width title_text_style subtitle_text_style "
        "leading_and_trailing_text_style mouse_cursor min_height affinity style "
        "title_alignment"
    ),
    "TooltipTheme": (
        "text_style enable_feedback exclude_from_semantics prefer_below vertical_offset "
        "padding wait_duration exit_duration show_duration margin trigger_mode decoration "
        "text_align size_constraints"
    ),
    "ExpansionTileTheme": (
        "bgcolor icon_color text_color collapsed_bgcolor collapsed_icon_color clip_behavior "
        "collapsed_text_color tile_padding expanded_alignment controls_padding shape "
        "collapsed_shape animation_style"
    ),
    "SliderTheme": (
        "active_track_color inactive_track_color thumb_color overlay_color "
        "value_indicator_color disabled_thumb_color value_indicator_text_style mouse_cursor "
        "active_tick_mark_color disabled_active_tick_mark_color disabled_active_track_color "
        "disabled_inactive_tick_mark_color disabled_inactive_track_color "
        "disabled_secondary_active_track_color inactive_tick_mark_color "
        "overlapping_shape_stroke_color min_thumb_separation secondary_active_track_color "
        "track_height value_indicator_stroke_color interaction padding track_gap thumb_size "
        "year_2023"
    ),
    "ProgressIndicatorTheme": (
        "color circular_track_color linear_track_color refresh_bgcolor linear_min_height "
        "border_radius track_gap circular_track_padding size_constraints stop_indicator_color "
        "stop_indicator_radius stroke_align stroke_cap stroke_width year_2023"
    ),
    "PopupMenuTheme": (
        "color shadow_color icon_color label_text_style enable_feedback elevation icon_size "
        "shape menu_position mouse_cursor menu_padding"
    ),
    "SearchBarTheme": (
        "bgcolor text_capitalization shadow_color overlay_color elevation text_style "
        "hint_style shape padding size_constraints border_side"
    ),
    "SearchViewTheme": (
        "bgcolor divider_color elevation header_hint_text_style header_text_style shape "
        "border_side size_constraints header_height padding bar_padding shrink_wrap"
    ),
    "NavigationDrawerTheme": (
        "bgcolor shadow_color indicator_color elevation tile_height label_text_style "
        "indicator_shape indicator_size icon_theme"
    ),
    "NavigationBarTheme": (
        "bgcolor shadow_color indicator_color overlay_color elevation height label_text_style "
        "indicator_shape label_behavior label_padding"
    ),
    "SegmentedButtonTheme": "selected_icon style",
    "IconTheme": "color apply_text_scaling fill opacity size optical_size grade weight shadows",
    "DataTableTheme": (
        "checkbox_horizontal_margin column_spacing data_row_max_height data_row_min_height "
        "data_row_color data_text_style divider_thickness horizontal_margin "
        "heading_text_style heading_row_color heading_row_height data_row_cursor decoration "
        "heading_row_alignment heading_cell_cursor"
    ),
}

# async-era field names → the 1.0.5 names, per theme (None: not read by the client any more)
_RENAMED: dict[str, dict[str, str | None]] = {
    "AppBarTheme": {"foreground_color": "color", "scroll_elevation": "elevation_on_scroll"},
    "BottomAppBarTheme": {"color": "bgcolor"},
    "BottomSheetTheme": {
        "modal_barrier_color": "barrier_color",
        "modal_bgcolor": None,
        "modal_elevation": None,
    },
    "ChipTheme": {
        "checkmark_color": "check_color",
        "click_elevation": "elevation_on_click",
        "avatar_constraints": "leading_size_constraints",
        "secondary_selected_color": None,
        "secondary_label_text_style": None,
    },
    "FloatingActionButtonTheme": {
        "extended_text_style": "text_style",
        "extended_icon_label_spacing": "icon_label_spacing",
    },
    "ListTileTheme": {"min_tile_height": "min_height"},
    "DatePickerTheme": {"range_picker_surface_tint_color": None, "locale": None},
    "PopupMenuTheme": {"text_style": "label_text_style"},
    "RadioTheme": {"height": None},
    "TooltipTheme": {"height": None},
    "SnackBarTheme": {"alignment": None},
    "TabBarTheme": {"indicator_tab_size": "indicator_size"},
}


def _indicator_size(tab_size: Any) -> str:
    return "tab" if tab_size else "label"


# async-era values that 1.0.5 reads in another form, per theme and (async-era) field
_CONVERTED: dict[str, dict[str, Callable[[Any], Any]]] = {
    "TabBarTheme": {"indicator_tab_size": _indicator_size},  # a bool → "tab" / "label"
}
_EVERYWHERE: dict[str, str | None] = {"surface_tint_color": None}


class UnknownThemeFieldError(TypeError):
    """A component theme was given a field the client does not know."""


class ComponentTheme(WireValue):
    """A set of named theme fields; ``to_wire()`` sends those that are set.

    Fields may be changed after construction (``theme.indicator_color = "red"``), as the
    async era's dataclasses allowed; the next update sends the change.
    """

    __slots__ = ("_values",)
    fields: ClassVar[frozenset[str]] = frozenset()
    renamed: ClassVar[dict[str, str | None]] = {}
    converted: ClassVar[dict[str, Callable[[Any], Any]]] = {}

    def __init__(self, **values: Any) -> None:
        for name in values:
            self._check(name)
        object.__setattr__(self, "_values", {k: v for k, v in values.items() if v is not None})

    def _check(self, name: str) -> None:
        if name not in self.fields and name not in self.renamed:
            hint = difflib.get_close_matches(name, sorted(self.fields), n=1)
            raise UnknownThemeFieldError(
                f"{type(self).__name__} has no field {name!r}"
                + (f"; did you mean {hint[0]!r}?" if hint else "")
                + f" Its fields: {', '.join(sorted(self.fields))}."
            )

    def __getattr__(self, name: str) -> Any:
        if name in self.fields or name in self.renamed:
            values: dict[str, Any] = object.__getattribute__(self, "_values")
            return values.get(name)
        raise AttributeError(f"{type(self).__name__!r} has no field {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        self._check(name)
        if value is None:
            self._values.pop(name, None)
        else:
            self._values[name] = value

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._values == self._values

    __hash__ = None  # type: ignore[assignment]  # mutable, as dataclasses with eq are

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._values.items())
        return f"{type(self).__name__}({args})"

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        for name, value in self._values.items():
            target = self.renamed.get(name, name)
            if target is None or (target != name and target in self._values):
                continue  # not read by the client, or the 1.0.5 name is set as well
            convert = self.converted.get(name)
            wire[target] = state_value(value if convert is None else convert(value))
        return wire


def _theme_class(name: str) -> type[ComponentTheme]:
    renamed = {**_EVERYWHERE, **_RENAMED.get(name, {})}
    attrs = {
        "__slots__": (),
        "__doc__": f"``{name}`` fields: {_FIELDS[name]}.",
        "fields": frozenset(_FIELDS[name].split()),
        "renamed": renamed,
        "converted": _CONVERTED.get(name, {}),
        "__module__": __name__,
    }
    return type(name, (ComponentTheme,), attrs)


THEMES: dict[str, type[ComponentTheme]] = {name: _theme_class(name) for name in _FIELDS}
THEMES["TabsTheme"] = THEMES["TabBarTheme"]  # async-era name
THEMES["DropdownMenuTheme"] = THEMES["DropdownTheme"]  # async-era name
globals().update(THEMES)

__all__ = ["THEMES", "ComponentTheme", "UnknownThemeFieldError", *sorted(THEMES)]
