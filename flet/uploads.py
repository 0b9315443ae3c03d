"""Uploads: the folder ``FilePicker.upload()`` writes picked files into, and the URLs that
name them there.

Apps of the async era picked files, asked ``page.get_upload_url(name, expires)`` for each, called
``picker.upload([...])`` and then read ``os.path.join(upload_dir, name)``, ``upload_dir`` being
the folder given to ``ft.app(main, upload_dir="uploads")``; a Flet server received the files.

A published app has no server, and it needs none: Python runs in the visitor's browser, and the
picked files' bytes already reached it with ``pick_files`` (``with_data``, the default). So
``upload()`` writes those bytes into ``upload_dir`` on Pyodide's file system (in memory, the
app's working directory) and reports ``on_upload`` progress as the client did. The 1.0.5 client's
own upload (an HTTP ``PUT`` of the file to the URL) is not used: it streams only files picked
*without* their bytes (``with_data=False``), and a static site has nothing that answers the
``PUT`` (the service worker does not even control a tab on its first visit).

``get_upload_url`` returns a page-relative URL, ``upload/<name>?expires=<unix time>``; it only
names the file for ``upload()``, which refuses other URLs (a server's) with what to do instead.
``upload_dir`` travels with the app's context: ``ft.app`` sets it before the session starts, and
the session's tasks inherit it.
"""

from __future__ import annotations

import os
import posixpath
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

__all__ = [
    "UPLOAD_PREFIX",
    "UploadError",
    "UploadTarget",
    "chunks",
    "set_upload_dir",
    "target_of",
    "upload_dir",
    "upload_url",
    "use_upload_dir",
]

#: The path every URL of :func:`upload_url` starts with.
UPLOAD_PREFIX = "upload/"

#: Files up to this size are written at once (progress 0.0 then 1.0); bigger ones in tenths.
ONE_MB = 1024 * 1024

_upload_dir: ContextVar[str | None] = ContextVar("flet_upload_dir", default=None)


class UploadError(ValueError):
    """An upload the browser cannot carry out as asked."""


@dataclass(frozen=True, slots=True)
class UploadTarget:
    """Where an upload URL puts its file: ``path`` in the upload folder, until ``expires``."""

    name: str
    path: str
    expires: float

    def expired(self) -> bool:
        return time.time() > self.expires


def set_upload_dir(path: str | os.PathLike[str] | None) -> None:
    """Make ``path`` (relative to the working directory) the upload folder of this context."""
    _upload_dir.set(_absolute(path))


@contextmanager
def use_upload_dir(path: str | os.PathLike[str] | None) -> Iterator[None]:
    """The upload folder is ``path`` inside the ``with`` block (tests, embedding)."""
    token = _upload_dir.set(_absolute(path))
    try:
        yield
    finally:
        _upload_dir.reset(token)


def upload_dir() -> str:
    """The upload folder; an error says how to name one when the app gave none."""
    folder = _upload_dir.get()
    if folder is None:
        raise UploadError(
            "uploads need a folder to land in: start the app with "
            "ft.app(main, upload_dir='uploads') and read the files from there"
        )
    return folder


def upload_url(file_name: str, expires: int) -> str:
    """The URL ``page.get_upload_url(file_name, expires)`` returns: valid ``expires`` seconds."""
    name = _relative_name(file_name)
    if isinstance(expires, bool) or not isinstance(expires, int | float) or expires < 0:
        raise UploadError(
            f"get_upload_url(..., expires) takes the URL's lifetime in seconds, not {expires!r}"
        )
    upload_dir()  # fail here, where the app asks, rather than at upload()
    deadline = int(time.time() + expires)
    return f"{UPLOAD_PREFIX}{quote(name)}?expires={deadline}"


def target_of(url: str) -> UploadTarget:
    """Where the upload URL ``url`` (from :func:`upload_url`) puts its file."""
    parts = urlsplit(url) if isinstance(url, str) else None
    path = parts.path.lstrip("/") if parts is not None else ""
    if parts is None or parts.scheme or parts.netloc or not path.startswith(UPLOAD_PREFIX):
        raise UploadError(
            f"upload() writes into the app's upload_dir and takes the URLs of "
            f"page.get_upload_url(name, expires), not {url!r}; to send a file to a server, "
            f"post its bytes (e.files[i].bytes) from Python, e.g. with pyodide.http.pyfetch"
        )
    name = _relative_name(unquote(path[len(UPLOAD_PREFIX) :]))
    expires = parse_qs(parts.query).get("expires", [""])[0]
    deadline = float(expires) if expires.isdigit() else float("inf")
    return UploadTarget(name, os.path.join(upload_dir(), *name.split("/")), deadline)


def chunks(data: bytes) -> Iterator[tuple[bytes, float]]:
    """``data`` in the pieces an upload writes, each with the progress after it: one piece up
    to 1 MB, tenths above (as the 1.0.5 client reports every 10% of bigger files)."""
    size = len(data)
    step = size if size <= ONE_MB else -(-size // 10)
    for start in range(0, size, max(step, 1)):
        end = min(start + step, size)
        yield data[start:end], end / size
    if size == 0:
        yield b"", 1.0


def _absolute(path: str | os.PathLike[str] | None) -> str | None:
    if path is None or path == "":
        return None
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"upload_dir takes a folder path, not {path!r}")
    return os.path.abspath(os.fspath(path))


def _relative_name(file_name: object) -> str:
    """``file_name`` as a path inside the upload folder; absolute paths and ``..`` refused."""
    if not isinstance(file_name, str) or not file_name.strip():
        raise UploadError(f"an upload needs a file name, not {file_name!r}")
    name = posixpath.normpath(file_name.replace("\\", "/"))
    if name.startswith("/") or name == ".." or name.startswith("../") or name == ".":
        raise UploadError(
            f"an upload's file name is a path inside upload_dir (like 'photo.png' or "
            f"'user1/photo.png'), not {file_name!r}"
        )
    return name
