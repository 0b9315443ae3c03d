"""Reading the app's requirements.txt for the Pyodide environment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from .core_wheel import EXTENSION_PACKAGES
from .errors import RequirementsError
from .target import marker_environment

__all__ = ["PROVIDED", "AppRequirements", "marker_applies", "read_requirements"]

# Names the site already provides: our own core (which *is* `flet` in the browser, and
# `flet_core`, the async era's import name, and the Flet 1.0 extension import names it
# re-exports) and msgpack.
PROVIDED: dict[str, str] = {
    "flet": "flet-pwa",
    "flet-core": "flet-pwa",
    "flet-charts": "flet-pwa",
    "flet-camera": "flet-pwa",
    "flet-map": "flet-pwa",
    "flet-webview": "flet-pwa",
    "flet-pwa": "flet-pwa",
    "flet-datatable2": "flet-pwa",
    "flet-color-pickers": "flet-pwa",
    "flet-code-editor": "flet-pwa",
    "flet-ads": "flet-pwa",
    "msgpack": "msgpack",
    **{name.replace("_", "-"): "flet-pwa" for name in EXTENSION_PACKAGES},
}


@dataclass(frozen=True)
class AppRequirements:
    """Requirements that apply in Pyodide, and notes about the lines that were dropped."""

    requirements: tuple[Requirement, ...]
    notes: tuple[str, ...]  # informational (e.g. "flet is provided")
    warnings: tuple[str, ...]
    pre: bool  # requirements.txt asked for --pre


def marker_applies(req: Requirement, extras: frozenset[str] = frozenset()) -> bool:
    """Whether `req` is needed in Pyodide, for a package installed with `extras`."""
    if req.marker is None:
        return True
    env = marker_environment()
    return any(req.marker.evaluate({**env, "extra": e}) for e in ("", *sorted(extras)))


def read_requirements(path: Path) -> AppRequirements:
    """Parse requirements.txt (comments, continuations, `-r FILE`, `--pre`), keep what applies."""
    reqs: list[Requirement] = []
    notes: list[str] = []
    warnings: list[str] = []
    pre = _collect(path, reqs, set())
    kept: list[Requirement] = []
    for req in reqs:
        name = canonicalize_name(req.name)
        if not marker_applies(req):
            notes.append(f"{req} does not apply in Pyodide (marker), skipped")
        elif name in PROVIDED:
            notes.append(f"{req.name} is provided by the site ({PROVIDED[name]}), skipped")
        elif name.startswith("flet-"):
            warnings.append(
                f"{req.name} is an upstream Flet package; flet-pwa does not support it, skipped"
            )
        else:
            kept.append(req)
    return AppRequirements(tuple(kept), tuple(notes), tuple(warnings), pre)


def _collect(path: Path, out: list[Requirement], seen: set[Path]) -> bool:
    resolved = path.resolve()
    if resolved in seen:
        return False
    seen.add(resolved)
    pre = False
    for lineno, line in _logical_lines(path):
        where = f"{path}:{lineno}"
        if line == "--pre":
            pre = True
        elif (included := _included_file(line)) is not None:
            pre |= _collect(path.parent / included, out, seen)
        elif line.startswith("-"):
            raise RequirementsError(
                f"{where}: option {line.split()[0]!r} is not supported",
                "keep only requirement lines (name, version, markers), -r FILE and --pre; "
                "pass local wheels with --wheel PATH",
            )
        else:
            out.append(_parse(line, where))
    return pre


def _included_file(line: str) -> str | None:
    """The FILE of `-r FILE`, `--requirement FILE` or `--requirement=FILE`, else None."""
    option, _, rest = line.replace("=", " ", 1).partition(" ")
    return rest.strip() if option in ("-r", "--requirement") and rest.strip() else None


def _parse(line: str, where: str) -> Requirement:
    try:
        return Requirement(line)
    except InvalidRequirement as e:
        raise RequirementsError(
            f"{where}: cannot parse requirement {line!r}: {e}",
            "write a PEP 508 requirement (e.g. 'humanize>=4'); for a local wheel use --wheel PATH",
        ) from e


def _logical_lines(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise RequirementsError(
            f"cannot read {path}: {e}", "check that the requirements file exists"
        ) from e
    lines: list[tuple[int, str]] = []
    pending, start = "", 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        stripped = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not pending:
            start = lineno
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        line = (pending + stripped).strip()
        pending = ""
        if line:
            lines.append((start, line))
    if pending.strip():
        lines.append((start, pending.strip()))
    return lines
