"""The change journal: what property writes and in-place list changes mark."""

import pytest

import flet as ft
from flet.core.changes import Changes


def shown(*controls: ft.Control) -> Changes:
    """A journal the controls report to, as the session's once they are shown."""
    changes = Changes()
    for control in controls:
        control._changes = changes
    return changes


def test_a_control_not_shown_marks_nothing():
    text = ft.Text("a")
    text.value = "b"
    col = ft.Column()
    col.controls.append(text)
    assert text._changes is None and col._changes is None


def test_a_property_write_marks_the_control_once_in_order():
    a, b = ft.Text("a"), ft.Text("b")
    changes = shown(a, b)
    b.value = "B"
    a.size = 10
    b.color = "red"
    assert changes.take().controls == (b, a)
    assert changes.take().controls == ()


def test_setting_the_same_value_again_marks_nothing():
    text = ft.Text("a", size=10, expand=1)
    changes = shown(text)
    text.value = "a"  # equal text: a hook that derives the same text again
    text.size = 10
    assert changes.take().controls == ()
    text.expand = True  # 1 and True differ on the client
    text.size = 10.0
    assert changes.take().controls == (text,)


def test_setting_the_same_children_again_marks_nothing():
    a, b = ft.Text("a"), ft.Text("b")
    col = ft.Column([a, b])
    changes = shown(col)
    col.controls = [a, b]
    assert changes.take().controls == ()
    col.controls = [b, a]
    marks = changes.take()
    assert marks.controls == (col,) and marks.lows == {id(col.controls): 0}


def _five() -> list[ft.Text]:
    return [ft.Text(str(i)) for i in range(5)]


EDITS = {
    "append": (lambda items, new: items.append(new), 5),
    "extend": (lambda items, new: items.extend([new]), 5),
    "+=": (lambda items, new: items.__iadd__([new]), 5),
    "*= 1": (lambda items, new: items.__imul__(1), 5),
    "*= 0": (lambda items, new: items.__imul__(0), 0),
    "insert 2": (lambda items, new: items.insert(2, new), 2),
    "insert -1": (lambda items, new: items.insert(-1, new), 4),
    "insert -9": (lambda items, new: items.insert(-9, new), 0),
    "insert 99": (lambda items, new: items.insert(99, new), 5),
    "pop": (lambda items, new: items.pop(), 4),
    "pop -2": (lambda items, new: items.pop(-2), 3),
    "pop 1": (lambda items, new: items.pop(1), 1),
    "remove": (lambda items, new: items.remove(items[3]), 3),
    "del 2": (lambda items, new: items.__delitem__(2), 2),
    "del -1": (lambda items, new: items.__delitem__(-1), 4),
    "del [1:3]": (lambda items, new: items.__delitem__(slice(1, 3)), 1),
    "del [::-2]": (lambda items, new: items.__delitem__(slice(None, None, -2)), 0),
    "[3] =": (lambda items, new: items.__setitem__(3, new), 3),
    "[-2] =": (lambda items, new: items.__setitem__(-2, new), 3),
    "[2:] =": (lambda items, new: items.__setitem__(slice(2, None), [new]), 2),
    "sort": (lambda items, new: items.sort(key=lambda c: -int(c.value)), 0),
    "reverse": (lambda items, new: items.reverse(), 0),
    "clear": (lambda items, new: items.clear(), 0),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_each_in_place_list_change_says_the_lowest_index_it_touched(edit):
    change, low = EDITS[edit]
    col = ft.Column(_five())
    items = col.controls
    before = list(items)
    changes = shown(col)
    change(items, ft.Text("new"))
    marks = changes.take()
    assert marks.controls == (col,)
    assert marks.lows == {id(items): low}
    assert items[:low] == before[:low]  # what the reading reuses is indeed unchanged


def test_several_changes_keep_the_lowest_index():
    col = ft.Column(_five())
    changes = shown(col)
    col.controls.append(ft.Text("x"))
    col.controls.pop(1)
    col.controls.append(ft.Text("y"))
    assert changes.take().lows == {id(col.controls): 1}


def test_a_failed_list_change_marks_nothing():
    col = ft.Column(_five())
    changes = shown(col)
    with pytest.raises(ValueError):
        col.controls.remove(ft.Text("not there"))
    with pytest.raises(IndexError):
        col.controls.pop(10)
    assert changes.take().controls == ()


def test_update_marks_the_whole_subtree_and_every_list_from_its_start():
    inner = ft.Text("in")
    row = ft.Row([inner])
    col = ft.Column([row, ft.Container(content=ft.Text("c"))])
    changes = shown(col, row, inner)
    changes.mark_tree(col)
    marks = changes.take()
    assert {type(c).__name__ for c in marks.controls} == {"Column", "Row", "Text", "Container"}
    assert len(marks.controls) == 5
    assert marks.lows == {id(col.controls): 0, id(row.controls): 0}


def test_a_control_inside_itself_is_walked_once():
    col = ft.Column()
    col.controls.append(ft.Row([col]))
    changes = shown(col)
    changes.mark_tree(col)
    assert len(changes.take().controls) == 2


def test_restore_puts_back_what_was_taken():
    col = ft.Column(_five())
    changes = shown(col)
    col.controls.pop()
    taken = changes.take()
    col.controls.pop(0)
    changes.restore([taken])
    marks = changes.take()
    assert marks.controls == (col,) and marks.lows == {id(col.controls): 0}
