"""Deterministic zip files: sorted entries, fixed timestamps and permissions."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["FIXED_DATE", "read_files", "write_zip"]

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold


def write_zip(path: Path, entries: Iterable[tuple[str, bytes]]) -> None:
    """Write `entries` (archive name, content) in the order given, byte-for-byte reproducibly."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16  # regular file, rw-r--r--
            info.create_system = 3  # unix, so the mode above is honoured
            zf.writestr(info, data, compresslevel=9)


def read_files(files: Iterable[tuple[Path, str]]) -> list[tuple[str, bytes]]:
    """(archive name, bytes) for (file, archive name) pairs, sorted by name."""
    return sorted((name, path.read_bytes()) for path, name in files)
