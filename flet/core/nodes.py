"""What a snapshot is: the controls the client is shown, as plain data, and their wire form.

A :class:`Snapshot` maps control ids to :class:`Node` s (type and wire properties, children as
:class:`Ref` / :class:`RefList`); ``to_wire`` turns a part of one into the nested maps the
client expects (protocol §8). How a control tree is read into one is
:mod:`flet.core.snapshot`. The node table is shared between snapshots in chunks, so that the
next snapshot copies only the chunks holding nodes it changed (an update costs what changed,
not the size of the page).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flet.core.props import Prop

__all__ = [
    "Node",
    "NodeTable",
    "Ref",
    "RefList",
    "Snapshot",
    "encode_value",
    "same",
    "to_wire",
    "wire_of",
    "wire_prop",
]

#: ids per chunk of a node table (a power of two)
_CHUNK_BITS = 6


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


class NodeTable(Mapping[int, Node]):
    """Nodes by id, kept in chunks of 64 ids; a table made by :meth:`changed` shares the
    chunks it does not change with the table it was made from (both stay as they are)."""

    __slots__ = ("_chunks", "_size")

    def __init__(self, chunks: dict[int, dict[int, Node]], size: int) -> None:
        self._chunks = chunks
        self._size = size

    @classmethod
    def of(cls, nodes: Mapping[int, Node]) -> NodeTable:
        if isinstance(nodes, NodeTable):
            return nodes
        chunks: dict[int, dict[int, Node]] = {}
        for cid, node in nodes.items():
            chunk = chunks.get(cid >> _CHUNK_BITS)
            if chunk is None:
                chunk = chunks[cid >> _CHUNK_BITS] = {}
            chunk[cid] = node
        return cls(chunks, len(nodes))

    def changed(self, nodes: Mapping[int, Node], removed: Iterable[int]) -> NodeTable:
        """A table with ``nodes`` set and the ids in ``removed`` gone (copies only the
        chunks they are in)."""
        chunks = dict(self._chunks)
        copied: set[int] = set()
        size = self._size

        def chunk_of(cid: int) -> dict[int, Node]:
            key = cid >> _CHUNK_BITS
            if key not in copied:
                copied.add(key)
                chunks[key] = dict(chunks.get(key, ()))
            return chunks[key]

        for cid in removed:
            chunk = chunk_of(cid)
            if chunk.pop(cid, None) is not None:
                size -= 1
            if not chunk:
                del chunks[cid >> _CHUNK_BITS]
                copied.discard(cid >> _CHUNK_BITS)
        for cid, node in nodes.items():
            chunk = chunk_of(cid)
            size += cid not in chunk
            chunk[cid] = node
        return NodeTable(chunks, size)

    def __getitem__(self, cid: int) -> Node:
        chunk = self._chunks.get(cid >> _CHUNK_BITS)
        if chunk is None:
            raise KeyError(cid)
        return chunk[cid]

    def __contains__(self, cid: object) -> bool:
        if not isinstance(cid, int):
            return False
        chunk = self._chunks.get(cid >> _CHUNK_BITS)
        return chunk is not None and cid in chunk

    def get(self, cid: int, default: Any = None) -> Any:
        chunk = self._chunks.get(cid >> _CHUNK_BITS)
        return default if chunk is None else chunk.get(cid, default)

    def __iter__(self) -> Iterator[int]:
        for chunk in self._chunks.values():
            yield from chunk

    def __len__(self) -> int:
        return self._size

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return len(self) == len(other) and all(
            cid in other and other[cid] == node for cid, node in self.items()
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"NodeTable({dict(self)!r})"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the client is shown (``nodes`` by id), and what changed since the snapshot this
    one was taken from: ids of nodes ``added`` (parents first), read again (``reread``: the
    only nodes that may differ) and ``removed``. ``watched`` ids (``prepare_always``, or an
    unsent value that can change unseen) are prepared on every update and read again when
    their hooks change them; ``faulty`` ones (a child left out) are read again on every
    update; for ``unseen`` ids, the properties holding a list or a dict (which can
    change unseen) are encoded again and compared, and the node read again if one differs.
    """

    root: int
    nodes: Mapping[int, Node] = field(default_factory=lambda: NodeTable.of({}))
    watched: frozenset[int] = frozenset()
    unseen: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    faulty: frozenset[int] = frozenset()
    added: tuple[int, ...] = ()
    reread: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()

    def unchanged(self) -> Snapshot:
        """The snapshot an update that read nothing again takes: the same nodes, nothing
        added, read again or removed (what ``take_snapshot`` returns with nothing changed):
        itself if it is already so (snapshots are frozen)."""
        if not self.added and not self.reread and not self.removed:
            return self
        return Snapshot(self.root, self.nodes, self.watched, self.unseen, self.faulty)

    def with_props(self, cid: int, changes: Mapping[str, Any]) -> Snapshot:
        """A copy in which control ``cid`` has ``changes`` applied (client echoes).

        A change to ``None`` removes the property, as pruning would.
        """
        node = self.nodes.get(cid)
        if node is None:
            return self
        props = {**node.props, **changes}
        echoed = Node(node.type, {k: v for k, v in props.items() if v is not None})
        nodes = NodeTable.of(self.nodes).changed({cid: echoed}, ())
        return Snapshot(self.root, nodes, self.watched, self.unseen, self.faulty)


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


def wire_prop(decl: Prop, value: Any) -> Any:
    """The wire value of one declared property, or ``None`` when it is not sent."""
    if value is None or value == decl.default:
        return None
    return decl.encode(value) if decl.encode else encode_value(value)


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


def same(a: Any, b: Any) -> bool:
    """Equality that tells ``1`` from ``True`` and ``1.0`` (the client does)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Mapping):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)
