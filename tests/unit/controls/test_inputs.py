"""TextField, Checkbox, Switch, Radio/RadioGroup, Slider, RangeSlider, SearchBar on the wire.

Wire shapes follow protocol §12.3 and the 1.0.5 SDK; events and echoes follow what the 1.0.5
client sends (§10.1, checked in its main.dart.js): an UPDATE_CONTROL_PROPS echo, then the event.
"""

import pytest

import flet as ft
from flet.protocol import Action
from flet.session import InvokeMethodError
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


async def user_changes(client, control, props, event=None, data=None):
    """What the client does when the user changes ``control``: echo ``props``, then ``event``."""
    client.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": props})
    control.props.update(props)
    if event is not None:
        client.fire(control, event, data)
    await client.settle()


async def user_acts(client, control, event, data=None):
    """An event with no echo (focus, tap...), handled before the next one."""
    client.fire(control, event, data)
    await client.settle()


def handled(make_control, changes, settle=0.01, methods=None):
    """Run a session showing ``make_control(seen)``, apply ``changes(client)``, return seen."""

    async def scenario():
        seen = []

        def main(page):
            page.add(make_control(seen))

        client, _ = await start(main, methods=methods)
        await changes(client)
        await client.settle(settle)
        return seen, client

    return run(scenario())


# -- TextField -------------------------------------------------------------------------------


def test_textfield_golden_sample():
    field = ft.TextField(
        label="Name", value="x", on_change=print, on_submit=print, password=True, hint_text="h"
    )
    assert client_view(field) == {
        "_c": "TextField",
        "label": "Name",
        "hint_text": "h",
        "value": "x",
        "password": True,
        "on_change": True,
        "on_submit": True,
    }


def test_textfield_async_era_text_properties_become_1_0_5_text_or_control():
    field = ft.TextField(
        prefix_text="$",
        suffix_text="kg",
        helper_text="help",
        error_text="bad",
        counter_text="{value_length}/10",
    )
    assert client_view(field) == {
        "_c": "TextField",
        "prefix": "$",
        "suffix": "kg",
        "helper": "help",
        "error": "bad",
        "counter": "{value_length}/10",
    }


def test_textfield_prefix_suffix_label_and_icons_take_controls_or_values():
    field = ft.TextField(
        label=ft.Text("L"),
        prefix=ft.Icon(ft.Icons.ADD),
        suffix="s",
        prefix_icon=ft.Icons.SEARCH,
        suffix_icon=ft.IconButton(ft.Icons.CLEAR),
        icon="home",
    )
    assert client_view(field) == {
        "_c": "TextField",
        "label": {"_c": "Text", "value": "L"},
        "prefix": {"_c": "Icon", "icon": 65604},
        "suffix": "s",
        "prefix_icon": ft.Icons.SEARCH,
        "suffix_icon": {"_c": "IconButton", "icon": ft.Icons.CLEAR},
        "icon": 69217,
    }


def test_textfield_text_or_control_reads_back_what_was_set_last():
    icon = ft.Icon(ft.Icons.ADD)
    field = ft.TextField(prefix_text="$")
    assert field.prefix == "$" and field.prefix_text == "$"
    field.prefix = icon
    assert field.prefix is icon and field._prefix_value is None
    field.prefix = "€"
    assert field.prefix == "€" and field._prefix_control is None


def test_textfield_input_options():
    field = ft.TextField(
        multiline=True,
        min_lines=2,
        max_lines=4,
        max_length=10,
        can_reveal_password=True,
        keyboard_type=ft.KeyboardType.EMAIL,
        capitalization="words",
        text_align=ft.TextAlign.RIGHT,
        read_only=True,
        autofocus=True,
        text_size=14,
        color="blue",
        input_filter=ft.InputFilter(regex_string="[a-z]", allow=False, replacement_string="_"),
        text_vertical_align=-1.0,
    )
    view = client_view(field)
    assert view == {
        "_c": "TextField",
        "multiline": True,
        "min_lines": 2,
        "max_lines": 4,
        "max_length": 10,
        "can_reveal_password": True,
        "keyboard_type": "email",
        "capitalization": "words",
        "text_align": "right",
        "read_only": True,
        "autofocus": True,
        "text_size": 14,
        "color": "blue",
        "text_vertical_align": -1.0,
        "input_filter": {
            "regex_string": "[a-z]",
            "allow": False,
            "replacement_string": "_",
            "multiline": False,
            "case_sensitive": True,
            "unicode": False,
            "dot_all": False,
        },
    }


