"""bootstrap.start on CPython: real app files, a fake Uint8Array, the simulated client."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from flet.transport import QueueTransport
from pyodide_runtime.bootstrap import start
from pyodide_runtime.errors import (
    AppCrashed,
    AppImportError,
    AppNotStarted,
    AppStartError,
    AppSyntaxError,
)
from pyodide_runtime.transport import PostMessageTransport
from tests.support.loop import run
from tests.support.simclient import SimClient


class FakeUint8Array:
    def __init__(self, data: bytes) -> None:
        self.data = bytes(data)

    def to_bytes(self) -> bytes:
        return self.data


@pytest.fixture
def app_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's folder as the worker leaves it: the working directory, as after unpacking."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    return tmp_path


def write(folder: Path, name: str, source: str) -> None:
    (folder / name).write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")


def no_post(u8: object) -> None:
    raise AssertionError("nothing may be posted before the client registers")


def first_line(error: AppStartError) -> str:
    return str(error).splitlines()[0]


def connect(transport: PostMessageTransport) -> SimClient:
    """A simulated client on the page side of the postMessage transport."""
    page_side = QueueTransport(lambda packet: transport.feed_js(FakeUint8Array(packet)))
    transport._post_packet = lambda u8: page_side.feed(u8.to_bytes())  # the worker's postPacket
    return SimClient(page_side)


# --- running the app ----------------------------------------------------------------------------


def test_the_app_module_runs_as_main_and_its_page_reaches_the_client(app_dir: Path) -> None:
    write(
        app_dir,
        "hello_app.py",
        """
        import flet as ft

        async def main(page: ft.Page):
            await page.add_async(ft.Text(f"Hello from {__name__}"))

        ft.app(main)
        """,
    )

    async def scenario() -> list[str]:
        transport = start("hello_app", no_post, FakeUint8Array)
        client = connect(transport)
        await client.connect()
        return client.texts()

    assert run(scenario()) == ["Hello from __main__"]


def test_posted_packets_are_converted_by_the_converter(app_dir: Path) -> None:
    write(app_dir, "conv_app.py", "import flet as ft\nft.app(lambda page: None)\n")
    posted: list[object] = []

    async def scenario() -> None:
        transport = start("conv_app", posted.append, FakeUint8Array)
        transport.send(b"\x00x")

    run(scenario())
    assert [type(u8) for u8 in posted] == [FakeUint8Array]


def test_the_app_folder_comes_first_on_sys_path(app_dir: Path) -> None:
    write(app_dir, "helper_mod_for_path.py", "GREETING = 'hi from a sibling module'\n")
    write(
        app_dir,
        "path_app.py",
        """
        import flet as ft
        from helper_mod_for_path import GREETING

        def main(page):
            page.add(ft.Text(GREETING))

        ft.app(target=main)
        """,
    )

    async def scenario() -> list[str]:
        client = connect(start("path_app", no_post, FakeUint8Array))
        await client.connect()
        return client.texts()

    assert run(scenario()) == ["hi from a sibling module"]
    assert sys.path[0] == str(app_dir)


# --- apps that cannot start -------------------------------------------------------------------


def test_a_module_without_ft_app_raises_app_not_started(app_dir: Path) -> None:
    write(app_dir, "no_app.py", "import flet as ft\n\ndef main(page):\n    pass\n")
    with pytest.raises(AppNotStarted) as caught:
        start("no_app", no_post, FakeUint8Array)
    assert str(caught.value) == (
        "Script finished without calling ft.app(main). Add ft.app(main) at the end of no_app.py"
    )


def test_sys_exit_0_before_ft_app_is_not_started_and_exit_3_is_a_crash(app_dir: Path) -> None:
    write(app_dir, "exit0_app.py", "import sys\nsys.exit(0)\n")
    write(app_dir, "exit3_app.py", "import sys\nsys.exit(3)\n")
    with pytest.raises(AppNotStarted):
        start("exit0_app", no_post, FakeUint8Array)
    with pytest.raises(AppCrashed) as caught:
        start("exit3_app", no_post, FakeUint8Array)
    assert first_line(caught.value) == "SystemExit: 3 (exit3_app.py, line 2)"


def test_a_syntax_error_names_file_and_line_on_the_first_line(app_dir: Path) -> None:
    write(app_dir, "syntax_app.py", "import flet as ft\n\nx = = 1\nft.app(print)\n")
    with pytest.raises(AppSyntaxError) as caught:
        start("syntax_app", no_post, FakeUint8Array)
    assert first_line(caught.value) == "SyntaxError: invalid syntax (syntax_app.py, line 3)"
    assert "x = = 1" in str(caught.value)  # the details keep the traceback for the console


def test_an_indentation_error_in_an_imported_app_file_names_that_file(app_dir: Path) -> None:
    (app_dir / "pkg_for_indent").mkdir()
    write(app_dir / "pkg_for_indent", "__init__.py", "")
    write(app_dir / "pkg_for_indent", "views.py", "def f():\nreturn 1\n")
    write(app_dir, "indent_app.py", "import pkg_for_indent.views\n")
    with pytest.raises(AppSyntaxError) as caught:
        start("indent_app", no_post, FakeUint8Array)
    assert first_line(caught.value).startswith("IndentationError: ")
    assert first_line(caught.value).endswith("(pkg_for_indent/views.py, line 2)")


def test_a_missing_package_says_to_add_it_to_requirements(app_dir: Path) -> None:
    write(app_dir, "req_app.py", "import flet as ft\nimport requests_not_installed_xyz\n")
    with pytest.raises(AppImportError) as caught:
        start("req_app", no_post, FakeUint8Array)
    assert first_line(caught.value) == (
        "ModuleNotFoundError: No module named 'requests_not_installed_xyz' "
        "(add it to requirements.txt and publish again)"
    )


def test_a_missing_app_module_says_to_publish_again(app_dir: Path) -> None:
    with pytest.raises(AppImportError) as caught:
        start("not_in_the_zip", no_post, FakeUint8Array)
    assert first_line(caught.value) == (
        "ModuleNotFoundError: No module named 'not_in_the_zip' "
        "(the site has no not_in_the_zip.py; publish the app again)"
    )


def test_an_import_error_keeps_its_message(app_dir: Path) -> None:
    write(app_dir, "name_app.py", "from flet import no_such_name_in_flet\n")
    with pytest.raises(AppImportError) as caught:
        start("name_app", no_post, FakeUint8Array)
    assert first_line(caught.value).startswith(
        "ImportError: cannot import name 'no_such_name_in_flet' from 'flet'"
    )


def test_an_exception_at_import_time_names_the_app_line(app_dir: Path) -> None:
    write(app_dir, "crash_app.py", "import flet as ft\nraise ValueError('bad thing')\n")
    with pytest.raises(AppCrashed) as caught:
        start("crash_app", no_post, FakeUint8Array)
    assert first_line(caught.value) == "ValueError: bad thing (crash_app.py, line 2)"
    assert "Traceback (most recent call last):" in str(caught.value)


def test_calling_ft_app_twice_is_a_crash_with_a_fix(app_dir: Path) -> None:
    write(app_dir, "twice_app.py", "import flet as ft\nft.app(print)\nft.app(print)\n")

    async def scenario() -> None:
        with pytest.raises(AppCrashed) as caught:
            start("twice_app", no_post, FakeUint8Array)
        assert first_line(caught.value).startswith("RuntimeError: ft.app() was called twice")
        assert first_line(caught.value).endswith("(twice_app.py, line 3)")

    run(scenario())
