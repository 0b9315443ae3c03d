"""The ASGI side: the WebSocket handler, the client's files and page, and ``app(main)``.

``flet_fastapi`` re-exports these under the era's names. ``app(main)`` returns a FastAPI app
with ``/ws`` (a connection per tab: ``FletApp``), ``/upload`` (PUT, when ``upload_dir`` is
given), ``/oauth_callback`` and, at ``/``, ``FletStaticFiles``: the app's assets, then the
client's files, then the page for any path without an extension (the client routes it).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path
from typing import Any

from fastapi import FastAPI as _FastAPI
from fastapi import Request, WebSocket
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import WebSocketRoute
from starlette.types import Receive, Scope, Send

from server_runtime.client_site import PageConfig, client_dir, render_page, runtime_js_dir
from server_runtime.manager import DEFAULT_SESSION_TIMEOUT, app_manager
from server_runtime.redis_pubsub import channel_for, check_pubsub_url
from server_runtime.registry import ClientKey
from server_runtime.transport import AsgiSocket, WebSocketLike
from server_runtime.uploads import FletUpload, UploadSigner

__all__ = ["FastAPI", "FletApp", "FletOAuth", "FletStaticFiles", "FletUpload", "app"]

DEFAULT_OAUTH_STATE_TIMEOUT = 600


class FastAPI(_FastAPI):
    """A FastAPI app that runs ``app_manager`` in its lifespan (start, then shutdown)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        user_lifespan = kwargs.pop("lifespan", None)

        from contextlib import asynccontextmanager

        @asynccontextmanager
        async def lifespan(app: Any) -> Any:
            await app_manager.start()
            try:
                if user_lifespan is None:
                    yield
                else:
                    async with user_lifespan(app) as state:
                        yield state
            finally:
                await app_manager.shutdown()

        super().__init__(*args, lifespan=lifespan, **kwargs)


class FletApp:
    """Serves one WebSocket connection of app ``main``: ``await FletApp(main).handle(ws)``.

    The era's ``FletApp(asyncio.get_running_loop(), main)`` and Flet 1.0's
    ``FletApp(loop, executor, main, before_main)`` are taken too: the loop and the executor
    are the server's own here.

    ``pubsub_url`` (or ``FLET_PUBSUB_URL``), a ``redis://`` URL, carries ``page.pubsub`` to
    the app's sessions in other processes and on other machines (``server_runtime.redis_pubsub``)
    on the channel ``pubsub_channel`` (default: one named after the app's module and main)."""

    def __init__(
        self,
        *args: Any,
        session_timeout_seconds: int = DEFAULT_SESSION_TIMEOUT,
        oauth_state_timeout_seconds: int = DEFAULT_OAUTH_STATE_TIMEOUT,
        upload_endpoint_path: str | None = None,
        secret_key: str | None = None,
        uploads: bool = True,
        upload_endpoint_name: str = "upload",
        pubsub_url: str | None = None,
        pubsub_channel: str | None = None,
        **_era: Any,  # loop=, executor=, before_main= of older signatures
    ) -> None:
        timeout = os.getenv("FLET_SESSION_TIMEOUT")
        self.main = _main_of(args, _era)
        self.pubsub_url = os.getenv("FLET_PUBSUB_URL") or pubsub_url
        if self.pubsub_url:
            check_pubsub_url(self.pubsub_url)  # a bad URL fails when the app is made
        self.pubsub_channel = pubsub_channel or channel_for(self.main)
        self.session_timeout = int(timeout) if timeout else session_timeout_seconds
        self.upload_endpoint_path = upload_endpoint_path
        self.secret_key = secret_key
        #: whether page.get_upload_url gives the server's signed URLs (app(upload_dir=...))
        self.uploads = uploads
        self.upload_endpoint_name = upload_endpoint_name.strip("/")

    async def handle(self, websocket: WebSocket) -> None:
        await self._serve(websocket, websocket)

    async def _serve(self, websocket: WebSocket, socket: WebSocketLike) -> None:
        """Accept ``websocket`` and serve it, its messages going through ``socket`` (the
        WebSocket itself, or ``AsgiSocket`` on its ASGI callables)."""
        host = app_manager.host(self.main, self.session_timeout)
        if self.pubsub_url:
            host.use_redis(self.pubsub_url, self.pubsub_channel)
        app_manager.ensure_sweeper()
        await websocket.accept()
        address = websocket.client.host if websocket.client else ""
        client = ClientKey.of(websocket.headers.get("user-agent", ""), address)
        await host.serve(socket, client, self._upload_url(websocket))

    def _upload_url(self, websocket: WebSocket) -> Callable[[str, float], str] | None:
        """Signed upload URLs for the endpoint at ``upload_endpoint_path``, or ``upload``
        under the path the app is mounted at; None when the app takes no uploads."""
        if not self.uploads:
            return None
        endpoint = self.upload_endpoint_path
        if endpoint is None:
            mount = websocket.scope.get("root_path", "").rstrip("/")
            endpoint = f"{mount}/{self.upload_endpoint_name}"
        return UploadSigner(endpoint, self.secret_key).url