def test_numbers_and_text_only_filters_are_the_1_0_5_patterns():
    assert ft.NumbersOnlyInputFilter().regex_string == r"^[0-9]*$"
    assert ft.TextOnlyInputFilter().regex_string == r"^[a-zA-Z]*$"


@pytest.mark.parametrize(
    ("border", "wire"),
    [
        (ft.InputBorder.OUTLINE, {"_type": "outline"}),
        ("underline", {"_type": "underline"}),
        (ft.InputBorder.NONE, {"_type": "none"}),
        (ft.OutlineInputBorder(border_radius=8), {"_type": "outline", "border_radius": 8}),
    ],
)
def test_textfield_border_is_sent_as_a_typed_map(border, wire):
    view = client_view(ft.TextField(border=border, border_color="red", border_radius=4))
    assert view["border"] == wire
    assert view["border_color"] == "red" and view["border_radius"] == 4


def test_textfield_background_colours_fill_the_field_unless_filled_is_set():
    assert client_view(ft.TextField(bgcolor="red"))["filled"] is True
    assert client_view(ft.TextField(bgcolor="red", filled=False))["filled"] is False
    assert "filled" not in client_view(ft.TextField())


def test_textfield_value_reads_empty_before_typing_and_numbers_are_sent_as_text():
    assert ft.TextField().value == ""
    assert client_view(ft.TextField(5))["value"] == "5"


def test_textfield_typed_text_submit_focus_and_blur_reach_handlers():
    def field(seen):
        def log(e):
            seen.append((e.name, e.data, e.control.value))

        return ft.TextField(on_change=log, on_submit=log, on_focus=log, on_blur=log)

    async def typing(client):
        tf = client.find("TextField")
        await user_acts(client, tf, "focus")
        await user_changes(client, tf, {"value": "hi"}, "change", "hi")
        await user_acts(client, tf, "submit", "hi")
        await user_acts(client, tf, "blur")

    seen, _ = handled(field, typing)
    assert seen == [
        ("focus", None, ""),
        ("change", "hi", "hi"),
        ("submit", "hi", "hi"),
        ("blur", None, "hi"),
    ]


def test_textfield_focus_sends_a_new_focus_token_each_time():
    async def scenario():
        def main(page):
            field = ft.TextField()
            page.add(field, ft.ElevatedButton("f", on_click=lambda e: field.focus()))

        client, _ = await start(main)
        button = client.find("Button", "f")
        await client.click(button)
        first = client.find("TextField").props["focus"]
        await client.click(button)
        assert client.find("TextField").props["focus"] != first

    run(scenario())


# -- Checkbox and Switch ---------------------------------------------------------------------


def test_checkbox_wire_shape_and_async_era_spellings():
    box = ft.Checkbox("Agree", True, tristate=True, is_error=True, on_change=print)
    assert client_view(box) == {
        "_c": "Checkbox",
        "label": "Agree",
        "value": True,
        "tristate": True,
        "error": True,
        "on_change": True,
    }
    assert ft.Checkbox().value is False


def test_checkbox_colours_by_state():
    box = ft.Checkbox(
        fill_color={ft.ControlState.HOVERED: "red", ft.ControlState.DEFAULT: "blue"},
        check_color="white",
        label=ft.Text("L"),
        label_position=ft.LabelPosition.LEFT,
    )
    assert client_view(box) == {
        "_c": "Checkbox",
        "fill_color": {"hovered": "red", "default": "blue"},
        "check_color": "white",
        "label": {"_c": "Text", "value": "L"},
        "label_position": "left",
    }


@pytest.mark.parametrize("kind", ["Checkbox", "Switch"])
def test_toggles_are_current_in_the_handler(kind):
    def toggle(seen):
        control = getattr(ft, kind)(label="t")
        control.on_change = lambda e: seen.append((e.data, e.control.value))
        return control

    async def click(client):
        await client.toggle(client.find(kind), True)
        await client.toggle(client.find(kind), False)

    seen, _ = handled(toggle, click)
    assert seen == [("true", True), ("false", False)]


