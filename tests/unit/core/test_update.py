"""An update reads what changed: the root (always prepared), the marked controls, the
watched ones, the new ones; the rest of the last snapshot is kept as it is (no session here:
the core's functions)."""

from __future__ import annotations

from typing import Any

import pytest

import flet as ft
from flet.core.changes import Changes
from flet.core.diff import ADD, REPLACE, diff
from flet.core.ids import IdRegistry
from flet.core.snapshot import RefList, Snapshot, take_snapshot
from flet.core.tree import DuplicateControlError
from flet.core.update import check_update, read_changes, settle, unsent


class Shown:
    """A tree shown once, updated the way a session's flush does it."""

    def __init__(self, root: ft.Control) -> None:
        self.root, self.ids, self.changes = root, IdRegistry(root), Changes()
        self.sent: Snapshot = self.flush().snapshot

    def flush(self) -> Any:
        since = getattr(self, "sent", None)
        reading = read_changes(self.root, self.ids, self.changes, since)
        self.patches = diff(since, reading.snapshot) if since is not None else []
        settle(reading.snapshot, self.ids, self.changes)
        self.sent = reading.snapshot
        return reading

    def id(self, control: ft.Control) -> int:
        cid = self.ids.id_of(control)
        assert cid is not None
        return cid


class Counted(ft.Text):
    """A control that counts its before_update calls (an app's hook: run on every update)."""

    calls = 0

    def before_update(self) -> None:
        type(self).calls += 1


def page_of(count: int) -> tuple[ft.Column, list[ft.Text]]:
    texts = [ft.Text(str(i)) for i in range(count)]
    return ft.Column([ft.Row([t, ft.Checkbox(label="x")]) for t in texts]), texts


def test_one_property_reads_one_node_and_sends_one_patch():
    root, texts = page_of(50)
    shown = Shown(root)
    texts[7].value = "seven"
    reading = shown.flush()
    assert reading.snapshot.reread == (shown.id(texts[7]),)
    assert reading.snapshot.added == () and reading.snapshot.removed == ()
    assert [p.body() for p in shown.patches] == [
        {"id": shown.id(texts[7]), "patch": [[0], [REPLACE, 0, "value", "seven"]]}
    ]


def test_nothing_changed_reads_nothing():
    root, _ = page_of(20)
    shown = Shown(root)
    before = shown.sent
    reading = shown.flush()
    assert reading.snapshot.reread == () and shown.patches == []
    assert reading.snapshot.nodes is before.nodes  # the same table, not a copy
    assert reading.snapshot.added == () and reading.snapshot.removed == ()
    assert reading.snapshot == take_snapshot(root, shown.ids, since=before)  # all its fields


def test_an_append_to_a_long_list_reads_the_list_and_the_new_child_only():
    root, _ = page_of(200)
    shown = Shown(root)
    old_ids = shown.sent.nodes[shown.id(root)].props["controls"].ids
    Counted.calls = 0
    new = Counted("new")
    root.controls.append(new)
    reading = shown.flush()
    assert Counted.calls == 1  # prepared: the new control, none of the 200 rows
    assert reading.snapshot.reread == (shown.id(root),)
    assert reading.snapshot.added == (shown.id(new),)
    kids = reading.snapshot.nodes[shown.id(root)].props["controls"]
    assert kids == RefList((*old_ids, shown.id(new)))
    [patch] = shown.patches
    assert patch.patch[1] == [ADD, 1, 200, {"_c": "Text", "_i": shown.id(new), "value": "new"}]


def test_removed_controls_leave_the_snapshot_and_the_registry():
    root, texts = page_of(5)
    shown = Shown(root)
    row = root.controls[2]
    row_id, text_id = shown.id(row), shown.id(texts[2])
    del root.controls[2]
    reading = shown.flush()
    assert set(reading.snapshot.removed) == {row_id, text_id, text_id + 1}
    assert row_id not in reading.snapshot.nodes and shown.ids.id_of(row) is None
    assert row._changes is None  # it no longer reports to the journal


