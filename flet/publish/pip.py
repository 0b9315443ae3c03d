"""Running `pip download` as a subprocess and turning its failures into typed errors."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement

from .errors import PipFailed, WheelNotFound

__all__ = ["pip_download"]

_NOT_FOUND = re.compile(r"No matching distribution found for (\S+)")


def pip_download(
    pip: Sequence[str], requirements: Sequence[str], dest: Path, args: Sequence[str] = ()
) -> None:
    """`pip download` `requirements` into `dest`; raise WheelNotFound or PipFailed on failure."""
    command = [
        *pip,
        "download",
        "--disable-pip-version-check",
        "--no-input",
        "--progress-bar",
        "off",
        "--dest",
        str(dest),
        *args,
        *requirements,
    ]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode == 0:
        return
    output = proc.stdout + proc.stderr
    missing = _NOT_FOUND.search(output)
    if missing:
        raise WheelNotFound(_name_of(missing.group(1)))
    raise PipFailed(command, output)


def _name_of(requirement: str) -> str:
    try:
        return Requirement(requirement).name
    except InvalidRequirement:
        return requirement
