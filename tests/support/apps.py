"""Load an app file the way the browser does, capturing the ``main`` it passes to ft.app."""

from __future__ import annotations

import runpy
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from flet.app import use_runner
from flet.core.finished import FINISHED

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def load_main(path: Path) -> Callable[..., Any]:
    """Run the app file with a runner that only records ``main``; return it."""
    captured: list[Callable[..., Any]] = []

    def runner(main: Callable[..., Any]) -> Awaitable[None]:
        captured.append(main)
        return FINISHED

    with use_runner(runner):
        runpy.run_path(str(path), run_name="__main__")
    if len(captured) != 1:
        raise AssertionError(f"{path.name} called ft.app {len(captured)} times")
    return captured[0]
