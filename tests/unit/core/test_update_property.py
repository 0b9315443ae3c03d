"""Property: an update reads only what changed, and the client still sees all of it.

The edits of ``test_diff_property`` (set, insert, remove, move, reorder, replace a subtree...)
plus the ones a property write does not see or that take another way in: value objects,
lists and dicts changed in place (one object shared by several controls too), every in-place
change a list of children has (append, extend, ``+=``, pop, slice assignment and deletion,
sort, reverse...), a plain attribute an app's ``before_update`` reads, UserControls built on
their first update and rebuilt, and flushes asked for by ``page.update()``,
``control.update()`` on a subtree, ``page.update(control)`` or nothing at all (the flush after
a handler). After every flush the client's tree, built from the patches, equals the session's
last snapshot, and, ids aside, a snapshot of the whole model read from an empty baseline
(every control read: the oracle); controls that stayed in place keep their ids. Pure Python
on the virtual-time loop, so it runs on CPython and inside Pyodide.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flet as ft
from flet.core.control import Control
from flet.session.session import Session
from flet.transport import memory_pair
from tests.support.loop import run
from tests.support.simclient import SimClient
from tests.unit.core.test_diff_property import World, check

# -- controls whose changes take another way in ------------------------------------------------


class Card(ft.UserControl):
    """A UserControl: its tree is built on the first update, and may be rebuilt."""

    def __init__(self, heading: str) -> None:
        super().__init__()
        self.heading = heading

    def build(self) -> ft.Control:
        return ft.Column([ft.Text(self.heading), ft.Row([ft.Text("inside")])])


class Tally(ft.Text):
    """An app's before_update deriving the value from a plain attribute (no write seen)."""

    def __init__(self) -> None:
        super().__init__("0")
        self.count = 0

    def before_update(self) -> None:
        self.value = f"tally {self.count}"


@dataclass
class Mutable:
    """A value held by controls that the app changes in place."""

    value: Any
    change: Callable[[Callable[[st.SearchStrategy[Any]], Any]], None]


def _fresh_values(draw: Callable[[st.SearchStrategy[Any]], Any]) -> list[tuple[str, Mutable]]:
    """(property, value) pairs: new value objects, each with a way to change it in place."""
    padding = ft.padding.all(draw(st.integers(0, 3)))
    rotate = ft.Rotate(draw(st.sampled_from([0, 0.5, 1.0])))
    border = ft.border.all(1, "red")
    gradient = ft.LinearGradient(colors=["red", "blue"])
    tooltip = {"message": "m"}
    numbers = st.integers(0, 4)
    colors = st.sampled_from(["green", "red"])
    return [
        ("padding", Mutable(padding, lambda d: setattr(padding, "left", d(numbers)))),
        ("rotate", Mutable(rotate, lambda d: setattr(rotate, "angle", rotate.angle + 0.5))),
        ("border", Mutable(border, lambda d: setattr(border.top, "width", d(numbers)))),
        ("gradient", Mutable(gradient, lambda d: gradient.colors.append(d(colors)))),
        ("tooltip", Mutable(tooltip, lambda d: tooltip.update(message=d(st.sampled_from("xy"))))),
    ]


# -- the model side ----------------------------------------------------------------------------


