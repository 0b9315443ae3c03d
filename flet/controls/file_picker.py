"""FilePicker: the browser's file dialog, as apps of the async era used it.

Apps put a ``FilePicker(on_result=...)`` in ``page.overlay`` and call ``pick_files(...)`` from
a click; ``on_result`` then gets ``e.files``, a list of :class:`FilePickerFile` (``None`` when
the visitor cancelled). The 1.0.5 client has it as a service (the page moves it from the
overlay to its service registry) and answers the ``pick_files`` method call with the files.

In a browser a picked file has no path (``path`` is ``None``); its contents come with it
instead, in ``FilePickerFile.bytes`` (the picker asks the client for them: ``with_data``).
``upload()`` writes those bytes into the app's ``upload_dir`` on Pyodide's file system and
reports ``on_upload`` progress (see :mod:`flet.uploads` for why no HTTP request is made);
``get_directory_path()`` is refused because a browser gives pages no folder paths.
``save_file(file_name=..., src_bytes=...)`` makes the browser download ``src_bytes``.

Each method returns an awaitable of the :class:`FilePickerResultEvent` that ``on_result``
receives, so an ``async`` app may also write ``e = await picker.pick_files_async()``.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Awaitable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from flet import uploads
from flet.controls.base import call_client
from flet.controls.services import Service
from flet.core.control import current_page
from flet.core.props import Event
from flet.events.base import ControlEvent
from flet.events.controls import FilePickerUploadEvent
from flet.session.handlers import call_handler
from flet.uploads import UploadError

__all__ = [
    "FilePicker",
    "FilePickerError",
    "FilePickerFile",
    "FilePickerFileType",
    "FilePickerResultEvent",
    "FilePickerUploadEvent",
    "FilePickerUploadFile",
    "UploadError",
]

#: How long the client may keep its dialog open before the call gives up (as Flet 1.0.5).
DIALOG_TIMEOUT = 3600.0


class FilePickerError(ValueError):
    """A file dialog call a browser cannot carry out as asked."""


class FilePickerFileType(Enum):
    ANY = "any"
    MEDIA = "media"
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    CUSTOM = "custom"


@dataclass
class FilePickerFile:
    """A picked file: ``name``, ``path`` (always ``None`` in a browser), ``size`` in bytes,
    and its contents in ``bytes``."""

    name: str
    path: str | None
    size: int
    bytes: bytes | None = field(default=None, repr=False)
    id: int | None = None

    def read(self) -> builtins.bytes:
        """The file's contents; an error says what to do if they were not read."""
        if self.bytes is None:
            raise FilePickerError(
                f"the contents of {self.name!r} were not read; call pick_files(with_data=True)"
            )
        return self.bytes


@dataclass
class FilePickerUploadFile:
    """Which picked file to upload (``id`` first, then ``name``) and its ``upload_url`` (from
    ``page.get_upload_url``). The era wrote ``FilePickerUploadFile(name, upload_url)``, Flet
    1.0 ``FilePickerUploadFile(upload_url=..., id=...)``; both work."""

    name: str | None = None
    upload_url: str = ""
    method: str = "PUT"
    id: int | None = None


@dataclass(slots=True)
class FilePickerResultEvent(ControlEvent):
    """``on_result``: ``e.files`` after ``pick_files`` (``None`` if cancelled), ``e.path``
    after ``save_file``."""

    path: str | None = None
    files: list[FilePickerFile] | None = None


_ADD_WITH = "page.overlay.append(...)"


def _uploads_to_server(page: Any) -> Any:
    """The server's upload URL maker when the app is served, else None (in the browser)."""
    return getattr(getattr(page, "_session", None), "upload_url", None)


def _file(data: Any) -> FilePickerFile:
    if not isinstance(data, dict):
        raise FilePickerError(f"the client answered pick_files with {data!r}, not a file")
    content = data.get("bytes")
    if isinstance(content, list):  # a client that sends the bytes as a list of numbers
        content = bytes(content)
    return FilePickerFile(
        name=str(data.get("name") or ""),
        path=data.get("path"),
        size=int(data.get("size") or 0),
        bytes=bytes(content) if isinstance(content, bytes | bytearray) else None,
        id=data.get("id"),
    )


