"""server_runtime.asgi: the era's spellings of flet_fastapi's classes and functions."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

import flet_fastapi

pytestmark = pytest.mark.host_only


def main(page: object) -> None:
    pass


def before(page: object) -> None:
    pass


def test_fletapp_takes_main_alone_or_after_the_eras_loop_and_executor():
    loop = asyncio.new_event_loop()
    try:
        with ThreadPoolExecutor() as pool:
            assert flet_fastapi.FletApp(main).main is main
            assert flet_fastapi.FletApp(loop, main).main is main  # 0.21-0.25
            assert flet_fastapi.FletApp(session_handler=main).main is main
            one = flet_fastapi.FletApp(loop, pool, main, before).main  # Flet 1.0
            assert one is not main and flet_fastapi.FletApp(loop, pool, main, before).main is one
    finally:
        loop.close()
    with pytest.raises(TypeError, match=r"FletApp\(main\)"):
        flet_fastapi.FletApp(loop)


def test_app_takes_the_eras_session_handler_keyword_and_static_files_its_positions():
    assert flet_fastapi.app(session_handler=main) is not None
    with pytest.raises(TypeError, match=r"app\(main\)"):
        flet_fastapi.app()
    files = flet_fastapi.FletStaticFiles("/proxy", None, "Shop", "Shop", "A shop")
    assert files.proxy_path == "/proxy" and files.config.app_name == "Shop"
    with pytest.raises(ValueError, match="web_renderer"):
        flet_fastapi.FletStaticFiles(web_renderer="webgl")
