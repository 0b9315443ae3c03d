"""``ft.Ref``: filled by ``ref=`` on any control, never sent to the client."""

import pytest

import flet as ft
from flet.core.snapshot import encode_value


def test_ref_current_is_none_until_a_control_takes_it():
    name = ft.Ref[ft.TextField]()
    assert name.current is None
    field = ft.TextField(label="Name", ref=name)
    assert name.current is field
    assert field.ref is name


def test_any_control_takes_ref_and_the_last_one_wins():
    ref = ft.Ref[ft.Control]()
    for control in (ft.Text("a"), ft.Column(), ft.ElevatedButton("b"), ft.TextSpan("c")):
        control.ref = ref
        assert ref.current is control
    ft.Container(ref=ref)
    assert isinstance(ref.current, ft.Container)


def test_a_user_control_passes_ref_through_its_init():
    class Greeter(ft.UserControl):
        def __init__(self, who, ref=None):
            super().__init__(ref=ref)
            self.who = who

        def build(self):
            return ft.Text(f"Hello, {self.who}")

    ref = ft.Ref[Greeter]()
    greeter = Greeter("Ann", ref=ref)
    assert ref.current is greeter


def test_ref_is_not_a_wire_property():
    text = ft.Text("x", ref=ft.Ref())
    assert "ref" not in type(text).declared_props
    assert "ref" not in type(text).by_wire
    assert encode_value(text.value) == "x"


def test_something_else_than_a_ref_is_refused_with_the_fix():
    with pytest.raises(ft.PropertyError, match=r"ft.Ref\(\), not str.*ft.Ref\[ft.Text\]\(\)"):
        ft.Text("x", ref="name")
