import flet as ft
from flet.core.changes import Changes
from flet.core.diff import ADD, MOVE, REMOVE, REPLACE, diff
from flet.core.ids import IdRegistry
from flet.core.snapshot import take_snapshot


def snapshots(root, change):
    """The snapshot before ``change`` and the one after, with every control marked."""
    ids = IdRegistry(root)
    before = take_snapshot(root, ids)
    change()
    everything = Changes()
    everything.mark_tree(root)
    return before, take_snapshot(root, ids, since=before, changed=everything.take().controls)


def test_no_change_no_patch():
    col = ft.Column([ft.Text("a")])
    assert diff(*snapshots(col, lambda: None)) == []


def test_unsetting_a_property_sends_null():
    a = ft.Text("A", color="red")
    col = ft.Column([a])
    before, after = snapshots(col, lambda: setattr(a, "color", None))
    [patch] = diff(before, after)
    assert patch.body() == {"id": 3, "patch": [[0], [REPLACE, 0, "color", None]]}


def test_several_changes_to_one_control_are_one_patch():
    a = ft.Text("A")
    col = ft.Column([a])

    def change():
        a.value = "B"
        a.size = 12
        a.value = "C"

    [patch] = diff(*snapshots(col, change))
    assert patch.patch[1:] == [[REPLACE, 0, "value", "C"], [REPLACE, 0, "size", 12]]


def test_reorder_and_insert_use_move_and_add_and_keep_ids():
    a, b, c = ft.Text("A"), ft.Text("B"), ft.Text("C")
    col = ft.Column([a, b, c])
    d = ft.Text("D")
    before, after = snapshots(col, lambda: setattr(col, "controls", [c, d, a, b]))
    [patch] = diff(before, after)
    tree, *ops = patch.patch
    assert tree == [0, {"controls": [1]}]
    assert ops == [
        [MOVE, 1, 2, 1, 0],
        [ADD, 1, 1, {"_c": "Text", "_i": 6, "value": "D"}],
    ]


def test_removal_and_child_change_in_one_flush():
    a, b, c = ft.Text("A"), ft.Text("B"), ft.Text("C")
    col = ft.Column([a, b, c])

    def change():
        col.controls.remove(b)
        a.value = "A2"

    patches = {p.id: p.patch for p in diff(*snapshots(col, change))}
    assert patches[1][1:] == [[REMOVE, 1, 1]]
    assert patches[3][1:] == [[REPLACE, 0, "value", "A2"]]


def test_filling_an_empty_list_replaces_it_whole():
    col = ft.Column()
    before, after = snapshots(col, lambda: col.controls.append(ft.Text("x")))
    [patch] = diff(before, after)
    assert patch.patch[1] == [REPLACE, 0, "controls", [{"_c": "Text", "_i": 3, "value": "x"}]]


def test_a_new_single_child_travels_whole():
    box = ft.Container()
    before, after = snapshots(box, lambda: setattr(box, "content", ft.Text("in")))
    [patch] = diff(before, after)
    assert patch.patch[1] == [REPLACE, 0, "content", {"_c": "Text", "_i": 3, "value": "in"}]


def test_diff_does_not_mutate_its_inputs():
    a = ft.Text("A")
    col = ft.Column([a])
    before, after = snapshots(col, lambda: setattr(a, "value", "B"))
    frozen = (dict(before.nodes), dict(after.nodes))
    diff(before, after)
    assert (dict(before.nodes), dict(after.nodes)) == frozen


def test_one_and_true_are_different_values():
    a = ft.Container(expand=1)
    before, after = snapshots(a, lambda: setattr(a, "expand", True))
    [patch] = diff(before, after)
    assert patch.patch[1] == [REPLACE, 0, "expand", True]
