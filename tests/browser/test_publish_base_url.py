"""A site published with ``--base-url /myapp/`` works when served under /myapp/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flutter_semantics import enable_semantics, wait_for_text
from harness import StaticServer
from playwright.sync_api import Page

from flet.publish import PublishOptions, publish

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ServerFactory = Callable[..., StaticServer]


def test_a_site_under_a_sub_path_loads_everything_from_that_path(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    root = tmp_path / "www"
    publish(PublishOptions(app=EXAMPLES / "hello.py", distpath=root / "myapp", base_url="/myapp/"))
    server = static_server(root)

    page.goto(f"{server.url}myapp/")
    enable_semantics(page)
    wait_for_text(page, "Hello, async world!")

    requested = server.requested_paths()
    paths = requested[requested.index("/myapp/") :]  # before: the server's readiness probe of /
    assert "/myapp/flet-pwa/worker.mjs" in paths
    assert "/myapp/app.zip" in paths
    assert [path for path in paths if not path.startswith("/myapp/")] == []
