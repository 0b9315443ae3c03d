"""Values the client reports go through the property's declaration: what fits is kept (and
decoded), what does not raises PropertyError, whatever the value's size or depth."""

import datetime as dt
import math

import pytest

import flet as ft
from flet.core.props import Prop, PropertyError


def decl(cls: type, name: str) -> Prop:
    found = cls.declared_props[name]
    assert found.client
    return found


def deep_map(depth: int) -> dict:
    value: dict = {"k": 1}
    for _ in range(depth):
        value = {"k": value}
    return value


@pytest.mark.parametrize(
    ("cls", "name", "value", "read_as"),
    [
        (ft.TextField, "value", "typed text", "typed text"),
        (ft.TextField, "value", "", ""),
        (ft.Checkbox, "value", True, True),
        (ft.Slider, "value", 10, 10.0),  # dart2js reports 10.0 as 10
        (ft.Slider, "value", 2**63, float(2**63)),  # a number property takes any int
        (ft.Tabs, "selected_index", 2, 2),
        (ft.Page, "width", 1000, 1000),
        (ft.Page, "media", {"padding": {"top": 0}}, {"padding": {"top": 0}}),
        (ft.Dropdown, "value", "a", "a"),
        (ft.DatePicker, "value", dt.datetime(2024, 1, 2, tzinfo=dt.UTC), None),
        (ft.TimePicker, "value", dt.time(9, 5), dt.time(9, 5)),
        (ft.Checkbox, "value", None, None),  # unset
    ],
)
def test_values_that_fit_are_taken_as_the_property_reads_them(cls, name, value, read_as):
    taken = decl(cls, name).from_client(value)
    assert taken == (value if read_as is None else read_as)
    assert type(taken) is type(value if read_as is None else read_as)


@pytest.mark.parametrize(
    ("cls", "name", "value", "reason"),
    [
        (
            ft.TextField,
            "value",
            deep_map(30),
            "value takes a string or a number; the client sent a dict",
        ),
        (ft.TextField, "value", [1, 2], "the client sent a list"),
        (ft.TextField, "value", True, "the client sent a bool"),
        (ft.TextField, "value", math.nan, "the client sent a float"),
        (ft.Checkbox, "value", [True], "value takes a bool; the client sent a list"),
        (ft.Checkbox, "value", 1, "value takes a bool; the client sent an int"),
        (ft.Checkbox, "value", "true", "the client sent a str"),
        (ft.Tabs, "selected_index", 2**63, "selected_index takes an int; the client sent an int"),
        (ft.Tabs, "selected_index", -(2**31) - 1, "the client sent an int"),
        (ft.Tabs, "selected_index", 1.5, "the client sent a float"),
        (ft.Tabs, "selected_index", False, "the client sent a bool"),
        (ft.Slider, "value", math.inf, "value takes a number; the client sent a float"),
        (ft.Slider, "value", -math.inf, "the client sent a float"),
        (ft.Slider, "value", "5", "the client sent a str"),
        (ft.Page, "width", {"w": 1}, "width takes a number; the client sent a dict"),
        (ft.Page, "media", {1: "x"}, "media takes a dict with string keys; the client sent a dict"),
        (ft.Page, "media", "landscape", "the client sent a str"),
        (ft.Page, "platform", b"linux", "platform takes a string; the client sent a bytes"),
        (ft.DatePicker, "value", "2024-01-02", "the client sent a str"),
        (ft.TimePicker, "value", dt.timedelta(1), "the client sent a timedelta"),
    ],
)
def test_values_that_do_not_fit_raise_without_printing_the_value(cls, name, value, reason):
    with pytest.raises(PropertyError, match=reason) as raised:
        decl(cls, name).from_client(value)
    assert len(str(raised.value)) < 120


def test_a_property_without_declared_types_takes_scalars_from_the_client():
    free = Prop(client=True)
    free.__set_name__(ft.Text, "free")
    assert free.from_client("x") == "x" and free.from_client(1.5) == 1.5
    with pytest.raises(PropertyError, match="free takes a string or a number or a bool"):
        free.from_client({"a": 1})
