import datetime as dt

import pytest

from flet.session.events import ControlEvent, legacy_data, make_event


@pytest.mark.parametrize(
    ("sent", "seen"),
    [(True, "true"), (False, "false"), (2, "2"), (0.5, "0.5"), ("abc", "abc"), (None, None)],
)
def test_scalars_reach_handlers_as_flet_025_text(sent, seen):
    assert legacy_data(sent) == seen


def test_maps_lists_and_dates_pass_through():
    when = dt.datetime(2024, 1, 2)
    assert legacy_data({"a": 1}) == {"a": 1}
    assert legacy_data([1]) == [1]
    assert legacy_data(when) is when


def test_a_hover_handler_of_the_async_era_sees_true_as_text():
    event = make_event(5, "hover", True, object(), object())
    assert event.data == "true"


def test_pointer_data_reads_with_async_era_names():
    data = {"k": "mouse", "l": {"x": 1.0, "y": 2.0}, "g": {"x": 11.0, "y": 12.0}}
    event = ControlEvent(5, "tap_down", data, None, None)
    assert (event.local_x, event.local_y, event.global_x, event.global_y) == (1.0, 2.0, 11.0, 12.0)
    assert event.kind == "mouse"
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        event.nothing  # noqa: B018
