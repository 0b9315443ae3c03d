"""Run every app in ``tests/apps/`` through the simulated client and say how many render.

An app renders when its register reply carries no error, its session does not crash and no
error bar is shown after ``main`` ran. For each app that does not, the first line of what
stopped it is printed; apps on the known-failing list (parts still being built) are marked.

    .venv/bin/python scripts/corpus_report.py
"""

from __future__ import annotations

import logging
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.corpus import app_files, open_app  # noqa: E402
from tests.support.loop import run  # noqa: E402

#: Apps that use what other parts of issue 11 are still building. The corpus test leaves
#: them out; this report lists them apart, and says when one starts to render.
KNOWN_FAILING = {}


def check(path: Path) -> str | None:
    """The first line of what stops ``path`` from rendering, or None."""

    async def scenario() -> str | None:
        _, trouble = await open_app(path)
        return trouble

    try:
        return run(scenario())
    except Exception as exc:  # the simulated client refused what the session sent
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def main() -> int:
    logging.disable(logging.WARNING)  # the console notices of ft.app options are not news here
    warnings.simplefilter("ignore", DeprecationWarning)  # era names are translated, as in use
    paths = app_files()
    failing: list[tuple[str, str]] = []
    for path in paths:
        trouble = check(path)
        if trouble is not None:
            failing.append((path.name, trouble))
    rendered = len(paths) - len(failing)
    for name, trouble in failing:
        known = f" [known: {KNOWN_FAILING[name]} not built yet]" if name in KNOWN_FAILING else ""
        print(f"FAIL {name}: {trouble}{known}")
    unexpected = [name for name, _ in failing if name not in KNOWN_FAILING]
    fixed = sorted(set(KNOWN_FAILING) - {name for name, _ in failing})
    for name in fixed:
        print(f"now renders (take it off the known-failing list): {name}")
    print(
        f"{rendered} of {len(paths)} apps render ({100 * rendered / len(paths):.0f} %); "
        f"{len(failing)} do not, {len(unexpected)} of them unexpected"
    )
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
