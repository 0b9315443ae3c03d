"""The figures of ``bench_site.py`` per site, and the table it prints (one column per site).

Times are medians over the runs with the range (min-max); MB are 10^6 bytes; p95 is the
nearest-rank 95th percentile.
"""

from __future__ import annotations

import math
import os
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from site_measure import ProfileRun, Visit

__all__ = ["SiteFigures", "disk_usage", "notes", "p95", "table"]

MB = 1_000_000
DASH = "-"
NO_RENDER = "did not render"


@dataclass
class SiteFigures:
    """Everything measured for one site."""

    name: str
    site_dir: Path
    files: int
    disk_bytes: int
    runs: list[ProfileRun] = field(default_factory=list)

    def visits(self, kind: str) -> list[Visit]:
        """Visits of one kind: cold, warm (the first warm one of each run) or again (later)."""
        if kind == "again":
            return [visit for run in self.runs for visit in run.again]
        return [run.cold if kind == "cold" else run.warm for run in self.runs]

    @property
    def latencies_ms(self) -> list[float]:
        return [ms for run in self.runs for ms in run.latencies_ms]


def disk_usage(site_dir: Path) -> tuple[int, int]:
    """(files, bytes) under ``site_dir``, symlinks not followed."""
    files = size = 0
    for folder, _, names in os.walk(site_dir):
        for name in names:
            files += 1
            size += (Path(folder) / name).lstat().st_size
    return files, size