@dataclass
class Edits(World):
    """``World`` plus the edits a property write does not see."""

    mutables: list[Mutable] = field(default_factory=list)

    def new_control(self, depth: int = 2) -> Control:
        kind = self.draw(st.sampled_from(["world", "world", "world", "card", "tally", "values"]))
        if kind == "card":
            control: Control = Card(self.draw(st.sampled_from(["a", "b"])))
        elif kind == "tally":
            control = Tally()
        elif kind == "values":
            control = self.with_values(super().new_control(depth))
        else:
            return super().new_control(depth)
        self.keep_alive.append(control)
        return control

    def with_values(self, control: Control) -> Control:
        """Give ``control`` some value objects (a value object alone is not watched: its
        fields say when they change), sometimes ones other controls hold too."""
        fresh = _fresh_values(self.draw)
        kinds = (ft.Container,) if isinstance(control, ft.Container) else ()
        usable = [(n, m) for n, m in fresh if n == "tooltip" or isinstance(control, kinds)]
        picked = self.draw(st.lists(st.sampled_from(range(len(usable))), unique=True))
        for name, mutable in (usable[i] for i in picked):
            shared = [m for m in self.mutables if type(m.value) is type(mutable.value)]
            if shared and self.draw(st.booleans()):
                mutable = self.pick(shared)
            else:
                self.mutables.append(mutable)
            setattr(control, name, mutable.value)
        return control

    def edits(self) -> list[Callable[[], None]]:
        possible = super().edits()
        possible.append(self.list_op)
        if self.mutables:
            possible += [self.change_value] * 3
        if self.live_of(Tally):
            possible.append(self.tick)
        if self.live_of(Card):
            possible.append(self.rebuild)
        return possible

    def live_of(self, kind: type[Control]) -> list[Any]:
        return [c for c, _ in self.live() if isinstance(c, kind)]

    def change_value(self) -> None:
        self.pick(self.mutables).change(self.draw)

    def tick(self) -> None:
        self.pick(self.live_of(Tally)).count += 1

    def rebuild(self) -> None:
        """The era's way to rebuild a UserControl: a new tree in its place."""
        card = self.pick(self.live_of(Card))
        self.pool.extend(card.built)
        card.built = [ft.Column([ft.Text(f"rebuilt {card.heading}")])]

    def list_op(self) -> None:
        """One of the in-place changes a list of children has; the removed go to the pool."""
        parent = self.pick(self.list_parents())
        items = parent.controls
        before = list(items)
        size = len(items)
        ops: list[Callable[[], Any]] = [
            lambda: items.append(self.new_control()),
            lambda: items.extend(self.new_list()),
            lambda: items.__iadd__(self.new_list()),
            lambda: items.insert(self.draw(st.integers(-size - 1, size + 1)), self.new_control()),
        ]
        if size:
            index = self.draw(st.integers(-size, size - 1))
            start = self.draw(st.integers(-size, size))
            stop = self.draw(st.integers(-size, size))
            ops += [
                lambda: items.pop(index),
                lambda: items.pop(),
                lambda: items.remove(items[index]),
                lambda: items.__delitem__(index),
                lambda: items.__delitem__(slice(start, stop)),
                lambda: items.__setitem__(index, self.new_control()),
                lambda: items.__setitem__(slice(start, stop), self.new_list()),
                lambda: items.__delitem__(slice(None, None, -2)),
                lambda: items.sort(key=lambda c: type(c).__name__),
                lambda: items.reverse(),
                lambda: items.__imul__(1),
                lambda: items.clear(),
            ]
        self.pick(ops)()
        now = {id(c) for c in items}
        self.pool.extend(c for c in before if id(c) not in now)

    # -- how the flush is asked for ------------------------------------------------------------

    async def flush(self, session: Session, page: ft.Page) -> None:
        mounted = [c for c, _ in self.live() if c.page is not None]
        how = self.draw(st.sampled_from(["page", "control", "page_with", "handler"]))
        if how == "control" and mounted:
            await self.pick(mounted).update()
        elif how == "page_with" and mounted:
            await page.update(self.pick(mounted))
        elif how == "handler":  # what the session does once a handler returns
            await session.request_update()
        else:
            await page.update()


async def scenario(draw: Callable[[st.SearchStrategy[Any]], Any]) -> None:
    server_end, client_end = memory_pair()
    world = Edits(draw)
    first = world.new_list(2)

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
        await world.flush(session, page)
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
def test_client_tree_follows_edits_a_write_does_not_see(data: st.DataObject) -> None:
    run(scenario(data.draw))
