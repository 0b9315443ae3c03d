"""``flet.core.finished``: the already finished awaitable that calls return for sync code to
ignore and async code to await."""

import asyncio
import gc
import warnings

from flet.core.finished import FINISHED, Finished
from flet.session.threads import SCHEDULED, Scheduled
from tests.support.loop import run


def test_awaiting_it_returns_none_without_yielding_to_the_loop():
    order: list[str] = []

    async def other() -> None:
        order.append("other")

    async def main() -> object:
        task = asyncio.create_task(other())
        result = await FINISHED
        order.append("after await")
        await task
        return result

    assert run(main()) is None
    assert order == ["after await", "other"]  # the await did not let the task run first


def test_it_can_be_awaited_again_and_again():
    async def main() -> list[object]:
        return [await FINISHED, await FINISHED, await Finished()]

    assert run(main()) == [None, None, None]


def test_ignoring_it_warns_of_nothing():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Finished()  # what sync code does with ft.app()'s result or a window method's
        gc.collect()


def test_a_call_from_a_worker_thread_returns_a_finished_awaitable_that_says_what_it_is():
    assert isinstance(SCHEDULED, Scheduled)
    assert isinstance(SCHEDULED, Finished)
    assert "scheduled" in repr(SCHEDULED)

    async def main() -> object:
        return await SCHEDULED

    assert run(main()) is None
