"""The browser target: Pyodide 314.0.7 and the flet-web 1.0.5 client, pinned.

Everything the publisher knows about the environment the site runs in lives here: versions,
hashes, the wheel tags Pyodide accepts, the marker environment and the pip flags that select
wheels for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from packaging.tags import Tag, compatible_tags, cpython_tags

__all__ = [
    "CLIENT",
    "MSGPACK",
    "PYODIDE_VERSION",
    "PYTHON_VERSION",
    "PinnedWheel",
    "marker_environment",
    "pip_target_args",
    "supported_tags",
]

PYODIDE_VERSION = "314.0.7"
PYTHON_VERSION = (3, 14)
PYTHON_FULL_VERSION = "3.14.2"
PLATFORM = "pyemscripten_2026_0_wasm32"
ABIS = ("cp314", "abi3", "none")


@dataclass(frozen=True)
class PinnedWheel:
    """A wheel fetched once with `pip download` and checked against a known sha256."""

    requirement: str
    file_name: str
    sha256: str
    target_args: tuple[str, ...] = ()


CLIENT = PinnedWheel(
    requirement="flet-web==1.0.5",
    file_name="flet_web-1.0.5-py3-none-any.whl",
    sha256="eb246cb6e59d14c63aa20223275184825c7ec28b970a2174619a2d9f00d0e2e7",
    target_args=("--only-binary=:all:",),
)

MSGPACK = PinnedWheel(
    requirement="msgpack==1.2.4",
    file_name="msgpack-1.2.4-cp314-cp314-pyemscripten_2026_0_wasm32.whl",
    sha256="06a0657a4110d563255006b7cb7147432f67827144e429c2cdb1c967548d1817",
    target_args=("--only-binary=:all:", "--python-version", "3.14", "--platform", PLATFORM),
)


def marker_environment() -> dict[str, str]:
    """PEP 508 marker values as Pyodide 314 reports them."""
    return {
        "implementation_name": "cpython",
        "implementation_version": PYTHON_FULL_VERSION,
        "os_name": "posix",
        "platform_machine": "wasm32",
        "platform_release": "5.0.3",
        "platform_system": "Emscripten",
        "platform_version": "#1",
        "platform_python_implementation": "CPython",
        "python_full_version": PYTHON_FULL_VERSION,
        "python_version": "3.14",
        "sys_platform": "emscripten",
    }


def supported_tags() -> frozenset[Tag]:
    """Wheel tags Pyodide 314 installs: cp314/abi3 on pyemscripten_2026_0, and pure wheels."""
    platforms = [PLATFORM]
    tags = set(cpython_tags(PYTHON_VERSION, list(ABIS), platforms))
    tags.update(compatible_tags(PYTHON_VERSION, "cp314", platforms))
    return frozenset(tags)


def pip_target_args(*, pre: bool) -> list[str]:
    """Flags that make `pip download` pick wheels for Pyodide 314 instead of the host."""
    args = ["--only-binary=:all:", "--python-version", "3.14", "--implementation", "cp"]
    for abi in ABIS:
        args += ["--abi", abi]
    args += ["--platform", PLATFORM, "--platform", "any"]
    if pre:
        args.append("--pre")
    return args
