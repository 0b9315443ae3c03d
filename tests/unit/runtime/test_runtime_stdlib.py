"""A left-out standard library module or codec fails with the publish flag that brings it back.

On CPython the list `flet publish` writes into the trimmed zip is stood in for by a module
`_flet_pwa_left_out` put into `sys.modules`, naming modules and codecs CPython does not have.
"""

from __future__ import annotations

import codecs
import importlib
import sys
import types
from collections.abc import Callable, Iterator

import pytest

from pyodide_runtime import stdlib
from pyodide_runtime.errors import AppImportError, from_exception
from pyodide_runtime.stdlib import LeftOutModuleError, keep_flag

LEFT_OUT = frozenset({"gone_tool", "gone_pkg", "gone_pkg.sub", "encodings.gone_cp"})


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    module = types.ModuleType(stdlib.LEFT_OUT_MODULE)
    module.LEFT_OUT = LEFT_OUT  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, stdlib.LEFT_OUT_MODULE, module)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    registered: list[Callable[[str], codecs.CodecInfo | None]] = []
    register = codecs.register
    monkeypatch.setattr(codecs, "register", lambda f: (registered.append(f), register(f)))
    assert stdlib.install()
    assert stdlib.install()  # a second call adds nothing
    yield
    for search in registered:
        codecs.unregister(search)
    assert len(registered) == 1


def test_without_the_list_nothing_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.delitem(sys.modules, stdlib.LEFT_OUT_MODULE, raising=False)
    finders = list(sys.meta_path)
    assert not stdlib.install()
    assert sys.meta_path == finders


@pytest.mark.usefixtures("installed")
def test_importing_a_left_out_module_names_the_flag() -> None:
    with pytest.raises(LeftOutModuleError) as error:
        importlib.import_module("gone_tool")
    assert error.value.name == "gone_tool"
    assert str(error.value) == (
        "No module named 'gone_tool': the published site leaves 'gone_tool' out of Python's "
        "standard library; publish the app again with --keep-stdlib gone_tool (or --full-stdlib)"
    )
    assert isinstance(error.value, ModuleNotFoundError)


@pytest.mark.usefixtures("installed")
def test_a_submodule_names_its_left_out_package() -> None:
    with pytest.raises(LeftOutModuleError, match="--keep-stdlib gone_pkg "):
        importlib.import_module("gone_pkg.sub")
    assert keep_flag("encodings.gone_cp", LEFT_OUT) == "encodings.gone_cp"


@pytest.mark.usefixtures("installed")
def test_modules_that_are_there_still_import() -> None:
    assert importlib.import_module("json").dumps([1]) == "[1]"
    with pytest.raises(ModuleNotFoundError) as error:
        importlib.import_module("never_existed_anywhere")
    assert not isinstance(error.value, LeftOutModuleError)


@pytest.mark.usefixtures("installed")
def test_a_left_out_codec_names_the_flag() -> None:
    with pytest.raises(LookupError, match=r"--keep-stdlib encodings\.gone_cp"):
        "text".encode("Gone-CP")
    assert b"caf\xe9".decode("cp1252") == "café"  # a codec that is there


@pytest.mark.usefixtures("installed")
def test_the_start_error_card_shows_the_flag_not_the_requirements_hint() -> None:
    try:
        importlib.import_module("gone_tool")
    except ModuleNotFoundError as exc:
        error = from_exception(exc, "app", "/nonexistent-app-dir")
    assert isinstance(error, AppImportError)
    first = str(error).splitlines()[0]
    assert first.startswith("LeftOutModuleError: No module named 'gone_tool'")
    assert "requirements.txt" not in first
