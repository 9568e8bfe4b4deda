"""Run records: one JSON object per crawl of a source, appended to `<data>/runs.jsonl`.

A run record is what an archivist audits years later (when was this portal crawled, what changed, what
failed, why did it stop) and what the scheduler decides from. Fields: source, started, finished, pages,
new, updated, unchanged, removed, failures {kind: n}, article_links_found, stopped_because (Scrapy's
finish reason: finished, shutdown, closespider_itemcount, …), full (the walk covered every listing page and
re-checked every archived article) and why_full (`--full`, `first crawl`, `full_every 30d`), resumed
(it continued an interrupted crawl).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from archiver.archive.store import read_jsonl
from archiver.config import DataDir

#: Finish reasons of a crawl that did all it set out to do.
COMPLETE = ("finished", "closespider_itemcount")


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

    @classmethod
    def from_stats(cls, source: str, stats: dict, **run: object) -> CrawlSummary:
        """The counts of a crawl's Scrapy stats; `run` gives started, finished, full, …"""
        prefix = "archiver/failed/"
        return cls(
            source=source,
            pages=stats.get("response_received_count", 0),
            new=stats.get("archiver/articles/new", 0),
            updated=stats.get("archiver/articles/updated", 0),
            unchanged=stats.get("archiver/articles/unchanged", 0),
            removed=stats.get("archiver/articles/removed", 0),
            failures={k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)},
            article_links_found=stats.get("archiver/article_links", 0),
            stopped_because=stats.get("finish_reason"),
            **run,
        )

    def line(self) -> str:
        if self.stopped_because and self.stopped_because.startswith("not crawled"):
            return f"{self.source}: {self.stopped_because}"
        failures = ", ".join(f"{k} {v}" for k, v in self.failures.items()) or "none"
        walk = f"full walk: {self.why_full}" if self.full else "incremental"
        if self.resumed:
            walk += ", resumed"
        stopped = "" if self.stopped_because == "finished" else f", stopped: {self.stopped_because}"
        return (f"{self.source}: {self.pages} pages fetched, {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged articles; failures: {failures}; "
                f"{self.removed} removed ({walk}{stopped})")

    def as_record(self) -> dict:
        return asdict(self)


def append_run(data: DataDir, summary: CrawlSummary) -> None:
    """Append one run record; a line at a time, flushed, like the archive."""
    path = data.runs
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(summary.as_record(), ensure_ascii=False, separators=(",", ":"))
    with open(path, "a", encoding="utf-8") as f:
        f.write(line + "\n")


def read_runs(data: DataDir, source: str | None = None) -> list[dict]:
    """Run records in the order written (oldest first), optionally of one source."""
    return [r for r in read_jsonl(data.runs, key="source")
            if source is None or r["source"] == source]


def runs_by_source(data: DataDir) -> dict[str, list[dict]]:
    """Each source's run records, oldest first."""
    out: dict[str, list[dict]] = {}
    for record in read_runs(data):
        out.setdefault(record["source"], []).append(record)
    return out
