"""`404.html` for the path route strategy: a static host answers a deep link with the app."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from flet.publish.templates import build_id
from tests.unit.publish._support import Publish

pytestmark = pytest.mark.host_only


def worker_files(site: Path) -> str:
    match = re.search(r"^const BUILD = (.*);$", (site / "sw.js").read_text(), re.M)
    assert match, "sw.js has no BUILD line"
    return match.group(1)


def test_path_strategy_writes_a_copy_of_the_final_page(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_app(), route_url_strategy="path")
    site = result.site_dir
    page = (site / "index.html").read_bytes()
    assert (site / "404.html").read_bytes() == page
    assert result.build_id.encode() in page  # the copy was taken after the id went in
    assert '"404.html"' not in worker_files(site)  # the worker answers navigations itself


def test_the_copy_does_not_count_in_the_build_id(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_app(), route_url_strategy="path")
    site = result.site_dir
    index = site / "index.html"
    index.write_text(index.read_text().replace(result.build_id, ""))
    assert build_id(site) == result.build_id
    (site / "404.html").unlink()
    assert build_id(site) == result.build_id


def test_hash_strategy_needs_no_404_page(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_app(), route_url_strategy="hash")
    assert not (result.site_dir / "404.html").exists()


def test_an_app_404_page_in_the_assets_is_kept(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_app({"assets/404.html": "<p>lost</p>"}), route_url_strategy="path")
    assert (result.site_dir / "404.html").read_text() == "<p>lost</p>"
