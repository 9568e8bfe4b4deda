"""What the site shows, as plain data: each page and its JSON twin are built from one of these.

Nothing here re-implements a filter, a count or an export: searches go through `index.query.search`,
timelines and downloads through `archiver.datasets` (`plan`, `timeline`, `write_records`, the export
manifest), versions through `archiver.archive.history`. The archive and index are only read.

The search engine keeps caches that are not safe to change from two threads at once, and searching is
CPU-bound under the GIL anyway: index work runs under one lock. Timelines read the whole archive (as
`archiver timeline` does), so each is kept until the archive files change, or, for a query, the
index (`index.query.generation`).
"""

from __future__ import annotations

import hashlib
import io
import queue
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from archiver.archive.history import article_history, edits
from archiver.archive.runs import COMPLETE, runs_by_source
from archiver.archive.store import Archive
from archiver.config import DataDir
from archiver.datasets import manifest
from archiver.datasets.export import Format, write_records
from archiver.datasets.selection import Selection, plan
from archiver.datasets.stats import SourceStats, archive_stats
from archiver.datasets.timeline import Timeline, split_groups, timeline
from archiver.record import parse_utc
from archiver.web.params import Params
from index.query import SearchResults, generation, indexed, search, source_places

#: Timelines kept (each a few kB): the query's and the all-articles one of recent requests.
TIMELINE_CACHE = 32
#: A source whose last successful crawl is older than this is stale.
STALE_DAYS = 14
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
               "parquet": "application/vnd.apache.parquet",
               "opensearch": "application/x-ndjson; charset=utf-8"}


class NotFound(LookupError):
    """No such article or source."""


@dataclass
class Period:
    label: str
    count: int
    total: int  # all articles in the period (the same filters, no query)
    by: dict[str, tuple[int, int]]  # split column → (count, total)

    @property
    def share(self) -> float | None:
        return self.count / self.total if self.total else None


@dataclass
class TimelineView:
    by: str
    split: str
    columns: list[str]
    periods: list[Period]
    undated: int
    count: int
    total: int

    def to_json(self) -> dict:
        return {"by": self.by, "split": self.split or None, "columns": self.columns,
                "count": self.count, "total": self.total, "undated": self.undated,
                "periods": [{"period": p.label, "count": p.count, "total": p.total,
                             "share": p.share,
                             **({"split": {c: {"count": n, "total": t, "share": n / t if t else None}
                                           for c, (n, t) in p.by.items()}} if self.split else {})}
                            for p in self.periods]}


@dataclass
class Health:
    state: str  # "ok", "stale", "failing", "never"
    reason: str


@dataclass
class SourceView:
    stats: SourceStats
    name: str | None
    province: str | None
    district: str | None
    health: Health
    runs: list[dict] = field(default_factory=list)  # newest first

    def to_json(self, with_runs: bool = False) -> dict:
        out = {**self.stats.to_json(), "name": self.name, "province": self.province,
               "district": self.district, "health": self.health.state,
               "health_reason": self.health.reason}
        if with_runs:
            out["runs"] = self.runs
        return out


@dataclass
class Version:
    record: dict
    texts: list[tuple[str, list[tuple[str, str]]]]  # field → word diff from the previous version
    others: list[str]  # other fields changed since the previous version


