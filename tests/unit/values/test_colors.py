"""Colour names: the generated table, with_opacity, seed-era names and ``flet.colors``."""

from __future__ import annotations

import re

import pytest

import flet.colors
from flet.values._data import material_colors
from flet.values.colors import (
    DEPRECATED_COLORS,
    Colors,
    InvalidOpacityError,
    UnknownColorError,
    normalize_color,
    with_opacity,
)

WIRE_VALUES = {
    "RED": "red",
    "RED_400": "red400",
    "BLUE_GREY_100": "bluegrey100",
    "RED_ACCENT_100": "redaccent100",
    "DEEP_ORANGE_ACCENT_700": "deeporangeaccent700",
    "WHITE54": "white54",
    "WHITE_54": "white54",
    "BLACK12": "black12",
    "BLACK_12": "black12",
    "TRANSPARENT": "transparent",
    "PRIMARY": "primary",
    "ON_PRIMARY": "onprimary",
    "SURFACE_CONTAINER_HIGHEST": "surfacecontainerhighest",
    "ON_SURFACE_VARIANT": "onsurfacevariant",
}


def constant_names() -> list[str]:
    return [name for name in vars(material_colors.MaterialColors) if name.isupper()]


@pytest.mark.parametrize(("name", "value"), WIRE_VALUES.items())
def test_wire_values(name: str, value: str) -> None:
    assert getattr(Colors, name) == value


def test_every_value_is_a_plain_lowercase_string() -> None:
    for name in constant_names():
        value = getattr(Colors, name)
        assert type(value) is str
        assert value == name.replace("_", "").lower()
        assert re.fullmatch(r"[a-z]+[0-9]*", value)


def test_the_table_holds_flet_1_0_5s_colours() -> None:
    match = re.search(r"\((\d+) names\)", material_colors.__doc__ or "")
    assert match is not None
    assert int(match.group(1)) == 352
    assert len(constant_names()) == 352 + len(material_colors.SEED_SPELLINGS)
    assert len(Colors) == len(list(Colors)) == len(set(Colors)) == 352
    assert "red400" in Colors
    assert "RED400" in Colors
    assert "red1000" not in Colors


def test_seed_spellings_name_the_same_colour() -> None:
    assert len(material_colors.SEED_SPELLINGS) == 14
    for old, new in material_colors.SEED_SPELLINGS.items():
        assert getattr(Colors, old) == getattr(Colors, new)


@pytest.mark.parametrize(
    ("opacity", "color", "expected"),
    [(0.5, Colors.RED, "red,0.5"), (0, "#ff0000", "#ff0000,0"), (1, "primary", "primary,1")],
)
def test_with_opacity(opacity: float, color: str, expected: str) -> None:
    assert with_opacity(opacity, color) == expected
    assert Colors.with_opacity(opacity, color) == expected


@pytest.mark.parametrize("opacity", [-0.1, 1.5, True, "0.5"])
def test_with_opacity_rejects_bad_opacity(opacity: object) -> None:
    with pytest.raises(InvalidOpacityError, match=r"0\.0"):
        with_opacity(opacity, "red")  # type: ignore[arg-type]


@pytest.mark.parametrize(("old", "new"), DEPRECATED_COLORS.items())
def test_deprecated_roles_map_to_their_replacements(old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"Colors.{new}") as record:
        value = getattr(Colors, old)
    assert value == getattr(Colors, new)
    assert record[0].filename == __file__


def test_deprecated_role_through_the_seed_era_module() -> None:
    with pytest.warns(DeprecationWarning, match="SURFACE_CONTAINER_HIGHEST") as record:
        value = flet.colors.SURFACE_VARIANT
    assert value == "surfacecontainerhighest"
    assert record[0].filename == __file__


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("background", "surface"),
        ("onBackground", "onsurface"),
        ("surfaceVariant,0.5", "surfacecontainerhighest,0.5"),
        ("red400", "red400"),
        ("#ABCDEF,0.3", "#ABCDEF,0.3"),
    ],
)
def test_normalize_color(value: str, expected: str) -> None:
    assert normalize_color(value) == expected


def test_unknown_name_suggests_close_names() -> None:
    with pytest.raises(UnknownColorError, match="did you mean BLUE_GREY") as info:
        _ = Colors.BLU_GREY
    assert isinstance(info.value, AttributeError)
    assert getattr(Colors, "NO_SUCH_COLOUR", None) is None


def test_lowercase_name_says_names_are_upper_case() -> None:
    with pytest.raises(AttributeError, match="upper case: RED"):
        _ = Colors.red


def test_random() -> None:
    assert Colors.random() in Colors
    assert Colors.random(exclude=list(Colors)) is None
    only_red = {color: 0 for color in Colors} | {"red": 1}
    assert Colors.random(weights=only_red) == "red"


def test_seed_era_module() -> None:
    assert flet.colors.RED == "red"
    assert flet.colors.WHITE54 == "white54"
    assert flet.colors.with_opacity(0.5, flet.colors.RED) == "red,0.5"
    assert "BLUE_GREY_100" in dir(flet.colors)
    with pytest.raises(AttributeError, match="did you mean GREEN"):
        _ = flet.colors.GREEM
