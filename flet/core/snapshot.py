"""Snapshots: what the client is shown, as plain data.

``take_snapshot`` reads a control tree (it never writes to it) and returns, for each control id,
its type and wire properties, with children replaced by :class:`Ref` / :class:`RefList`. The
snapshot of what was last sent is the diff's baseline; ``to_wire`` turns a part of a snapshot
into the nested maps the client expects (protocol §8).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flet.core.client_types import check as check_client_type
from flet.core.control import Control
from flet.core.ids import IdRegistry
from flet.core.props import Children, Prop
from flet.core.tree import DuplicateControlError, Places, TreeError

__all__ = [
    "DuplicateControlError",
    "Node",
    "Ref",
    "RefList",
    "Snapshot",
    "TreeError",
    "encode_value",
    "take_snapshot",
    "to_wire",
    "wire_prop",
]


@dataclass(frozen=True, slots=True)
class Ref:
    """A single child: the id of the control."""

    id: int


@dataclass(frozen=True, slots=True)
class RefList:
    """A list of children: their ids in order."""

    ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Node:
    """One control as the client sees it: type name and pruned wire properties."""

    type: str
    props: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Snapshot:
    root: int
    nodes: Mapping[int, Node] = field(default_factory=dict)

    def with_props(self, cid: int, changes: Mapping[str, Any]) -> Snapshot:
        """A copy in which control ``cid`` has ``changes`` applied (client echoes).

        A change to ``None`` removes the property, as pruning would.
        """
        node = self.nodes.get(cid)
        if node is None:
            return self
        props = {**node.props, **changes}
        nodes = dict(self.nodes)
        nodes[cid] = Node(node.type, {k: v for k, v in props.items() if v is not None})
        return Snapshot(self.root, nodes)


def encode_value(value: Any) -> Any:
    """The wire form of a property value: enums by value, value objects by ``to_wire()``."""
    if value is None or isinstance(value, bool | int | float | str | bytes):
        return value
    if isinstance(value, enum.Enum):
        return encode_value(value.value)
    to_wire_method = getattr(value, "to_wire", None)
    if to_wire_method is not None:
        return encode_value(to_wire_method())
    if isinstance(value, list | tuple):
        return [encode_value(v) for v in value]
    if isinstance(value, dict):
        return {k: encode_value(v) for k, v in value.items() if v is not None}
    return value  # dates, times and durations are left to the codec


def take_snapshot(
    root: Control, ids: IdRegistry, skipped: list[TreeError] | None = None
) -> Snapshot:
    """Read the tree under ``root`` into a snapshot, allocating ids through ``ids``.

    A control found in a second place (:class:`DuplicateControlError`), or a child that is
    not a control, raises a :class:`TreeError`; with a ``skipped`` list, that child is left
    out of the snapshot and the error appended there instead, so the rest can still be sent.
    """
    nodes: dict[int, Node] = {}
    places = Places(root)
    root_id = ids.assign(root, None)
    stack: list[tuple[Control, int]] = [(root, root_id)]
    while stack:
        control, cid = stack.pop()
        claimed, errors = places.claim(control)
        if errors and skipped is None:
            raise errors[0]
        if skipped is not None:
            skipped.extend(errors)
        kept = {id(kid) for kid in claimed}
        props = _wire_props(control)
        for decl in type(control).declared_children.values():
            value = control._values.get(decl.name)
            if isinstance(decl, Children):
                kids = [k for k in value or () if _take(kept, k)]
                if not kids:
                    continue
                kid_ids = tuple(ids.assign(k, (cid, decl.wire)) for k in kids)
                props[decl.wire] = RefList(kid_ids)
                stack.extend(zip(kids, kid_ids, strict=True))
            elif value is not None and _take(kept, value):
                kid_id = ids.assign(value, (cid, decl.wire))
                props[decl.wire] = Ref(kid_id)
                stack.append((value, kid_id))
        control_type = type(control).control_type
        check_client_type(type(control), control_type)
        nodes[cid] = Node(control_type, props)
    return Snapshot(root_id, nodes)


def _take(kept: set[int], control: Control) -> bool:
    """Whether this occurrence of ``control`` is the one claimed (each is taken once)."""
    if id(control) not in kept:
        return False
    kept.discard(id(control))
    return True


def wire_prop(decl: Prop, value: Any) -> Any:
    """The wire value of one declared property, or ``None`` when it is not sent."""
    if value is None or value == decl.default:
        return None
    return decl.encode(value) if decl.encode else encode_value(value)


def _wire_props(control: Control) -> dict[str, Any]:
    cls = type(control)
    values = control._values
    props: dict[str, Any] = {}
    for decl in cls.declared_props.values():
        if not decl.sent:
            continue
        wire = wire_prop(decl, values.get(decl.name))
        if wire is not None:
            props[decl.wire] = wire
    for decl_event in cls.declared_events.values():
        if values.get(decl_event.name) is not None:
            props[decl_event.wire] = True
    internals = control.wire_internals()
    if internals:
        props["_internals"] = encode_value(dict(internals))
    return props


def to_wire(snapshot: Snapshot, cid: int) -> dict[str, Any]:
    """The nested wire map of control ``cid`` and everything under it."""
    node = snapshot.nodes[cid]
    out: dict[str, Any] = {"_c": node.type, "_i": cid}
    for key, value in node.props.items():
        out[key] = wire_of(snapshot, value)
    return out


def wire_of(snapshot: Snapshot, value: Any) -> Any:
    """A snapshot property value as sent: refs expanded into control maps."""
    if isinstance(value, Ref):
        return to_wire(snapshot, value.id)
    if isinstance(value, RefList):
        return [to_wire(snapshot, i) for i in value.ids]
    return value