def test_tristate_checkbox_echoes_none():
    def box(seen):
        box = ft.Checkbox(tristate=True, value=True)
        box.on_change = lambda e: seen.append((e.data, e.control.value))
        return box

    async def third_state(client):
        await user_changes(client, client.find("Checkbox"), {"value": None}, "change", None)

    seen, client = handled(box, third_state)
    assert seen == [(None, None)]
    assert client.find("Checkbox").props.get("value") is None


def test_switch_wire_shape_and_label_style_alias():
    switch = ft.Switch(
        "Wi-Fi",
        value=True,
        label_style=ft.TextStyle(size=12),
        active_color="green",
        thumb_color={ft.ControlState.SELECTED: "white"},
    )
    assert client_view(switch) == {
        "_c": "Switch",
        "label": "Wi-Fi",
        "value": True,
        "label_text_style": {"size": 12},
        "active_color": "green",
        "thumb_color": {"selected": "white"},
    }


# -- Radio and RadioGroup --------------------------------------------------------------------


def radio_group(on_change=None, value=None):
    column = ft.Column([ft.Radio(value="a", label="A"), ft.Radio(value="b", label="B")])
    return ft.RadioGroup(content=column, value=value, on_change=on_change)


def test_radio_group_wire_shape():
    assert client_view(radio_group(print, "a")) == {
        "_c": "RadioGroup",
        "value": "a",
        "on_change": True,
        "content": {
            "_c": "Column",
            "_internals": {"host_expanded": True},
            "controls": [
                {"_c": "Radio", "label": "A", "value": "a"},
                {"_c": "Radio", "label": "B", "value": "b"},
            ],
        },
    }


def test_radio_group_change_carries_the_value_and_updates_the_model():
    def group(seen):
        return radio_group(lambda e: seen.append((e.data, e.control.value)))

    async def pick(client):
        await user_changes(client, client.find("RadioGroup"), {"value": "b"}, "change", "b")

    seen, _ = handled(group, pick)
    assert seen == [("b", "b")]


# -- Slider and RangeSlider ------------------------------------------------------------------


def test_slider_wire_shape_and_defaults():
    slider = ft.Slider(value=0.3, min=0, max=10, divisions=5, label="{value}", round=1)
    assert client_view(slider) == {
        "_c": "Slider",
        "value": 0.3,
        "min": 0,
        "max": 10,
        "divisions": 5,
        "label": "{value}",
        "round": 1,
    }
    unset = ft.Slider()
    assert (unset.value, unset.min, unset.max) == (None, 0.0, 1.0)
    assert client_view(ft.Slider()) == {"_c": "Slider"}


def test_slider_events_carry_the_value():
    def slider(seen):
        def log(e):
            seen.append((e.name, e.data, e.control.value))

        return ft.Slider(on_change=log, on_change_start=log, on_change_end=log)

    async def drag(client):
        control = client.find("Slider")
        await user_acts(client, control, "change_start", 0.0)
        await user_changes(client, control, {"value": 0.5}, "change", 0.5)
        await user_acts(client, control, "change_end", 0.5)

    seen, _ = handled(slider, drag)
    assert seen == [
        ("change_start", "0.0", None),
        ("change", "0.5", 0.5),
        ("change_end", "0.5", 0.5),
    ]


def test_range_slider_echoes_both_values_before_change():
    def slider(seen):
        control = ft.RangeSlider(2, 7, min=0, max=10, divisions=10)
        control.on_change = lambda e: seen.append((e.data, control.start_value, control.end_value))
        return control

    async def drag(client):
        control = client.find("RangeSlider")
        await user_changes(client, control, {"start_value": 3, "end_value": 6}, "change", None)

    seen, client = handled(slider, drag)
    assert seen == [(None, 3, 6)]
    assert client.find("RangeSlider").props["start_value"] == 3


def test_range_slider_wire_shape():
    slider = ft.RangeSlider(start_value=2, end_value=7, max=10, label="{value}", on_change=print)
    assert client_view(slider) == {
        "_c": "RangeSlider",
        "start_value": 2,
        "end_value": 7,
        "max": 10,
        "label": "{value}",
        "on_change": True,
    }


# -- SearchBar -------------------------------------------------------------------------------