class Site:
    """The read-only view of one data directory."""

    def __init__(self, data: DataDir):
        self.data = data
        self.archive = Archive(data.archive)
        self.lock = threading.Lock()
        self._timelines: OrderedDict[tuple, Timeline] = OrderedDict()
        self._stats: tuple[tuple, list[SourceStats]] | None = None

    # Search

    def search(self, p: Params) -> SearchResults:
        with self.lock:
            return search(self.data.index, p.q, p.filters, p.sort, p.per, p.offset,
                          facets=True, match=p.match)

    # Timeline

    def timeline(self, p: Params) -> TimelineView:
        """Articles of the query per period, beside all articles under the same filters (Media
        Cloud's normalised attention), optionally split by source or province."""
        with self.lock:
            groups = split_groups(p.split or None, self.data.index)
        split = bool(p.split)
        found = self._timeline(Selection(p.q or None, p.filters, match=p.match), p.by, split, groups)
        every = self._timeline(Selection(None, p.filters), p.by, split, groups)
        columns = sorted(set(found.sources) | set(every.sources)) if split else []
        periods = []
        for start in every.starts:
            hits, alls = found.counts.get(start), every.counts.get(start)
            periods.append(Period(
                every.label(start), hits.total() if hits else 0, alls.total() if alls else 0,
                {c: ((hits or {}).get(c, 0), (alls or {}).get(c, 0)) for c in columns}))
        return TimelineView(p.by, p.split, columns, periods, found.undated,
                            sum(x.count for x in periods) + found.undated,
                            sum(x.total for x in periods) + every.undated)

    def _timeline(self, selection: Selection, by: str, split: bool,
                  groups: dict[str, str] | None) -> Timeline:
        key = (selection, by, split, tuple(sorted((groups or {}).items())), self._archive_state(),
               generation(self.data.index) if selection.query else None)  # a query asks the index
        with self.lock:  # the cache is shared by the request threads
            cached = self._timelines.get(key)
            if cached is None:
                cached = self._timelines[key] = timeline(
                    plan(self.archive, selection, self.data.index), by, split, groups)
                while len(self._timelines) > TIMELINE_CACHE:
                    self._timelines.popitem(last=False)
        return cached

    def _archive_state(self) -> tuple:
        return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns)
                     for p in sorted(self.data.archive.glob("*.jsonl")))

    # Articles

    def article(self, aid: str) -> list[Version]:
        """Every version of an article, oldest first, each with what changed from the one before."""
        if not re.fullmatch(r"[0-9a-f]{16}", aid):
            raise NotFound(f"{aid[:40]!r} is not an article id")
        with self.lock:
            stored = indexed(self.data.index, aid)
        source = (stored or {}).get("meta", {}).get("source")
        records = article_history(self.archive, aid, [source] if source else None)
        if not records:
            raise NotFound(f"no article {aid}")
        versions = [Version(records[0], [], [])]
        for before, after in zip(records, records[1:], strict=False):
            versions.append(Version(after, *edits(before, after)))
        return versions

    # Sources

    def sources(self, with_runs: bool = False) -> list[SourceView]:
        """Every source: its holdings (counted once per state of the archive), place and health."""
        runs_file = self.data.runs
        state = (self._archive_state(),
                 runs_file.stat().st_mtime_ns if runs_file.exists() else None)  # last runs change
        with self.lock:
            if self._stats is None or self._stats[0] != state:
                self._stats = (state, archive_stats(self.archive, self.data)[0])
            per_source = self._stats[1]
            places = source_places(self.data.index)
        runs = runs_by_source(self.data)
        out = []
        for stats in per_source:
            place = places.get(stats.source, {})
            history = runs.get(stats.source, [])
            out.append(SourceView(stats, place.get("source_name"), place.get("province"),
                                  place.get("district"), health(history),
                                  history[::-1] if with_runs else []))
        return out

    def source(self, sid: str) -> SourceView:
        found = [s for s in self.sources(with_runs=True) if s.stats.source == sid]
        if not found:
            raise NotFound(f"no source {sid[:40]!r} in the archive")
        return found[0]

    # Downloads

    def selection(self, p: Params) -> Selection:
        return Selection(p.q or None, p.filters, match=p.match)

    def download(self, p: Params) -> Iterator[bytes]:
        """The export of the current query and filters, streamed as it is written."""
        with self.lock:
            chosen = plan(self.archive, self.selection(p), self.data.index)
        return _stream(lambda sink: write_records(chosen, Format(p.format), sink))

    def manifest(self, p: Params, filename: str) -> dict:
        """The manifest `archiver export` writes beside the same export (the file is written to a
        hash, not to disk, to know its sha256 and size)."""
        selection = self.selection(p)
        with self.lock:
            chosen = plan(self.archive, selection, self.data.index)
        sink = _Hashing()
        buffered = io.BufferedWriter(sink, 1 << 16)
        written = write_records(chosen, Format(p.format), buffered)
        buffered.flush()
        written.path, written.sha256, written.size = Path(filename), sink.hash.hexdigest(), sink.size
        return manifest.build(selection, Format(p.format), written, self.data)


def health(runs: list[dict], now: datetime | None = None) -> Health:
    """How a source's crawling fares, from its run records (oldest first)."""
    if not runs:
        return Health("never", "no crawl recorded")
    last = runs[-1]
    if last.get("stopped_because") not in COMPLETE:
        failed = 0
        for run in reversed(runs):
            if run.get("stopped_because") in COMPLETE:
                break
            failed += 1
        return Health("failing", f"the last {failed} crawl(s) did not complete "
                                 f"({last.get('stopped_because')})")
    when = last.get("finished") or last.get("started")
    age = ((now or datetime.now(UTC)) - parse_utc(when)).days if when else None
    if age is not None and age > STALE_DAYS:
        return Health("stale", f"last crawled {age} days ago")
    failures = sum((last.get("failures") or {}).values())
    return Health("ok", f"last crawl complete, {failures} failed requests" if failures
                  else "last crawl complete")


class _Hashing(io.RawIOBase):
    """A write-only sink that keeps only the sha256 and size of what passes through."""

    def __init__(self) -> None:
        self.hash = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        self.hash.update(data)
        self.size += len(data)
        return len(data)

    def tell(self) -> int:
        return self.size


class _Queue(io.RawIOBase):
    """A write-only sink handing chunks to a reader thread; writing fails once the reader left."""

    def __init__(self) -> None:
        self.chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self.size = 0
        self.gone = threading.Event()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        while True:
            if self.gone.is_set():
                raise BrokenPipeError("the download was cancelled")
            try:
                self.chunks.put(chunk, timeout=0.5)
                break
            except queue.Full:
                continue
        self.size += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.size


def _stream(write: Callable[[BinaryIO], object]) -> Iterator[bytes]:
    """Run a push-style writer in a thread and yield what it writes, in 64 kB chunks; an error in
    the writer is raised to the reader (the response then ends short, never looking complete)."""
    sink = _Queue()
    failed: list[BaseException] = []

    def run() -> None:
        try:
            buffered = io.BufferedWriter(sink, 1 << 16)
            write(buffered)
            buffered.flush()
        except BrokenPipeError:
            pass
        except Exception as exc:  # handed to the reader below
            failed.append(exc)
        finally:
            while not sink.gone.is_set():
                try:
                    sink.chunks.put(None, timeout=0.5)
                    break
                except queue.Full:
                    continue

    def chunks() -> Iterator[bytes]:
        thread = threading.Thread(target=run, name="archiver-download", daemon=True)
        thread.start()
        try:
            while (chunk := sink.chunks.get()) is not None:
                yield chunk
            if failed:
                raise failed[0]
        finally:
            sink.gone.set()

    return chunks()

