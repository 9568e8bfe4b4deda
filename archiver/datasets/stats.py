"""`archiver stats`: the state of the archive per source, and the last crawl run of each.

Counts come from one pass over each source's file (articles by id in their latest version); crawl runs
from the run records `archiver crawl` appends (archiver.archive.runs). A source never crawled by a run that
recorded itself has no last run (None).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

from archiver.archive.runs import runs_by_source, warnings_text
from archiver.archive.store import Archive
from archiver.config import DataDir
from archiver.record import publish_time


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


def archive_stats(archive: Archive, data: DataDir) -> tuple[list[SourceStats], SourceStats]:
    """Statistics of every source, and their totals (source "total")."""
    runs = last_runs(data)
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
        latest[record["id"]] = (record.get("status"), record.get("published"))
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


def last_runs(data: DataDir) -> dict[str, dict]:
    """The last run record of each source; {} when there are none."""
    return {source: runs[-1] for source, runs in runs_by_source(data).items()}


def run_result(run: dict | None) -> str:
    """A run's outcome in a few words: its article counts, failures and, unless it finished, why
    it stopped."""
    if not run:
        return "—"
    parts = [f"{run.get(k, 0)} {k}" for k in ("new", "updated", "unchanged", "removed")]
    failed = sum((run.get("failures") or {}).values())
    if failed:
        parts.append(f"{failed} failed")
    if run.get("stopped_because") not in (None, "finished"):
        parts.append(f"stopped: {run['stopped_because']}")
    return ", ".join(parts) + warnings_text(run)


def render(per_source: list[SourceStats], total: SourceStats) -> list[str]:
    """The human table: one line per source, then the totals."""
    head = ("source", "articles", "versions", "removed", "first", "last", "last crawl", "result")
    rows = [head] + [(s.source, f"{s.articles:,}", f"{s.versions:,}", f"{s.removed:,}",
                      _day(s.first_published), _day(s.last_published), _when(s.last_run),
                      "" if s is total else run_result(s.last_run))
                     for s in [*per_source, total]]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head) - 1)]  # the last: as long as it is
    lines = []
    for row in rows:
        cells = [c.rjust(w) if i in (1, 2, 3) else c.ljust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=False))]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return lines


def _day(published: str | None) -> str:
    return published[:10] if published else "—"


def _when(run: dict | None) -> str:
    moment = run and (run.get("finished") or run.get("started"))
    return str(moment)[:16].replace("T", " ") if moment else "—"
