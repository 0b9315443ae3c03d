"""server_runtime.uploads: signed, expiring upload URLs and the endpoint that receives files,
through ``flet_fastapi.app(main, upload_dir=...)`` over ASGI (httpx)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from itsdangerous import URLSafeSerializer

import flet_fastapi
from server_runtime.uploads import UploadRefused, UploadSigner

pytestmark = pytest.mark.host_only

SECRET = "test secret"


def put(app: object, url: str, body: bytes, method: str = "PUT") -> httpx.Response:
    async def request() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.request(method, url, content=body)

    return asyncio.run(request())


@pytest.fixture
def served(tmp_path: Path) -> tuple[object, Path]:
    uploads = tmp_path / "uploads"
    app = flet_fastapi.app(
        lambda page: None, upload_dir=str(uploads), secret_key=SECRET, max_upload_size=1000
    )
    return app, uploads


def test_a_signed_url_takes_the_file_into_upload_dir(served: tuple[object, Path]):
    app, uploads = served
    url = UploadSigner("/upload", SECRET).url("notes/today.txt", 60)
    response = put(app, url, "hello, ünïcode".encode())
    assert response.status_code == 200, response.text
    assert (uploads / "notes" / "today.txt").read_text() == "hello, ünïcode"
    assert put(app, UploadSigner("/upload", SECRET).url("b.bin", 60), b"x", "POST").is_success
    assert sorted(p.name for p in uploads.rglob("*")) == ["b.bin", "notes", "today.txt"]


@pytest.mark.parametrize(
    ("url", "status", "why"),
    [
        ("/upload", 403, "no token"),
        ("/upload?t=forged", 403, "signature"),
        (UploadSigner("/upload", "another secret").url("a.txt", 60), 403, "signature"),
        (
            "/upload?" + UploadSigner("/sub-app/upload", SECRET).url("a.txt", 60).split("?")[1],
            403,
            "another endpoint",
        ),
        (UploadSigner("/upload", SECRET).url("a.txt", -1), 410, "expired"),
    ],
    ids=["no-token", "forged", "other-secret", "other-endpoint", "expired"],
)
def test_a_bad_url_is_refused_and_writes_nothing(
    served: tuple[object, Path], url: str, status: int, why: str
):
    app, uploads = served
    response = put(app, url, b"data")
    assert response.status_code == status and why in response.text
    assert not uploads.exists() or not any(uploads.iterdir())


@pytest.mark.parametrize("name", ["../escape.txt", "/etc/passwd", "a/../../b", "a\\b", ""])
def test_a_name_outside_upload_dir_is_refused(served: tuple[object, Path], name: str):
    app, uploads = served
    with pytest.raises(UploadRefused):
        UploadSigner("/upload", SECRET).url(name, 60)
    forged = URLSafeSerializer(SECRET, salt="flet-pwa upload").dumps(
        {"f": name, "e": 9e12, "u": "/upload"}
    )
    response = put(app, f"/upload?t={forged}", b"data")
    assert response.status_code == 400
    assert not (uploads.parent / "escape.txt").exists()


def test_an_over_size_upload_is_refused_and_leaves_no_partial_file(
    served: tuple[object, Path],
):
    app, uploads = served
    url = UploadSigner("/upload", SECRET).url("big.bin", 60)
    response = put(app, url, b"x" * 1001)
    assert response.status_code == 413 and "1000 bytes" in response.text
    assert list(uploads.rglob("*")) == []


def test_other_methods_are_not_allowed(served: tuple[object, Path]):
    app, _ = served
    url = UploadSigner("/upload", SECRET).url("a.txt", 60)
    assert put(app, url, b"", "DELETE").status_code == 405


def test_an_app_without_upload_dir_has_no_upload_endpoint():
    app = flet_fastapi.app(lambda page: None)
    url = UploadSigner("/upload", SECRET).url("a.txt", 60)
    assert put(app, url, b"data").status_code == 405  # the page's static files take GET only
