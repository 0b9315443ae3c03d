import pytest

import flet as ft
from flet.core.ids import IdRegistry
from flet.core.snapshot import DuplicateControlError, Ref, RefList, take_snapshot


def test_ids_are_per_registry_and_stable_while_a_control_stays_in_place():
    a, b = ft.Text("a"), ft.Text("b")
    col = ft.Column([a, b])
    ids = IdRegistry(col)
    first = take_snapshot(col, ids)
    col.controls.reverse()
    second = take_snapshot(col, ids)
    assert first.nodes[1].props["controls"] == RefList((3, 4))
    assert second.nodes[1].props["controls"] == RefList((4, 3))
    # a second registry (another session) numbers from scratch
    assert take_snapshot(col, IdRegistry(col)).nodes[1].props["controls"] == RefList((3, 4))


def test_a_control_moved_to_another_parent_gets_a_new_id():
    text = ft.Text("t")
    left, right = ft.Column([text]), ft.Column()
    root = ft.Row([left, right])
    ids = IdRegistry(root)
    before = take_snapshot(root, ids)
    left.controls.remove(text)
    right.controls.append(text)
    after = take_snapshot(root, ids)
    old_id = before.nodes[3].props["controls"].ids[0]
    new_id = after.nodes[4].props["controls"].ids[0]
    assert new_id != old_id
    assert ids.id_of(text) == new_id


def test_the_same_control_twice_is_a_clear_error():
    text = ft.Text("x")
    with pytest.raises(DuplicateControlError, match="appears twice"):
        take_snapshot(ft.Column([text, text]), IdRegistry(ft.Column()))


def test_snapshot_does_not_write_to_the_controls():
    text = ft.Text("x")
    col = ft.Column([text])
    before = dict(text._values), dict(col._values)
    take_snapshot(col, IdRegistry(col))
    assert (dict(text._values), dict(col._values)) == before
    assert text.page is None


def test_single_children_are_refs():
    box = ft.Container(ft.Text("in"))
    snap = take_snapshot(box, IdRegistry(box))
    assert snap.nodes[1].props["content"] == Ref(3)
