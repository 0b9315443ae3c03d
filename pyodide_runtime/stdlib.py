"""A clear error for a standard library module or codec the published site leaves out.

`flet publish` ships Pyodide's standard library without what an app in a browser worker cannot
use (`flet/publish/stdlib.py`) and writes the names it left out into the zip as the module
`_flet_pwa_left_out`. `install()` adds a finder at the end of `sys.meta_path` (it runs only
when no other finder found the module, e.g. a wheel that brings its own `unittest2` is not
affected) and a codec search function after the standard one: importing a left-out module, or
looking up a left-out encoding, fails with a message that names the publish flag bringing it
back. Without that module (a site published with --full-stdlib, or CPython) nothing changes.
"""

from __future__ import annotations

import codecs
import importlib
import sys
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["LeftOutFinder", "LeftOutModuleError", "install", "keep_flag"]

LEFT_OUT_MODULE = "_flet_pwa_left_out"


class LeftOutModuleError(ModuleNotFoundError):
    """A module of the standard library that `flet publish` left out of the site."""


def keep_flag(name: str, left_out: frozenset[str]) -> str:
    """The `--keep-stdlib` value that brings `name` back: its outermost left-out package."""
    parts = name.split(".")
    for i in range(1, len(parts) + 1):
        candidate = ".".join(parts[:i])
        if candidate in left_out:
            return candidate
    return name


def _message(name: str, left_out: frozenset[str]) -> str:
    return (
        f"the published site leaves {name!r} out of Python's standard library; publish the app "
        f"again with --keep-stdlib {keep_flag(name, left_out)} (or --full-stdlib)"
    )


class LeftOutFinder:
    """Last on `sys.meta_path`: raises `LeftOutModuleError` for a left-out module."""

    def __init__(self, left_out: frozenset[str]) -> None:
        self.left_out = left_out

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname not in self.left_out:
            return None
        raise LeftOutModuleError(
            f"No module named {fullname!r}: {_message(fullname, self.left_out)}", name=fullname
        )


def install() -> bool:
    """Add the finder and the codec search function, once; False when nothing is left out."""
    try:
        left_out = frozenset(importlib.import_module(LEFT_OUT_MODULE).LEFT_OUT)
    except ModuleNotFoundError:
        return False
    if any(isinstance(finder, LeftOutFinder) for finder in sys.meta_path):
        return True
    sys.meta_path.append(LeftOutFinder(left_out))
    codecs.register(_codec_search(left_out))
    return True


def _codec_search(left_out: frozenset[str]) -> Callable[[str], codecs.CodecInfo | None]:
    from encodings import normalize_encoding
    from encodings.aliases import aliases

    def search(encoding: str) -> codecs.CodecInfo | None:
        normalized = normalize_encoding(encoding).lower()
        module = f"encodings.{aliases.get(normalized, normalized)}"
        if module in left_out:
            raise LookupError(f"unknown encoding: {encoding} ({_message(module, left_out)})")
        return None

    return search
