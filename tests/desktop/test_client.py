"""The desktop client cache: fetched with pip, checked by sha256, unpacked once, reused."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop_runtime import client
from desktop_runtime.client import (
    LINUX_X86_64,
    DesktopUnavailable,
    build_for_this_machine,
    check_display,
    client_executable,
)

pytestmark = pytest.mark.host_only

PIN = LINUX_X86_64.wheel
#: stands in for pip: "downloads" the wheel given as its first argument into --dest
FAKE_PIP = """
import shutil, sys
args = sys.argv[2:]
shutil.copy(sys.argv[1], args[args.index("--dest") + 1] + "/" + {name!r})
"""
FAILING_PIP = (sys.executable, "-c", "import sys; sys.exit('pip must not run')")


@pytest.fixture(scope="module")
def real_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pinned wheel, fetched by the real pip into a cache of this module's own."""
    cache = tmp_path_factory.mktemp("cache")
    client_executable(LINUX_X86_64, cache)
    return cache / "desktop" / PIN.file_name


def tampered_copy(wheel: Path, folder: Path) -> Path:
    """``wheel`` with one byte changed in the middle (still the same size)."""
    data = bytearray(wheel.read_bytes())
    data[len(data) // 2] ^= 0xFF
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PIN.file_name
    path.write_bytes(bytes(data))
    return path


def test_the_client_is_fetched_unpacked_and_runnable(real_wheel: Path):
    program = real_wheel.parent / LINUX_X86_64.folder_name / LINUX_X86_64.program
    assert program.is_file() and os.access(program, os.X_OK)
    marker = program.parents[1] / ".complete"
    assert marker.read_text().strip() == PIN.sha256


def test_the_unpacked_client_is_reused_without_pip_or_hashing(real_wheel: Path, tmp_path):
    cache = tmp_path / "cache"
    first = client_executable(LINUX_X86_64, cache, pip=FAILING_PIP, wheel=real_wheel)
    stamp = first.stat().st_mtime_ns
    (cache / "desktop" / PIN.file_name).unlink()  # not even the wheel is needed again

    again = client_executable(LINUX_X86_64, cache, pip=FAILING_PIP)

    assert again == first
    assert again.stat().st_mtime_ns == stamp  # not unpacked again


def test_a_half_unpacked_client_is_unpacked_again_from_the_cached_wheel(real_wheel: Path, tmp_path):
    cache = tmp_path / "cache"
    program = client_executable(LINUX_X86_64, cache, pip=FAILING_PIP, wheel=real_wheel)
    (program.parents[1] / ".complete").unlink()
    program.unlink()

    assert client_executable(LINUX_X86_64, cache, pip=FAILING_PIP) == program
    assert program.is_file()


def test_a_tampered_wheel_given_by_hand_is_refused(real_wheel: Path, tmp_path):
    tampered = tampered_copy(real_wheel, tmp_path / "elsewhere")
    cache = tmp_path / "cache"

    with pytest.raises(DesktopUnavailable, match=f"expected {PIN.sha256}") as caught:
        client_executable(LINUX_X86_64, cache, pip=FAILING_PIP, wheel=tampered)

    assert "flet run --web" in str(caught.value)
    assert not (cache / "desktop" / LINUX_X86_64.folder_name).exists()
    assert not (cache / "desktop" / PIN.file_name).exists()


def test_a_tampered_download_is_refused_and_not_kept(real_wheel: Path, tmp_path):
    tampered = tampered_copy(real_wheel, tmp_path / "mirror")
    fake_pip = tmp_path / "fake_pip.py"
    fake_pip.write_text(FAKE_PIP.format(name=PIN.file_name))
    cache = tmp_path / "cache"

    with pytest.raises(DesktopUnavailable, match="has sha256"):
        client_executable(LINUX_X86_64, cache, pip=(sys.executable, str(fake_pip), str(tampered)))

    leftovers = [p.name for p in (cache / "desktop").iterdir()]
    assert leftovers == []


def test_a_platform_without_a_client_build_is_named_with_the_browser_offered(monkeypatch):
    monkeypatch.setattr(client.sys, "platform", "darwin")
    monkeypatch.setattr(client.platform, "machine", lambda: "arm64")

    with pytest.raises(DesktopUnavailable) as caught:
        build_for_this_machine()

    message = str(caught.value)
    assert "no Flet desktop client for darwin on arm64" in message
    assert "flet run --web app.py" in message


def test_no_display_is_named_with_the_browser_offered():
    with pytest.raises(DesktopUnavailable, match="no display") as caught:
        check_display({"PATH": "/usr/bin"})
    assert "flet run --web" in str(caught.value)
    check_display({"DISPLAY": ":5"})  # a display is enough
