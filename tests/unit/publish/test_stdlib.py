"""The site's trimmed standard library, made from the real python_stdlib.zip of the pinned
flet-web 1.0.5 wheel (Pyodide 314.0.7)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from flet.publish.cache import ensure_pinned
from flet.publish.client_files import WEB_PREFIX
from flet.publish.errors import OptionError
from flet.publish.options import default_cache_dir
from flet.publish.stdlib import LEFT_OUT_MODULE, check_keep, trim_stdlib
from flet.publish.target import CLIENT
from tests.unit.publish._support import Publish

pytestmark = pytest.mark.host_only

STAYS = (
    "asyncio",
    "asyncio.tasks",
    "concurrent.futures",
    "email.mime.text",
    "tarfile",
    "json",
    "socketserver",  # logging.config imports it
    "logging.config",
    "http.client",
    "urllib.request",
    "multiprocessing",
    "xml.etree.ElementTree",
    "sqlite3",
    "zoneinfo",
    "statistics",
    "encodings.utf_8",
    "encodings.charmap",
    "encodings.cp437",
    "encodings.cp1252",
    "encodings.idna",
    "encodings.shift_jis",
    "encodings.hex_codec",
)
GOES = ("pdb", "pydoc", "_pyrepl", "unittest", "unittest.mock", "doctest", "http.server")
GOES += ("xmlrpc.client", "smtplib", "imaplib", "encodings.cp1251", "encodings.koi8_r", "this")


@pytest.fixture(scope="module")
def pyodide_stdlib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheel, _ = ensure_pinned(CLIENT, default_cache_dir() / "client", ())
    target = tmp_path_factory.mktemp("stdlib") / "python_stdlib.zip"
    with zipfile.ZipFile(wheel) as zf:
        target.write_bytes(zf.read(f"{WEB_PREFIX}pyodide/python_stdlib.zip"))
    return target


def modules(path: Path) -> set[str]:
    """Dotted module names of the .py files in a zip."""
    names = set()
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith(".py"):
                parts = name.removesuffix(".py").split("/")
                names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_leaves_out_terminal_test_and_socket_server_modules_and_code_pages(
    pyodide_stdlib: Path, tmp_path: Path
) -> None:
    target = tmp_path / "trimmed.zip"
    result = trim_stdlib(pyodide_stdlib, target, (), full=False)

    kept = modules(target)
    assert not set(GOES) & kept
    assert set(STAYS) <= kept
    assert set(GOES) <= set(result.left_out)
    assert modules(pyodide_stdlib) - kept == set(result.left_out)
    assert result.bytes_before == pyodide_stdlib.stat().st_size
    assert result.bytes_after == target.stat().st_size < 0.8 * result.bytes_before


def test_the_zip_names_what_it_leaves_out(pyodide_stdlib: Path, tmp_path: Path) -> None:
    target = tmp_path / "trimmed.zip"
    result = trim_stdlib(pyodide_stdlib, target, (), full=False)
    with zipfile.ZipFile(target) as zf:
        source = zf.read(f"{LEFT_OUT_MODULE}.py").decode()
    namespace: dict[str, object] = {}
    exec(source, namespace)
    assert namespace["LEFT_OUT"] == frozenset(result.left_out)


def test_same_input_same_bytes(pyodide_stdlib: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    trim_stdlib(pyodide_stdlib, first, ("pdb",), full=False)
    trim_stdlib(pyodide_stdlib, second, ("pdb",), full=False)
    assert first.read_bytes() == second.read_bytes()


def test_keep_brings_back_a_package_with_its_submodules_or_one_codec(
    pyodide_stdlib: Path, tmp_path: Path
) -> None:
    target = tmp_path / "trimmed.zip"
    result = trim_stdlib(pyodide_stdlib, target, ("unittest", "encodings.cp1251"), full=False)
    kept = modules(target)
    assert {"unittest", "unittest.mock", "encodings.cp1251"} <= kept
    assert "encodings.koi8_r" not in kept
    assert "unittest.mock" not in result.left_out


def test_a_kept_module_keeps_the_left_out_modules_it_imports(
    pyodide_stdlib: Path, tmp_path: Path
) -> None:
    target = tmp_path / "trimmed.zip"
    result = trim_stdlib(pyodide_stdlib, target, ("pdb",), full=False)
    kept = modules(target)
    assert {"pdb", "_pyrepl", "_pyrepl.utils", "_pyrepl.types", "pydoc"} <= kept
    assert {"unittest", "encodings.cp1251"} <= set(result.left_out)


def test_keeping_a_package_keeps_every_left_out_module_in_it(
    pyodide_stdlib: Path, tmp_path: Path
) -> None:
    target = tmp_path / "trimmed.zip"
    result = trim_stdlib(pyodide_stdlib, target, ("encodings",), full=False)
    assert not [m for m in result.left_out if m.startswith("encodings.")]
    assert "encodings.koi8_r" in modules(target)


def test_full_stdlib_copies_the_zip_unchanged(pyodide_stdlib: Path, tmp_path: Path) -> None:
    target = tmp_path / "whole.zip"
    result = trim_stdlib(pyodide_stdlib, target, (), full=True)
    assert target.read_bytes() == pyodide_stdlib.read_bytes()
    assert result.left_out == ()


@pytest.mark.parametrize("name", ["pdbb", "asyncio", "tkinter"])
def test_keeping_a_module_that_is_not_left_out_is_an_error(pyodide_stdlib: Path, name: str) -> None:
    with pytest.raises(OptionError, match=f"--keep-stdlib {name}") as error:
        check_keep((name,), pyodide_stdlib)
    assert "--full-stdlib" in error.value.fix


def test_publish_ships_the_trimmed_zip_and_says_so(
    run_publish: Publish, make_app: Callable[..., Path]
) -> None:
    events: list[str] = []
    result = run_publish(make_app(), progress=lambda e: events.append(e.message))
    shipped = result.site_dir / "pyodide" / "python_stdlib.zip"
    assert "pdb" not in modules(shipped) and "asyncio" in modules(shipped)
    assert any(m.startswith("python_stdlib.zip: 2.4 MiB -> 1.8 MiB") for m in events), events


def test_publish_keeps_what_it_is_asked_to(
    run_publish: Publish, make_app: Callable[..., Path]
) -> None:
    result = run_publish(make_app(), keep_stdlib=("pdb",))
    assert "pdb" in modules(result.site_dir / "pyodide" / "python_stdlib.zip")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"keep_stdlib": ("not a module",)}, "is not a module name"),
        ({"keep_stdlib": ("pdb",), "full_stdlib": True}, "no effect with --full-stdlib"),
        ({"keep_stdlib": ("pdbb",)}, "does not leave out a module 'pdbb'"),
    ],
)
def test_bad_keep_options_are_errors(
    run_publish: Publish, make_app: Callable[..., Path], options: dict[str, object], message: str
) -> None:
    with pytest.raises(OptionError, match=message):
        run_publish(make_app(), **options)
