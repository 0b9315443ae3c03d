"""Run an app file of ``tests/apps/`` through the simulated client and say whether it renders:
the register reply carries no error, the session did not crash, and no error bar is shown.
Used by tests/integration/test_era_corpus.py and scripts/corpus_report.py."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

from flet.session.errors import first_line
from tests.support.apps import ROOT, load_main
from tests.support.simclient import SimClient, start

APPS = ROOT / "tests" / "apps"


def app_files() -> list[Path]:
    return sorted(p for p in APPS.glob("*.py") if not p.name.startswith("_"))


def problem(client: SimClient) -> str | None:
    """Why the app does not render, in one line, or None when it does."""
    if client.error is not None:
        return client.error.splitlines()[0]
    if client.crashed is not None:
        return client.crashed.splitlines()[0]
    bars = client.error_bars()
    return bars[0] if bars else None


async def open_app(path: Path, **start_options: Any) -> tuple[SimClient | None, str | None]:
    """Load ``path`` and connect a simulated client to its ``main``.

    Returns the client (None if the file itself failed to run) and the first line of what
    stops the app, or None when it renders. Tracebacks go to the error sink's stderr, which is
    kept out of the way here: the first line is what a report needs."""
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            main = load_main(path)
        except Exception as exc:
            return None, first_line(exc)
        client, _ = await start(main, **start_options)
    return client, problem(client)
