import pytest

import flet as ft
from flet.core.ids import IdRegistry
from flet.core.lifecycle import prepare
from flet.core.snapshot import take_snapshot, to_wire


def wire(control: ft.Control) -> dict:
    """The wire map of ``control`` as the first thing a session would send."""
    prepare(control)
    return to_wire(take_snapshot(control, IdRegistry(control)), 1)


def test_positional_and_named_arguments_set_declared_properties():
    text = ft.Text("Hi", size=20, color="red400")
    assert (text.value, text.size, text.color) == ("Hi", 20, "red400")


def test_unknown_property_names_the_control_and_suggests():
    with pytest.raises(ft.PropertyError, match=r"Text\(\) has no property 'colour'.*'color'"):
        ft.Text("x", colour="red")


def test_wrong_type_says_what_the_property_takes():
    with pytest.raises(ft.PropertyError, match=r"Text.size takes a number.*not str"):
        ft.Text("x", size="big")


def test_too_many_positional_arguments_is_an_error():
    with pytest.raises(ft.PropertyError, match="positional"):
        ft.Text("a", "b")


def test_children_must_be_controls():
    with pytest.raises(ft.PropertyError, match=r"wrap text in ft\.Text"):
        ft.Column(["not a control"])


def test_handlers_must_be_callable():
    with pytest.raises(ft.PropertyError, match="takes a function"):
        ft.ElevatedButton("x", on_click="nope")


def test_none_and_client_defaults_are_not_sent_and_data_stays_in_python():
    sent = wire(ft.Text("0", size=None, visible=True, opacity=1.0, data={"n": 1}))
    assert sent == {"_c": "Text", "_i": 1, "value": "0"}


def test_numbers_show_as_text():
    assert wire(ft.Text(5))["value"] == "5"


def test_handlers_become_flags():
    sent = wire(ft.ElevatedButton("OK", on_click=lambda e: None))
    assert sent == {"_c": "Button", "_i": 1, "content": "OK", "on_click": True}


def test_elevated_button_is_sent_as_button_with_style_in_internals():
    sent = wire(ft.ElevatedButton("OK", bgcolor="red", color="white"))
    assert sent["_c"] == "Button"
    assert "bgcolor" not in sent and "color" not in sent
    assert sent["_internals"] == {"style": {"color": "white", "bgcolor": "red", "elevation": 1}}


def test_icons_go_out_as_client_codes_from_constants_and_names():
    assert wire(ft.Icon(ft.icons.ADD))["icon"] == 65604
    assert wire(ft.Icon(name="settings"))["icon"] == 72245
    assert wire(ft.IconButton(ft.Icons.HOME))["icon"] == 69217


def test_enums_and_plain_strings_reach_the_wire_as_the_same_string():
    by_enum = wire(ft.Row([], alignment=ft.MainAxisAlignment.SPACE_BETWEEN))
    by_text = wire(ft.Row([], alignment="spaceBetween"))
    assert by_enum["alignment"] == by_text["alignment"] == "spaceBetween"


def test_value_objects_encode_to_maps():
    sent = wire(
        ft.Container(
            ft.Text("c"),
            padding=10,
            margin=ft.margin.all(5),
            alignment=ft.alignment.center,
            border_radius=ft.border_radius.all(8),
            width=100,
        )
    )
    assert sent["margin"] == {"left": 5, "top": 5, "right": 5, "bottom": 5}
    assert sent["alignment"] == {"x": 0, "y": 0}
    assert sent["border_radius"] == {
        "top_left": 8,
        "top_right": 8,
        "bottom_left": 8,
        "bottom_right": 8,
    }
    assert sent["_internals"] == {"skip_properties": ["width", "height", "margin"]}
    assert sent["content"]["value"] == "c"


def test_column_and_row_host_expanded_children():
    assert wire(ft.Column([ft.Text("a")], expand=True))["_internals"] == {"host_expanded": True}


def test_seed_era_aliases():
    field = ft.TextField(helper_text="help", error_text="bad")
    assert (field.helper, field.error) == ("help", "bad")
    button = ft.ElevatedButton(text="Go")
    assert button.text == "Go" and wire(button)["content"] == "Go"


def test_user_control_builds_once_into_a_stack():
    calls = []

    class Greeting(ft.UserControl):
        def build(self):
            calls.append(1)
            return ft.Text("hi")

    greeting = Greeting()
    sent = wire(greeting)
    prepare(greeting)
    assert calls == [1]
    assert sent["_c"] == "Stack" and sent["controls"][0]["value"] == "hi"


def test_update_of_a_control_that_is_on_no_page_says_how_to_fix():
    with pytest.raises(ft.ControlNotMountedError, match=r"page\.add"):
        ft.Text("x").update()
