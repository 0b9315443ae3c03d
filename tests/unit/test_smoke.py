"""Temporary smoke test of the test infrastructure (CPython and Pyodide); delete later."""

import asyncio
import sys

import msgpack
from hypothesis import given
from hypothesis import strategies as st


class _TimerLoop(asyncio.BaseEventLoop):
    """A timer-only loop, like the virtual-time loop the core tests use."""

    def __init__(self) -> None:
        super().__init__()
        self._selector = self

    def select(self, timeout: float | None = None) -> list[object]:
        return []

    def _process_events(self, event_list: list[object]) -> None:
        pass

    def _write_to_self(self) -> None:
        pass


def test_msgpack_round_trip() -> None:
    assert msgpack.unpackb(msgpack.packb([1, "a", b"b"])) == [1, "a", b"b"]


@given(st.lists(st.integers(min_value=-(2**63), max_value=2**64 - 1)))
def test_hypothesis_runs(xs: list[int]) -> None:
    assert msgpack.unpackb(msgpack.packb(xs)) == xs


def test_own_event_loop_runs() -> None:
    async def work() -> str:
        await asyncio.sleep(0)
        return sys.platform

    loop = _TimerLoop()
    try:
        assert loop.run_until_complete(work()) == sys.platform
    finally:
        loop.close()
