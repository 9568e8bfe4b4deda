"""Run records: one JSON object per crawl of a source, appended to `<data>/runs.jsonl`.

A run record is what an archivist audits years later (when was this portal crawled, what changed, what
failed, why did it stop) and what the scheduler decides from. Fields: source, started, finished, pages,
new, updated, unchanged, removed, failures {kind: n}, article_links_found, stopped_because (Scrapy's
finish reason: finished, shutdown, closespider_itemcount, …, or `failed: <why>` for a crawl that ended
normally but did not do its job, see `silence`, or that a signal ended, `failed: killed by signal 9`,
written by the parent of a crawl child: `archiver.crawl.jobs.died`), full (the walk covered every
listing page and re-checked every archived article) and why_full (`--full`, `first crawl`,
`full_every 30d`), resumed (it continued an interrupted crawl), warnings {kind: n} (articles
archived with something to check: `no_date_read`, an article whose page gave no date).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from archiver.archive.store import append_line, read_jsonl
from archiver.config import DataDir
from archiver.record import parse_utc

#: Finish reasons of a crawl that did all it set out to do.
COMPLETE = ("finished", "closespider_itemcount")
#: How the run record of a crawl that could not begin (its job not opened) starts its reason.
NOT_STARTED = "failed: could not start"
#: The Scrapy stats prefix of a run's warnings (`CrawlSummary.warnings`).
WARNINGS = "archiver/warnings/"
#: A crawl whose article pages fail extraction more often than this failed: the template is not read.
MAX_EXTRACTION_FAILURE_SHARE = 0.5


@dataclass
class CrawlSummary:
    source: str
    started: str | None = None
    finished: str | None = None
    pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    article_links_found: int = 0
    stopped_because: str | None = None
    full: bool = False
    why_full: str | None = None
    resumed: bool = False
    warnings: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_stats(cls, source: str, stats: dict, **run: object) -> CrawlSummary:
        """The counts of a crawl's Scrapy stats; `run` gives started, finished, full, …"""
        prefix = "archiver/failed/"
        reason = stats.get("finish_reason")
        if reason in COMPLETE and (why := silence(stats)):
            reason = f"failed: {why}"
        elif reason == "closespider_pagecount":
            reason = "page budget reached (CLOSESPIDER_PAGECOUNT); the next crawl goes on"
        return cls(
            source=source,
            pages=stats.get("response_received_count", 0),
            new=stats.get("archiver/articles/new", 0),
            updated=stats.get("archiver/articles/updated", 0),
            unchanged=stats.get("archiver/articles/unchanged", 0),
            removed=stats.get("archiver/articles/removed", 0),
            failures={k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)},
            warnings={k.removeprefix(WARNINGS): v for k, v in sorted(stats.items())
                      if k.startswith(WARNINGS)},
            article_links_found=stats.get("archiver/article_links", 0),
            stopped_because=reason,
            **run,
        )

    def line(self) -> str:
        if self.stopped_because and self.stopped_because.startswith(("not crawled", NOT_STARTED)):
            return f"{self.source}: {self.stopped_because}"
        failures = ", ".join(f"{k} {v}" for k, v in self.failures.items()) or "none"
        walk = f"full walk: {self.why_full}" if self.full else "incremental"
        if self.resumed:
            walk += ", resumed"
        stopped = "" if self.stopped_because == "finished" else f", stopped: {self.stopped_because}"
        return (f"{self.source}: {self.pages} pages fetched, {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged articles; failures: {failures}; "
                f"{self.removed} removed ({walk}{stopped})" + warnings_text(self.as_record()))

    def as_record(self) -> dict:
        return asdict(self)


def warnings_text(run: dict) -> str:
    """A run's warnings as the end of its line ("; warnings: no date read 12"), "" when none."""
    warned = run.get("warnings") or {}
    return "; warnings: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in warned.items()) \
        if warned else ""


def silence(stats: dict) -> str | None:
    """Why a crawl that ran to its end still failed, or None. Silence is a failure: an unreachable
    portal, pages fetched but no article archived nor any archived one met again, or most article
    pages unreadable would otherwise look like a quiet day on the portal."""
    failed = {k.removeprefix("archiver/failed/"): v for k, v in sorted(stats.items())
              if k.startswith("archiver/failed/")}
    kinds = ", ".join(f"{k} {v}" for k, v in failed.items())
    pages = stats.get("response_received_count", 0)
    if not pages:
        return f"unreachable ({kinds or 'no response'})"
    stored = sum(stats.get(f"archiver/articles/{k}", 0)
                 for k in ("new", "updated", "unchanged", "removed"))
    if not stored and not stats.get("archiver/articles/known_met", 0):
        return f"no article found in {pages} pages fetched" + (f" ({kinds})" if kinds else "")
    unread = failed.get("extraction", 0) + failed.get("extractor_error", 0)
    if unread and unread > MAX_EXTRACTION_FAILURE_SHARE * (unread + stored):
        return f"extraction failed on {unread} of {unread + stored} article pages"
    return None


def append_run(data: DataDir, summary: CrawlSummary) -> None:
    """Append one run record; a line at a time, flushed, like the archive."""
    line = json.dumps(summary.as_record(), ensure_ascii=False, separators=(",", ":"))
    append_line(data.runs, line)


def run_problem(record: dict) -> str | None:
    """What makes a run record unusable by `runs`, `stats` and the scheduler, or None."""
    try:
        parse_utc(record["started"])
    except (KeyError, TypeError, AttributeError, ValueError):
        return f"started is {record.get('started')!r}, not a time"
    if not isinstance(record.get("failures", {}), dict):
        return "failures is not a table"
    if not isinstance(record.get("warnings", {}), dict):
        return "warnings is not a table"
    if not isinstance(record.get("stopped_because"), str | None):
        return "stopped_because is not text"
    counts = ("pages", "new", "updated", "unchanged", "removed", "article_links_found")
    if any(not isinstance(record.get(k, 0), int) for k in counts):
        return "a count is not a whole number"
    return None


def read_runs(data: DataDir, source: str | None = None) -> list[dict]:
    """Run records in the order written (oldest first), optionally of one source; a line that is
    not a usable run record is reported and skipped."""
    return [r for r in read_jsonl(data.runs, key="source", check=run_problem)
            if source is None or r["source"] == source]


def runs_by_source(data: DataDir) -> dict[str, list[dict]]:
    """Each source's run records, oldest first."""
    out: dict[str, list[dict]] = {}
    for record in read_runs(data):
        out.setdefault(record["source"], []).append(record)
    return out
