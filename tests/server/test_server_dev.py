"""server_runtime.dev: loading an app's file for ``flet run``, the error page, ft.app's
keywords as serving options, and ``ft.app(main, export_asgi_app=True)``."""

from __future__ import annotations

from pathlib import Path

import pytest

import flet as ft
from server_runtime.dev import AppSlot, load_app, options_from_app_call
from tests.support.loop import run
from tests.support.simclient import start

pytestmark = pytest.mark.host_only

APP = """
import flet as ft
from helper import GREETING

def main(page):
    page.add(ft.Text(GREETING))

ft.app(main)
"""


def test_load_app_returns_the_main_passed_to_ft_app_and_sees_edits_of_its_modules(
    tmp_path: Path,
):
    (tmp_path / "app.py").write_text(APP)
    (tmp_path / "helper.py").write_text("GREETING = 'first'\n")
    main, error = load_app(tmp_path / "app.py")
    assert error is None and main is not None
    client, _ = run(start(main))
    assert client.texts() == ["first"]

    (tmp_path / "helper.py").write_text("GREETING = 'second'\n")
    main, error = load_app(tmp_path / "app.py")
    assert error is None and main is not None
    client, _ = run(start(main))
    assert client.texts() == ["second"]


def test_a_syntax_error_becomes_a_page_that_shows_it(tmp_path: Path):
    (tmp_path / "app.py").write_text("import flet as ft\ndef main(page)\n    pass\n")
    main, error = load_app(tmp_path / "app.py")
    assert main is None and error is not None and "SyntaxError" in error
    client, _ = run(start(AppSlot(None, error)))
    texts = client.texts()
    assert texts[0] == "The app could not be loaded"
    assert any("SyntaxError" in text and "app.py" in text for text in texts)


def test_a_file_that_never_calls_ft_app_says_so(tmp_path: Path):
    (tmp_path / "app.py").write_text("x = 1\n")
    main, error = load_app(tmp_path / "app.py")
    assert main is None and error is not None and "never called ft.app(main)" in error


def test_ft_app_keywords_become_serving_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("FLET_SERVER_PORT", raising=False)
    monkeypatch.delenv("FLET_NO_BROWSER", raising=False)
    serve = options_from_app_call(
        {
            "port": 9000,
            "view": ft.AppView.WEB_BROWSER,
            "assets_dir": "assets",
            "upload_dir": "uploads",
            "web_renderer": ft.WebRenderer.HTML,
            "name": "Shop",
        },
        tmp_path,
    )
    assert (serve.host, serve.port, serve.open_browser) == ("127.0.0.1", 9000, True)
    assert serve.app_options == {
        "assets_dir": str(tmp_path / "assets"),
        "upload_dir": str(tmp_path / "uploads"),
        "web_renderer": "html",
        "app_name": "Shop",
    }
    assert not options_from_app_call({"view": ft.AppView.FLET_APP_HIDDEN}, tmp_path).open_browser


def test_export_asgi_app_returns_a_fastapi_app_that_serves_the_page():
    import asyncio

    import httpx

    asgi = ft.app(lambda page: page.add(ft.Text("hi")), export_asgi_app=True)

    async def requests() -> None:
        transport = httpx.ASGITransport(app=asgi)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            page = await client.get("/")
            assert page.status_code == 200
            assert '"webSocketEndpoint": "/ws"' in page.text
            assert (await client.get("/some/route")).text == page.text  # the client routes it
            assert (await client.get("/missing.js")).status_code == 404

    asyncio.run(requests())


def test_python_app_py_serves_the_app_on_127_0_0_1():
    """``python examples/counter.py``: the page and a session of the counter over a socket."""
    import urllib.request

    from websockets.sync.client import connect

    from flet.protocol import Action, decode_packet, encode_packet
    from tests.browser.harness import start_python_app
    from tests.support.apps import ROOT

    server = start_python_app(ROOT / "examples" / "counter.py")
    try:
        with urllib.request.urlopen(server.url, timeout=10) as response:
            assert '"webSocketEndpoint": "/ws"' in response.read().decode()
        with connect(f"ws://127.0.0.1:{server.port}/ws") as ws:
            body = {"session_id": None, "page_name": "", "page": {"route": "/", "width": 800}}
            ws.send(encode_packet(Action.REGISTER_CLIENT, body))
            reply = decode_packet(ws.recv(timeout=10), limits=None)
        assert reply is not None and reply.body["error"] == ""
        assert "Flet app running at" in server.log()
        assert b"\xa10" in ws_packet_bytes(reply.body)  # the counter's "0"
    finally:
        server.stop()


def ws_packet_bytes(body: object) -> bytes:
    import msgpack

    return bytes(msgpack.packb(body))
