"""``node --check`` accepts every runtime JavaScript file (module syntax for .mjs)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

JS = Path(__file__).resolve().parents[3] / "pyodide_runtime" / "js"

pytestmark = pytest.mark.host_only


@pytest.mark.parametrize("name", sorted(path.name for path in JS.iterdir()))
def test_node_accepts_the_syntax(name: str) -> None:
    run = subprocess.run(
        ["node", "--check", str(JS / name)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