def p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile (the 19th of 20 values)."""
    ordered = sorted(values)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def _spread(values: Sequence[float], scale: float = 1.0, digits: int = 1) -> str:
    if not values:
        return DASH
    median, low, high = (v / scale for v in (statistics.median(values), min(values), max(values)))
    if len(values) == 1 or low == high:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def _seconds(values: list[float | None], missing: str = DASH) -> str:
    """Median (min-max) in s of the ms values present; how many are missing, if any."""
    present = [value for value in values if value is not None]
    if not present:
        return missing
    text = _spread(present, scale=1000.0)
    if len(present) < len(values):
        text += f" [{len(values) - len(present)} of {len(values)} none]"
    return text


# fletPwaTimings stages, in the order a load passes them, and their names in the table
STAGES = {
    "starting-python": "python",
    "starting-app": "app",
    "initialized": "init",
    "firstFrame": "frame",
}


def _stages(visits: list[Visit]) -> str:
    """Median ms -> s of each fletPwaTimings stage the visits recorded."""
    parts = []
    for stage, label in STAGES.items():
        values = [v.stages_ms[stage] for v in visits if stage in v.stages_ms]
        if values:
            parts.append(f"{label} {statistics.median(values) / 1000:.1f}")
    return " / ".join(parts) or DASH


def _server(visits: list[Visit]) -> str:
    totals = [len(visit.server) for visit in visits]
    revalidated = [sum(status == 304 for _, status in visit.server) for visit in visits]
    return f"{_spread(totals, digits=0)}; 304: {_spread(revalidated, digits=0)}"


def _warm_source(figures: SiteFigures) -> str:
    visits = figures.visits("warm")
    controllers = {Path(urlsplit(v.controller).path).name for v in visits if v.controller}
    answered = _spread([v.from_service_worker for v in visits], digits=0)
    if not controllers:
        return "HTTP cache (no service worker)"
    return f"{', '.join(sorted(controllers))} ({answered} of the requests)"


def _latency(figures: SiteFigures, pick: Callable[[list[float]], float]) -> str:
    latencies = figures.latencies_ms
    return f"{pick(latencies):.0f} (N={len(latencies)})" if latencies else DASH


def _rows(figures: SiteFigures, again: bool) -> list[tuple[str, str]]:
    """`again`: add rows for the later warm visits (some site has them)."""
    cold, warm, later = figures.visits("cold"), figures.visits("warm"), figures.visits("again")
    times = [
        ("first render, cold (s)", _seconds([v.first_render_ms for v in cold], NO_RENDER)),
        ("first render, warm (s)", _seconds([v.first_render_ms for v in warm], NO_RENDER)),
        ("first render, warm again (s)", _seconds([v.first_render_ms for v in later], NO_RENDER)),
        ("worker initialized, cold (s)", _seconds([v.initialized_ms for v in cold])),
        ("worker initialized, warm (s)", _seconds([v.initialized_ms for v in warm])),
        ("worker initialized, warm again (s)", _seconds([v.initialized_ms for v in later])),
        ("worker ready by its clock, cold (s)", _seconds([v.worker_ready_ms for v in cold])),
        ("worker ready by its clock, warm (s)", _seconds([v.worker_ready_ms for v in warm])),
        ("worker ready by its clock, again (s)", _seconds([v.worker_ready_ms for v in later])),
        ("fletPwaTimings stages, cold (s)", _stages(cold)),
        ("fletPwaTimings stages, warm (s)", _stages(warm)),
        ("fletPwaTimings stages, warm again (s)", _stages(later)),
    ]
    return [row for row in times if again or "again" not in row[0]] + [
        ("cold load: requests", _spread([v.requests for v in cold], digits=0)),
        ("cold load: MB over the wire", _spread([v.wire_bytes for v in cold], scale=MB)),
        ("cold load: blocked external requests", _spread([len(v.blocked) for v in cold], digits=0)),
        ("server requests, cold visit (+ SW install)", _server(cold)),
        ("server requests, warm visit", _server(warm)),
        ("warm load answered by", _warm_source(figures)),
        ("on disk: files", str(figures.files)),
        ("on disk: MB", f"{figures.disk_bytes / MB:.1f}"),
        ("click-to-repaint median (ms)", _latency(figures, statistics.median)),
        ("click-to-repaint p95 (ms)", _latency(figures, p95)),
        ("first click of a page, median (ms)", _first_click(figures)),
    ]


def _first_click(figures: SiteFigures) -> str:
    """The first click of every warm page (it may meet work left from the start)."""
    firsts = [ms for run in figures.runs for ms in run.first_clicks_ms]
    return f"{statistics.median(firsts):.0f} (N={len(firsts)})" if firsts else DASH


def table(sites: list[SiteFigures]) -> str:
    """The figures, a row per measure and a column per site."""
    again = any(site.visits("again") for site in sites)
    columns = [_rows(site, again) for site in sites]
    labels = [label for label, _ in columns[0]]
    header = ["", *(site.name for site in sites)]
    body = [[label, *(column[i][1] for column in columns)] for i, label in enumerate(labels)]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *body]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def notes(sites: list[SiteFigures]) -> str:
    """Blocked hosts and console errors per site (why a site did not render)."""
    lines: list[str] = []
    for site in sites:
        visits = [*site.visits("cold"), *site.visits("warm"), *site.visits("again")]
        hosts = Counter(urlsplit(url).hostname for v in visits for url in v.blocked)
        if hosts:
            listed = ", ".join(f"{host} x{count}" for host, count in hosts.most_common())
            lines.append(f"{site.name}: blocked hosts (all visits): {listed}")
        errors = Counter(_error_line(error) for v in visits for error in v.errors)
        for error, count in errors.most_common(5):
            lines.append(f"{site.name}: console error x{count}: {error}")
        workers = {run.service_worker for run in site.runs if run.service_worker}
        if workers:
            lines.append(f"{site.name}: service worker after the cold visit: {', '.join(workers)}")
    return "\n".join(lines)


def _error_line(error: str) -> str:
    """The first line of a console error, with a traceback's last line (the exception)."""
    lines = [line.strip() for line in error.splitlines() if line.strip()]
    if not lines:
        return ""
    text = lines[0]
    if len(lines) > 1 and "Traceback (most recent call last)" in error:
        text += f" ... {lines[-1]}"
    return text[:300]
