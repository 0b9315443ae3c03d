"""The site's Python standard library: Pyodide's `python_stdlib.zip` without what an app in a
browser worker cannot use (part of stage `fetch_client`).

Pyodide already ships its standard library without the test suite, tkinter, idlelib,
ensurepip, venv, lib2to3, pydoc_data and turtledemo (`LEFT_OUT` names them too, so a later
Pyodide that brings one back does not ship it). Of the rest, the site leaves out:

* tools that need a terminal or a debugger prompt: the REPL (`_pyrepl`), `pdb`, `pydoc` (so
  `help()`), `tabnanny`, `pty`, `tty`;
* the test frameworks `unittest` and `doctest`;
* servers and mail/file protocols, which need sockets the browser does not give Python:
  `http.server`, `xmlrpc`, `wsgiref`, `imaplib`, `smtplib`, `poplib`, `ftplib`, `mailbox`
  (`socketserver` stays: `logging.config` imports it);
* developer tools and jokes: `pickletools`, `pyclbr`, `zipapp`, `this`, `antigravity`,
  `__hello__`, `__phello__`;
* the legacy single-byte code pages of `encodings` (`cp1251`, `koi8_r`, `mac_roman`,
  `iso8859_5`...) and the Windows-only codecs; kept are the Unicode, escape and binary
  transform codecs, the CJK multibyte codecs, `cp437` (zip file names) and `cp1252`.

Kept on purpose although an app rarely imports them: `asyncio`, `concurrent` (asyncio imports
it), `email` and `tarfile` (Pyodide's package loader), `multiprocessing`, `http.client`,
`urllib`, `xml`, `sqlite3`, `ctypes`, `zoneinfo`, `tomllib`, `statistics`.

A module comes back with `--keep-stdlib NAME` (repeatable; a package keeps its submodules, and
the left-out modules a kept one imports stay too: pdb brings _pyrepl) or the whole library with
`--full-stdlib`. The trimmed zip holds `_flet_pwa_left_out.py`,
the names it leaves out, so that importing one fails with a message naming the flag
(`pyodide_runtime/stdlib.py`).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ._zip import write_zip
from .errors import OptionError

__all__ = [
    "KEPT_CODECS",
    "LEFT_OUT",
    "LEFT_OUT_MODULE",
    "StdlibTrim",
    "check_keep",
    "left_out_modules",
    "trim_stdlib",
]

LEFT_OUT_MODULE = "_flet_pwa_left_out"  # written into the trimmed zip: what it leaves out

LEFT_OUT = (
    # never in Pyodide's zip, listed so that a later Pyodide that brings one does not ship it
    "test",
    "idlelib",
    "tkinter",
    "turtle",
    "turtledemo",
    "lib2to3",
    "ensurepip",
    "venv",
    "pydoc_data",
    # need a terminal or a debugger prompt
    "_pyrepl",
    "pdb",
    "pydoc",
    "tabnanny",
    "pty",
    "tty",
    # test frameworks
    "unittest",
    "doctest",
    # servers and protocols over sockets
    "http.server",
    "xmlrpc",
    "wsgiref",
    "imaplib",
    "smtplib",
    "poplib",
    "ftplib",
    "mailbox",
    # developer tools and jokes
    "pickletools",
    "pyclbr",
    "zipapp",
    "this",
    "antigravity",
    "__hello__",
    "__phello__",
)

# Of the single-byte code pages in `encodings` (gencodec's tables), the ones the site keeps.
KEPT_CODECS = frozenset({"cp437", "cp1252"})
_WINDOWS_CODECS = frozenset({"mbcs", "oem", "_win_cp_codecs"})
_CODE_PAGE_MARKS = (b"decoding_table", b"decoding_map")  # gencodec's tables
_IMPORT_LINE = re.compile(
    r"^[ \t]*(?:from[ \t]+(?P<module>[A-Za-z_][\w.]*)[ \t]+import[ \t]+\(?(?P<names>[\w, \t]+)"
    r"|import[ \t]+(?P<imported>[\w., \t]+))",
    re.M,
)


@dataclass(frozen=True)
class StdlibTrim:
    """What `trim_stdlib` did: module names left out, sizes of the zip before and after."""

    left_out: tuple[str, ...]  # dotted module names, sorted
    bytes_before: int
    bytes_after: int
    full: bool  # --full-stdlib: copied unchanged


def trim_stdlib(source: Path, target: Path, keep: Iterable[str], full: bool) -> StdlibTrim:
    """Write `source` (Pyodide's python_stdlib.zip) to `target` without the left-out modules
    (`left_out_modules`) other than those in `keep`; unchanged when `full`."""
    size = source.stat().st_size
    if full:
        target.write_bytes(source.read_bytes())
        return StdlibTrim((), size, size, full=True)
    with zipfile.ZipFile(source) as zf:
        entries = [(info.filename, zf.read(info)) for info in zf.infolist() if not info.is_dir()]
    left_out = left_out_modules(entries, keep)
    kept = [(name, data) for name, data in entries if _module_of(name) not in left_out]
    kept.append((f"{LEFT_OUT_MODULE}.py", _left_out_source(left_out)))
    write_zip(target, sorted(kept))
    return StdlibTrim(tuple(sorted(left_out)), size, target.stat().st_size, full=False)


def left_out_modules(entries: list[tuple[str, bytes]], keep: Iterable[str]) -> set[str]:
    """The dotted names of the modules in `entries` the site leaves out, except the left-out
    packages (or single modules) `keep` names and those they import (pdb needs _pyrepl),
    transitively. A package is kept whole: its modules import each other."""
    sources = {_module_of(name): data for name, data in entries if name.endswith(".py")}
    candidates = {
        module
        for name, data in entries
        if (module := _module_of(name)) and _is_left_out(module, data)
    }
    # what --keep-stdlib names: a left-out module or package, or a package holding some
    # ("encodings": every code page); what a kept module imports: only the left-out ones
    todo = [_outermost(name, candidates) or name for name in keep]
    kept: set[str] = set()
    while todo:
        unit = todo.pop()
        for module in candidates - kept:
            if _covered(module, {unit}):
                kept.add(module)
                imported = (_outermost(n, candidates) for n in _imports(sources.get(module, b"")))
                todo.extend(name for name in imported if name is not None)
    return candidates - kept


def _outermost(name: str, candidates: set[str]) -> str | None:
    """The outermost left-out package holding `name` (or `name` itself); None if none is."""
    parts = name.split(".")
    for i in range(1, len(parts) + 1):
        prefix = ".".join(parts[:i])
        if prefix in candidates:
            return prefix
    return None


def _imports(source: bytes) -> set[str]:
    """Absolute module names `source` imports anywhere (a function's lazy imports too). A
    line scan, not `ast`: the host Python may be older than Pyodide's and not parse it."""
    names = set()
    for match in _IMPORT_LINE.finditer(source.decode("utf-8", "replace")):
        if match.group("module"):
            module = match.group("module")
            names.add(module)
            parts = (n.split() for n in match.group("names").split(","))
            names.update(f"{module}.{part[0]}" for part in parts if part)
        else:
            names.update(n.split()[0] for n in match.group("imported").split(",") if n.split())
    return names


def check_keep(keep: Iterable[str], source: Path) -> None:
    """Raise `OptionError` for a `--keep-stdlib` name the trimmed library would not leave out."""
    names = tuple(keep)
    if not names:
        return
    with zipfile.ZipFile(source) as zf:
        entries = [(info.filename, zf.read(info)) for info in zf.infolist() if not info.is_dir()]
    candidates = left_out_modules(entries, ())
    for name in names:
        if not any(_covered(module, {name}) for module in candidates):
            raise OptionError(
                f"--keep-stdlib {name}: the site's standard library does not leave out "
                f"a module {name!r}",
                "name a module it leaves out (flet/publish/stdlib.py lists them: e.g. pdb, "
                "unittest, encodings.cp1251) or use --full-stdlib",
            )


def _is_left_out(module: str, data: bytes) -> bool:
    if _covered(module, set(LEFT_OUT)):
        return True
    package, _, codec = module.partition(".")
    if package != "encodings" or not codec or "." in codec:
        return False
    code_page = any(mark in data for mark in _CODE_PAGE_MARKS)
    return codec in _WINDOWS_CODECS or (code_page and codec not in KEPT_CODECS)


def _covered(module: str, names: set[str]) -> bool:
    """`module` is one of `names` or inside a package among them."""
    return any(module == name or module.startswith(name + ".") for name in names)


def _module_of(name: str) -> str:
    """`"email/mime/text.py"` -> `"email.mime.text"`, `"json/__init__.py"` -> `"json"`; data
    files belong to their package: `"site-packages/README.txt"` -> `"site-packages"`."""
    parts = name.split("/")
    if not name.endswith(".py"):
        return ".".join(parts[:-1])
    parts[-1] = parts[-1].removesuffix(".py")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _left_out_source(left_out: set[str]) -> bytes:
    names = "".join(f"    {name!r},\n" for name in sorted(left_out))
    return (
        '"""Written by flet publish: the standard library modules this site leaves out."""\n'
        f"LEFT_OUT = frozenset({{\n{names}}})\n"
    ).encode()