def test_search_bar_wire_shape():
    bar = ft.SearchBar(
        controls=[ft.ListTile(title=ft.Text("one"))],
        bar_hint_text="Search",
        view_hint_text="Pick",
        bar_leading=ft.Icon(ft.Icons.SEARCH),
        bar_bgcolor={ft.ControlState.HOVERED: "red"},
        bar_surface_tint_color="blue",
        on_change=print,
        on_submit=print,
        on_tap=print,
    )
    assert client_view(bar) == {
        "_c": "SearchBar",
        "controls": [{"_c": "ListTile", "title": {"_c": "Text", "value": "one"}}],
        "bar_hint_text": "Search",
        "view_hint_text": "Pick",
        "bar_leading": {"_c": "Icon", "icon": ft.Icons.SEARCH},
        "bar_bgcolor": {"hovered": "red"},
        "on_change": True,
        "on_submit": True,
        "on_tap": True,
    }


def test_search_bar_typing_and_submit_reach_handlers_with_the_value():
    def bar(seen):
        def log(e):
            seen.append((e.name, e.data, e.control.value))

        return ft.SearchBar(on_change=log, on_submit=log, on_tap=log)

    async def search(client):
        control = client.find("SearchBar")
        await user_acts(client, control, "tap")
        await user_changes(client, control, {"value": "fl"}, "change", "fl")
        await user_changes(client, control, {"value": "fl"}, "submit", "fl")

    seen, _ = handled(bar, search)
    assert seen == [("tap", None, ""), ("change", "fl", "fl"), ("submit", "fl", "fl")]


def test_search_bar_open_and_close_view_call_the_client_from_sync_handlers():
    calls = []

    def bar(seen):
        control = ft.SearchBar(value="x")

        def close(e):
            control.close_view("picked")

        seen.append(control)
        return ft.Column(
            [
                control,
                ft.ElevatedButton("open", on_click=lambda e: control.open_view()),
                ft.ElevatedButton("close", on_click=close),
            ]
        )

    async def use(client):
        await client.click(client.find("Button", "open"))
        await client.click(client.find("Button", "close"))

    methods = {
        "open_view": lambda c, args: calls.append(("open_view", args)),
        "close_view": lambda c, args: calls.append(("close_view", args)),
    }
    seen, _ = handled(bar, use, methods=methods)
    assert calls == [("open_view", {}), ("close_view", {"text": "picked"})]
    assert seen[0].value == "picked"


def test_search_bar_methods_are_awaitable_and_raise_client_errors():
    async def scenario():
        outcome = []

        async def main(page):
            bar = ft.SearchBar()
            await page.add_async(bar)
            await bar.open_view_async()
            outcome.append("opened")
            with pytest.raises(InvokeMethodError, match="Unknown method: close_view"):
                await bar.close_view()
            outcome.append("raised")

        client, _ = await start(main, methods={"open_view": lambda c, a: None})
        await client.settle(1)
        return outcome

    assert run(scenario()) == ["opened", "raised"]


def test_methods_of_a_control_not_on_a_page_say_how_to_fix():
    with pytest.raises(ft.ControlNotMountedError, match=r"page.add"):
        ft.SearchBar().open_view()


def test_slider_values_read_as_floats_as_in_flet_025_even_when_the_browser_reports_ints():
    async def scenario():
        seen = []
        slider = ft.Slider(value=0, min=0, max=100, divisions=10)
        rng = ft.RangeSlider(start_value=1, end_value=9, min=0, max=10)

        def on_change(e):
            seen.append(repr(e.control.value))

        slider.on_change = on_change

        def main(page):
            page.add(slider, rng)

        client, _ = await start(main)
        before = len(client.patches())
        await client.toggle(client.find("Slider"), 10)
        client.send(
            Action.UPDATE_CONTROL_PROPS,
            {"id": client.find("RangeSlider").id, "props": {"start_value": 2, "end_value": 8}},
        )
        await client.settle()
        return seen, len(client.patches()) - before, rng.start_value, rng.end_value

    assert ft.Slider(value=5).value == 5.0 and isinstance(ft.Slider(value=5).value, float)
    seen, patches, start_value, end_value = run(scenario())
    assert seen == ["10.0"]
    assert patches == 0  # the echo is not sent back
    assert (repr(start_value), repr(end_value)) == ("2.0", "8.0")
