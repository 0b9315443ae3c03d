"""Requirements resolved with the real pip against the package index (network)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from flet.publish import PinnedWheelError, ProgressEvent, WheelNotFound
from flet.publish.cache import ensure_pinned
from flet.publish.options import default_cache_dir
from flet.publish.target import CLIENT, MSGPACK, PinnedWheel
from tests.unit.publish._support import Publish, make_wheel

pytestmark = pytest.mark.host_only

PIP = (sys.executable, "-m", "pip")


def lock_of(site: Path) -> dict[str, dict[str, object]]:
    lock = json.loads((site / "pyodide" / "pyodide-lock.json").read_text())
    packages: dict[str, dict[str, object]] = lock["packages"]
    return packages


def test_pure_requirements_land_in_the_lock_with_their_deps(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_app(requirements="humanize\npython-dateutil==2.9.0.post0\n"))
    packages = lock_of(result.site_dir)
    assert set(packages) == {"flet-pwa", "msgpack", "humanize", "python-dateutil", "six"}
    assert packages["python-dateutil"]["depends"] == ["six"]
    assert packages["python-dateutil"]["imports"] == ["dateutil"]
    for entry in packages.values():
        data = (result.site_dir / "pyodide" / str(entry["file_name"])).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert sorted(p.name for p in result.packages) == sorted(packages)


def test_local_wheel_and_its_dependencies(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    wheel = make_wheel(tmp_path, "my-widgets", "0.3", ["humanize>=4", "flet"])
    result = run_publish(make_app(), wheels=(wheel,))
    packages = lock_of(result.site_dir)
    assert set(packages) == {"flet-pwa", "msgpack", "my-widgets", "humanize"}
    assert packages["my-widgets"]["depends"] == ["flet-pwa", "humanize"]


@pytest.mark.parametrize("name", ["psycopg2", "no-such-package-flet-pwa-test"])
def test_requirement_without_a_pyodide_wheel_fails_naming_it(
    make_app: Callable[..., Path], run_publish: Publish, name: str
) -> None:
    with pytest.raises(WheelNotFound) as info:
        run_publish(make_app(requirements=f"humanize\n{name}\n"))
    assert info.value.name == name
    assert f"no wheel of {name!r} for Pyodide 314" in str(info.value)
    assert "requirements.txt" in info.value.fix and "--wheel PATH" in info.value.fix


def test_pinned_wheel_is_downloaded_once_then_reused(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path, how = ensure_pinned(MSGPACK, cache, PIP)
    assert how == "downloaded" and path == cache / MSGPACK.file_name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == MSGPACK.sha256
    assert ensure_pinned(MSGPACK, cache, PIP)[1] == "cached"
    path.write_bytes(b"corrupt")
    assert ensure_pinned(MSGPACK, cache, PIP)[1] == "downloaded"


def test_local_pinned_wheel_must_match_its_hash(tmp_path: Path) -> None:
    fake = tmp_path / MSGPACK.file_name
    fake.write_bytes(b"not msgpack")
    with pytest.raises(PinnedWheelError) as info:
        ensure_pinned(MSGPACK, tmp_path / "cache", PIP, local=fake)
    assert MSGPACK.sha256 in str(info.value) and info.value.fix


def test_pinned_wheel_that_pip_cannot_find(tmp_path: Path) -> None:
    pin = PinnedWheel("no-such-package-flet-pwa-test==1.0", "x-1.0-py3-none-any.whl", "0" * 64)
    with pytest.raises(PinnedWheelError) as info:
        ensure_pinned(pin, tmp_path / "cache", PIP)
    assert "no-such-package-flet-pwa-test" in str(info.value)


def test_offline_machine_publishes_with_local_pinned_wheels(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    """--client-wheel and --wheel msgpack-...whl fill an empty cache; pip is never run."""
    client, _ = ensure_pinned(CLIENT, default_cache_dir() / "client", PIP)
    msgpack, _ = ensure_pinned(MSGPACK, default_cache_dir() / "wheels", PIP)
    cache = tmp_path / "empty-cache"
    events: list[ProgressEvent] = []
    result = run_publish(
        make_app(),
        cache_dir=cache,
        client_wheel=client,
        wheels=(msgpack,),
        pip=("/bin/false",),
        progress=events.append,
    )
    assert set(lock_of(result.site_dir)) == {"flet-pwa", "msgpack"}
    assert (cache / "client" / CLIENT.file_name).is_file()
    assert (cache / "wheels" / MSGPACK.file_name).is_file()
    infos = [e.message for e in events if e.kind == "info"]
    assert any(m.startswith("flet-web==1.0.5: local") for m in infos)
    assert "msgpack==1.2.4: local" in infos
