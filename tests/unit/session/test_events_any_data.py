"""Event builders take whatever data a well-formed CONTROL_EVENT carries without raising: the
page's typed events read only the fields whose types fit, and the rest pass data through."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import flet as ft
from flet.session.events import KeyboardEvent, RouteChangeEvent, ViewPopEvent, make_event
from tests.support.malformed import value

PAGE_EVENTS = ["route_change", "view_pop", "keyboard_event", "resize", "click", "change"]


class _NoSession:
    def request_update(self):
        raise AssertionError("building an event must not update the page")


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(PAGE_EVENTS), seed=st.integers(0, 2**32))
def test_any_data_builds_an_event_for_the_page_and_for_a_control(name, seed):
    page = ft.Page(_NoSession())
    data = value(random.Random(seed), depth=6)
    for control in (page, ft.ElevatedButton("x")):
        event = make_event(1, name, data, control, page)
        assert event.name == name and event.control is control
        if isinstance(event, KeyboardEvent):
            assert isinstance(event.key, str) and isinstance(event.shift, bool)
        if isinstance(event, RouteChangeEvent | ViewPopEvent):
            assert isinstance(event.route, str)


@pytest.mark.parametrize(
    "data",
    [
        {"key": {"nested": [1, 2]}, "shift": "yes", "ctrl": 1, "alt": None, "meta": [True]},
        {"key": 65},
        ["A"],
        None,
    ],
)
def test_a_keyboard_event_with_wrong_field_types_reads_as_no_key_and_no_modifiers(data):
    page = ft.Page(_NoSession())
    event = make_event(1, "keyboard_event", data, page, page)
    assert isinstance(event, KeyboardEvent)
    assert (event.key, event.shift, event.ctrl, event.alt, event.meta) == (
        "",
        False,
        False,
        False,
        False,
    )
