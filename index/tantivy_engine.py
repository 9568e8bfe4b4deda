"""The Tantivy engine: the Whoosh engine's fields, analysis, query language and filters, for archives of
a million articles and more (`archiver index --engine tantivy`).

Documents are the same `index.schema.document` terms (exact syllables, folded syllables, folded pairs
per text group; folded filter keys), handed to Tantivy already analysed: each term field is one string
of terms a line apart, which a line tokenizer splits without changing them. Queries are the same parsed
trees under the same matching modes (each syllable exact or folded as typed, `exact:`/`fold:`,
`--exact`/`--fold`), compiled to Tantivy queries instead of bitmaps: the same matching sets (so the
same totals, facets with their printed labels, and export ids), the same hits (snippets, the
attachment holding the words), the same rank tiers (adjacent and exact first), and within a tier the
same terms scored, by Tantivy's BM25 (its idf and quantised lengths differ slightly from Whoosh's,
so ties and near-ties within a tier can order differently).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import shutil
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from itertools import islice
from pathlib import Path

import tantivy
from tantivy import Occur, Query
from whoosh.util.times import datetime_to_long

from archiver.archive.store import Archive
from archiver.progress import Meter, silent
from index.analysis import fold
from index.engine import informative
from index.filters import Filters, narrow
from index.incremental import (
    IndexReport,
    _batches,
    _file_state,
    _fill_tombstone,
    _latest_lines,
    _Line,
    _load_state,
    _pool,
    _read_records,
    _same,
    _save_state,
    _stale_sources,
    _start_offset,
    _workers,
    _write_lock,
    clear_index_dir,
)
from index.parse import And, Node, Not, Or, QueryError, Wildcard, Words, parse
from index.schema import KEY_FIELDS, SCHEMA_VERSION, TEXT_GROUPS, document
from index.searching import (
    FACETS,
    MAX_EXPANSION,
    PLACE,
    PREFIX,
    SORTS,
    VERIFY,
    IndexMissing,
    SearchResults,
    _holds,
    _required_runs,
    _top,
    compared,
    make_hit,
    outline,
    wildcard_field,
)

#: The Tantivy files live in this subdirectory of the index directory, beside the state file.
SUBDIR = "tantivy"
#: The writer's memory for buffered documents (split between its threads).
HEAP = 512 << 20
#: The fewest bytes an archive line takes (a record with any text): a fresh build's count of lines
#: is at most its bytes over this, which decides on worker processes before the lines are read.
MIN_LINE_BYTES = 1024
#: Articles a worker process analyses per round trip.
CHUNK = 250
#: The `year` facet value of an article without a publish date.
UNDATED = "unknown"
#: A tokenizer that keeps each line of a pre-analysed term field as one term, unchanged.
LINES = "archiver_lines"
_TERM_FIELDS = [p + s for p in TEXT_GROUPS.values() for s in ("", "f", "p")]


def build_schema() -> tantivy.Schema:
    """Tantivy's fields for `index.schema.document`: term fields with frequencies (for BM25),
    filter keys, the publish time and year (fast, for ranges, sorting and facets), the id as a
    number (fast, for exports in id order) and the displayed fields as one stored JSON."""
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("idnum", fast=True)
    sb.add_integer_field("published", indexed=True, fast=True)
    sb.add_text_field("year", fast=True, tokenizer_name="raw", index_option="basic")
    sb.add_bytes_field("stored", stored=True)
    # The authors as printed, one value each: the author facet counts them.
    sb.add_text_field("authorlist", fast=True, tokenizer_name="raw", index_option="basic")
    for name in KEY_FIELDS:
        sb.add_text_field(name, fast=name in FACETS, tokenizer_name="raw", index_option="basic")
    for name in _TERM_FIELDS:
        sb.add_text_field(name, tokenizer_name=LINES, index_option="freq")
    return sb.build()


SCHEMA = build_schema()


def fields(record: dict) -> dict:
    """A record's Tantivy field values (plain data: worker processes send them back)."""
    doc = document(record, counted=False)
    stored = {k: doc[k] for k in ("id", "meta", "title", "summary", "body", "attachments")}
    out: dict = {"id": [doc["id"]], "idnum": [int(doc["id"], 16)],
                 "stored": [json.dumps(stored, ensure_ascii=False).encode("utf-8")]}
    published: datetime | None = doc["published"]
    if published is None:
        out["year"] = [UNDATED]
    else:
        out["published"] = [datetime_to_long(published.replace(tzinfo=None))]
        out["year"] = [str(published.year)]
    if doc["authorlist"]:
        out["authorlist"] = doc["authorlist"].decode("utf-8").split("\n")
    for name in KEY_FIELDS:
        if name in doc:
            out[name] = [doc[name]]
    for name in _TERM_FIELDS:
        if doc[name]:
            out[name] = ["\n".join(doc[name])]
    return out