def _upload_list(files: Any) -> list[FilePickerUploadFile]:
    items = [files] if isinstance(files, FilePickerUploadFile) else files
    if not isinstance(items, list | tuple) or not all(
        isinstance(f, FilePickerUploadFile) for f in items
    ):
        raise FilePickerError(
            "FilePicker.upload() takes a list of ft.FilePickerUploadFile(name, upload_url=...), "
            f"not {files!r}"
        )
    for f in items:
        if str(f.method).upper() not in ("PUT", "POST"):
            raise FilePickerError(f"an upload's method is 'PUT' or 'POST', not {f.method!r}")
    return list(items)


def _file_type(value: Any) -> str:
    if isinstance(value, FilePickerFileType):
        return value.value
    if isinstance(value, str) and value in FilePickerFileType._value2member_map_:
        return value
    names = ", ".join(f"FilePickerFileType.{t.name}" for t in FilePickerFileType)
    raise FilePickerError(f"file_type takes one of {names}, not {value!r}")


class FilePicker(Service):
    """The browser's file dialog; put it in ``page.overlay`` and call :meth:`pick_files`."""

    control_type = "FilePicker"

    on_result = Event()
    on_upload = Event()

    _result: FilePickerResultEvent | None = None

    @property
    def result(self) -> FilePickerResultEvent | None:
        """The last result (what ``on_result`` last received)."""
        return self._result

    # -- the dialogs -------------------------------------------------------------------------

    def pick_files(
        self,
        dialog_title: str | None = None,
        initial_directory: str | None = None,
        file_type: FilePickerFileType | str = FilePickerFileType.ANY,
        allowed_extensions: list[str] | None = None,
        allow_multiple: bool | None = False,
        with_data: bool | None = None,
    ) -> Awaitable[FilePickerResultEvent]:
        """Open the dialog; ``on_result`` gets the files, with their contents in ``bytes``
        (by default in the browser; on a server, by default, they stay in the browser until
        ``upload()`` sends them to the server's upload endpoint)."""
        if with_data is None:
            with_data = _uploads_to_server(self.page or current_page.get()) is None
        args = {
            "dialog_title": dialog_title,
            "initial_directory": initial_directory,
            "file_type": _file_type(file_type),
            "allowed_extensions": list(allowed_extensions) if allowed_extensions else None,
            "allow_multiple": bool(allow_multiple),
            "with_data": bool(with_data),
        }
        return self._open("pick_files", args)

    def save_file(
        self,
        dialog_title: str | None = None,
        file_name: str | None = None,
        initial_directory: str | None = None,
        file_type: FilePickerFileType | str = FilePickerFileType.ANY,
        allowed_extensions: list[str] | None = None,
        src_bytes: bytes | None = None,
    ) -> Awaitable[FilePickerResultEvent]:
        """Download ``src_bytes`` as ``file_name`` (a browser lets a page write no file by
        path, so both are required); ``on_result`` follows with ``path=None``."""
        if src_bytes is None or not file_name:
            raise FilePickerError(
                "FilePicker.save_file() in a browser needs file_name=... and src_bytes=... "
                "(the file's contents): the browser downloads them, as a page cannot write "
                "to a path it chose"
            )
        args = {
            "dialog_title": dialog_title,
            "file_name": file_name,
            "initial_directory": initial_directory,
            "file_type": _file_type(file_type),
            "allowed_extensions": list(allowed_extensions) if allowed_extensions else None,
            "src_bytes": bytes(src_bytes),
        }
        return self._open("save_file", args)

    def get_directory_path(
        self, dialog_title: str | None = None, initial_directory: str | None = None
    ) -> Awaitable[FilePickerResultEvent]:
        raise FilePickerError(
            "FilePicker.get_directory_path(): a browser gives pages no folder paths; "
            "use pick_files(allow_multiple=True) and read each file's bytes"
        )

    def upload(self, files: list[FilePickerUploadFile]) -> Awaitable[None]:
        """Write the picked ``files`` into the app's ``upload_dir``, one by one; ``on_upload``
        gets each file's progress (0.0, then tenths of files over 1 MB, then 1.0) or error.

        The URLs must come from ``page.get_upload_url``; a file that is not among the picked
        ones gets an ``on_upload`` error, as the client reports it."""
        page = self.page or current_page.get()
        if page is None:
            raise FilePickerError(
                "FilePicker.upload(): put the picker on the page (page.overlay.append(...)) "
                "and pick the files first"
            )
        if _uploads_to_server(page) is not None:  # the browser PUTs each file to the server
            wanted = [
                {"name": f.name, "upload_url": f.upload_url, "method": f.method, "id": f.id}
                for f in _upload_list(files)
            ]
            return call_client(self, "upload", {"files": wanted}, DIALOG_TIMEOUT, _ADD_WITH)
        jobs = [(self._picked(f), uploads.target_of(f.upload_url)) for f in _upload_list(files)]
        task: Awaitable[None] = page.run_task(self._upload, jobs, page)
        return task

    pick_files_async = pick_files
    save_file_async = save_file
    get_directory_path_async = get_directory_path
    upload_async = upload

    # -- uploading -------------------------------------------------------------------------

    def _picked(self, wanted: FilePickerUploadFile) -> FilePickerFile | str:
        """The picked file ``wanted`` names (by id, then name), or the name it asked for."""
        picked = (self._result.files if self._result is not None else None) or []
        found = next((f for f in picked if wanted.id is not None and f.id == wanted.id), None)
        found = found or next((f for f in picked if f.name == wanted.name), None)
        if found is None:
            return wanted.name or ""
        if found.bytes is None:
            raise FilePickerError(
                f"FilePicker.upload(): the contents of {found.name!r} stayed in the browser; "
                "pick the files with pick_files(with_data=True) (the default) to upload them"
            )
        return found

    async def _upload(
        self, jobs: list[tuple[FilePickerFile | str, uploads.UploadTarget]], page: Any
    ) -> None:
        for picked, target in jobs:
            if isinstance(picked, str):
                await self._report(page, picked, None, "File not found among the picked files.")
            elif target.expired():
                await self._report(page, picked.name, None, "The upload URL has expired.")
            else:
                await self._write(page, picked, target)

    async def _write(self, page: Any, picked: FilePickerFile, target: uploads.UploadTarget) -> None:
        await self._report(page, picked.name, 0.0, None)
        partial = target.path + ".part"
        try:
            os.makedirs(os.path.dirname(target.path), exist_ok=True)
            with open(partial, "wb") as out:
                for piece, progress in uploads.chunks(picked.read()):
                    out.write(piece)
                    if progress < 1.0:
                        await self._report(page, picked.name, progress, None)
            os.replace(partial, target.path)
        except OSError as error:
            await self._report(page, picked.name, None, f"{target.name}: {error.strerror}")
            return
        await self._report(page, picked.name, 1.0, None)

    async def _report(
        self, page: Any, name: str, progress: float | None, error: str | None
    ) -> None:
        data = {"file_name": name, "progress": progress, "error": error}
        event = FilePickerUploadEvent.build(page.uid_of(self) or 0, "upload", data, self, page)
        handler = self.on_upload
        if handler is not None:
            await call_handler(handler, event)

    # -- running a dialog --------------------------------------------------------------------

    def _open(self, method: str, args: dict[str, Any]) -> Awaitable[FilePickerResultEvent]:
        page = self.page or current_page.get()
        call = call_client(self, method, args, DIALOG_TIMEOUT, "page.overlay.append(...)")
        page.adopt(self)  # an app of the 1.0 style that never added it
        task: Awaitable[FilePickerResultEvent] = page.run_task(self._deliver, method, call, page)
        return task

    async def _deliver(self, method: str, call: Awaitable[Any], page: Any) -> FilePickerResultEvent:
        answer = await call
        event = FilePickerResultEvent(page.uid_of(self) or 0, "result", answer, self, page)
        if method == "pick_files":
            event.files = [_file(f) for f in answer or []] or None
        else:
            event.path = answer if isinstance(answer, str) else None
        self._result = event
        handler = self.on_result
        if handler is not None:
            await call_handler(handler, event)
        return event
