"""Server mode under load: our ``flet_fastapi`` against Flet 1.0.5's own ``flet_web.fastapi``,
in the same run, on the same uvicorn, with the same counter app and the same clients.

For each size (``--sizes``, default 100 and 500; the issue's 1,000 with ``--sizes
100,500,1000``) each server is started fresh, alone, on 127.0.0.1 (one uvicorn process), warmed
up with one session, then:

- open: that many WebSocket sessions at once, each registering as the 1.0.5 client does
  until its page (with the counter's button) has arrived: **sessions/s** = sessions / seconds
  until the last page arrived;
- **RSS per session**: the server's resident memory with every session open, less before,
  divided by the sessions;
- clicks: every session clicks ``--clicks`` (20) times, one after the other, all sessions at
  once; the **round trip** is from sending a click to the patch that shows the new count
  (p50/p95 over all clicks);
- **CPU**: the server's user+system CPU seconds over open+clicks, and that as a share of one
  core over the wall time; **CPU/click**: the server's CPU time over the clicks, per click
  (what a click costs the server, whatever else the machine runs meanwhile).

Then a soak (``--soak``, default 1,000; the issue's 10,000 with ``--soak 10000``): sessions
opened, clicked once and closed in turn (20 at a time) against a server whose sessions expire
1 s after their client left; its RSS at each tenth and after the sweeps, which should stay flat.

**Capacity** (``--capacity N[,N...]``, instead of the sizes and the soak): the issue's "2x
Flet's sessions per process at the same p95". For each N, Flet 1.0.5's click p95 at N sessions
is the target; ours runs at 2N, 3N, ... (``--max-factor``, default 6) until its p95 is over
it; the largest size of ours within it is printed as ``flet N sessions p95 X ms | ours M
sessions p95 Y ms | M/N`` (``>=`` when the largest size tried was within). Round trips move
with whatever else the machine runs: ``--repeat R`` runs each size R times (each server fresh)
and counts the run with the median p95.

The clients are asyncio processes (the ``websockets`` client; ``--client-procs``, default 1,
each opening and clicking its share of the sessions) on the same machine: they share its cores
with the servers, as they would on any one-machine test. **client CPU** is the busiest client
process's CPU over the clicks as a share of one core: near 100 % the clients, not the server,
would be the bottleneck. Nothing here passes or fails on speed; it prints figures. Flet 1.0.5
runs from its own venv (``--flet-venv``, default ``~/.cache/flet-pwa/bench-flet-1.0.5``; made
with ``python -m venv`` and ``pip install flet==1.0.5 flet-web==1.0.5 uvicorn``), never from
ours.

    .venv/bin/python benchmarks/bench_server.py                       # ~1 minute
    .venv/bin/python benchmarks/bench_server.py --sizes 100,500,1000 --soak 10000
    .venv/bin/python benchmarks/bench_server.py --capacity 100,250 --deflate off,defaults
    .venv/bin/python benchmarks/bench_server.py --capacity 100,200 --deflate off --repeat 3
    .venv/bin/python benchmarks/bench_server.py --sizes 100 --soak 0 --deflate off --loop asyncio

uvicorn's ``--loop`` is ``auto`` unless ``--loop`` says otherwise: it takes uvloop where it is
installed. Flet 1.0.5's venv has it (flet-web brings it) and so does ours (the ``server`` extra,
as of 7 Dec 2026; figures before that compared our server on asyncio with Flet's on uvloop);
``--loop asyncio`` or ``uvloop`` puts both on the same loop explicitly.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import multiprocessing
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import msgpack
from websockets.asyncio.client import ClientConnection, connect

REPO = Path(__file__).resolve().parents[1]
FLET_VENV = Path.home() / ".cache" / "flet-pwa" / "bench-flet-1.0.5"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
REGISTER, PATCH, EVENT = 1, 2, 3
PAGE = {
    "route": "/",
    "web": True,
    "pyodide": False,
    "platform": "linux",
    "platform_brightness": "light",
    "width": 800,
    "height": 600,
    "window": {},
    "media": {},
}


# -- servers ---------------------------------------------------------------------------------


@dataclass
class Server:
    """One uvicorn process serving one of the two counters."""

    name: str
    process: subprocess.Popen[bytes]
    port: int

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def rss(self) -> int:
        """Resident bytes."""
        fields = Path(f"/proc/{self.process.pid}/statm").read_text().split()
        return int(fields[1]) * PAGE_SIZE

    def cpu(self) -> float:
        """User + system CPU seconds so far."""
        stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS

    def stop(self, wait: float = 10) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(wait)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Options:
    """How each server is run: the same for both."""

    deflate: bool  # uvicorn's --ws-per-message-deflate (its default: on)
    env: tuple[tuple[str, str], ...] = ()
    #: run the server under valgrind's callgrind, its log in this file (``--instructions``)
    callgrind_log: Path | None = None
    #: uvicorn's --loop: auto takes uvloop where it is installed (both venvs have it: Flet's
    #: through flet-web, ours through the server extra), asyncio and uvloop force one
    loop: str = "auto"


Starter = Callable[[int, Options], subprocess.Popen[bytes]]


def ours(port: int, options: Options) -> subprocess.Popen[bytes]:
    """examples/fastapi/counter.py (the specification's) on this checkout's flet_fastapi."""
    env = {**os.environ, **dict(options.env), "PYTHONPATH": str(REPO)}
    cwd = REPO / "examples" / "fastapi"
    return _uvicorn(sys.executable, "counter:app", cwd, port, env, options)


def theirs(venv: Path) -> Starter:
    python = venv / "bin" / "python"
    if not python.exists():
        raise SystemExit(
            f"no Flet 1.0.5 venv at {venv}: python -m venv {venv} && {venv}/bin/pip install "
            "flet==1.0.5 flet-web==1.0.5 uvicorn (or pass --flet-venv, or --only ours)"
        )

    def start(port: int, options: Options) -> subprocess.Popen[bytes]:
        # its own flet, not this checkout's
        env = {**os.environ, **dict(options.env), "PYTHONPATH": ""}
        app = "bench_server_flet105_counter:app"
        return _uvicorn(str(python), app, REPO / "benchmarks", port, env, options)

    return start


def _uvicorn(
    python: str, app: str, cwd: Path, port: int, env: dict[str, str], options: Options
) -> subprocess.Popen[bytes]:
    command = [python, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port)]
    command += ["--log-level", "warning", "--ws", "websockets-sansio", "--loop", options.loop]
    command += ["--ws-per-message-deflate", "true" if options.deflate else "false"]
    if options.callgrind_log is not None:
        log, out = options.callgrind_log, options.callgrind_log.with_suffix(".out")
        valgrind = ["valgrind", "--tool=callgrind", f"--log-file={log}"]
        command = [*valgrind, f"--callgrind-out-file={out}", *command]
    return subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL)


def serve(name: str, start: Starter, options: Options) -> Server:
    port = free_port()
    server = Server(name, start(port, options), port)
    deadline = time.monotonic() + (60 if options.callgrind_log is None else 600)
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            if server.process.poll() is not None or time.monotonic() > deadline:
                server.stop()
                raise SystemExit(f"{name} did not start on port {port}") from None
            time.sleep(0.1)


# -- one client ------------------------------------------------------------------------------


def packet(action: int, body: Any) -> bytes:
    return b"\x00" + msgpack.packb([action, body])


def unpack(data: bytes | str) -> list[Any]:
    assert isinstance(data, bytes) and data[:1] == b"\x00", "a Flet packet"
    message: list[Any] = msgpack.unpackb(data[1:], strict_map_key=False)
    return message


def find_control(value: Any, kind: str) -> dict[str, Any] | None:
    if isinstance(value, dict):
        if value.get("_c") == kind:
            return value
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            if (found := find_control(item, kind)) is not None:
                return found
    return None


@dataclass
class Client:
    ws: ClientConnection
    button: int
    round_trips: list[float] = field(default_factory=list)

    async def click(self) -> None:
        sent = time.perf_counter()
        await self.ws.send(packet(EVENT, {"target": self.button, "name": "click", "data": None}))
        while unpack(await asyncio.wait_for(self.ws.recv(), 120))[0] != PATCH:
            pass
        self.round_trips.append(time.perf_counter() - sent)


async def open_client(url: str) -> Client:
    """Connect and register; return once the counter's button has been drawn."""
    ws = await connect(url, max_size=None, open_timeout=120, ping_interval=None)
    await ws.send(packet(REGISTER, {"session_id": None, "page_name": "", "page": PAGE}))
    while True:
        _action, body = unpack(await asyncio.wait_for(ws.recv(), 120))
        button = find_control(body, "FloatingActionButton")
        if button is not None:
            return Client(ws, int(button["_i"]))


# -- measurements ----------------------------------------------------------------------------


@dataclass
class Figures:
    sessions: int
    sessions_per_s: float
    rss_per_session: float
    p50: float
    p95: float
    clicks_per_s: float
    cpu_s: float
    cpu_share: float
    cpu_per_click: float
    client_share: float  # the busiest client process's CPU over the clicks, share of a core
    procs: int  # client processes


def measure(server: Server, sessions: int, clicks: int, procs: int = 1) -> Figures:
    """Open ``sessions`` sessions, then click each ``clicks`` times, all at once, from
    ``procs`` client processes (each opens and clicks its share; they start each phase
    together). The server's RSS and CPU are read around each phase."""
    asyncio.run(_warm_up(server.url))
    context = multiprocessing.get_context("spawn")
    shares = [sessions // procs + (i < sessions % procs) for i in range(procs)]
    pipes, workers = [], []
    for share in shares:
        ours, theirs = context.Pipe()
        worker = context.Process(target=client_process, args=(theirs, server.url, share, clicks))
        worker.start()
        pipes.append(ours)
        workers.append(worker)
    try:
        for pipe in pipes:
            pipe.recv()  # started
        rss0, cpu0, began = server.rss(), server.cpu(), time.perf_counter()
        _each(pipes, "open")
        opened = time.perf_counter() - began
        time.sleep(1)
        rss1 = server.rss()
        clicking, cpu_clicking = time.perf_counter(), server.cpu()
        done = _each(pipes, "click")
        clicked = time.perf_counter() - clicking
        cpu_end = server.cpu()
        _each(pipes, "close")
    finally:
        for worker in workers:
            worker.join(30)
            if worker.is_alive():
                worker.kill()
    trips = sorted(t for trip_list, _cpu in done for t in trip_list)
    return Figures(
        sessions=sessions,
        sessions_per_s=sessions / opened,
        rss_per_session=(rss1 - rss0) / sessions,
        p50=statistics.median(trips),
        p95=trips[int(len(trips) * 0.95) - 1],
        clicks_per_s=len(trips) / clicked,
        cpu_s=cpu_end - cpu0,
        cpu_share=(cpu_end - cpu0) / (opened + clicked),
        cpu_per_click=(cpu_end - cpu_clicking) / len(trips),
        client_share=max(cpu for _trips, cpu in done) / clicked,
        procs=procs,
    )


def _each(pipes: list[Any], command: str) -> list[Any]:
    """Send ``command`` to every client process, then wait for each one's answer."""
    for pipe in pipes:
        pipe.send(command)
    return [pipe.recv() for pipe in pipes]


async def _warm_up(url: str) -> None:
    warm = await open_client(url)
    await warm.click()
    await warm.ws.close()
    await asyncio.sleep(1)


def client_process(pipe: Any, url: str, sessions: int, clicks: int) -> None:
    """One load-generating process: ``sessions`` clients, driven by the parent's commands."""
    asyncio.run(_clients(pipe, url, sessions, clicks))


async def _clients(pipe: Any, url: str, sessions: int, clicks: int) -> None:
    loop = asyncio.get_running_loop()
    pipe.send("started")
    await loop.run_in_executor(None, pipe.recv)  # open
    clients = await asyncio.gather(*(open_client(url) for _ in range(sessions)))
    pipe.send("opened")

    async def click_all(client: Client) -> None:
        for _ in range(clicks):
            await client.click()

    await loop.run_in_executor(None, pipe.recv)  # click
    cpu = time.process_time()
    await asyncio.gather(*(click_all(c) for c in clients))
    cpu = time.process_time() - cpu
    pipe.send(([t for c in clients for t in c.round_trips], cpu))
    await loop.run_in_executor(None, pipe.recv)  # close
    await asyncio.gather(*(c.ws.close() for c in clients))
    pipe.send("closed")


async def soak(server: Server, total: int, at_once: int = 20) -> list[tuple[int, int]]:
    """Open, click once and close ``total`` sessions, ``at_once`` at a time; the server's RSS
    after each tenth, then once more after its sweeper has had time to expire them all."""
    samples: list[tuple[int, int]] = []
    done = 0
    step = max(total // 10, at_once)

    async def one() -> None:
        client = await open_client(server.url)
        await client.click()
        await client.ws.close()

    while done < total:
        batch = min(at_once, total - done)
        await asyncio.gather(*(one() for _ in range(batch)))
        done += batch
        if done % step < batch or done == total:
            samples.append((done, server.rss()))
    await asyncio.sleep(15)  # sessions expire 1 s after their client left; sweeps follow
    samples.append((-1, server.rss()))
    return samples


# -- report ----------------------------------------------------------------------------------


def table(results: dict[str, list[Figures]]) -> None:
    print(
        f"{'server':<12}{'sessions':>9}{'sessions/s':>12}{'RSS/session':>13}"
        f"{'click p50':>11}{'click p95':>11}{'clicks/s':>10}{'CPU s':>8}{'CPU %':>7}"
        f"{'CPU/click':>11}{'client CPU':>12}"
    )
    for name, rows in results.items():
        for f in rows:
            print(row(name, f))


def row(name: str, f: Figures) -> str:
    return (
        f"{name:<12}{f.sessions:>9}{f.sessions_per_s:>12.0f}"
        f"{f.rss_per_session / 1024:>10.1f} KiB{f.p50 * 1000:>8.1f} ms"
        f"{f.p95 * 1000:>8.1f} ms{f.clicks_per_s:>10.0f}{f.cpu_s:>8.1f}"
        f"{f.cpu_share * 100:>6.0f}%{f.cpu_per_click * 1e6:>8.0f} µs"
        f"{f.client_share * 100:>6.0f}% x{f.procs}"
    )


def soak_report(name: str, samples: list[tuple[int, int]]) -> None:
    first = samples[0][1]
    cells = [f"{'swept' if n < 0 else n}: {rss / 2**20:.1f}" for n, rss in samples]
    print(f"{name:<12}RSS MiB after sessions  " + ", ".join(cells))
    growth = samples[-2][1] - first
    print(f"{'':<12}from the first tenth to the last: {growth / 2**20:+.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,500", help="concurrent sessions, comma-separated")
    parser.add_argument("--clicks", type=int, default=20, help="clicks per session")
    parser.add_argument("--soak", type=int, default=1000, help="sessions opened and closed")
    parser.add_argument(
        "--capacity",
        default="",
        metavar="N[,N...]",
        help="instead of --sizes and the soak: for each N, Flet 1.0.5's click p95 at N "
        "sessions is the target, and ours runs at 2N, 3N, ... while its p95 stays within it",
    )
    parser.add_argument(
        "--max-factor", type=int, default=6, help="--capacity tries ours up to this times N"
    )
    parser.add_argument(
        "--client-procs", type=int, default=1, help="client processes sharing the sessions"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="--capacity runs each size this many times"
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="instead of --sizes and the soak: each server's instructions per click, counted "
        "by valgrind's callgrind (independent of the machine's other load; several minutes)",
    )
    parser.add_argument(
        "--deflate",
        default="on",
        metavar="on|off|both|defaults[,...]",
        help="uvicorn's --ws-per-message-deflate for both servers (uvicorn's default: on); "
        "both: on, then off; defaults: each as its own server runs (ours off, as python app.py "
        "and flet run start uvicorn; Flet 1.0.5's on, as its flet_web.fastapi server does); "
        "several, comma-separated, run one after the other",
    )
    parser.add_argument(
        "--loop",
        choices=("auto", "asyncio", "uvloop"),
        default="auto",
        help="uvicorn's --loop for both servers; auto (its default): uvloop where installed "
        "(Flet 1.0.5's flet-web brings it, our server extra too)",
    )
    parser.add_argument("--flet-venv", type=Path, default=FLET_VENV)
    parser.add_argument("--only", choices=("ours", "flet-1.0.5"), default=None)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    bases = [int(s) for s in args.capacity.split(",") if s]
    starters: dict[str, Starter] = {}
    if args.only != "flet-1.0.5":
        starters["ours"] = ours
    if args.only != "ours":
        starters["flet-1.0.5"] = theirs(args.flet_venv)
    if bases and len(starters) != 2:
        parser.error("--capacity compares both servers: leave out --only")
    settings: dict[str, list[bool | None]] = {
        "on": [True],
        "off": [False],
        "both": [True, False],
        "defaults": [None],
    }
    unknown = [d for d in args.deflate.split(",") if d not in settings]
    if unknown:
        parser.error(f"--deflate takes {', '.join(settings)}, not {', '.join(unknown)}")
    deflates = [d for name in args.deflate.split(",") for d in settings[name]]

    if args.loop == "uvloop" and "ours" in starters and importlib.util.find_spec("uvloop") is None:
        parser.error("--loop uvloop: uvloop is not installed here (pip install uvloop)")
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores, load {_load()}")
    print(f"uvicorn --loop {args.loop} for both servers")
    print(f"{args.client_procs} client process(es); client CPU: the busiest one's share of a core")
    for deflate in deflates:
        if deflate is None:
            print("\neach server's default: per-message deflate off for ours, on for Flet 1.0.5")
        else:
            print(f"\nuvicorn --ws-per-message-deflate {str(deflate).lower()}")
        chosen = {name: DEFAULT_DEFLATE[name] if deflate is None else deflate for name in starters}
        options = {n: Options(d, loop=args.loop) for n, d in chosen.items()}
        if args.instructions:
            run_instructions(starters, options)
            continue
        if bases:
            run_capacity(
                starters,
                bases,
                args.clicks,
                options,
                args.client_procs,
                args.max_factor,
                args.repeat,
            )
            continue
        run_sizes(starters, sizes, args.clicks, options, args.client_procs)
        if args.soak:
            soaking = (("FLET_SESSION_TIMEOUT", "1"),)
            soak_options = {n: Options(d, soaking, loop=args.loop) for n, d in chosen.items()}
            run_soak(starters, args.soak, soak_options)
    print(f"load at the end {_load()}")


#: per-message deflate as each server runs by default: ours as ``python app.py`` and ``flet
#: run`` start uvicorn (server_runtime/dev.py), Flet 1.0.5's as flet_web.fastapi does
DEFAULT_DEFLATE = {"ours": False, "flet-1.0.5": True}


def run_one(
    start: Starter, name: str, options: Options, size: int, clicks: int, procs: int
) -> Figures:
    server = serve(name, start, options)
    try:
        return measure(server, size, clicks, procs)
    finally:
        server.stop()


def run_sizes(
    starters: dict[str, Starter],
    sizes: list[int],
    clicks: int,
    options: dict[str, Options],
    procs: int,
) -> None:
    results: dict[str, list[Figures]] = {name: [] for name in starters}
    for size in sizes:
        for name, start in starters.items():
            results[name].append(run_one(start, name, options[name], size, clicks, procs))
    table(results)


def run_capacity(
    starters: dict[str, Starter],
    bases: list[int],
    clicks: int,
    options: dict[str, Options],
    procs: int,
    max_factor: int,
    repeat: int = 1,
) -> None:
    """Sessions per process at the same click p95: Flet 1.0.5's p95 at N sessions is the
    target; ours runs at 2N, 3N, ... (at N too if 2N misses it) until its p95 is over it or
    ``max_factor`` N; the largest size within the target is ours. Each size runs ``repeat``
    times (each server started fresh); its run with the median p95 counts."""

    def median_run(name: str, size: int) -> Figures:
        runs = []
        for _ in range(repeat):
            runs.append(run_one(starters[name], name, options[name], size, clicks, procs))
            print(row(name, runs[-1]), flush=True)
        return sorted(runs, key=lambda f: f.p95)[(len(runs) - 1) // 2]

    lines = []
    for base in bases:
        target = median_run("flet-1.0.5", base)
        best: Figures | None = None
        for factor in range(2, max_factor + 1):
            tried = median_run("ours", base * factor)
            if tried.p95 > target.p95:
                break
            best = tried
        if best is None:  # not at 2N: what at N?
            tried = median_run("ours", base)
            best = tried if tried.p95 <= target.p95 else None
        capped = best is not None and best.sessions == base * max_factor
        lines.append(capacity_line(target, best, capped))
    print("same click p95 (a size is within when its p95 is at or under Flet's", end="")
    print(f"; the median of {repeat} runs each):" if repeat > 1 else "):")
    for line in lines:
        print(line)


def capacity_line(target: Figures, best: Figures | None, capped: bool) -> str:
    """``capped``: ``best`` is the largest size tried (more may be within the target)."""
    theirs = f"flet {target.sessions} sessions p95 {target.p95 * 1000:.0f} ms"
    if best is None:
        return f"{theirs} | ours: not within it even at {target.sessions} sessions"
    ratio = f"{'>= ' if capped else ''}{best.sessions / target.sessions:.0f}x"
    return f"{theirs} | ours {best.sessions} sessions p95 {best.p95 * 1000:.0f} ms | {ratio}"


#: sessions and clicks per session of ``--instructions``: two runs, the difference is a
#: thousand clicks
COUNTED_SESSIONS, FEW_CLICKS, MORE_CLICKS = 20, 10, 60


def run_instructions(starters: dict[str, Starter], options: dict[str, Options]) -> None:
    """What a click costs each server in instructions (user space, counted by valgrind's
    callgrind, so the machine's other load does not move it): the server's total over 20
    sessions clicking 60 times, less its total over the same sessions clicking 10 times
    (start, warm-up and opening cancel out), over the 1,000 clicks between."""
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (apt-get install valgrind)")
    print(f"instructions per click ({COUNTED_SESSIONS} sessions, callgrind; a run takes minutes)")
    with tempfile.TemporaryDirectory(prefix="bench-server-") as folder:
        for name, start in starters.items():
            totals = []
            for clicks in (FEW_CLICKS, MORE_CLICKS):
                log = Path(folder) / f"{name}-{clicks}.log"
                counted = replace(options[name], callgrind_log=log)
                server = serve(name, start, counted)
                try:
                    measure(server, COUNTED_SESSIONS, clicks)
                finally:
                    server.stop(wait=300)
                totals.append(_collected(log))
            per_click = (totals[1] - totals[0]) / (COUNTED_SESSIONS * (MORE_CLICKS - FEW_CLICKS))
            print(f"{name:<12}{per_click:>12,.0f} instructions per click", flush=True)


def _collected(log: Path) -> int:
    """The instructions callgrind counted, from its log (written when the server ended)."""
    found = re.search(r"Collected : (\d+)", log.read_text())
    if found is None:
        raise SystemExit(f"callgrind wrote no total into {log}: {log.read_text()[-500:]}")
    return int(found.group(1))


def run_soak(starters: dict[str, Starter], sessions: int, options: dict[str, Options]) -> None:
    print(f"soak: {sessions} sessions opened, clicked once and closed, 20 at a time")
    for name, start in starters.items():
        server = serve(name, start, options[name])
        try:
            soak_report(name, asyncio.run(soak(server, sessions)))
        finally:
            server.stop()


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
