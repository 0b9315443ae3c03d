"""A pure-Python wheel's files into site-packages after a snapshot start: the needed ones first.

After a start from the memory snapshot (``snapshot.py``) most of the core's modules are already
imported: the heap holds them, and their ``.py`` files are read again only to show source lines
in a traceback or for ``inspect``. Writing all 165 files of the core wheel took 250-300 ms of a
warm start in Chromium. So the worker (``js/worker.mjs``) calls :func:`install` with the wheel's
bytes (checked against the lock by then), which writes at once every file an import or a read
may need: the modules not imported yet, data files, the ``.dist-info`` metadata. The sources of
the imported modules are kept back, and the worker writes them a few at a time with
:func:`install_more` once the app runs, between the client's messages.

A wheel none of whose modules is imported yet (an app's own dependency) is written whole at
once. Member names are resolved inside ``target`` as :meth:`zipfile.ZipFile.extract` does (no
absolute paths, no ``..``). As Pyodide's own installer does, the ``metadata`` files are written
into the wheel's ``.dist-info`` folder, and the files under ``NAME.data/data/`` are copied
under ``sys.prefix`` as well.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import zipfile
from collections import deque
from collections.abc import Mapping

__all__ = ["install", "install_more", "pending"]

# (archive, member names) still to write, oldest first
_later: deque[tuple[zipfile.ZipFile, str, deque[str]]] = deque()


def install(
    data: bytes | bytearray | memoryview, target: str, metadata: Mapping[str, str] | None = None
) -> int:
    """Write the wheel ``data``'s files into ``target`` (site-packages), but the sources of
    modules already imported from there; return how many files are kept for later."""
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    later: deque[str] = deque()
    for name in archive.namelist():
        if name.endswith("/"):
            continue
        if _imported_from(name, target):
            later.append(name)
        else:
            archive.extract(name, target)
        top, _, rest = name.partition("/")
        if top.endswith(".data") and rest.startswith("data/"):
            _copy_data_file(archive, name, rest[len("data/") :])
    if metadata:
        _write_metadata(archive, target, metadata)
    if later:
        _later.append((archive, target, later))
    return len(later)


def _write_metadata(archive: zipfile.ZipFile, target: str, metadata: Mapping[str, str]) -> None:
    """``metadata``'s files into the wheel's ``.dist-info`` folder, written by then."""
    tops = sorted({name.partition("/")[0] for name in archive.namelist()})
    dist_info = next((top for top in tops if top.endswith(".dist-info")), None)
    if dist_info is None:
        return
    for key, value in metadata.items():
        with open(os.path.join(target, dist_info, os.path.basename(key)), "w") as file:
            file.write(value)


def _copy_data_file(archive: zipfile.ZipFile, name: str, relative: str) -> None:
    """``name`` to ``sys.prefix``/``relative``, unless that leads outside ``sys.prefix``."""
    prefix = os.path.normpath(sys.prefix)
    path = os.path.normpath(os.path.join(prefix, relative))
    if os.path.isabs(relative) or not path.startswith(prefix + os.sep):
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with archive.open(name) as source, open(path, "wb") as copy:
        shutil.copyfileobj(source, copy)


def install_more(limit: int = 16) -> int:
    """Write up to ``limit`` of the files kept back; return how many are still kept back."""
    written = 0
    while _later and written < limit:
        archive, target, names = _later[0]
        while names and written < limit:
            archive.extract(names.popleft(), target)
            written += 1
        if not names:
            _later.popleft()
    return pending()


def pending() -> int:
    """How many files :func:`install` kept back and :func:`install_more` has not written."""
    return sum(len(names) for _, _, names in _later)


def _imported_from(member: str, target: str) -> bool:
    """Whether ``member`` is the source of a module imported from that very file."""
    if not member.endswith(".py"):
        return False
    dotted = member[: -len(".py")].replace("/", ".")
    if dotted.endswith(".__init__"):
        dotted = dotted[: -len(".__init__")]
    module = sys.modules.get(dotted)
    origin = getattr(module, "__file__", None)
    if not isinstance(origin, str):
        return False
    return os.path.normpath(origin) == os.path.normpath(os.path.join(target, member))