def _analyser() -> tantivy.TextAnalyzer:
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(r"[^\n]+")).build()


def _open_index(index_dir: Path, create: bool = False) -> tantivy.Index:
    path = Path(index_dir) / SUBDIR
    if create:
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
    ix = tantivy.Index(SCHEMA, path=str(path), reuse=not create)
    ix.register_tokenizer(LINES, _analyser())
    return ix


# Writing


#: glibc's `mallopt` parameter for the most malloc arenas a process makes.
_M_ARENA_MAX = -8


def _fewer_malloc_arenas() -> None:
    """Cap glibc's malloc arenas at two for the rest of the process, before the writer's threads
    start. glibc gives threads that allocate at once arenas of their own (up to eight per core);
    documents are built on this thread and freed on the writer's, and the arenas' leftover fragments
    grew the build's memory with every article: at 100,000 articles the process held 462 MiB after
    305 s against 393 MiB with two arenas, which stopped growing after 150 s. No-op without glibc."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, 2)


def update_tantivy(index_dir: Path, archive: Archive, *, rebuild: bool = False,
                   progress: Meter = silent,
                   on_wait: Callable[[], None] = lambda: None) -> IndexReport:
    """`index.build.update_index` for a Tantivy index: the same state file and resumption (only
    what the archive gained since the last run), the same unchanged/updated/tombstone rules."""
    started = time.perf_counter()
    with _write_lock(index_dir, on_wait):
        state = None if rebuild else _load_state(index_dir)
        created = state is None or state.get("engine") != "tantivy"
        if created:
            clear_index_dir(index_dir)
            state = {"schema": SCHEMA_VERSION, "engine": "tantivy", "sources": {}}
        ix = _open_index(index_dir, create=created)
        _save_state(index_dir, state)
        report = IndexReport(rebuilt=created)
        searcher = ix.searcher()
        fresh = created or searcher.num_docs == 0
        stale = _stale_sources(archive, state)
        for source in stale:
            del state["sources"][source]
        todo = {s: _start_offset(archive.path_for(s), state["sources"].get(s))
                for s in archive.sources()}
        # Workers fork before the writer starts its threads, and before the list of lines is read:
        # a fork holds its parent's memory, and at a million articles that list is 250 MiB.
        pending = sum(archive.path_for(s).stat().st_size - start for s, start in todo.items())
        with _pool(_workers(pending // MIN_LINE_BYTES) if fresh else 1) as pool:
            latest, ends = _latest_lines(archive, todo)
            _fewer_malloc_arenas()
            with progress("indexing", len(latest)) as advance:
                writer = ix.writer(heap_size=HEAP)
                if stale:
                    for source in stale:
                        report.deleted += _count(searcher, _term("source", source))
                        writer.delete_documents_by_term("source", source)
                    writer.commit()
                    ix.reload()
                    searcher = ix.searcher()
                for batch in _batches(latest, 1):
                    if fresh:
                        for values in _analysed(pool, archive, batch):
                            writer.add_document(tantivy.Document.from_dict(values, SCHEMA))
                        report.added += len(batch)
                    else:
                        _update_batch(writer, searcher, archive, batch, report)
                    writer.commit()
                    for line in batch:
                        state["sources"][line.source] = _file_state(archive.path_for(line.source),
                                                                    line.end)
                    _save_state(index_dir, state)
                    advance(len(batch))
        writer.commit()
        writer.wait_merging_threads()
        for source, end in ends.items():
            state["sources"][source] = _file_state(archive.path_for(source), end)
        _save_state(index_dir, state)
    report.seconds = time.perf_counter() - started
    return report


def _analysed(pool: object, archive: Archive, batch: list[_Line]) -> Iterator[dict]:
    """Field values of a batch of new records, analysed by the worker processes when there are."""
    if pool is None:
        yield from map(fields, _read_records(archive, batch))
        return
    it = iter(batch)
    chunks = iter(lambda: list(islice(it, CHUNK)), [])
    for values in pool.imap(_analyse_chunk, ((str(archive.root), c) for c in chunks)):
        yield from values


def _analyse_chunk(job: tuple[str, list[_Line]]) -> list[dict]:
    root, lines = job
    return [fields(r) for r in _read_records(Archive(Path(root)), lines)]


def _update_batch(writer: tantivy.IndexWriter, searcher: tantivy.Searcher, archive: Archive,
                  batch: list[_Line], report: IndexReport) -> None:
    """Add, replace or keep each record of a batch against what the index holds."""
    for record in _read_records(archive, batch):
        hits = searcher.search(Query.term_query(SCHEMA, "id", record["id"]), 1).hits
        old = _stored(searcher, hits[0][1]) if hits else None
        if old is not None and _same(old, record):
            report.unchanged += 1
            continue
        if old is None:
            report.added += 1
        else:
            writer.delete_documents_by_term("id", record["id"])
            record = _fill_tombstone(record, old)
            report.updated += 1
        writer.add_document(tantivy.Document.from_dict(fields(record), SCHEMA))


# Reading

_indexes: dict[Path, tantivy.Index] = {}


def _searcher(index_dir: Path) -> tantivy.Searcher:
    """A searcher on the index's latest commit."""
    path = Path(index_dir)
    ix = _indexes.get(path)
    if ix is None:
        if not (path / SUBDIR / "meta.json").exists():
            raise IndexMissing(f"there is no index in {index_dir}")
        ix = _indexes[path] = _open_index(path)
    ix.reload()
    searcher = ix.searcher()
    if not searcher.num_docs:
        raise IndexMissing(f"the index in {index_dir} is empty")
    return searcher


