"""The Flet desktop client: fetched once into the user cache, checked, unpacked once.

The client is Flet 0.82.2's Linux build, shipped inside the ``flet-desktop-light==0.82.2``
wheel as ``flet_desktop/app/flet-linux-amd64.tar.gz`` (a Flutter GTK app). The wheel is never
installed (it requires Flet's own ``flet``): it is fetched like the web client, with
``pip download --no-deps`` into ``<cache>/desktop/`` (``flet.publish.cache.ensure_pinned``),
checked against the sha256 pinned here (a wheel that does not match is refused), and its
archive unpacked once into ``<cache>/desktop/<build>/``; a ``.complete`` file written last,
holding the wheel's hash, marks a finished unpacking, so the next start reuses it at once.
"""

from __future__ import annotations

import io
import os
import platform
import shutil
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from flet.publish.cache import ensure_pinned
from flet.publish.errors import PublishError
from flet.publish.options import default_cache_dir
from flet.publish.target import PinnedWheel

__all__ = [
    "CLIENT_VERSION",
    "LINUX_X86_64",
    "ClientBuild",
    "DesktopUnavailable",
    "build_for_this_machine",
    "check_display",
    "client_executable",
]

CLIENT_VERSION = "0.82.2"


class DesktopUnavailable(RuntimeError):
    """No desktop client can run here; ``str(error)`` says why and what to do instead."""


@dataclass(frozen=True)
class ClientBuild:
    """One platform's client: the pinned wheel, the archive in it, the program in that."""

    platform: str
    wheel: PinnedWheel
    archive: str
    program: str

    @property
    def folder_name(self) -> str:
        return f"flet-desktop-{CLIENT_VERSION}-{self.platform}"


LINUX_X86_64 = ClientBuild(
    platform="linux-x86_64",
    wheel=PinnedWheel(
        requirement=f"flet-desktop-light=={CLIENT_VERSION}",
        file_name=f"flet_desktop_light-{CLIENT_VERSION}-py3-none-manylinux_2_36_x86_64.whl",
        sha256="5c542c0b0b2d8107edb530b971bdb6cd149528899765c03b032eeaaeaa989922",
        target_args=("--only-binary=:all:", "--platform", "manylinux_2_36_x86_64"),
    ),
    archive="flet_desktop/app/flet-linux-amd64.tar.gz",
    program="flet/flet",
)

#: (sys.platform, machine) -> the client build that runs there
BUILDS = {("linux", "x86_64"): LINUX_X86_64, ("linux", "amd64"): LINUX_X86_64}

_BROWSER = (
    "run the app in the browser instead: `flet run --web app.py` or "
    "ft.app(main, view=ft.WEB_BROWSER)"
)


def build_for_this_machine() -> ClientBuild:
    """The client build for this platform; :class:`DesktopUnavailable` if there is none."""
    machine = platform.machine().lower()
    build = BUILDS.get((sys.platform, machine))
    if build is None:
        raise DesktopUnavailable(
            f"there is no Flet desktop client for {sys.platform} on {machine or 'this CPU'} "
            f"(builds exist for Linux x86_64); {_BROWSER}"
        )
    return build


def check_display(env: Mapping[str, str] = os.environ) -> None:
    """:class:`DesktopUnavailable` if ``env`` names no display to open a window on."""
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        raise DesktopUnavailable(
            "there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not "
            f"set); start one (an X server, or `Xvfb :99` and DISPLAY=:99), or {_BROWSER}"
        )


def client_executable(
    build: ClientBuild | None = None,
    cache: Path | None = None,
    pip: Sequence[str] | None = None,
    wheel: Path | None = None,
) -> Path:
    """The client's program, fetched and unpacked on first use.

    ``cache`` defaults to ``${XDG_CACHE_HOME:-~/.cache}/flet-pwa``; ``wheel`` (or the
    ``FLET_DESKTOP_WHEEL`` variable) names a wheel downloaded elsewhere, checked like a
    fetched one. Raises :class:`DesktopUnavailable` when the wheel cannot be had or does not
    match its pinned hash.
    """
    build = build or build_for_this_machine()
    folder = (cache or default_cache_dir()) / "desktop"
    target = folder / build.folder_name
    marker = target / ".complete"
    if marker.is_file() and marker.read_text().strip() == build.wheel.sha256:
        return target / build.program
    given = os.environ.get("FLET_DESKTOP_WHEEL")
    local = wheel or (Path(given) if given else None)
    try:
        path, _ = ensure_pinned(build.wheel, folder, pip or (sys.executable, "-m", "pip"), local)
    except PublishError as exc:
        raise DesktopUnavailable(f"{exc}; {exc.fix}; or {_BROWSER}") from exc
    _unpack(path, build, target)
    return target / build.program


def _unpack(wheel: Path, build: ClientBuild, target: Path) -> None:
    """Unpack the client archive of ``wheel`` into ``target``, whole or not at all."""
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".unpack-") as tmp:
        staging = Path(tmp) / "client"
        with zipfile.ZipFile(wheel) as zf:
            archive = io.BytesIO(zf.read(build.archive))
        with tarfile.open(fileobj=archive, mode="r:gz") as tar:
            tar.extractall(staging, filter="data")
        (staging / ".complete").write_text(build.wheel.sha256 + "\n")
        shutil.rmtree(target, ignore_errors=True)
        staging.replace(target)
