"""Property: random edits of a random control tree, flushed through a real session over the
in-memory transport, leave the simulated client's tree equal to the server's.

After every flush the client's tree (converted back to plain ``{"_c", "_i", ...props}`` maps)
must equal ``to_wire`` of the session's last snapshot, and, ids aside, a fresh snapshot of the
control objects themselves (every ``before_update`` run, every control read from an empty
baseline); controls that stayed in the same slot of the same parent keep their ids. Pure
Python on the virtual-time loop, so it runs on CPython and inside Pyodide.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flet as ft
from flet.core.control import Control
from flet.core.ids import PAGE_ID, IdRegistry
from flet.core.lifecycle import prepare
from flet.core.props import Children
from flet.core.snapshot import take_snapshot, to_wire
from flet.session.session import Session
from flet.transport import memory_pair
from tests.support.loop import run
from tests.support.simclient import CControl, SimClient

# -- values ----------------------------------------------------------------------------------

TEXTS = st.one_of(st.none(), st.sampled_from(["", "a", "hello", "ü€"]), st.integers(-2, 2))
STRS = st.one_of(st.none(), st.sampled_from(["", "x", "label"]))
BOOLS = st.one_of(st.none(), st.booleans())
# 10 is Column/Row.spacing's default (not sent); 1 and 1.0 must still differ on the wire
NUMBERS = st.one_of(st.none(), st.integers(0, 2), st.sampled_from([1.0, 2.5, 10, 10.0]))
COLORS = st.one_of(st.none(), st.sampled_from(["red", "blue400", "#00ff00", "primary,0.5"]))
PADDINGS = st.one_of(
    st.none(),
    st.integers(0, 2),
    st.sampled_from([0.5, ft.padding.all(4), ft.padding.only(left=1), ft.padding.symmetric(2)]),
)

COMMON = {
    "visible": BOOLS,
    "disabled": BOOLS,
    "tooltip": STRS,
    "opacity": st.one_of(st.none(), st.sampled_from([0.5, 1, 1.0])),
    "expand": st.one_of(st.none(), st.booleans(), st.integers(0, 2)),  # True and 1 differ
}
FLEX = {"spacing": NUMBERS, "alignment": st.one_of(st.none(), st.sampled_from(["start", "end"]))}
PROPS: dict[type[Control], dict[str, st.SearchStrategy[Any]]] = {
    ft.Text: {"value": TEXTS, "size": NUMBERS, "color": COLORS, "italic": BOOLS},
    ft.Container: {"bgcolor": COLORS, "padding": PADDINGS, "width": NUMBERS},
    ft.ElevatedButton: {"text": TEXTS, "bgcolor": COLORS, "color": COLORS},
    ft.Checkbox: {"value": BOOLS, "label": STRS},
    ft.TextField: {"value": STRS, "label": STRS},
    ft.Column: FLEX,
    ft.Row: FLEX,
    ft.Stack: {"fit": st.one_of(st.none(), st.sampled_from(["loose", "expand"]))},
}
NUMERIC = {"opacity", "size", "width", "spacing"}  # the props that take an int or a float
HANDLERS = {
    ft.Container: "on_click",
    ft.ElevatedButton: "on_click",
    ft.TextField: "on_click",
    ft.Text: "on_tap",
    ft.Checkbox: "on_change",
}
LEAVES: tuple[type[Control], ...] = (ft.Text, ft.ElevatedButton, ft.Checkbox, ft.TextField)
LISTS: tuple[type[Control], ...] = (ft.Column, ft.Row, ft.Stack)


def _handler(event: Any) -> None:
    pass


# -- the model side: a tree under the page's view, and the edits ------------------------------


@dataclass
class Slot:
    """Where a live control sits: ``parent.<name>`` (a list, or a Container's ``content``)."""

    parent: Control
    name: str


@dataclass
class World:
    """The page's view and the edits drawn for it; detached subtrees wait in ``pool``."""

    draw: Callable[[st.SearchStrategy[Any]], Any]
    view: Control = field(default_factory=ft.View)  # replaced by the page's view in main
    pool: list[Control] = field(default_factory=list)
    keep_alive: list[Control] = field(default_factory=list)  # no id() reuse within an example

    def __repr__(self) -> str:  # keeps hypothesis' report of drawn edits short
        return "world"

    def pick(self, items: list[Any]) -> Any:
        return self.draw(st.sampled_from(items))

    def live(self) -> Iterator[tuple[Control, Slot]]:
        return placed(self.view)

    def list_parents(self, min_len: int = 0) -> list[Any]:  # controls with a ``controls`` list
        found: list[Any] = [self.view, *(c for c, _ in self.live() if isinstance(c, LISTS))]
        return [p for p in found if len(p.controls) >= min_len]

    # -- new controls ----------------------------------------------------------------------

    def new_control(self, depth: int = 2) -> Control:
        if self.pool and self.draw(st.booleans()):
            return self.pool.pop(self.draw(st.integers(0, len(self.pool) - 1)))
        kinds = (*LEAVES, ft.Container, *(LISTS if depth > 0 else ()))
        control: Control = self.pick(list(kinds))()
        self.keep_alive.append(control)
        props = PROPS[type(control)]
        for name in self.draw(st.lists(st.sampled_from(sorted(props)), max_size=2, unique=True)):
            setattr(control, name, self.draw(props[name]))
        if isinstance(control, ft.Container) and depth > 0 and self.draw(st.booleans()):
            control.content = self.new_control(depth - 1)
        if isinstance(control, LISTS):
            count = self.draw(st.integers(0, 3 if depth > 0 else 0))
            control.controls = [self.new_control(depth - 1) for _ in range(count)]  # type: ignore[attr-defined]
        return control

    def new_list(self, depth: int = 1) -> list[Control]:
        return [self.new_control(depth) for _ in range(self.draw(st.integers(1, 3)))]

    # -- edits -----------------------------------------------------------------------------

    def edits(self) -> list[Callable[[], None]]:
        possible = [self.insert, self.refill]
        if any(True for _ in self.live()):
            possible += [self.set_prop, self.toggle_visible, self.move_across]
        if self.handled():
            possible.append(self.set_handler)
        if self.whole_numbers():
            possible.append(self.flip_number)
        if self.list_parents(1):
            possible += [self.remove, self.replace_child, self.clear]
        if self.list_parents(2):
            possible += [self.move_within, self.reorder]
        if self.containers():
            possible.append(self.set_content)
        return possible

    def containers(self) -> list[Control]:
        return [c for c, _ in self.live() if isinstance(c, ft.Container)]

    def handled(self) -> list[Control]:
        return [c for c, _ in self.live() if type(c) in HANDLERS]

    def set_prop(self) -> None:
        control = self.pick([c for c, _ in self.live()])
        props = {**COMMON, **PROPS.get(type(control), {})}
        name = self.pick(sorted(props))
        setattr(control, name, self.draw(props[name]))

    def whole_numbers(self) -> list[tuple[Control, str]]:
        return [
            (c, name)
            for c, _ in self.live()
            for name in (*COMMON, *PROPS.get(type(c), {}))
            if name in NUMERIC
            and type(value := getattr(c, name)) in (int, float)
            and value == int(value)
        ]

    def flip_number(self) -> None:
        """``1`` becomes ``1.0`` and back: equal in Python, different on the client."""
        control, name = self.pick(self.whole_numbers())
        value = getattr(control, name)
        setattr(control, name, float(value) if isinstance(value, int) else int(value))

    def set_handler(self) -> None:
        control = self.pick(self.handled())
        setattr(control, HANDLERS[type(control)], self.pick([None, _handler]))

    def toggle_visible(self) -> None:
        control = self.pick([c for c, _ in self.live()])
        control.visible = not control.visible

    def insert(self) -> None:
        parent = self.pick(self.list_parents())
        index = self.draw(st.integers(0, len(parent.controls)))
        parent.controls.insert(index, self.new_control())

    def remove(self) -> None:
        parent = self.pick(self.list_parents(1))
        self.pool.append(parent.controls.pop(self.draw(st.integers(0, len(parent.controls) - 1))))

    def replace_child(self) -> None:
        parent = self.pick(self.list_parents(1))
        index = self.draw(st.integers(0, len(parent.controls) - 1))
        old = parent.controls[index]
        parent.controls[index] = self.new_control()
        self.pool.append(old)

    def clear(self) -> None:
        parent = self.pick(self.list_parents(1))
        self.pool.extend(parent.controls)
        if self.draw(st.booleans()):
            parent.controls.clear()
        else:
            parent.controls = []

    def refill(self) -> None:
        """Empty a list and fill it again; its old children may come back from the pool."""
        parent = self.pick(self.list_parents())
        self.pool.extend(parent.controls)
        parent.controls.clear()
        parent.controls = self.new_list()

    def move_within(self) -> None:
        parent = self.pick(self.list_parents(2))
        last = len(parent.controls) - 1
        source, target = self.draw(st.integers(0, last)), self.draw(st.integers(0, last))
        parent.controls.insert(target, parent.controls.pop(source))

    def reorder(self) -> None:
        parent = self.pick(self.list_parents(2))
        order = self.draw(st.permutations(range(len(parent.controls))))
        parent.controls[:] = [parent.controls[i] for i in order]

    def move_across(self) -> None:
        """Move a live control into another list or Container (its own subtree excluded)."""
        placed = list(self.live())
        control, slot = self.pick(placed)
        inside = {id(c) for c in _subtree(control)}
        targets = [t for t in [*self.list_parents(), *self.containers()] if id(t) not in inside]
        target = self.pick(targets)
        _detach(control, slot)
        if isinstance(target, ft.Container):
            if target.content is not None:
                self.pool.append(target.content)
            target.content = control
        else:
            target.controls.insert(self.draw(st.integers(0, len(target.controls))), control)

    def set_content(self) -> None:
        container = self.pick(self.containers())
        old = container.content
        container.content = self.new_control() if self.draw(st.booleans()) else None
        if old is not None:
            self.pool.append(old)


def placed(root: Control) -> Iterator[tuple[Control, Slot]]:
    """Every control under ``root`` with its slot."""
    stack = [root]
    while stack:
        parent = stack.pop()
        for name, kids in _child_slots(parent):
            for kid in kids:
                yield kid, Slot(parent, name)
                stack.append(kid)


def _child_slots(control: Control) -> Iterator[tuple[str, list[Control]]]:
    for decl in type(control).declared_children.values():
        value = getattr(control, decl.name)
        if isinstance(decl, Children):
            yield decl.name, list(value)
        elif value is not None:
            yield decl.name, [value]


def _subtree(control: Control) -> Iterator[Control]:
    yield control
    for _, kids in _child_slots(control):
        for kid in kids:
            yield from _subtree(kid)


def _detach(control: Control, slot: Slot) -> None:
    value = getattr(slot.parent, slot.name)
    if isinstance(value, list):
        value.remove(control)
    else:
        setattr(slot.parent, slot.name, None)


# -- the client side: its tree as plain maps ---------------------------------------------------


def client_map(control: CControl) -> dict[str, Any]:
    """The client's control as a wire map. A property the client was told to set to ``None``
    or to an empty list is shown as unset, as the snapshot (which prunes both) has it."""
    out: dict[str, Any] = {"_c": control.type, "_i": control.id}
    for key, value in control.props.items():
        if value is not None and value != []:
            out[key] = _plain(value)
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, CControl):
        return client_map(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "_i"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def difference(got: Any, want: Any, path: str = "page") -> str | None:
    """Where ``got`` and ``want`` first differ (types count: 1, 1.0 and True differ)."""
    if type(got) is not type(want):
        return f"{path}: {got!r:.200} != {want!r:.200}"
    if isinstance(got, dict):
        if got.keys() != want.keys():
            return f"{path}: keys {sorted(got)} != {sorted(want)}"
        found = (difference(got[k], want[k], f"{path}.{k}") for k in got)
        return next((d for d in found if d), None)
    if isinstance(got, list):
        if len(got) != len(want):
            return f"{path}: {len(got)} items != {len(want)}: {got!r:.300} != {want!r:.300}"
        pairs = enumerate(zip(got, want, strict=True))
        found = (difference(g, w, f"{path}[{i}]") for i, (g, w) in pairs)
        return next((d for d in found if d), None)
    return None if got == want else f"{path}: {got!r} != {want!r}"


def client_ids(model: Control, shown: CControl, out: dict[int, int]) -> dict[int, int]:
    """``id(control) -> client id`` for the model tree, walked alongside the client's."""
    out[id(model)] = shown.id
    for decl in type(model).declared_children.values():
        value = getattr(model, decl.name)
        kids = list(value) if isinstance(decl, Children) else [value] if value else []
        got = shown.props.get(decl.wire)
        for kid, twin in zip(kids, got if isinstance(got, list) else [got], strict=False):
            client_ids(kid, twin, out)
    return out


def check_index(client: SimClient) -> None:
    """The client's id index holds exactly the controls in its tree."""
    in_tree: dict[int, CControl] = {}
    stack = [client.page]
    while stack:
        control = stack.pop()
        assert control.id not in in_tree, f"id {control.id} shown twice"
        in_tree[control.id] = control
        stack.extend(control.children())
    assert sorted(client.index) == sorted(in_tree)
    assert all(client.index[i] is c for i, c in in_tree.items())


# -- the property ------------------------------------------------------------------------------

Placements = dict[int, tuple[int, str, int, int]]  # id(control) -> parent, slot, parent id, id


def check(session: Session, client: SimClient, before: Placements) -> Placements:
    """Assert the client shows the server's tree; return where each control now sits."""
    assert session.page is not None
    assert not client.dropped and client.error is None and client.crashed is None
    assert not session.page.dialogs_host.controls, "a flush failed (the error SnackBar is up)"
    got = client_map(client.page)
    # the session's last snapshot is what it believes the client shows (private, no accessor)
    sent = session.sent
    assert sent is not None
    problem = difference(got, to_wire(sent, PAGE_ID))
    assert problem is None, f"client differs from the session's snapshot: {problem}"
    # the oracle: the whole model, every before_update run and every control read (from an
    # empty baseline); what the hooks change is marked, and the next flush sends it
    prepare(session.page)
    fresh = to_wire(take_snapshot(session.page, IdRegistry(session.page)), PAGE_ID)
    problem = difference(without_ids(got), without_ids(fresh))
    assert problem is None, f"client differs from the control tree: {problem}"
    check_index(client)
    ids = client_ids(session.page, client.page, {})
    now: Placements = {
        id(c): (id(s.parent), s.name, ids[id(s.parent)], ids[id(c)])
        for c, s in placed(session.page)
    }
    for key, (parent, slot, parent_id, cid) in now.items():
        old = before.get(key)
        if old is not None and old[:3] == (parent, slot, parent_id):
            assert cid == old[3], f"a control that stayed in {slot} changed id {old[3]} -> {cid}"
    return now


async def scenario(draw: Callable[[st.SearchStrategy[Any]], Any]) -> None:
    server_end, client_end = memory_pair()
    world = World(draw)
    first = world.new_list(2)  # drawn here: a draw inside main would fail main, not the example

    def main(page: ft.Page) -> None:
        world.view = page.views[0]
        page.controls.extend(first)

    session = Session(main, server_end)
    task = asyncio.ensure_future(session.run())
    client = SimClient(client_end)
    await client.connect()
    page = session.page
    assert page is not None
    placements = check(session, client, {})
    for _ in range(draw(st.integers(1, 6))):
        for _ in range(draw(st.integers(1, 4))):
            world.pick(world.edits())()
        await page.update()
        await client.settle()
        placements = check(session, client, placements)
    client.disconnect()
    await task


@settings(
    max_examples=200,
    deadline=None,
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_client_tree_follows_random_edits(data: st.DataObject) -> None:
    run(scenario(data.draw))
