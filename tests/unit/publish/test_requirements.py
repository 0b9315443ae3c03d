"""requirements.txt parsing and dependency resolution with Pyodide markers (no network)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from flet.publish import IncompatibleWheel, RequirementsError, WheelNotFound
from flet.publish.requirements import read_requirements
from flet.publish.resolver import resolve
from flet.publish.wheelinfo import read_wheel
from tests.unit.publish._support import make_wheel

pytestmark = pytest.mark.host_only


def test_lines_markers_and_provided_names(tmp_path: Path) -> None:
    (tmp_path / "more.txt").write_text("six==1.17.0\n")
    req = tmp_path / "requirements.txt"
    req.write_text(
        "# comment\n"
        "humanize>=4  # trailing comment\n"
        "python-dateutil \\\n"
        "    >=2.8\n"
        'pywin32; sys_platform == "win32"\n'
        'micropip; sys_platform == "emscripten" and python_version >= "3.14"\n'
        "flet>=0.20\n"
        "flet-core==0.24.1\n"
        "Flet-Contrib\n"
        "msgpack\n"
        "--pre\n"
        "-r more.txt\n"
    )
    parsed = read_requirements(req)
    assert [str(r) for r in parsed.requirements] == [
        "humanize>=4",
        "python-dateutil>=2.8",
        'micropip; sys_platform == "emscripten" and python_version >= "3.14"',
        "six==1.17.0",
    ]
    assert parsed.pre
    assert any("flet-contrib" in w.lower() for w in parsed.warnings)
    assert not any("flet-core" in w for w in parsed.warnings)
    assert any(n.startswith("flet-core is provided by the site") for n in parsed.notes)
    assert any("pywin32" in n for n in parsed.notes)
    assert any(n.startswith("flet ") for n in parsed.notes)
    assert any(n.startswith("msgpack ") for n in parsed.notes)


@pytest.mark.parametrize("line", ["--index-url https://example.org/simple", "./local.whl"])
def test_unsupported_lines_say_what_to_do(tmp_path: Path, line: str) -> None:
    req = tmp_path / "requirements.txt"
    req.write_text(f"humanize\n{line}\n")
    with pytest.raises(RequirementsError) as info:
        read_requirements(req)
    assert f"{req}:2" in str(info.value) and "--wheel" in info.value.fix


class FakeIndex:
    """A download() that serves wheels from a dict and records what it was asked for."""

    def __init__(self, folder: Path, wheels: dict[str, list[str]]) -> None:
        self.folder = folder
        self.wheels = wheels
        self.asked: list[list[str]] = []

    def __call__(self, reqs: Sequence[str], constraints: Sequence[str], dest: Path) -> None:
        self.asked.append(list(reqs))
        for text in reqs:
            name = Requirement(text).name
            if name not in self.wheels:
                raise WheelNotFound(name)
            make_wheel(dest, name, "1.0", self.wheels[name])


def test_dependencies_follow_pyodide_markers_and_extras(tmp_path: Path) -> None:
    index = FakeIndex(
        tmp_path / "index",
        {
            "app-lib": [
                'only-in-pyodide; sys_platform == "emscripten"',
                'only-on-linux; sys_platform == "linux"',
                'for-old-python; python_version < "3.12"',
                'with-extra; extra == "fancy"',
            ],
            "only-in-pyodide": [],
            "with-extra": [],
        },
    )
    result = resolve([Requirement("app-lib[fancy]")], [], index, tmp_path / "work")
    assert set(result.wheels) == {"app-lib", "only-in-pyodide", "with-extra"}
    assert index.asked == [["app-lib[fancy]"], ["only-in-pyodide", "with-extra"]]
    assert result.required_by[canonicalize_name("only-in-pyodide")] == "app-lib 1.0"


def test_local_wheels_come_first_and_provided_names_are_skipped(tmp_path: Path) -> None:
    local = read_wheel(make_wheel(tmp_path, "mylib", "2.0", ["flet>=0.1", "msgpack", "helper"]))
    index = FakeIndex(tmp_path / "index", {"helper": []})
    result = resolve([Requirement("mylib")], [local], index, tmp_path / "work")
    assert set(result.wheels) == {"mylib", "helper"}
    assert result.wheels[canonicalize_name("mylib")].version == local.version
    assert index.asked == [["helper"]]


def test_missing_transitive_wheel_names_who_needs_it(tmp_path: Path) -> None:
    index = FakeIndex(tmp_path / "index", {"top": ['native-only; sys_platform == "emscripten"']})
    with pytest.raises(WheelNotFound) as info:
        resolve([Requirement("top")], [], index, tmp_path / "work")
    assert info.value.name == "native-only"
    assert "needed by top 1.0" in str(info.value)
    assert "--wheel PATH" in info.value.fix


def test_wheels_for_other_platforms_are_refused(tmp_path: Path) -> None:
    linux = make_wheel(tmp_path, "native", "1.0", [], tag="cp311-cp311-manylinux_2_17_x86_64")
    with pytest.raises(IncompatibleWheel) as info:
        read_wheel(linux)
    assert "pyemscripten_2026_0_wasm32" in info.value.fix
    emscripten = make_wheel(tmp_path, "ok", "1.0", [], tag="cp314-cp314-pyemscripten_2026_0_wasm32")
    assert read_wheel(emscripten).imports == ("ok",)
