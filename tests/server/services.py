"""Real ``redis-server`` and nginx (Debian's packages) as children of the test, on 127.0.0.1.

Each runs in the foreground with its files in a temporary folder, dies with the test process
(``PR_SET_PDEATHSIG``) and is stopped by its PID. A missing program fails the test with how to
install it; nothing skips.
"""

from __future__ import annotations

import ctypes
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.browser.harness import LOOPBACK

__all__ = [
    "Daemon",
    "need_program",
    "nginx_main_config",
    "nginx_server",
    "redis_server",
    "wait_for_port",
]

NGINX = "/usr/sbin/nginx"


def need_program(name: str, package: str) -> str:
    """The path of ``name``; ``FileNotFoundError`` saying how to install it if it is missing."""
    found = shutil.which(name) or (name if os.path.isfile(name) else None)
    if found is None:
        raise FileNotFoundError(
            f"{name} is not installed: `apt-get install {package}` (scripts/test.sh installs it)"
        )
    return found


def _die_with_parent() -> None:
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def wait_for_port(port: int, timeout: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((LOOPBACK, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{what} did not listen on {LOOPBACK}:{port} within {timeout} s; its log:\n"
                    f"{log.read_text(errors='replace') if log.exists() else '(none)'}"
                ) from None
            time.sleep(0.05)


@dataclass
class Daemon:
    """A server process started in the foreground; ``stop()`` ends it by its PID."""

    command: list[str]
    port: int
    log_path: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                preexec_fn=_die_with_parent,
            )
        try:
            wait_for_port(self.port, timeout, self.command[0], self.log_path)
        except BaseException:
            self.stop()
            raise

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout)
        self.process = None


def redis_server(port: int, folder: Path) -> Daemon:
    """``redis-server`` on ``127.0.0.1:port`` keeping nothing on disk (start it, stop it,
    start it again on the same port: a Redis that went away and came back)."""
    program = need_program("redis-server", "redis-server")
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        program,
        "--port",
        str(port),
        "--bind",
        LOOPBACK,
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(folder),
    ]
    return Daemon(command, port, folder / "redis.log")


def nginx_server(port: int, folder: Path, config: str) -> Daemon:
    """nginx in the foreground with ``config`` (a whole ``nginx.conf``) in ``folder``: its
    pid file, logs and temporary files stay there."""
    program = need_program(NGINX, "nginx-light")
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "nginx.conf"
    conf.write_text(config, encoding="utf-8")
    command = [program, "-p", str(folder), "-c", str(conf), "-e", str(folder / "error.log")]
    check = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    if check.returncode != 0:
        raise RuntimeError(f"nginx rejected its configuration:\n{check.stderr}\n{config}")
    return Daemon(command, port, folder / "nginx.out")


def nginx_main_config(folder: Path, site: str, log_format: str = "$request") -> str:
    """A minimal ``nginx.conf`` for a test: foreground, files in ``folder``, ``site`` (what
    Debian would include from ``conf.d/``) inside ``http``, one ``log_format`` line per
    request in ``folder/access.log``."""
    # workers run as whoever runs the test (as root, nginx would switch them to nobody, who
    # cannot write the temporary files of large responses into the test's folder)
    user = f"{pwd.getpwuid(os.getuid()).pw_name} {grp.getgrgid(os.getgid()).gr_name}"
    return f"""
user {user};
daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log info;
events {{ worker_connections 4096; }}
http {{
    log_format test '{log_format}';
    access_log {folder}/access.log test;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
{site}
}}
"""
