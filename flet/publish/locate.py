"""Finding the project's own files (flet, pyodide_runtime, web_template) without importing
the runtime: the publisher only reads those files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from .errors import PublishError

__all__ = ["package_dir"]

_FLET_DIR = Path(__file__).resolve().parents[1]


def package_dir(name: str) -> Path:
    """The folder of top-level package `name`: where Python would import it from, else the
    folder next to the `flet` package this publisher belongs to."""
    if name == "flet":
        return _FLET_DIR
    spec = importlib.util.find_spec(name)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))).resolve()
    sibling = _FLET_DIR.parent / name
    if sibling.is_dir():
        return sibling
    raise PublishError(
        f"cannot find the {name!r} package next to {_FLET_DIR}",
        "install flet-pwa completely (pip install flet-pwa) or run from its checkout",
    )
