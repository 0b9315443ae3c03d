"""The `compress` stage: gzip copies of the large files a first visit fetches with fetch(),
named in the page's runtime config and in the service worker's build, counted as the copies in
the first-visit estimate, never precached themselves; none with --no-compress or without a
service worker."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from flet.publish import PublishResult
from flet.publish.cache import sha256_of
from flet.publish.layout import PYODIDE_DIR
from flet.publish.options import default_cache_dir
from flet.publish.summary import cold_load_files
from tests.unit.publish._support import app_maker, make_site_parts, publisher
from tests.unit.publish.test_pwa import sri, sw_build
from tests.unit.publish.test_site import context_of

pytestmark = pytest.mark.host_only

WASM = "application/wasm"
# The files of the auto renderer and Pyodide that Chromium fetches with fetch() on a first visit.
EXPECTED = {
    "main.dart.wasm": WASM,
    "canvaskit/skwasm.wasm": WASM,
    "canvaskit/skwasm_heavy.wasm": WASM,
    "canvaskit/canvaskit.wasm": WASM,
    "canvaskit/chromium/canvaskit.wasm": WASM,
    f"{PYODIDE_DIR}/pyodide.asm.wasm": WASM,
    "assets/fonts/MaterialIcons-Regular.otf": "font/otf",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> PublishResult:
    tmp = tmp_path_factory.mktemp("compress")
    return publisher(tmp, make_site_parts(tmp))(app_maker(tmp)())


def test_each_large_fetched_file_gets_a_copy_that_decodes_to_it(site: PublishResult) -> None:
    compressed = context_of(site.site_dir)["runtime_config"]["compressed"]
    heap = compressed.pop("pyodide/snapshot.bin")  # no file: the snapshot's heap, decoded

    assert heap == {"gz": "pyodide/snapshot.bin.gz", "type": "application/octet-stream"}
    assert not (site.site_dir / "pyodide/snapshot.bin").exists()
    assert {path: entry["type"] for path, entry in compressed.items()} == EXPECTED
    for path, entry in compressed.items():
        assert entry["gz"] == f"{path}.gz"
        original = (site.site_dir / path).read_bytes()
        copy = (site.site_dir / entry["gz"]).read_bytes()
        assert gzip.decompress(copy) == original
        assert len(copy) <= 0.8 * len(original)
    # small files, scripts and files already compressed get none
    for path in ("pyodide/python_stdlib.zip", "main.dart.mjs", "pyodide/snapshot.bin.gz"):
        assert not (site.site_dir / f"{path}.gz").exists()


def test_the_service_worker_knows_the_copies_and_precaches_only_the_originals(
    site: PublishResult,
) -> None:
    build = sw_build(site.site_dir)
    compressed = context_of(site.site_dir)["runtime_config"]["compressed"]

    assert build["compressed"] == compressed
    for entry in compressed.values():
        assert build["files"][entry["gz"]] == sri(site.site_dir / entry["gz"])
        assert entry["gz"] not in build["precache"]  # the decoded file is precached instead
        assert all(entry["gz"] not in files for files in build["engines"].values())
    assert f"{PYODIDE_DIR}/pyodide.asm.wasm" in build["precache"]
    assert f"{PYODIDE_DIR}/snapshot.bin" in build["precache"]
    assert "main.dart.wasm" in build["engines"]["skwasm"]


def test_the_first_visit_estimate_counts_the_copies(site: PublishResult) -> None:
    sizes = site.summary.sizes
    wire = cold_load_files(site.site_dir, "auto", list(sizes))
    stored = cold_load_files(site.site_dir, "auto", list(sizes), over_the_wire=False)

    assert {"main.dart.wasm.gz", f"{PYODIDE_DIR}/pyodide.asm.wasm.gz"} <= wire
    assert not {"main.dart.wasm", f"{PYODIDE_DIR}/pyodide.asm.wasm"} & wire
    assert {"main.dart.wasm", f"{PYODIDE_DIR}/pyodide.asm.wasm"} <= stored
    assert not any(path.endswith(".wasm.gz") for path in stored)
    assert site.summary.cold_bytes == sum(sizes[p] for p in wire)
    assert site.summary.cold_bytes < sum(sizes[p] for p in stored) - 10 * 1024 * 1024


def test_copies_are_kept_in_the_user_cache_by_the_original_s_sha256(
    tmp_path: Path, site: PublishResult
) -> None:
    again = publisher(tmp_path, make_site_parts(tmp_path))(app_maker(tmp_path)())

    for path in EXPECTED:
        copy = (again.site_dir / f"{path}.gz").read_bytes()
        cached = default_cache_dir() / "gzip" / f"{sha256_of(site.site_dir / path)}.gz"
        assert copy == (site.site_dir / f"{path}.gz").read_bytes() == cached.read_bytes()


@pytest.mark.parametrize(
    "options", [{"compress": False}, {"service_worker": False}], ids=["no-compress", "no-sw"]
)
def test_no_copies_with_no_compress_or_without_a_service_worker(
    tmp_path: Path, options: dict[str, bool]
) -> None:
    result = publisher(tmp_path, make_site_parts(tmp_path))(app_maker(tmp_path)(), **options)

    assert not list(result.site_dir.rglob("*.wasm.gz"))
    assert context_of(result.site_dir)["runtime_config"]["compressed"] == {}


def test_an_app_asset_with_a_copy_name_is_kept(tmp_path: Path) -> None:
    app = app_maker(tmp_path)()
    fonts = app.parent / "assets" / "fonts"
    fonts.mkdir(parents=True)
    big = bytes(range(256)) * 4096  # 1 MiB that gzip shrinks
    (fonts / "Big.ttf").write_bytes(big)
    (fonts / "Big.ttf.gz").write_bytes(b"the app's own file")
    (fonts / "Other.ttf").write_bytes(big)

    result = publisher(tmp_path, make_site_parts(tmp_path))(app)
    compressed = context_of(result.site_dir)["runtime_config"]["compressed"]

    # the assets folder's files go to the site's root
    assert (result.site_dir / "fonts/Big.ttf.gz").read_bytes() == b"the app's own file"
    assert "fonts/Big.ttf" not in compressed
    assert compressed["fonts/Other.ttf"] == {
        "gz": "fonts/Other.ttf.gz",
        "type": "font/ttf",
    }
