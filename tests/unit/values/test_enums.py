"""Enumerations: string values the client knows, async-era names, plain strings accepted."""

from __future__ import annotations

import enum
import re
import zipfile

import pytest

import flet as ft
from flet.values import enums

STR_ENUMS = [
    getattr(enums, name)
    for name in enums.__all__
    if isinstance(getattr(enums, name), type) and issubclass(getattr(enums, name), enum.StrEnum)
]

# a window name (any string is valid), not an enum of the client
NOT_CLIENT_ENUMS = {ft.UrlTarget}
# members both SDKs have that the 1.0.5 client lacks (it falls back to its default)
CLIENT_GAPS = {"FloatingActionButtonLocation.MINI_END_DOCKED": "miniEndDocked"}


def test_members_are_their_wire_strings() -> None:
    assert ft.MainAxisAlignment.SPACE_BETWEEN == "spaceBetween"
    assert ft.CrossAxisAlignment.STRETCH == "stretch"
    assert ft.FontWeight.W_600 == "w600"
    assert ft.TextAlign.CENTER == "center"
    assert ft.ScrollMode.AUTO == "auto"
    assert ft.ThemeMode.DARK == "dark"
    assert ft.KeyboardType.EMAIL == "email"
    assert ft.ImageFit.COVER == "cover"
    assert ft.AnimationCurve.EASE_IN_OUT == "easeInOut"
    assert ft.FloatingActionButtonLocation.END_FLOAT == "endFloat"


def test_async_era_names_are_kept() -> None:
    assert ft.MaterialState.HOVERED is ft.ControlState.HOVERED
    assert ft.ImageFit is ft.BoxFit
    assert ft.ShadowBlurStyle is ft.BlurStyle
    assert ft.ThemeVisualDensity.ADAPTIVEPLATFORMDENSITY == "adaptivePlatformDensity"
    assert ft.MarkdownCodeTheme.ROUTEROS == ft.MarkdownCodeTheme.ROUTERS == "routeros"
    assert ft.CupertinoDatePickerDateOrder.MONTH_YEAR_DAY == "mdy"
    assert ft.UrlTarget.BLANK == "_blank"
    assert ft.InputBorder.OUTLINE == "outline"
    assert ft.NavigationDrawerPosition.END == "end"


def test_non_string_enums() -> None:
    assert ft.TextDecoration.UNDERLINE | ft.TextDecoration.OVERLINE == 3
    assert ft.BorderSideStrokeAlign.OUTSIDE == 1.0
    assert ft.VerticalAlignment.START == -1.0


def test_plain_strings_are_accepted_as_members() -> None:
    assert ft.MainAxisAlignment("spaceBetween") is ft.MainAxisAlignment.SPACE_BETWEEN
    assert {ft.TextAlign.CENTER: 1}["center"] == 1


def test_every_enum_module_is_reexported() -> None:
    for name in ("TextThemeStyle", "BlendMode", "TabAlignment", "DatePickerMode"):
        assert getattr(ft, name) is getattr(enums, name)


def client_js() -> str:
    """The 1.0.5 client's ``main.dart.js``, lower-cased (it compares enum names so)."""
    from flet.publish.cache import ensure_pinned
    from flet.publish.options import default_cache_dir
    from flet.publish.target import CLIENT

    wheel, _ = ensure_pinned(CLIENT, default_cache_dir() / "client", ())
    with zipfile.ZipFile(wheel) as zf:
        return zf.read("flet_web/web/main.dart.js").decode().lower()


def knows(js: str, value: str) -> bool:
    """A string literal ``"value"``, or a key of an enum map (``{bouncein:0,...}``)."""
    value = value.lower()
    return f'"{value}"' in js or re.search(rf"[{{,]{re.escape(value)}:", js) is not None


@pytest.mark.host_only
def test_every_value_is_a_string_the_client_knows() -> None:
    js = client_js()
    unknown = {
        f"{cls.__name__}.{member.name}": member.value
        for cls in STR_ENUMS
        if cls not in NOT_CLIENT_ENUMS
        for member in cls
        if not knows(js, member.value)
    }
    assert unknown == CLIENT_GAPS
