"""`archiver stats`: the state of the archive per source, and the last crawl run of each.

Counts come from one pass over each source's file (articles by id in their latest version); crawl runs
from `<data>/runs.jsonl`, the run records `archiver crawl` appends (one JSON object per line with at
least `source`, `started` and `finished`). Without that file the last crawl is unknown (None).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from archiver.selection import has_text, publish_time
from archiver.store import Archive

logger = logging.getLogger(__name__)

RUNS_FILE = "runs.jsonl"
_COUNTS = ("new", "updated", "unchanged", "removed")


@dataclass
class SourceStats:
    source: str
    articles: int = 0
    versions: int = 0
    removed: int = 0
    first_published: str | None = None  # as stored, ISO 8601 with offset
    last_published: str | None = None
    last_run: dict | None = None

    def to_json(self) -> dict:
        return asdict(self)


def archive_stats(archive: Archive, data_dir: Path) -> tuple[list[SourceStats], SourceStats]:
    """Statistics of every source, and their totals (source "total")."""
    runs = last_runs(data_dir)
    per_source = [source_stats(archive, s, runs.get(s)) for s in archive.sources()]
    total = SourceStats("total")
    for s in per_source:
        total.articles += s.articles
        total.versions += s.versions
        total.removed += s.removed
    total.first_published = _extreme([s.first_published for s in per_source], min)
    total.last_published = _extreme([s.last_published for s in per_source], max)
    finished = [s.last_run for s in per_source if s.last_run and s.last_run.get("finished")]
    total.last_run = max(finished, key=lambda r: r["finished"], default=None)
    return per_source, total


def source_stats(archive: Archive, source: str, last_run: dict | None = None) -> SourceStats:
    """Articles (latest versions), versions, removed articles and publish span of one source."""
    stats = SourceStats(source, last_run=last_run)
    latest: dict[str, tuple[str | None, str | None]] = {}
    for record in archive.iter_records([source]):
        stats.versions += 1
        published = record.get("published")
        if not has_text(record) and record["id"] in latest:
            published = latest[record["id"]][1]  # a removal notice: the article's date stands
        latest[record["id"]] = (record.get("status"), published)
    stats.articles = len(latest)
    stats.removed = sum(status == "removed" for status, _ in latest.values())
    published = [p for _, p in latest.values()]
    stats.first_published = _extreme(published, min)
    stats.last_published = _extreme(published, max)
    return stats


def _extreme(values: list[str | None], pick: Callable) -> str | None:
    """The earliest (`min`) or latest (`max`) of ISO publish times, compared as instants."""
    dated = [(when, v) for v in values if (when := publish_time(v)) is not None]
    return pick(dated)[1] if dated else None


def last_runs(data_dir: Path) -> dict[str, dict]:
    """The last run record of each source in the runs file; {} when there is none."""
    path = Path(data_dir) / RUNS_FILE
    runs: dict[str, dict] = {}
    try:
        f = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return runs
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                run = json.loads(line)
            except ValueError:
                run = None
            if not isinstance(run, dict) or not isinstance(run.get("source"), str):
                logger.warning("%s:%d: not a run record, skipped", path, lineno)
                continue
            runs[run["source"]] = run  # appended in time order: the last line is the last run
    return runs


def run_result(run: dict | None) -> str:
    """A run's outcome in a few words: its article counts, failures and why it stopped."""
    if not run:
        return "—"
    counts = run["articles"] if isinstance(run.get("articles"), dict) else run
    parts = [f"{counts[k]} {k}" for k in _COUNTS if isinstance(counts.get(k), int)]
    failures = run.get("failures")
    failed = sum(failures.values()) if isinstance(failures, dict) else failures
    if isinstance(failed, int) and failed:
        parts.append(f"{failed} failed")
    reason = run.get("finish_reason") or run.get("reason")
    if reason:
        parts.append(f"({reason})")
    return ", ".join(parts) or "—"


def render(per_source: list[SourceStats], total: SourceStats) -> list[str]:
    """The human table: one line per source, then the totals."""
    head = ("source", "articles", "versions", "removed", "first", "last", "last crawl", "result")
    rows = [head] + [(s.source, f"{s.articles:,}", f"{s.versions:,}", f"{s.removed:,}",
                      _day(s.first_published), _day(s.last_published),
                      _when(s.last_run), run_result(s.last_run) if s is not total else "")
                     for s in [*per_source, total]]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head) - 1)]
    right = {1, 2, 3}
    return [" ".join([*(c.rjust(w) if i in right else c.ljust(w)
                        for i, (c, w) in enumerate(zip(r, widths, strict=False))), r[-1]]).rstrip()
            for r in rows]


def _day(published: str | None) -> str:
    return published[:10] if published else "—"


def _when(run: dict | None) -> str:
    moment = run and (run.get("finished") or run.get("started"))
    return str(moment)[:16].replace("T", " ") if moment else "—"