def test_a_value_object_changed_in_place_marks_the_controls_holding_it():
    style = ft.TextStyle(size=10)  # shared by two texts
    a, b = ft.Text("a", style=style), ft.Text("b", style=style)
    box = ft.Container(padding=ft.padding.all(4), border=ft.border.all(1, "red"))
    shown = Shown(ft.Column([a, b, box, ft.Text("c")]))
    assert shown.sent.watched == frozenset() and shown.sent.unseen == {}  # nothing to watch
    style.size = 12
    box.border.top.width = 3  # nested: the side tells the border, the border the box
    reading = shown.flush()
    assert set(reading.snapshot.reread) == {shown.id(a), shown.id(b), shown.id(box)}
    assert {p.id for p in shown.patches} == {shown.id(a), shown.id(b), shown.id(box)}
    assert shown.sent.nodes[shown.id(box)].props["border"]["top"]["width"] == 3
    box.padding.left = 9
    shown.flush()
    [patch] = shown.patches
    assert patch.patch[1] == [REPLACE, 0, "padding", {"left": 9, "top": 4, "right": 4, "bottom": 4}]


def test_a_list_or_a_dict_is_compared_on_every_update_it_cannot_say_it_changed():
    tip = ft.Text("t", tooltip={"message": "old"})
    box = ft.Container(gradient=ft.LinearGradient(colors=["red"]))  # a value holding a list
    plain = ft.Container(width=10)
    shown = Shown(ft.Column([tip, box, plain]))
    assert shown.sent.unseen == {shown.id(tip): ("tooltip",), shown.id(box): ("gradient",)}
    assert shown.sent.watched == frozenset()
    assert shown.flush().snapshot.reread == ()  # compared, the same: not read again
    tip.tooltip["message"] = "new"
    box.gradient.colors.append("blue")
    reading = shown.flush()
    assert set(reading.snapshot.reread) == {shown.id(tip), shown.id(box)}
    assert {p.id for p in shown.patches} == {shown.id(tip), shown.id(box)}
    tip.tooltip = "plain text"  # a string cannot change in place: no longer compared
    shown.flush()
    assert shown.sent.unseen == {shown.id(box): ("gradient",)}


def test_an_unsent_list_makes_its_control_read_whole_every_time():
    tabs = ft.Tabs(tabs=[ft.Tab(text="a")])  # the tabs list is kept in Python only
    shown = Shown(ft.Column([tabs]))
    assert shown.id(tabs) in shown.sent.watched
    tabs.tabs.append(ft.Tab(text="b"))  # in place: the derived bar follows
    shown.flush()
    assert any("b" in str(p.patch) for p in shown.patches)


def test_an_apps_before_update_runs_on_every_update():
    class Clock(ft.Text):
        ticks = 0

        def before_update(self) -> None:
            self.value = f"tick {self.ticks}"  # a plain attribute: no write to see

    clock = Clock()
    shown = Shown(ft.Column([clock, ft.Text("other")]))
    assert type(clock).prepare_always and not ft.Text.prepare_always
    clock.ticks = 3
    shown.flush()
    assert shown.sent.nodes[shown.id(clock)].props["value"] == "tick 3"


def test_a_watched_control_is_prepared_every_time_and_read_again_only_if_its_hook_changed_it():
    class Ticker(ft.Text):
        calls = 0
        ticks = 0

        def before_update(self) -> None:
            type(self).calls += 1
            self.value = f"tick {self.ticks}"

    class Tipped(ft.Text):
        ticks = 0

        def before_update(self) -> None:
            self.tooltip["message"] = f"tick {self.ticks}"  # in place: no write to see

    ticker, tipped = Ticker(), Tipped(tooltip={"message": "tick 0"})
    shown = Shown(ft.Column([ticker, tipped]))
    assert {shown.id(ticker), shown.id(tipped)} <= shown.sent.watched
    before = Ticker.calls
    reading = shown.flush()  # the hooks derive the same values: nothing read, nothing sent
    assert Ticker.calls == before + 1
    assert reading.snapshot.reread == () and shown.patches == []
    ticker.ticks = tipped.ticks = 1
    reading = shown.flush()
    assert set(reading.snapshot.reread) == {shown.id(ticker), shown.id(tipped)}
    assert shown.sent.nodes[shown.id(ticker)].props["value"] == "tick 1"
    assert shown.sent.nodes[shown.id(tipped)].props["tooltip"] == {"message": "tick 1"}


