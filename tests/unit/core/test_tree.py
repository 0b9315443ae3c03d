"""check_tree and the snapshot's tolerant mode: what cannot be sent is named, not sent."""

import pytest

import flet as ft
from flet.core.ids import IdRegistry
from flet.core.lifecycle import prepare
from flet.core.snapshot import RefList, check_tree, take_snapshot
from flet.core.tree import DuplicateControlError, NotAControlError, describe


def test_a_control_in_two_lists_names_both_places_and_the_fix():
    text = ft.Text("x")
    with pytest.raises(DuplicateControlError) as caught:
        check_tree(ft.Row([ft.Column([text]), text]))
    message = str(caught.value)
    assert message.startswith("Text(value='x') appears twice on the page (in ")
    assert "Row.controls" in message and "Column.controls" in message
    assert "create a second one" in message
    assert caught.value.control is text


def test_twice_in_one_list_and_a_single_child_slot():
    text = ft.Text("x")
    with pytest.raises(DuplicateControlError, match=r"\(in Column.controls\)"):
        check_tree(ft.Column([text, text]))
    with pytest.raises(DuplicateControlError, match=r"Container\.content"):
        check_tree(ft.Column([ft.Container(content=text), text]))


def test_a_child_that_is_not_a_control():
    col = ft.Column([ft.Text("a")])
    col.controls.append(42)
    with pytest.raises(NotAControlError, match=r"Column.controls\[1\] is a int \(42\)"):
        check_tree(col)


def test_a_sound_tree_passes():
    check_tree(ft.Column([ft.Row([ft.Text("a")]), ft.Container(content=ft.Text("b"))]))


def test_describe_is_bounded_for_deeply_nested_values():
    deep: dict = {}
    node = deep
    for _ in range(1000):  # the depth that broke repr() in the fuzzing
        node["a"] = {}
        node = node["a"]
    assert describe(ft.Text("x", tooltip=deep)) == "Text(value='x', tooltip={'a': {'a': {...}}})"


def test_the_tolerant_snapshot_leaves_the_second_place_out_and_says_why():
    text = ft.Text("x")
    col = ft.Column([text, ft.Text("y"), text])
    col.controls.append("junk")  # in place: the declaration cannot see it
    skipped: list = []
    snap = take_snapshot(col, IdRegistry(col), skipped)
    kids = snap.nodes[snap.root].props["controls"]
    assert isinstance(kids, RefList) and len(kids.ids) == 2
    assert [type(e) for e in skipped] == [DuplicateControlError, NotAControlError]


def test_prepare_goes_on_past_a_hook_that_raises():
    class Broken(ft.UserControl):
        def build(self):
            raise ValueError("no")

    class Fine(ft.UserControl):
        def build(self):
            return ft.Text("built")

    broken, fine = Broken(), Fine()
    failed = prepare(ft.Column([broken, fine]))
    assert [(c, type(e)) for c, e in failed] == [(broken, ValueError)]
    assert fine.built[0].value == "built"


def test_a_control_inside_itself():
    col = ft.Column([])
    col.controls.append(ft.Row([col]))
    with pytest.raises(DuplicateControlError, match=r"in Column \(the root\) and in Row.controls"):
        check_tree(col)
