"""Packages from Pyodide's distribution (flet/publish/pyodide_packages.py), fetched at publish
time from a real HTTP server on 127.0.0.1 that plays the distribution.

Most tests resolve against a test lock of tiny wheels built here (the real numpy cannot be
downloaded on this machine): `tinycalc` is a "compiled" build (tagged for Pyodide's
platform) that depends on the pure `tinydep`. The index is switched off (PIP_NO_INDEX), so
pip only sees local wheels and what was taken from Pyodide. The last tests publish with the
real client wheel and Pyodide's real lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import json
import socket
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from flet.publish import PublishOptions, PublishResult
from flet.publish.cache import ensure_pinned
from flet.publish.client import ClientFiles
from flet.publish.console import format_result
from flet.publish.errors import OptionError
from flet.publish.options import ProgressEvent, Reporter, default_cache_dir
from flet.publish.plan import make_plan
from flet.publish.pyodide_packages import (
    PyodideIndex,
    PyodidePackageError,
    PyodideSource,
    default_packages_url,
    fetch_packages,
)
from flet.publish.stdlib import StdlibTrim
from flet.publish.target import CLIENT, MSGPACK, PYODIDE_VERSION
from flet.publish.wheels import Wheels, resolve_wheels
from tests.unit.publish._support import Publish, make_wheel

pytestmark = pytest.mark.host_only

PIP = (sys.executable, "-m", "pip")
PLATFORM_TAG = "cp314-cp314-pyemscripten_2026_0_wasm32"


class Distribution:
    """A folder served over HTTP on 127.0.0.1, counting the requests for each file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.requests: list[str] = []
        served = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(folder), **kwargs)

            def do_GET(self) -> None:
                served.requests.append(self.path.lstrip("/"))
                super().do_GET()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def distribution(tmp_path: Path) -> Iterator[Distribution]:
    folder = tmp_path / "distribution"
    folder.mkdir()
    served = Distribution(folder)
    yield served
    served.stop()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def entry(wheel: Path, name: str, version: str, depends: list[str]) -> dict[str, Any]:
    return {
        "name": name,
        "version": version,
        "file_name": wheel.name,
        "install_dir": "site",
        "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
        "package_type": "package",
        "imports": [name],
        "depends": depends,
        "unvendored_tests": False,
    }


@pytest.fixture
def test_lock(distribution: Distribution) -> dict[str, Any]:
    """tinycalc 1.0 (compiled, depends on tinydep) and tinydep 2.0 (pure), in the
    distribution's folder, with their real hashes."""
    calc = make_wheel(distribution.folder, "tinycalc", "1.0", ["tinydep"], tag=PLATFORM_TAG)
    dep = make_wheel(distribution.folder, "tinydep", "2.0", [])
    return {
        "tinycalc": entry(calc, "tinycalc", "1.0", ["tinydep"]),
        "tinydep": entry(dep, "tinydep", "2.0", []),
    }


@pytest.fixture
def msgpack_wheel() -> Path:
    path, _ = ensure_pinned(MSGPACK, default_cache_dir() / "wheels", PIP)
    return path


@pytest.fixture
def no_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIP_NO_INDEX", "1")


Resolve = Callable[..., tuple[Wheels, list[ProgressEvent]]]


@pytest.fixture
def resolve(
    tmp_path: Path,
    make_app: Callable[..., Path],
    site_parts: tuple[Path, Path],
    test_lock: dict[str, Any],
    distribution: Distribution,
    msgpack_wheel: Path,
    no_index: None,
) -> Resolve:
    """resolve(requirements, wheels=(), url=the distribution) -> (Wheels, progress events),
    for the app at tmp/myapp, with the test lock, a cache at tmp/cache, a site at tmp/site-N."""
    templates, js = site_parts
    runs = [0]

    def run(
        requirements: str, wheels: tuple[Path, ...] = (), url: str | None = None
    ) -> tuple[Wheels, list[ProgressEvent]]:
        events: list[ProgressEvent] = []
        report = Reporter(events.append)
        options = PublishOptions(
            app=make_app(requirements=requirements),
            distpath=tmp_path / "dist",
            cache_dir=tmp_path / "cache",
            wheels=(msgpack_wheel, *wheels),
            template_dir=templates,
            runtime_js_dir=js,
            pyodide_packages_url=url or distribution.url,
        )
        plan = make_plan(options, report)
        client = ClientFiles(
            wheel=tmp_path / "unused.whl",
            files=(),
            lock_info={"python": "3.14.2"},
            pyodide_index=PyodideIndex(test_lock),
            packages_url=None,
            stdlib=StdlibTrim((), 0, 0, full=True),
        )
        runs[0] += 1
        site = tmp_path / f"site-{runs[0]}"
        return resolve_wheels(plan, site, client, report), events

    return run