class FletOAuth:
    """``/oauth_callback``: OAuth sign-in (``page.login``) is not supported yet."""

    async def handle(self, request: Request) -> Response:
        return PlainTextResponse(
            "Sign-in with OAuth (page.login) is not supported by this server yet.",
            status_code=501,
        )


class FletStaticFiles:
    """The app's page, its assets and the client's files, for the path it is mounted at."""

    def __init__(
        self,
        proxy_path: str | None = None,
        assets_dir: str | None = None,
        app_name: str | None = None,
        app_short_name: str | None = None,
        app_description: str | None = None,
        web_renderer: Any = "canvaskit",
        use_color_emoji: bool = False,
        route_url_strategy: Any = "path",
        websocket_endpoint_path: str | None = None,
        *,
        app_mount_path: str | None = None,
        **_era: Any,  # no_cdn=: nothing is ever loaded from a CDN
    ) -> None:
        self.app_mount_path = app_mount_path
        self.proxy_path = proxy_path or os.getenv("FLET_PROXY_PATH")
        self.assets_dir = _existing_dir(assets_dir)
        self.websocket_endpoint_path = (websocket_endpoint_path or "ws").strip("/")
        self.config = PageConfig(
            app_name=app_name or "Flet",
            app_short_name=app_short_name or app_name or "Flet",
            app_description=app_description or "An app written with Flet",
            web_renderer=_value(web_renderer) or "canvaskit",
            route_url_strategy=_value(route_url_strategy) or "path",
            use_color_emoji=use_color_emoji,
        )
        self._client: Path | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert scope["type"] == "http"
        response = self.response(scope)
        await response(scope, receive, send)

    def response(self, scope: Scope) -> Response:
        if scope["method"] not in ("GET", "HEAD"):
            return PlainTextResponse("Method Not Allowed", status_code=405)
        root_path = scope.get("root_path", "")
        path = scope["path"]
        rel = path[len(root_path) :] if path.startswith(root_path) else path
        rel = rel.lstrip("/")
        if rel in ("", "index.html"):
            return self._page(root_path)
        if self._client is None:
            self._client = client_dir()
        for root in (self.assets_dir, self._client):
            found = _safe_file(root, rel) if root is not None else None
            if found is not None:
                return FileResponse(found)
        if rel.startswith("flet-pwa/"):
            found = _safe_file(runtime_js_dir(), rel.removeprefix("flet-pwa/"))
            if found is not None:
                return FileResponse(found)
        if "." not in rel.rsplit("/", 1)[-1]:  # a route of the app: the client handles it
            return self._page(root_path)
        return PlainTextResponse("Not Found", status_code=404)

    def _page(self, root_path: str) -> HTMLResponse:
        mount = (self.proxy_path or self.app_mount_path or root_path).strip("/")
        base = f"/{mount}/" if mount else "/"
        html = render_page(self.config, base, f"{base}{self.websocket_endpoint_path}")
        return HTMLResponse(html, headers={"Cache-Control": "no-cache"})


