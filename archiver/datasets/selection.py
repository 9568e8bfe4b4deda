"""Which articles a dataset holds, in which order: the shared ground of `export` and `timeline`.

A selection is a query (answered by the search index), the search's filters, the versions wanted and
whether removed articles count. Planning it reads the archive once, one source file at a time, and keeps
only a pointer per article (source, byte offset, publish time), never the records: the last line of an
id is its latest version, so a later line simply replaces the pointer. The records are then read back
in order by seeking to each pointer. Memory grows with the number of articles, by under 200 bytes each
while planning (38 MB for 200,000), not with their text.

Filters mean what they mean in `archiver search` (index.query): text values compare folded
(`quang ninh` = `Quảng Ninh`), dates are Vietnam time in [from, to), and an article matches on its
latest version.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from pathlib import Path

from archiver.archive.store import Archive
from archiver.extract.dates import VN_TZ
from index.analysis import fold, pairs, syllables
from index.query import Filters, QueryError, iter_matching_ids
from index.schema import key

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
        with _Reader(self.archive) as reader:
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
        return ((wanted is None or record["id"] in wanted) and matches(filters, record)
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


def filter_args(filters: Filters) -> dict[str, str]:
    """The filters that are set, by option name (`from`, `to`) and as typed: dates as YYYY-MM-DD,
    `to` as the last day included."""
    options = {}
    for f in fields(Filters):
        value = getattr(filters, f.name)
        if isinstance(value, datetime):
            if f.name == "date_to":  # exclusive bound
                value -= timedelta(microseconds=1)
            value = value.date().isoformat()
        if value is not None:
            options[f.name.removeprefix("date_")] = value
    return options


def published_at(record: dict) -> datetime | None:
    """The record's publish time in Vietnam wall time (as the search index compares it), or None."""
    return publish_time(record.get("published"))


def publish_time(value: str | None) -> datetime | None:
    """An ISO 8601 publish time in Vietnam wall time, naive; None when absent or unreadable."""
    try:
        dt = datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None
    if dt is not None and dt.tzinfo is not None:
        dt = dt.astimezone(VN_TZ).replace(tzinfo=None)
    return dt


def matches(f: Filters, record: dict) -> bool:
    """Whether a record passes the filters, as index.query applies them to the index."""
    if f.source is not None and record.get("source") != f.source:
        return False
    for name in ("province", "district", "category"):
        wanted = getattr(f, name)
        if wanted and not (record.get(name) and key(record[name]) == key(wanted)):
            return False
    if f.author and not _author_matches(f.author, record.get("authors") or []):
        return False
    if f.date_from or f.date_to:
        published = published_at(record)
        if published is None or (f.date_from and published < f.date_from) or (
                f.date_to and published >= f.date_to):
            return False
    return True


def _author_matches(author: str, authors: list[str]) -> bool:
    """Every syllable pair of `author` (its one syllable) among those of the record's authors."""
    asked = [fold(s) for s in syllables(author)]
    if not asked:
        raise QueryError(f"author {author!r} has no letters")
    held = [fold(s) for s in syllables("\n".join(authors))]
    if len(asked) == 1:
        return asked[0] in held
    return set(pairs(asked)) <= set(pairs(held))


class _Reader:
    """Reads lines back by offset, like `Archive.read_at` but keeping one open file per source."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.files: dict[str, object] = {}

    def read(self, source: str, offset: int) -> dict:
        f = self.files.get(source)
        if f is None:
            f = self.files[source] = open(self.archive.path_for(source), "rb")  # noqa: SIM115
        f.seek(offset)
        return json.loads(f.readline())

    def close(self) -> None:
        for f in self.files.values():
            f.close()

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
