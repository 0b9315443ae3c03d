"""The user cache of pinned wheels: fetched once with pip, checked by sha256, reused."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .errors import PinnedWheelError, PublishError
from .pip import pip_download
from .target import PinnedWheel

__all__ = ["ensure_pinned", "sha256_of"]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ensure_pinned(
    pin: PinnedWheel, cache: Path, pip: Sequence[str], local: Path | None = None
) -> tuple[Path, str]:
    """Return the cached wheel for `pin` and how it was obtained ("cached", "local", "downloaded").

    A `local` wheel (e.g. --client-wheel) is checked and copied into the cache, so the next
    publish finds it there.
    """
    target = cache / pin.file_name
    if target.is_file() and sha256_of(target) == pin.sha256:
        return target, "cached"
    cache.mkdir(parents=True, exist_ok=True)
    if local is not None:
        _check_hash(pin, local)
        _install(local, target)
        return target, "local"
    with tempfile.TemporaryDirectory(dir=cache, prefix=".download-") as tmp:
        try:
            pip_download(pip, [pin.requirement], Path(tmp), ["--no-deps", *pin.target_args])
        except PublishError as e:
            raise PinnedWheelError(
                f"cannot download {pin.requirement}: {e}",
                f"check the network, or download {pin.file_name} elsewhere and pass it "
                f"(--client-wheel for flet-web, --wheel for msgpack) or put it in {cache}",
            ) from e
        fetched = Path(tmp) / pin.file_name
        if not fetched.is_file():
            raise PinnedWheelError(
                f"pip did not produce {pin.file_name} for {pin.requirement}",
                f"download {pin.file_name} yourself and put it in {cache}",
            )
        _check_hash(pin, fetched)
        _install(fetched, target)
    return target, "downloaded"


def _check_hash(pin: PinnedWheel, path: Path) -> None:
    actual = sha256_of(path)
    if actual != pin.sha256:
        raise PinnedWheelError(
            f"{path} has sha256 {actual}, expected {pin.sha256} ({pin.requirement})",
            f"use the original {pin.file_name} from PyPI",
        )


def _install(source: Path, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(source, tmp)
    tmp.replace(target)
