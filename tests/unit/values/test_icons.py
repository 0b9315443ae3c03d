"""Icon codes: the generated tables, lookups, errors and the seed-era ``flet.icons`` module."""

from __future__ import annotations

import os
import re

import pytest

import flet.icons
from flet.values import icons as icons_module
from flet.values.icons import CupertinoIcons, Icons, UnknownIconError, icon_code

MATERIAL_CODES = {
    "ADD": 65604,
    "CHECK": 66861,
    "DELETE": 67411,
    "FAVORITE": 68258,
    "HOME": 69217,
    "SEND": 72181,
    "SETTINGS": 72245,
}


def header_count(file_name: str) -> int:
    path = os.path.join(os.path.dirname(icons_module.__file__), "_data", file_name)
    with open(path, encoding="utf-8") as handle:
        header = handle.readline()
    match = re.search(r"count=(\d+)", header)
    assert match is not None, header
    return int(match.group(1))


@pytest.mark.parametrize(("name", "code"), MATERIAL_CODES.items())
def test_material_codes_match_the_client(name: str, code: int) -> None:
    assert getattr(Icons, name) == code
    assert Icons.get(name) == code


def test_cupertino_codes_match_the_client() -> None:
    assert CupertinoIcons.ADD == 131072
    assert CupertinoIcons.HOME == 131725


@pytest.mark.parametrize(
    ("icon_set", "file_name", "count", "set_id"),
    [(Icons, "material_icons.txt", 8825, 1), (CupertinoIcons, "cupertino_icons.txt", 1322, 2)],
)
def test_tables_hold_every_icon_in_code_order(
    icon_set: type[Icons], file_name: str, count: int, set_id: int
) -> None:
    assert header_count(file_name) == count
    assert len(icon_set) == len(icon_set.names()) == count
    assert len(set(icon_set.names())) == count
    codes = list(icon_set)
    assert codes == list(range(set_id << 16, (set_id << 16) + count))
    assert icon_set.name_of(codes[-1]) == icon_set.names()[-1]
    assert icon_set.name_of(codes[-1] + 1) is None


def test_every_name_resolves_in_any_case() -> None:
    for name in Icons.names():
        code = getattr(Icons, name)
        assert icon_code(name.lower()) == code
        assert Icons.name_of(code) == name
    for name in CupertinoIcons.names():
        assert icon_code(f"cupertino:{name.lower()}") == getattr(CupertinoIcons, name)


@pytest.mark.parametrize("value", ["add", "ADD", "Add", " add ", "material:add"])
def test_icon_code_accepts_material_names(value: str) -> None:
    assert icon_code(value) == 65604


@pytest.mark.parametrize("value", ["cupertino:home", "CUPERTINO.HOME", "cupertino_home"])
def test_icon_code_accepts_cupertino_names(value: str) -> None:
    assert icon_code(value) == 131725


def test_icon_code_passes_ints_through() -> None:
    assert icon_code(Icons.SEND) == 72181
    assert icon_code(1234) == 1234


@pytest.mark.parametrize("value", [1.5, True, None, b"add"])
def test_icon_code_rejects_other_types(value: object) -> None:
    with pytest.raises(TypeError, match=r"ft\.Icons"):
        icon_code(value)  # type: ignore[arg-type]


def test_unknown_string_suggests_close_names() -> None:
    with pytest.raises(ValueError, match="did you mean DELETE") as info:
        icon_code("delet")
    assert isinstance(info.value, UnknownIconError)
    assert info.value.suggestions[0] == "DELETE"


def test_unknown_string_points_to_the_other_set() -> None:
    with pytest.raises(UnknownIconError, match="Cupertino has HEART_FILL"):
        icon_code("heart_fill")


def test_unknown_attribute_is_an_attribute_error_with_a_suggestion() -> None:
    with pytest.raises(AttributeError, match="did you mean SETTINGS"):
        _ = Icons.SETINGS
    with pytest.raises(AttributeError, match="did you mean HOME"):
        _ = CupertinoIcons.HOMEE
    assert getattr(Icons, "NO_SUCH_ICON", None) is None
    assert not hasattr(Icons, "NO_SUCH_ICON")


def test_lowercase_attribute_says_names_are_upper_case() -> None:
    with pytest.raises(AttributeError, match="upper case: ADD"):
        _ = Icons.add


def test_membership_and_dir() -> None:
    assert "add" in Icons
    assert "ADD" in Icons
    assert "nope" not in Icons
    assert "ADD" in dir(Icons)
    assert "get" in dir(Icons)


def test_random_is_a_code_of_the_set() -> None:
    assert Icons.name_of(Icons.random()) is not None
    assert CupertinoIcons.name_of(CupertinoIcons.random()) is not None


def test_seed_era_module() -> None:
    assert flet.icons.ADD == 65604
    assert flet.icons.CupertinoIcons.HOME == 131725
    assert "ADD" in dir(flet.icons)
    with pytest.raises(AttributeError, match="did you mean ADD"):
        _ = flet.icons.ADDD
    namespace: dict[str, object] = {}
    exec("from flet.icons import *", namespace)
    assert namespace["Icons"] is Icons
