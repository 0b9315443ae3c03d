"""Does the app use ``page.client_storage``? Decides whether the mirror loads before ``main``.

Loading the browser's stored values costs two round trips to the client and sends the
register reply before ``main`` has built the UI, so the session only does it first when the
app's code can reach the name ``client_storage``: the code of ``main``, of the functions,
classes and modules it names (followed through their globals), and of everything nested in
them. Library code (outside the app's folder) is not followed. An app that reaches the name
some other way gets the mirror on first use instead (see ``flet/controls/services.py``).
"""

from __future__ import annotations

import inspect
import os
import types
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["uses_name"]

#: Never the app's code, even when the app's folder contains them.
_LIBRARIES = (
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep,  # flet itself
    os.path.dirname(os.path.abspath(os.__file__)) + os.sep,  # the standard library
)


def _codes(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _codes(const)


def _code_of(obj: Any) -> types.CodeType | None:
    func = inspect.unwrap(obj) if callable(obj) else obj
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    return code if isinstance(code, types.CodeType) else None


def _cell_value(cell: Any) -> Any:
    try:
        return cell.cell_contents
    except ValueError:  # an empty cell
        return None


class _Finder:
    def __init__(self, name: str, folder: str) -> None:
        self.name = name
        self.folder = folder
        self.seen: set[int] = set()

    def in_app(self, filename: str | None) -> bool:
        if not filename:
            return False
        path = os.path.abspath(filename)
        library = path.startswith(_LIBRARIES) or "site-packages" in path
        return path.startswith(self.folder) and not library

    def search(self, obj: Any, globals_: dict[str, Any] | None = None) -> bool:
        if id(obj) in self.seen:
            return False
        self.seen.add(id(obj))
        if isinstance(obj, types.ModuleType):
            return self.in_app(getattr(obj, "__file__", None)) and any(
                self.search(v, vars(obj)) for v in list(vars(obj).values())
            )
        if isinstance(obj, type):
            return any(self.search(v, globals_) for v in list(vars(obj).values()))
        code = _code_of(obj)
        if code is None or not self.in_app(code.co_filename):
            return False
        func = inspect.unwrap(obj)
        scope = getattr(func, "__globals__", globals_) or {}
        cells = getattr(func, "__closure__", None) or ()
        if any(self.search(_cell_value(cell), scope) for cell in cells):
            return True
        for each in _codes(code):
            if self.name in each.co_names:
                return True
            if any(self.search(scope[n], scope) for n in each.co_names if n in scope):
                return True
        return False


def uses_name(main: Callable[..., Any], name: str) -> bool:
    """Whether attribute or global ``name`` appears in code ``main`` can reach in its app."""
    code = _code_of(main)
    if code is None:
        return False
    folder = os.path.dirname(os.path.abspath(code.co_filename)) + os.sep
    return _Finder(name, folder).search(main)
