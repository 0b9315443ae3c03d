"""The runner end to end without X: a stand-in client program speaking the 0.82.2 socket wire.

``DesktopApp`` starts the stand-in as it starts the real client (``<program> <address> <pid
file>``); it connects to the Unix socket or the TCP port, registers, clicks the app's button
and reports what it was sent; then it exits, which ends the app.
"""

from __future__ import annotations

import asyncio
import json
import stat
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import flet as ft
from desktop_runtime import DesktopApp

pytestmark = pytest.mark.host_only

#: The stand-in client: bare msgpack values on the socket, sent one byte at a time.
CLIENT = """#!{python}
import json, socket, sys, msgpack

address, pid_file, report = sys.argv[1], sys.argv[2], {report!r}
if address.startswith("tcp://"):
    host, port = address[len("tcp://"):].rsplit(":", 1)
    sock = socket.create_connection((host, int(port)))
else:
    sock = socket.socket(socket.AF_UNIX)
    sock.connect(address)
unpacker = msgpack.Unpacker(raw=False, strict_map_key=False)

def send(value):
    for byte in msgpack.packb(value):
        sock.sendall(bytes([byte]))

def receive():
    while True:
        for value in unpacker:
            return value
        unpacker.feed(sock.recv(65536))

page = {{"route": "/", "width": 800.0, "height": 600.0, "platform": "linux"}}
send([1, {{"session_id": None, "page_name": "", "page": page}}])
reply = receive()
if reply[1]["error"]:  # the error card: does the core keep the connection open?
    sock.settimeout(1.0)
    try:
        kept = sock.recv(1) != b""
    except socket.timeout:
        kept = True
    json.dump({{"reply": reply, "kept": kept}}, open(report, "w"))
    sys.exit(0)
button = reply[1]["page_patch"]["views"][0]["controls"][0]
send([4, {{"id": 2, "props": {{"width": 800.0, "height": 600.0}}}}])
send([3, {{"target": button["_i"], "name": "click", "data": None}}])
patch = receive()
json.dump({{"address": address, "reply": reply, "patch": patch}}, open(report, "w"))
sock.close()
"""


def clicker(page: ft.Page) -> None:
    page.title = "Clicks"
    page.window_width = 640

    def click(e: Any) -> None:
        e.control.text = f"clicked in {threading.current_thread().name}"
        e.control.update()

    page.add(ft.ElevatedButton("click me", on_click=click))


@pytest.mark.parametrize("tcp", [False, True], ids=["unix socket", "tcp port"])
def test_a_client_registers_clicks_and_its_exit_ends_the_app(tmp_path: Path, tcp: bool):
    report = tmp_path / "report.json"
    program = tmp_path / "client"
    program.write_text(CLIENT.format(python=sys.executable, report=str(report)))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    app = DesktopApp(clicker, program, tcp=tcp)

    status = asyncio.run(asyncio.wait_for(app.run(), 30))

    assert status == 0
    seen = json.loads(report.read_text())
    assert seen["address"].startswith("tcp://127.0.0.1:") == tcp
    window = seen["reply"][1]["page_patch"]["window"]
    assert window == {"_c": "Window", "_i": 2, "width": 640}
    action, body = seen["patch"]
    assert action == 2
    assert body["patch"][-1][2:] == ["content", "clicked in flet-handler_0"]
    assert app.session is not None and app.session.closed
    assert app.session.page is not None and app.session.page.window_width == 800


def failing(page: ft.Page) -> None:
    raise ValueError("no configuration file")


def test_a_main_that_fails_keeps_the_error_card_until_the_window_closes(tmp_path: Path):
    report = tmp_path / "report.json"
    program = tmp_path / "client"
    program.write_text(CLIENT.format(python=sys.executable, report=str(report)))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    sessions: list[Any] = []
    app = DesktopApp(failing, program, on_session=sessions.append)

    status = asyncio.run(asyncio.wait_for(app.run(), 30))

    assert status == 0
    seen = json.loads(report.read_text())
    assert seen["reply"][1]["error"].startswith("ValueError: no configuration file")
    assert seen["kept"] is True  # no disconnect: the client would reconnect and run main again
    assert len(sessions) == 1
