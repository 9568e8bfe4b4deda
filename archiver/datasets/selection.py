"""Which articles a dataset holds, in which order: the shared ground of `export` and `timeline`.

A selection is a query (answered by the search index), the search's filters, the versions wanted and
whether removed articles count. Planning it reads the archive once, one source file at a time, and keeps
only a pointer per article (source, byte offset, publish time), never the records: the last line of an
id is its latest version, so a later line simply replaces the pointer. The records are then read back
in order by seeking to each pointer. Memory grows with the number of articles, by under 200 bytes each
while planning (38 MB for 200,000), not with their text.

Filters mean what they mean in `archiver search`: each is defined once, in index.filters.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from archiver.archive.store import Archive
from archiver.record import published_at
from index.filters import Filters, keeps
from index.query import iter_matching_ids

VERSIONS = ("latest", "all")
#: Publish times are kept as microseconds since EPOCH (Vietnam wall time); undated sorts last.
EPOCH = datetime(1970, 1, 1)
MICROSECOND = timedelta(microseconds=1)
UNDATED = 2**63 - 1


@dataclass(frozen=True)
class Selection:
    query: str | None = None
    filters: Filters = field(default_factory=Filters)
    versions: str = "latest"  # or "all": every stored version of each selected article
    include_removed: bool = False
    match: str = "auto"  # how the query's syllables match: index.parse.MATCH_MODES


@dataclass(frozen=True, slots=True)
class Article:
    """Where one selected article lies in the archive: enough to read it again, and to count it."""

    published: datetime | None  # Vietnam wall time, naive
    id: str
    source: str
    lines: tuple[int, ...]  # byte offsets of the versions wanted in the source's file, oldest first


class Plan:
    """The selected articles in export order: published (undated last), then id.

    Held as columns (arrays of numbers beside the ids), not as objects; `articles` and `records()`
    read them out one at a time."""

    def __init__(self, archive: Archive, versions: str):
        self.archive = archive
        self.versions = versions
        self.sources: list[str] = []
        self.ids: list[str] = []  # per article number
        self.source = array("H")  # index in `sources`
        self.offset = array("q")  # byte offset of the last line
        self.published = array("q")  # µs since 1970 in Vietnam wall time, UNDATED when none
        self.earlier: dict[int, list[int]] = {}  # offsets of earlier versions (versions "all")
        self.order = array("q")  # numbers of the selected articles, in export order

    def __len__(self) -> int:
        """How many records `records()` yields."""
        if self.versions == "latest":
            return len(self.order)
        return len(self.order) + sum(len(self.earlier.get(i, ())) for i in self.order)

    @property
    def articles(self) -> Iterator[Article]:
        for i in self.order:
            us = self.published[i]
            yield Article(None if us == UNDATED else EPOCH + timedelta(microseconds=us),
                          self.ids[i], self.sources[self.source[i]],
                          (*self.earlier.get(i, ()), self.offset[i]))

    def records(self) -> Iterator[dict]:
        """The selected records, read back from the archive one at a time."""
        with self.archive.reader() as reader:
            for a in self.articles:
                for offset in a.lines if self.versions == "all" else a.lines[-1:]:
                    yield reader.read(a.source, offset)

    def scan(self, source: str, number: dict[str, int], keep: bytearray,
             selected: Callable[[dict], bool]) -> None:
        """Point each article at its last line in one source file, and judge it on that line.
        `number`: article number of each id seen; `keep`: whether each article is selected."""
        s = len(self.sources)
        self.sources.append(source)
        for offset, record in self.archive.scan(source):
            rid = record["id"]
            i = number.get(rid)
            if i is not None and self.source[i] != s:
                keep[i] = False  # the same id in another source's file: the later file wins
                i = None
            if i is None:
                i = number[rid] = len(self.ids)
                self.ids.append(rid)
                self.source.append(s)
                self.offset.append(offset)
                self.published.append(UNDATED)
                keep.append(False)
            elif self.versions == "all":
                self.earlier.setdefault(i, []).append(self.offset[i])
            self.offset[i] = offset
            when = published_at(record)
            self.published[i] = UNDATED if when is None else (when - EPOCH) // MICROSECOND
            keep[i] = selected(record)


def plan(archive: Archive, selection: Selection, index_dir: Path) -> Plan:
    """Find the selected articles; raises index.query's QueryError and IndexMissing for a query."""
    if selection.versions not in VERSIONS:
        raise ValueError(f"versions must be one of {', '.join(VERSIONS)}")
    filters, wanted = selection.filters, None
    if selection.query is not None:
        wanted = set(iter_matching_ids(index_dir, selection.query, filters, selection.match))
        filters = Filters()  # the search applied them

    def selected(record: dict) -> bool:
        return ((wanted is None or record["id"] in wanted) and keeps(filters, record)
                and (selection.include_removed or record.get("status") != "removed"))

    result = Plan(archive, selection.versions)
    number: dict[str, int] = {}
    keep = bytearray()
    only = selection.filters.source
    for source in archive.sources():
        if only is None or source == only:
            result.scan(source, number, keep, selected)
    del number
    chosen = [i for i, k in enumerate(keep) if k]
    chosen.sort(key=result.ids.__getitem__)  # two stable sorts: by time, ties by id, and no
    chosen.sort(key=result.published.__getitem__)  # key tuple per article in memory
    result.order = array("q", chosen)
    return result
