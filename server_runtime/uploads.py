"""Uploads to a server: signed, expiring upload URLs and ``FletUpload``, the endpoint that
receives the files.

``page.get_upload_url(name, expires)`` in a served app returns ``<endpoint>?t=<token>``: the
token is the file name, the expiry time and the endpoint's path, signed with the app's secret
(``itsdangerous``; ``secret_key=``, else ``FLET_SECRET_KEY``, else a random secret of this
process, which is enough for one process). ``FilePicker.upload`` makes the browser ``PUT``
each picked file to its URL; ``FletUpload`` checks the token and streams the body into
``upload_dir/<name>`` through a temporary file that is renamed only when the whole body
arrived, so a refused, over-size or broken upload leaves nothing behind.

Answers: 200 written; 400 a name that is not a plain relative path inside ``upload_dir``; 403
a missing or forged token, or one made for another endpoint; 405 another method; 410 an
expired URL; 413 more than ``max_upload_size`` bytes (by ``Content-Length`` before reading, or
while reading).
"""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from pathlib import Path, PurePosixPath
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer
from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response

__all__ = ["FletUpload", "UploadSigner", "default_secret"]

_PROCESS_SECRET = secrets.token_urlsafe(32)
_SALT = "flet-pwa upload"


def default_secret(secret_key: str | None = None) -> str:
    """The secret that signs upload URLs: ``secret_key``, ``FLET_SECRET_KEY``, or this
    process's random one."""
    return secret_key or os.getenv("FLET_SECRET_KEY") or _PROCESS_SECRET


class UploadRefused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class UploadSigner:
    """Makes and checks the upload URLs of one endpoint."""

    def __init__(self, endpoint: str, secret_key: str | None = None) -> None:
        self.endpoint = "/" + endpoint.strip("/")
        self._serializer = URLSafeSerializer(default_secret(secret_key), salt=_SALT)

    def url(self, file_name: str, expires: float) -> str:
        """The URL that lets the browser upload ``file_name`` for ``expires`` seconds."""
        check_name(file_name)
        payload = {"f": file_name, "e": time.time() + float(expires), "u": self.endpoint}
        return f"{self.endpoint}?t={self._serializer.dumps(payload)}"

    def file_name(self, token: str | None, path: str, now: float | None = None) -> str:
        """The file name ``token`` allows at the endpoint ``path``; ``UploadRefused`` (403,
        410, 400) otherwise."""
        if not token:
            raise UploadRefused(403, "the upload URL has no token; get it from page.get_upload_url")
        try:
            data = self._serializer.loads(token)
        except BadSignature:
            raise UploadRefused(403, "the upload URL's signature is not valid") from None
        if not isinstance(data, dict) or not isinstance(data.get("f"), str):
            raise UploadRefused(403, "the upload URL's token is not valid")
        if data.get("u") != path:
            raise UploadRefused(403, "the upload URL was made for another endpoint")
        expires = data.get("e")
        if not isinstance(expires, (int, float)) or (now or time.time()) > expires:
            raise UploadRefused(410, "the upload URL has expired; ask for a new one")
        return check_name(data["f"])


def check_name(name: str) -> str:
    """``name`` if it is a relative path that stays inside the upload folder."""
    path = PurePosixPath(name)
    if (
        not name
        or "\0" in name
        or "\\" in name
        or path.is_absolute()
        or any(part in ("", ".", "..") for part in path.parts)
    ):
        raise UploadRefused(400, f"{name!r} is not a file name inside the upload folder")
    return name


class FletUpload:
    """``await FletUpload(upload_dir).handle(request)``: receive one file (PUT or POST)."""

    def __init__(
        self,
        upload_dir: str | os.PathLike[str],
        max_upload_size: int | None = None,
        secret_key: str | None = None,
        endpoint: str = "/upload",
    ) -> None:
        self.upload_dir = Path(upload_dir).resolve()
        env_max = os.getenv("FLET_MAX_UPLOAD_SIZE")
        self.max_upload_size = int(env_max) if env_max else max_upload_size
        self.signer = UploadSigner(endpoint, secret_key)

    async def handle(self, request: Request) -> Response:
        if request.method not in ("PUT", "POST"):
            return PlainTextResponse("upload with PUT or POST", status_code=405)
        try:
            name = self.signer.file_name(request.query_params.get("t"), request.url.path)
            self._check_declared_size(request)
            await self._receive(request, self.upload_dir / name)
        except UploadRefused as refused:
            return PlainTextResponse(refused.reason, status_code=refused.status)
        return PlainTextResponse("OK")

    def _check_declared_size(self, request: Request) -> None:
        declared = request.headers.get("content-length")
        limit = self.max_upload_size
        if limit is not None and declared and declared.isdigit() and int(declared) > limit:
            raise UploadRefused(413, self._too_big())

    def _too_big(self) -> str:
        return f"the file is larger than the {self.max_upload_size} bytes this server accepts"

    async def _receive(self, request: Request, target: Path) -> None:
        if not target.resolve().is_relative_to(self.upload_dir):  # a link inside the folder
            raise UploadRefused(400, "the file name leads out of the upload folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        received = 0
        try:
            with os.fdopen(fd, "wb") as out:
                async for chunk in request.stream():
                    received += len(chunk)
                    if self.max_upload_size is not None and received > self.max_upload_size:
                        raise UploadRefused(413, self._too_big())
                    out.write(chunk)
            os.replace(partial, target)
        except ClientDisconnect:
            raise UploadRefused(400, "the upload was interrupted") from None
        finally:
            if os.path.exists(partial):
                os.unlink(partial)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        response = await self.handle(Request(scope, receive))
        await response(scope, receive, send)