def test_a_user_control_is_built_on_its_first_update_and_may_be_rebuilt():
    class Card(ft.UserControl):
        def build(self) -> ft.Control:
            return ft.Text("built")

    card = Card()
    root = ft.Column([ft.Text("before")])
    shown = Shown(root)
    root.controls.append(card)
    shown.flush()
    (built,) = shown.sent.nodes[shown.id(card)].props["controls"].ids
    assert shown.sent.nodes[built].props["value"] == "built"
    card.built = [ft.Text("rebuilt")]
    shown.flush()
    (rebuilt,) = shown.sent.nodes[shown.id(card)].props["controls"].ids
    assert rebuilt != built and shown.sent.nodes[rebuilt].props["value"] == "rebuilt"
    assert built in shown.sent.removed


def test_update_reads_the_whole_subtree_again():
    inner = ft.Text("in")
    row = ft.Row([inner, ft.Text("two")])
    shown = Shown(ft.Column([row, ft.Text("out")]))
    shown.changes.mark_tree(row)  # what row.update() does
    reading = shown.flush()
    expected = {shown.id(row), shown.id(inner), shown.id(inner) + 1}
    assert set(reading.snapshot.reread) == expected


def test_a_child_placed_twice_keeps_its_first_place_and_is_named_until_fixed():
    a, b = ft.Text("a"), ft.Text("b")
    col = ft.Column([a, b])
    shown = Shown(col)
    col.controls.append(a)  # a second place: the reused start of the list still holds a
    with pytest.raises(DuplicateControlError, match=r"\(in Column.controls\)"):
        check_update(col, shown.ids, shown.changes, shown.sent)
    reading = shown.flush()
    assert [type(e) for e in reading.skipped] == [DuplicateControlError]
    assert shown.sent.nodes[shown.id(col)].props["controls"].ids == (shown.id(a), shown.id(b))
    assert shown.id(col) in shown.sent.faulty
    again = shown.flush()  # nothing marked: still named, while it lasts
    assert [type(e) for e in again.skipped] == [DuplicateControlError]
    col.controls.pop()
    fixed = shown.flush()
    assert fixed.skipped == () and shown.id(col) not in shown.sent.faulty


def test_a_move_between_lists_is_not_a_duplicate():
    text = ft.Text("t")
    left, right = ft.Column([text]), ft.Column()
    shown = Shown(ft.Row([left, right]))
    old = shown.id(text)
    right.controls.append(text)  # first placed in the second list...
    left.controls.remove(text)  # ...then taken out of the first
    check_update(shown.root, shown.ids, shown.changes, shown.sent)
    reading = shown.flush()
    assert reading.skipped == ()
    assert shown.id(text) != old and old in reading.snapshot.removed


def test_reading_everything_again_gives_the_same_snapshot():
    """The oracle: every control marked, every list read whole, same nodes and ids."""
    root, texts = page_of(30)
    shown = Shown(root)
    texts[3].value = "x"
    root.controls.insert(5, ft.Text("inserted"))
    del root.controls[10]
    shown.flush()
    everything = Changes()
    everything.mark_tree(root)
    again = take_snapshot(root, shown.ids, since=shown.sent, changed=everything.take().controls)
    assert dict(again.nodes) == dict(shown.sent.nodes)
    assert diff(shown.sent, again) == []
    fresh = take_snapshot(root, IdRegistry(root))
    assert len(fresh.nodes) == len(shown.sent.nodes)


def test_a_reading_that_is_not_sent_is_read_again():
    root, texts = page_of(5)
    shown = Shown(root)
    texts[1].value = "lost?"
    reading = read_changes(root, shown.ids, shown.changes, shown.sent)
    assert reading.snapshot.reread == (shown.id(texts[1]),)
    unsent(reading, shown.changes)  # e.g. a value the codec could not encode
    shown.flush()
    assert [p.id for p in shown.patches] == [shown.id(texts[1])]


def test_the_early_check_names_a_control_moved_into_a_single_child_slot():
    a = ft.Text("a")
    box = ft.Container()
    shown = Shown(ft.Column([a, box]))
    a.value = "changed"  # a leaf holding no child: nothing to check
    check_update(shown.root, shown.ids, shown.changes, shown.sent)
    box.content = a  # a second place, through a single slot (no list changed)
    with pytest.raises(DuplicateControlError, match=r"Container\.content"):
        check_update(shown.root, shown.ids, shown.changes, shown.sent)
