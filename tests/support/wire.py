"""What the client receives for one control, for wire-shape tests of the catalog.

``client_view(control)`` runs a whole session over the in-memory transport, puts ``control``
on the page (``page.add`` unless ``place`` says otherwise), and returns the map the simulated
client built from what it was sent, with ids left out: ``{"_c": type, **props}``, children
nested the same way. Tests compare it with the shapes of protocol.md §8 and §12.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flet.core.control import Control
from tests.support.loop import run
from tests.support.simclient import CControl, SimClient, start

__all__ = ["client_view", "shape"]

Place = Callable[[Any, Control], Any]


def _add(page: Any, control: Control) -> None:
    page.add(control)


def client_view(control: Control, place: Place = _add) -> dict[str, Any]:
    """The simulated client's copy of ``control`` after a session has shown it."""

    async def scenario() -> dict[str, Any]:
        def main(page: Any) -> None:
            place(page, control)
            page.update()

        client, _task = await start(main)
        await client.settle(0.6)
        return shape(_find(client, control))

    return run(scenario())


def _find(client: SimClient, control: Control) -> CControl:
    page = control.page
    if page is None:
        raise AssertionError(f"{control!r} never reached the client (it is not mounted)")
    cid = page._session._ids.id_of(control)
    found = client.index.get(cid)
    if found is None:
        raise AssertionError(f"the client has no control {cid} for {control!r}")
    return found


def shape(value: Any) -> Any:
    """A client-side value with control ids dropped: controls become ``{"_c": type, ...}``."""
    if isinstance(value, CControl):
        return {"_c": value.type, **{k: shape(v) for k, v in value.props.items()}}
    if isinstance(value, list):
        return [shape(v) for v in value]
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    return value