def cache_of(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "pyodide-packages" / PYODIDE_VERSION


def test_a_compiled_requirement_is_fetched_checked_shipped_and_locked_with_its_dependencies(
    tmp_path: Path, resolve: Resolve, test_lock: dict[str, Any], distribution: Distribution
) -> None:
    wheels, events = resolve("tinycalc\n")
    assert wheels.from_pyodide == ("tinycalc", "tinydep")
    for name in ("tinycalc", "tinydep"):
        assert wheels.lock["packages"][name] == test_lock[name]  # the entry, unchanged
        shipped = tmp_path / "site-1" / "pyodide" / test_lock[name]["file_name"]
        assert hashlib.sha256(shipped.read_bytes()).hexdigest() == test_lock[name]["sha256"]
        assert (cache_of(tmp_path) / test_lock[name]["file_name"]).is_file()
    lock_file = json.loads((tmp_path / "site-1" / "pyodide" / "pyodide-lock.json").read_text())
    assert lock_file["packages"]["tinycalc"]["depends"] == ["tinydep"]
    assert sorted(distribution.requests) == sorted(e["file_name"] for e in test_lock.values())
    said = [e.message for e in events]
    assert any(f"from Pyodide {PYODIDE_VERSION}'s packages" in m for m in said)
    assert any("tinydep-2.0-py3-none-any.whl (needed by tinycalc)" in m for m in said)


def test_the_second_publish_is_served_from_the_cache_without_the_network(
    tmp_path: Path, resolve: Resolve, distribution: Distribution, test_lock: dict[str, Any]
) -> None:
    resolve("tinycalc\n")
    asked = len(distribution.requests)
    distribution.stop()
    wheels, _ = resolve("tinycalc\n", url=f"http://127.0.0.1:{closed_port()}/")
    assert wheels.from_pyodide == ("tinycalc", "tinydep")
    assert len(distribution.requests) == asked


def test_a_file_that_does_not_match_the_lock_is_refused_and_nothing_is_cached(
    tmp_path: Path, resolve: Resolve, distribution: Distribution, test_lock: dict[str, Any]
) -> None:
    file_name = test_lock["tinycalc"]["file_name"]
    (distribution.folder / file_name).write_bytes(b"another build")
    with pytest.raises(PyodidePackageError) as info:
        resolve("tinycalc\n")
    message = str(info.value)
    assert file_name in message and distribution.url in message
    assert test_lock["tinycalc"]["sha256"] in message
    assert hashlib.sha256(b"another build").hexdigest() in message
    assert "--pyodide-packages-url" in info.value.fix
    cached = sorted(p.name for p in cache_of(tmp_path).iterdir())
    assert file_name not in cached and not [n for n in cached if n.startswith(".download-")]


def test_without_the_network_the_error_names_the_package_the_url_and_the_fix(
    resolve: Resolve,
) -> None:
    url = f"http://127.0.0.1:{closed_port()}/pyodide/"
    with pytest.raises(PyodidePackageError) as info:
        resolve("tinycalc\n", url=url)
    assert "tinycalc 1.0" in str(info.value) and url in str(info.value)
    assert "--pyodide-packages-url" in info.value.fix


def test_a_pin_that_pyodide_cannot_meet_names_both_versions(resolve: Resolve) -> None:
    with pytest.raises(PyodidePackageError) as info:
        resolve("tinycalc==0.9\n")
    assert "tinycalc==0.9" in str(info.value) and "tinycalc 1.0" in str(info.value)
    assert "requirements.txt" in info.value.fix


def test_a_compiled_dependency_of_another_package_comes_from_pyodide(
    tmp_path: Path, resolve: Resolve
) -> None:
    plot = make_wheel(tmp_path, "tinyplot", "0.5", ["tinycalc>=1"])
    wheels, _ = resolve("", wheels=(plot,))
    assert wheels.from_pyodide == ("tinycalc", "tinydep")
    assert wheels.lock["packages"]["tinyplot"]["depends"] == ["tinycalc"]


def test_a_pure_package_the_index_lacks_is_taken_from_pyodide(resolve: Resolve) -> None:
    wheels, _ = resolve("tinydep\n")
    assert wheels.from_pyodide == ("tinydep",)


def test_a_local_folder_can_be_the_distribution(resolve: Resolve, distribution: Distribution):
    wheels, _ = resolve("tinycalc\n", url=str(distribution.folder))
    assert wheels.from_pyodide == ("tinycalc", "tinydep")
    assert distribution.requests == []


def test_the_default_url_is_the_one_pyodides_loader_uses() -> None:
    with zipfile.ZipFile(default_cache_dir() / "client" / CLIENT.file_name) as zf:
        loader = zf.read("flet_web/web/pyodide/pyodide.mjs").decode()
    url = default_packages_url(loader)
    assert url is not None and url.startswith("https://")
    assert url.endswith(f"/pyodide/v{PYODIDE_VERSION}/full/")


def test_the_pyodide_index_follows_dependencies_of_the_real_lock() -> None:
    with zipfile.ZipFile(default_cache_dir() / "client" / CLIENT.file_name) as zf:
        lock = json.loads(zf.read("flet_web/web/pyodide/pyodide-lock.json"))
    index = PyodideIndex(lock["packages"])
    names = [p.name for p in index.closure(["pandas"])]
    assert {"pandas", "numpy", "python-dateutil", "pytz", "six"} <= set(names)
    numpy, six = index.get("numpy"), index.get("six")
    assert numpy is not None and numpy.compiled and six is not None and not six.compiled


# -- with the real client wheel and Pyodide's real lock -----------------------------------------


@contextlib.contextmanager
def served(folder: Path) -> Iterator[Distribution]:
    distribution = Distribution(folder)
    try:
        yield distribution
    finally:
        distribution.stop()


def test_publishing_numpy_without_the_network_fails_clearly(
    make_app: Callable[..., Path], run_publish: Publish, tmp_path: Path
) -> None:
    url = f"http://127.0.0.1:{closed_port()}/"
    with pytest.raises(PyodidePackageError) as info:
        run_publish(
            make_app(requirements="numpy\n"),
            cache_dir=tmp_path / "cache",
            client_wheel=default_cache_dir() / "client" / CLIENT.file_name,
            pyodide_packages_url=url,
        )
    assert "numpy 2.4.6" in str(info.value) and url in str(info.value)
    assert "--pyodide-packages-url" in info.value.fix


def test_a_real_pyodide_package_is_published_from_a_served_distribution(
    make_app: Callable[..., Path], run_publish: Publish, tmp_path: Path, no_index: None
) -> None:
    """micropip as Pyodide 314.0.7 ships it (in the flet-web wheel), served over HTTP."""
    folder = tmp_path / "pyodide-full"
    folder.mkdir()
    with zipfile.ZipFile(default_cache_dir() / "client" / CLIENT.file_name) as zf:
        name = "micropip-0.11.1-py3-none-any.whl"
        (folder / name).write_bytes(zf.read(f"flet_web/web/pyodide/{name}"))
    with served(folder) as distribution:
        result: PublishResult = run_publish(
            make_app(requirements="micropip\n"),
            cache_dir=tmp_path / "cache",
            client_wheel=default_cache_dir() / "client" / CLIENT.file_name,
            wheels=(ensure_pinned(MSGPACK, default_cache_dir() / "wheels", PIP)[0],),
            pyodide_packages_url=distribution.url,
        )
        assert distribution.requests == [name]
    micropip = next(p for p in result.packages if p.name == "micropip")
    assert micropip.from_pyodide and micropip.file_name == name
    assert (result.site_dir / "pyodide" / name).is_file()
    assert "from Pyodide's packages: 1 (micropip)" in format_result(result)


@pytest.mark.parametrize(
    ("value", "says"),
    [("ftp://mirror.invalid/pyodide/", "scheme 'ftp'"), ("no/such/folder", "no such folder")],
)
def test_a_packages_url_that_cannot_work_is_refused_up_front(
    make_app: Callable[..., Path], site_parts: tuple[Path, Path], value: str, says: str
) -> None:
    templates, js = site_parts
    options = PublishOptions(
        app=make_app(), template_dir=templates, runtime_js_dir=js, pyodide_packages_url=value
    )
    with pytest.raises(OptionError) as info:
        make_plan(options, Reporter(None))
    assert says in str(info.value) and "--pyodide-packages-url" in str(info.value)


def test_a_large_download_reports_its_progress(tmp_path: Path, distribution: Distribution) -> None:
    data = bytes(range(256)) * (6 * 1024)  # 1.5 MiB
    name = f"bigcalc-1.0-{PLATFORM_TAG}.whl"
    (distribution.folder / name).write_bytes(data)
    index = PyodideIndex(
        {"bigcalc": {"name": "bigcalc", "version": "1.0", "file_name": name,
                     "sha256": hashlib.sha256(data).hexdigest(), "depends": []}}
    )  # fmt: skip
    events: list[ProgressEvent] = []
    package = index.get("bigcalc")
    assert package is not None
    paths = fetch_packages(
        [package], PyodideSource(distribution.url), tmp_path / "c", Reporter(events.append)
    )
    assert paths["bigcalc"].read_bytes() == data
    steps = [e.message for e in events if "of 1.5 MiB" in e.message]
    assert len(steps) == 4 and steps[-1].endswith("1.5 MiB of 1.5 MiB")
