"""The node table: snapshots share its chunks, and a new one never changes an old one."""

from flet.core.nodes import Node, NodeTable


def node(text: str) -> Node:
    return Node("Text", {"value": text})


def test_a_changed_table_leaves_the_old_one_as_it_was():
    old = NodeTable.of({i: node(str(i)) for i in range(1, 300)})
    new = old.changed({5: node("five"), 400: node("new")}, [7, 299])
    assert len(old) == 299 and old[5] == node("5") and 7 in old and 400 not in old
    assert len(new) == 298 and new[5] == node("five") and new[400] == node("new")
    assert 7 not in new and 299 not in new and new.get(7) is None
    assert dict(new) == {
        **{i: node(str(i)) for i in range(1, 300) if i not in (5, 7, 299)},
        5: node("five"),
        400: node("new"),
    }


def test_chunks_no_node_changed_in_are_shared():
    old = NodeTable.of({i: node(str(i)) for i in range(1, 1000)})
    new = old.changed({500: node("x")}, ())
    shared = [key for key, chunk in new._chunks.items() if chunk is old._chunks.get(key)]
    assert len(shared) == len(old._chunks) - 1  # only the chunk of id 500 was copied


def test_a_chunk_emptied_goes_and_equality_is_by_content():
    table = NodeTable.of({1: node("a"), 200: node("b")})
    emptied = table.changed({}, [200])
    assert list(emptied) == [1] and len(emptied) == 1
    assert emptied == {1: node("a")} and emptied != table
    assert emptied.changed({200: node("b")}, ()) == table
