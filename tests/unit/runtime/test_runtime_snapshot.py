"""pyodide_runtime.snapshot on CPython: what runs after a heap is restored. msgpack stays in the
pure-Python form the snapshot holds until ``extensions_loaded()``, which the worker calls once
it has loaded msgpack's wheel, re-imports it in place with its C extension."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator

import msgpack
import pytest

from flet.protocol import codec
from pyodide_runtime import snapshot


@pytest.fixture
def pure_msgpack() -> Iterator[None]:
    """msgpack as the snapshot holds it (imported with MSGPACK_PUREPYTHON); C form afterwards."""
    os.environ["MSGPACK_PUREPYTHON"] = "1"
    try:
        importlib.reload(msgpack)
    finally:
        del os.environ["MSGPACK_PUREPYTHON"]
    yield
    importlib.reload(msgpack)


def test_restored_leaves_msgpack_alone_and_extensions_loaded_brings_the_c_form(
    pure_msgpack: None,
) -> None:
    assert msgpack.Packer.__module__ == "msgpack.fallback"
    snapshot.restored()
    pure = codec.encode_value({"a": [1, 2.5, "x"]})
    assert msgpack.Packer.__module__ == "msgpack.fallback"

    assert snapshot.extensions_loaded() is True

    assert msgpack.Packer.__module__ == "msgpack._cmsgpack"
    assert codec.msgpack is msgpack  # the codec's module object, reloaded in place
    assert codec.encode_value({"a": [1, 2.5, "x"]}) == pure  # the same bytes either way
