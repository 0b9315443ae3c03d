"""Plain-text rendering of progress events and of a publish result, for the CLI."""

from __future__ import annotations

from .exclusions import describe_left_out
from .layout import PYODIDE_DIR
from .options import ProgressEvent
from .pipeline import PublishResult
from .pwa import PwaSummary
from .summary import format_bytes

__all__ = ["format_event", "format_result"]


def format_event(event: ProgressEvent) -> str:
    if event.kind == "stage":
        return event.message
    if event.kind == "warning":
        return f"warning: {event.message}"
    return f"      {event.message}"


def format_result(result: PublishResult) -> str:
    s = result.summary
    lines = [
        f"published {result.site_dir} (buildId {result.build_id})",
        f"  files on disk: {s.files}, {format_bytes(s.bytes)}",
        f"  first visit ({result.web_renderer}, Chromium): {s.cold_files} files, "
        f"{format_bytes(s.cold_bytes)}",
        "  packages: " + ", ".join(f"{p.name} {p.version}" for p in result.packages),
        *_pyodide_line(result),
        f"  app.zip: {len(result.archive.files)} files; "
        + describe_left_out(result.archive.excluded),
    ]
    if result.pwa is not None:
        lines.append(_offline_line(result.pwa))
    if result.snapshot is not None:
        lines.append(f"  Python snapshot: {result.snapshot.describe()}")
    if result.archive.assets or result.archive.assets_excluded:
        lines.append(
            f"  assets: {len(result.archive.assets)} files at the site root; "
            + describe_left_out(result.archive.assets_excluded)
        )
    total = sum(result.timings.values())
    lines.append(
        f"  took {total:.1f} s ("
        + ", ".join(f"{k} {v:.1f}" for k, v in result.timings.items())
        + ")"
    )
    if result.warnings:
        lines.append(f"  {len(result.warnings)} warning(s), see above")
    return "\n".join(lines)


def _pyodide_line(result: PublishResult) -> list[str]:
    """How much the packages from Pyodide's distribution add to a first visit."""
    taken = [p for p in result.packages if p.from_pyodide]
    if not taken:
        return []
    size = sum(result.summary.sizes.get(f"{PYODIDE_DIR}/{p.file_name}", 0) for p in taken)
    return [
        f"  from Pyodide's packages: {len(taken)} ({', '.join(p.name for p in taken)}), "
        f"{format_bytes(size)} of the first visit"
    ]


def _offline_line(pwa: PwaSummary) -> str:
    if not pwa.service_worker:
        return "  offline: no service worker (--no-service-worker)"
    return (
        f"  offline: sw.js precaches {pwa.precache_files} files, "
        f"{format_bytes(pwa.precache_bytes)} in Chrome; works offline after the first visit"
    )