def app(
    main: Callable[..., Any] | None = None,
    before_main: Callable[..., Any] | None = None,
    proxy_path: str | None = None,
    assets_dir: str | None = None,
    app_name: str | None = None,
    app_short_name: str | None = None,
    app_description: str | None = None,
    web_renderer: Any = "canvaskit",
    use_color_emoji: bool = False,
    route_url_strategy: Any = "path",
    upload_dir: str | None = None,
    upload_endpoint_path: str | None = None,
    max_upload_size: int | None = None,
    secret_key: str | None = None,
    session_timeout_seconds: int = DEFAULT_SESSION_TIMEOUT,
    oauth_state_timeout_seconds: int = DEFAULT_OAUTH_STATE_TIMEOUT,
    pubsub_url: str | None = None,
    pubsub_channel: str | None = None,
    **_era: Any,  # no_cdn=
) -> FastAPI:
    """A FastAPI app serving ``main`` (the era's ``session_handler``): mount it, or run it
    with uvicorn, Hypercorn or Gunicorn. ``pubsub_url`` (or ``FLET_PUBSUB_URL``): see
    ``FletApp``."""
    main = main or _era.pop("session_handler", None)
    if not callable(main):
        raise TypeError("flet_fastapi.app() needs the app's main function: app(main)")
    assets_dir = os.getenv("FLET_ASSETS_DIR") or assets_dir
    upload_dir = os.getenv("FLET_UPLOAD_DIR") or upload_dir
    secret_key = os.getenv("FLET_SECRET_KEY") or secret_key
    ws_endpoint = (os.getenv("FLET_WEBSOCKET_HANDLER_ENDPOINT") or "ws").strip("/")
    upload_endpoint = (
        upload_endpoint_path or os.getenv("FLET_UPLOAD_HANDLER_ENDPOINT") or "upload"
    ).strip("/")
    oauth_endpoint = (os.getenv("FLET_OAUTH_CALLBACK_HANDLER_ENDPOINT") or "oauth_callback").strip(
        "/"
    )
    entry = main if before_main is None else _with_before(before_main, main)
    fastapi_app = FastAPI()
    flet_app = FletApp(
        entry,
        session_timeout_seconds=session_timeout_seconds,
        oauth_state_timeout_seconds=oauth_state_timeout_seconds,
        upload_endpoint_path=upload_endpoint_path,
        secret_key=secret_key,
        uploads=upload_dir is not None,
        upload_endpoint_name=upload_endpoint,
        pubsub_url=pubsub_url,
        pubsub_channel=pubsub_channel or channel_for(main),  # main's, not entry's
    )

    # a plain ASGI endpoint, not @fastapi_app.websocket: FastAPI's wrapper (two exit stacks,
    # dependency solving, exception handlers) stays on the stack of every open connection
    fastapi_app.router.routes.append(WebSocketRoute(f"/{ws_endpoint}", _SocketEndpoint(flet_app)))

    if upload_dir is not None:
        receiver = FletUpload(upload_dir, max_upload_size, secret_key)

        @fastapi_app.api_route(f"/{upload_endpoint}", methods=["PUT", "POST"])
        async def upload_handler(request: Request) -> Response:
            return await receiver.handle(request)

    @fastapi_app.get(f"/{oauth_endpoint}")
    async def oauth_handler(request: Request) -> Response:
        return await FletOAuth().handle(request)

    fastapi_app.mount(
        "/",
        FletStaticFiles(
            proxy_path=proxy_path,
            assets_dir=assets_dir,
            app_name=app_name,
            app_short_name=app_short_name,
            app_description=app_description,
            web_renderer=web_renderer,
            use_color_emoji=use_color_emoji,
            route_url_strategy=route_url_strategy,
            websocket_endpoint_path=ws_endpoint,
        ),
    )
    return fastapi_app


def _main_of(args: tuple[Any, ...], keywords: dict[str, Any]) -> Callable[..., Any]:
    """The app's main among FletApp's positional arguments (after a loop and an executor)."""
    rest = [a for a in args if not isinstance(a, (asyncio.AbstractEventLoop, Executor))]
    main = keywords.get("main") or keywords.get("session_handler") or (rest[0] if rest else None)
    before = keywords.get("before_main") or (rest[1] if len(rest) > 1 else None)
    if not callable(main):
        raise TypeError("FletApp needs the app's main function: FletApp(main).handle(websocket)")
    return main if before is None else _with_before(before, main)


_WITH_BEFORE: dict[tuple[Callable[..., Any], Callable[..., Any]], Callable[..., Any]] = {}


class _SocketEndpoint:
    """The WebSocket endpoint of ``app()`` as an ASGI app (Starlette calls it as it is)."""

    def __init__(self, flet_app: FletApp) -> None:
        self.flet_app = flet_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # accepted as a Starlette WebSocket; its messages then go straight through the ASGI
        # callables, without the WebSocket's check of its state on each of them
        websocket = WebSocket(scope, receive=receive, send=send)
        await self.flet_app._serve(websocket, AsgiSocket(receive, send))


def _with_before(before: Callable[..., Any], main: Callable[..., Any]) -> Callable[..., Any]:
    """``before(page)`` then ``main(page)``; the same function for the same pair, so that the
    app keeps one registry of sessions however many ``FletApp`` objects serve it."""
    from flet.session.handlers import call_handler

    entry = _WITH_BEFORE.get((before, main))
    if entry is None:

        async def entry(page: Any) -> None:
            await call_handler(before, page)
            await call_handler(main, page)

        _WITH_BEFORE[(before, main)] = entry
    return entry


def _value(option: Any) -> Any:
    return getattr(option, "value", option)


def _existing_dir(folder: str | None) -> Path | None:
    if not folder:
        return None
    path = Path(folder).resolve()
    if not path.is_dir():
        raise FileNotFoundError(f"assets_dir {folder!r} is not a folder; create it or fix the path")
    return path


def _safe_file(root: Path, rel: str) -> Path | None:
    """``root/rel`` if it is a file inside ``root`` (no ``..`` or link out of it)."""
    if not rel or "\0" in rel:
        return None
    try:
        path = (root / rel).resolve()
    except (OSError, ValueError):
        return None
    if not path.is_relative_to(root.resolve()) or not path.is_file():
        return None
    return path
