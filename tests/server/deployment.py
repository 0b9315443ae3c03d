"""The documented deployment, started for a test: a ``redis-server``, two uvicorn processes of
examples/deploy/chat.py (``--root-path /chat``, ``FLET_PUBSUB_URL``) and nginx with
examples/deploy/nginx-flet.conf (its ports changed to free ones) in front, all on 127.0.0.1.

nginx's access log (written with the upstream that served each request) tells which process a
client reached; each uvicorn process's log has what its sessions and its Redis relay did.
"""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.browser.harness import AsgiServer, free_port, start_asgi_server
from tests.server.services import Daemon, nginx_main_config, nginx_server, redis_server
from tests.support.apps import ROOT

__all__ = ["COOKIE", "DEPLOY", "Deployment", "deployed", "site_config"]

DEPLOY = ROOT / "examples" / "deploy"
SITE = DEPLOY / "nginx-flet.conf"
COOKIE = "flet_backend"
# what the test's nginx writes per request: which process served it, and for which cookie
LOG_FORMAT = "$request_uri $status $upstream_addr $cookie_flet_backend"


@dataclass
class Deployment:
    redis: Daemon
    nginx: Daemon
    apps: list[AsgiServer]
    folder: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.nginx.port}/chat/"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.nginx.port}/chat/ws"

    def routed(self) -> list[tuple[str, ...]]:
        """(uri, status, upstream, cookie) of each request nginx has passed on."""
        lines = (self.folder / "nginx" / "access.log").read_text().splitlines()
        return [tuple(line.split(" ", 3)) for line in lines]

    def routed_once(
        self, ready: Callable[[list[tuple[str, ...]]], bool], timeout: float = 10
    ) -> list[tuple[str, ...]]:
        """``routed()`` once ``ready`` holds of it: nginx writes a request's line after the
        response (a WebSocket's when it closes), so a test may read the log before it."""
        deadline = time.monotonic() + timeout
        while not ready(lines := self.routed()):
            assert time.monotonic() < deadline, "nginx's access log never showed the requests"
            time.sleep(0.02)
        return lines

    def upstream_of(self, key: str) -> str:
        """The process (host:port) nginx sends the client with cookie ``key`` to."""
        request = urllib.request.Request(self.base, headers={"Cookie": f"{COOKIE}={key}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
        lines = self.routed_once(lambda lines: any(line[3] == key for line in lines))
        return [up for uri, _, up, cookie in lines if cookie == key][-1]

    def keys_on_two_processes(self) -> tuple[str, str]:
        """Two affinity cookies that nginx sends to different processes."""
        seen: dict[str, str] = {}
        for n in range(40):
            key = f"client-{n}"
            seen.setdefault(self.upstream_of(key), key)
            if len(seen) == 2:
                first, second = seen.values()
                return first, second
        raise AssertionError(f"40 cookies all went to {list(seen)}: is `hash` in the config?")

    def app_logs(self) -> str:
        return "".join(app.log() for app in self.apps)


def site_config(ports: list[int], listen: int) -> str:
    """examples/deploy/nginx-flet.conf with free ports in place of its 8001, 8002 and 8080."""
    text = SITE.read_text(encoding="utf-8")
    for documented, port in zip(("8001", "8002"), ports, strict=True):
        assert f"server 127.0.0.1:{documented};" in text
        text = text.replace(f"server 127.0.0.1:{documented};", f"server 127.0.0.1:{port};")
    assert "listen 127.0.0.1:8080;" in text
    return text.replace("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{listen};")


@contextmanager
def deployed(folder: Path) -> Iterator[Deployment]:
    """Start Redis, two app processes and nginx; stop them all (by PID) afterwards."""
    redis = redis_server(free_port(), folder / "redis")
    redis.start()
    env = {
        "FLET_PUBSUB_URL": f"redis://127.0.0.1:{redis.port}/0",
        "UVICORN_ROOT_PATH": "/chat",  # = --root-path /chat, as the README runs it
    }
    apps: list[AsgiServer] = []
    nginx: Daemon | None = None
    try:
        apps = [start_asgi_server("chat:app", DEPLOY, env=env) for _ in range(2)]
        site = site_config([app.port for app in apps], listen := free_port())
        config = nginx_main_config(folder / "nginx", site, LOG_FORMAT)
        nginx = nginx_server(listen, folder / "nginx", config)
        nginx.start()
        yield Deployment(redis, nginx, apps, folder)
    finally:
        if nginx is not None:
            nginx.stop()
        for app in apps:
            app.stop()
        redis.stop()