def generation(index_dir: Path) -> tuple | None:
    """`index.query.generation` on a Tantivy index: the last commit's opstamp and its segments'
    ids, as Tantivy's meta.json records them (None: no index). A searcher needs no such check: it
    reloads at every request."""
    try:
        meta = json.loads((Path(index_dir) / SUBDIR / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta["opstamp"], tuple(segment["segment_id"] for segment in meta["segments"])


def _stored(searcher: tantivy.Searcher, address: tantivy.DocAddress) -> dict:
    return json.loads(bytes(searcher.doc(address).to_dict()["stored"][0]))


def _count(searcher: tantivy.Searcher, query: Query) -> int:
    return searcher.search(query, 1, count=True).count


def _all(queries: list[Query | None]) -> Query | None:
    """The conjunction of some queries; None stands for every document."""
    given = [q for q in queries if q is not None]
    if len(given) < 2:
        return given[0] if given else None
    return Query.boolean_query([(Occur.Must, q) for q in given])


def _without(query: Query | None, excluded: Query) -> Query:
    return Query.boolean_query([(Occur.Must, query or Query.all_query()),
                                (Occur.MustNot, excluded)])


def _term(field: str, text: str) -> Query:
    return Query.term_query(SCHEMA, field, text)


class _Plan:
    """A query tree compiled for one searcher: `index.query._Plan` with queries for bitmaps."""

    def __init__(self, searcher: tantivy.Searcher, node: Node | None, default: str = "auto"):
        self.searcher = searcher
        self.default = default
        if node is None:  # every article (exports without a query), or filters alone
            self.exact, self.marks, self.terms, self.runs = False, None, [], []
            self.matches = self.exact_q = self.adjacent = None
            return
        self.exact, terms, self.marks = outline(node, default)
        self.matches = self.match(node)
        self.exact_q = self.exact_match(node) if self.exact else None
        self.terms = informative(terms, searcher.doc_freq, searcher.num_docs)
        self.runs = list(_required_runs(node))
        self.adjacent = _all([self._pairs(run) for run in self.runs])

    def tiers(self, matched: Query | None, adjacent: Query | None) -> Iterator[Query | None]:
        """The rank tiers of `index.query._Plan.tiers`; an empty one is skipped."""
        for near in (True, False):
            for exact in (True, False):
                if (not near and adjacent is None) or (not exact and self.exact_q is None):
                    continue
                tier = matched
                for wanted, constraint in ((near, adjacent), (exact, self.exact_q)):
                    if constraint is not None:
                        tier = _all([tier, constraint]) if wanted else _without(tier, constraint)
                yield tier

    def top(self, tier: Query | None, need: int) -> list[tuple[float, tantivy.DocAddress]]:
        """The best `need` documents of a tier by BM25 of the plan's scored terms."""
        if need <= 0:
            return []
        clauses = [(Occur.Must, Query.const_score_query(tier or Query.all_query(), 0.0))]
        clauses += [(Occur.Should, Query.boost_query(_term(f, t), w)) for (f, t), w in self.terms]
        return self.searcher.search(Query.boolean_query(clauses), need).hits

    def match(self, node: Node) -> Query:
        match node:
            case Words(group=g, syllables=syls, phrase=phrase):
                p = PREFIX[g]
                query = _all([_term(p, s) if x else _term(p + "f", fold(s))
                              for s, x in zip(syls, node.exact(self.default), strict=True)])
                if len(syls) > 1 and phrase:
                    return self.verified(_all([query, self._pairs(node)]), [node])
                return query
            case Wildcard():
                return self._wildcard(node)
            case And(items=items):
                positive = [self.match(i) for i in items if not isinstance(i, Not)]
                query = _all(positive)
                for i in items:
                    if isinstance(i, Not):
                        query = _without(query, self.match(i.item))
                return query or Query.all_query()
            case Or(items=items):
                return _any([self.match(i) for i in items])
            case Not(item=item):
                return _without(None, self.match(item))
        raise TypeError(node)

    def exact_match(self, node: Node) -> Query | None:
        """Documents holding the syllables exactly as typed; None: no constraint."""
        match node:
            case Words(group=g, syllables=syls):
                return _all([_term(PREFIX[g], s) for s in syls])
            case Wildcard():
                return self._wildcard(node)
            case And(items=items):
                return _all([self.exact_match(i) for i in items if not isinstance(i, Not)])
            case Or(items=items):
                parts = [self.exact_match(i) for i in items]
                return None if None in parts else _any(parts)
        return None  # under NOT: no constraint

    def verified(self, query: Query | None, phrases: list[Words]) -> Query | None:
        """`query` less the documents holding the pairs but not a whole phrase of three or more
        syllables, or of exact syllables (checked in their text when there are few, as the Whoosh
        engine does)."""
        long = [(w.group, compared(w, self.default)) for w in phrases
                if len(w.syllables) > 2 or any(w.exact(self.default))]
        if not long:
            return query
        found = self.searcher.search(query or Query.all_query(), VERIFY + 1, count=True)
        if found.count > VERIFY:
            return query
        wrong = [doc["id"] for doc in (_stored(self.searcher, a) for _, a in found.hits)
                 if not all(_holds(doc, group, seq) for group, seq in long)]
        return _without(query, Query.term_set_query(SCHEMA, "id", wrong)) if wrong else query

    def _pairs(self, words: Words) -> Query:
        folded = list(map(fold, words.syllables))
        if len(folded) < 2:
            return _term(PREFIX[words.group] + "f", folded[0])
        return _all([_term(PREFIX[words.group] + "p", f"{a} {b}")
                     for a, b in zip(folded, folded[1:], strict=False)])

    def _wildcard(self, node: Wildcard) -> Query:
        field_name, prefix, rx = wildcard_field(node, self.default)
        words = [w for w, _ in self.searcher.terms_with_prefix(field_name, prefix)
                 if rx.fullmatch(w)]
        if len(words) > MAX_EXPANSION:
            raise QueryError(f"{node.pattern!r} stands for {len(words)} words; make it longer")
        return Query.term_set_query(SCHEMA, field_name, words) if words else Query.empty_query()


def _any(queries: list[Query]) -> Query:
    if not queries:
        return Query.empty_query()
    return queries[0] if len(queries) == 1 else Query.boolean_query(
        [(Occur.Should, q) for q in queries])


class _Narrowed:
    """A set of documents as a query (None: every document), intersected with `&` as
    `index.filters.narrow` intersects bitmaps."""

    def __init__(self, query: Query | None = None):
        self.query = query

    def __and__(self, other: _Narrowed) -> _Narrowed:
        return _Narrowed(_all([self.query, other.query]))


class _Narrowing:
    """What `index.filters` asks of an index, answered with queries."""

    def __init__(self, plan: _Plan):
        self.plan = plan

    def term(self, field: str, text: str) -> _Narrowed:
        return _Narrowed(_term(field, text))

    def phrase(self, group: str, syls: tuple[str, ...]) -> _Narrowed:
        # A filter value matches folded, as the other filters do.
        folded = _Plan(self.plan.searcher, None, "fold")
        return _Narrowed(folded.match(Words(group, syls, phrase=True)))

    def date_range(self, start: datetime | None, end: datetime | None) -> _Narrowed:
        """Published in [start, end), as the Whoosh engine's publish-time keys."""
        low, high = (datetime_to_long(d) if d else None for d in (start, end))
        return _Narrowed(Query.range_query(SCHEMA, "published", tantivy.FieldType.Integer, low,
                                           high - 1 if high is not None else None))


def _filters(plan: _Plan, filters: Filters) -> Query | None:
    """The filters (index.filters, each defined once) as one query; None: no restriction."""
    return narrow(_Narrowing(plan), filters, _Narrowed()).query


def search(index_dir: Path, query: str, filters: Filters | None = None, sort: str = "relevance",
           limit: int = 10, offset: int = 0, facets: bool = False,
           match: str = "auto") -> SearchResults:
    """`index.query.search` on a Tantivy index."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    searcher = _searcher(index_dir)
    plan = _Plan(searcher, parse(query), match)
    matched = _all([plan.matches, _filters(plan, filters or Filters())])
    total = _count(searcher, matched or Query.all_query())
    need = offset + limit
    ranked: list[tuple[float, tantivy.DocAddress]] = []
    if total and sort == "relevance":
        near = plan.verified(_all([matched, plan.adjacent]), plan.runs) if plan.runs else None
        for tier in plan.tiers(matched, near):
            if len(ranked) >= need:
                break
            ranked += plan.top(tier, need - len(ranked))
    elif total:
        ranked = _by_date(searcher, matched, need, sort == "newest")
    hits = [make_hit(_stored(searcher, a), plan.marks, rank, score)
            for rank, (score, a) in enumerate(ranked[offset:need], offset + 1)]
    return SearchResults(query, total, offset, hits, limit,
                         _facets(searcher, matched) if facets else None)


def _by_date(searcher: tantivy.Searcher, matched: Query | None, need: int,
             newest: bool) -> list[tuple[float, tantivy.DocAddress]]:
    """The first `need` matches by publish time, undated ones last (scores 0)."""
    dated = _all([matched, Query.exists_query("published")])
    order = tantivy.Order.Desc if newest else tantivy.Order.Asc
    ranked = [(0.0, a) for _, a in searcher.search(dated, need, order_by_field="published",
                                                   order=order).hits]
    if len(ranked) < need:
        undated = _without(matched, Query.exists_query("published"))
        ranked += [(0.0, a) for _, a in searcher.search(undated, need - len(ranked)).hits]
    return ranked


def _facets(searcher: tantivy.Searcher, matched: Query | None) -> dict[str, dict[str, int]]:
    """`index.query._facets`: each facet's most frequent values as printed, years in order."""
    columns = {name: "authorlist" if name == "author" else name for name in (*FACETS, "year")}
    aggs = {name: {"terms": {"field": column, "size": 1_000_000}}
            for name, column in columns.items()}
    found = searcher.aggregate(matched or Query.all_query(), aggs)
    counts = {name: {b["key"]: b["doc_count"] for b in found[name]["buckets"] if b["doc_count"]}
              for name in aggs}
    out = {name: _top({_label(searcher, name, key): n for key, n in counts[name].items()})
           for name in FACETS}
    years = counts["year"]
    out["year"] = {y: years[y] for y in sorted(years) if y != UNDATED}
    if years.get(UNDATED):
        out["year"][UNDATED] = years[UNDATED]
    return out


def _label(searcher: tantivy.Searcher, field: str, key: str) -> str:
    """`index.query._label`: how a filter key was printed in an article holding it."""
    if field in ("source", "author"):
        return key
    hits = searcher.search(_term(field, key), 1).hits
    return (_stored(searcher, hits[0][1])["meta"].get(field) if hits else None) or key


def indexed(index_dir: Path, aid: str) -> dict | None:
    """`index.query.indexed` on a Tantivy index."""
    searcher = _searcher(index_dir)
    hits = searcher.search(_term("id", aid), 1).hits
    return _stored(searcher, hits[0][1]) if hits else None


def source_places(index_dir: Path) -> dict[str, dict[str, str | None]]:
    """`index.query.source_places` on a Tantivy index."""
    searcher = _searcher(index_dir)
    found = searcher.aggregate(Query.all_query(),
                               {"source": {"terms": {"field": "source", "size": 1_000_000}}})
    out = {}
    for bucket in found["source"]["buckets"]:
        hits = searcher.search(_term("source", bucket["key"]), 1).hits
        meta = _stored(searcher, hits[0][1])["meta"]
        out[bucket["key"]] = {k: meta.get(k) for k in PLACE}
    return dict(sorted(out.items()))


def iter_matching_ids(index_dir: Path, query: str | None, filters: Filters | None = None,
                      match: str = "auto") -> Iterator[str]:
    """`index.query.iter_matching_ids` on a Tantivy index: oldest first, ties and undated by id."""
    searcher = _searcher(index_dir)
    plan = _Plan(searcher, parse(query) if query else None, match)
    matched = _all([plan.matches, _filters(plan, filters or Filters())]) or Query.all_query()
    count = _count(searcher, matched)
    if not count:
        return
    addresses = [a for _, a in searcher.search(matched, count).hits]
    ids = [f"{n:016x}" for n in searcher.fast_field_values("idnum", addresses)]
    published = searcher.fast_field_values("published", addresses)
    dated = sorted((p, i) for p, i in zip(published, ids, strict=True) if p is not None)
    yield from (i for _, i in dated)
    yield from sorted(i for p, i in zip(published, ids, strict=True) if p is None)
