"""Search the index: a typed query and filters in, ranked hits with snippets out.

A query tree (`index.parse`) becomes a set of matching documents, split into rank tiers, and a list of
scored terms. A syllable typed without diacritics matches on its folded form, so `quy che` finds "Quy
chế"; one typed with them matches exactly that syllable (`bão` finds neither "báo" nor "bao"), unless
the query asks otherwise (`match`, or `exact:`/`fold:` in it). Relevance ranks in tiers: articles
holding each run of bare words adjacent come first, and within that, when a folded syllable was typed
with diacritics, those holding it exactly as typed (`bạn` before `bán`); inside a tier, BM25 over the
syllables, the title and the adjacent pairs orders the hits. Filters are built
directly as document sets, never through a query parser.

This is the Whoosh engine's search and the way in to either engine's: on a Tantivy index each call
is handed to `index.tantivy_engine` (`index.engines.serving_index`). What both share is
`index.searching`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from weakref import WeakKeyDictionary

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError

from index.analysis import fold, pairs, sequences
from index.engine import MAX_SHARE, Engine, bitmap, contains, members, version
from index.engines import serving_index
from index.filters import Filters, narrow
from index.parse import MATCH_MODES, And, Node, Not, Or, QueryError, Wildcard, Words, parse
from index.searching import (
    FACETS,
    MAX_EXPANSION,
    PLACE,
    PREFIX,
    SORTS,
    VERIFY,
    Hit,
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

__all__ = ["Hit", "IndexMissing", "MATCH_MODES", "QueryError", "SearchResults", "SORTS",
           "generation", "indexed", "iter_matching_ids", "search", "source_places", "warm"]


def search(index_dir: Path, query: str, filters: Filters | None = None, sort: str = "relevance",
           limit: int = 10, offset: int = 0, facets: bool = False,
           match: str = "auto") -> SearchResults:
    """The hits ranked `offset` … `offset + limit` of a query, with the total and, on demand,
    counts by source and by year over the whole result set. `match`: how the query's syllables
    match where the query does not say (see `index.parse.MATCH_MODES`)."""
    if (tantivy := serving_index(index_dir)) is not None:
        return tantivy.search(index_dir, query, filters, sort, limit, offset, facets, match)
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    engine = open_engine(index_dir)
    plan = _Plan(engine, parse(query), match)
    matched = plan.matches & _filter_bits(engine, filters or Filters())
    total = matched.bit_count()
    need = offset + limit
    if sort == "relevance":
        ranked = []
        for tier in plan.tiers(matched, plan.verified(matched & plan.adjacent, plan.runs)):
            if len(ranked) >= need:
                break
            ranked += engine.top(plan.terms, tier, tier.bit_count(), need - len(ranked))
    else:
        ranked = [(0.0, d) for d in engine.by_date(matched, total, need, sort == "newest")]
    hits = [make_hit(engine.stored(d), plan.marks, rank, score)
            for rank, (score, d) in enumerate(ranked[offset:need], offset + 1)]
    return SearchResults(query, total, offset, hits, limit,
                         _facets(engine, matched) if facets else None)


def iter_matching_ids(index_dir: Path, query: str | None, filters: Filters | None = None,
                      match: str = "auto") -> Iterator[str]:
    """Ids of every matching article (every article when `query` is None), oldest first, ties
    and undated articles by id: a stable order for exports."""
    if (tantivy := serving_index(index_dir)) is not None:
        yield from tantivy.iter_matching_ids(index_dir, query, filters, match)
        return
    engine = open_engine(index_dir)
    matched = (_Plan(engine, parse(query), match).matches if query else engine.live)
    matched &= _filter_bits(engine, filters or Filters())
    keys, order, undated = engine.dates()
    ids = engine.doc_ids()
    ok = contains(matched & ~undated)
    batch: list[str] = []
    last = None
    for k, d in zip(keys, order, strict=True):
        if not ok(d):
            continue
        if k != last and batch:
            yield from sorted(batch)
            batch = []
        last = k
        batch.append(ids[d])
    yield from sorted(batch)
    yield from sorted(ids[d] for d in members(matched & undated))


def indexed(index_dir: Path, aid: str) -> dict | None:
    """The stored fields of one article in the index (its meta says where it is archived)."""
    if (tantivy := serving_index(index_dir)) is not None:
        return tantivy.indexed(index_dir, aid)
    engine = open_engine(index_dir)
    docnum = engine.searcher.document_number(id=aid)
    return engine.stored(docnum) if docnum is not None else None


def source_places(index_dir: Path) -> dict[str, dict[str, str | None]]:
    """Name, province and district of each indexed source, as one of its articles gives them."""
    if (tantivy := serving_index(index_dir)) is not None:
        return tantivy.source_places(index_dir)
    engine = open_engine(index_dir)
    out = {}
    for source in engine.terms("source"):
        meta = _first_meta(engine, "source", source)
        out[source] = {k: meta.get(k) for k in PLACE}
    return out


def generation(index_dir: Path) -> tuple | None:
    """What identifies the committed version of an index of either engine (None: there is none).
    A server keeps what it built from the index's answers under it, so that an index added to or
    rebuilt under it is noticed on the next request (the Whoosh engine's own caches: `open_engine`)."""
    if (tantivy := serving_index(index_dir)) is not None:
        return tantivy.generation(index_dir)
    try:
        return version(whoosh_index.open_dir(str(index_dir)))
    except (OSError, EmptyIndexError):
        return None


def _first_meta(engine: Engine, field: str, term: str) -> dict:
    """The record fields kept in the index of the first live article holding a term."""
    first = next(members(engine.term(field, term)), None)
    return engine.stored(first).get("meta", {}) if first is not None else {}


_engines: dict[Path, Engine] = {}


def open_engine(index_dir: Path) -> Engine:
    """The engine of an index, reused while the index does not change."""
    index_dir = Path(index_dir)
    engine = _engines.get(index_dir)
    if engine is not None and engine.up_to_date():
        return engine
    if engine is not None:
        engine.close()
    if not whoosh_index.exists_in(str(index_dir)):
        raise IndexMissing(f"there is no index in {index_dir}")
    engine = _engines[index_dir] = Engine(whoosh_index.open_dir(str(index_dir)))
    if not engine.live:
        raise IndexMissing(f"the index in {index_dir} is empty")
    return engine


#: A server builds ahead the bitmaps of the text's syllables (exact and folded) and adjacent pairs
#: in more than `MAX_SHARE` of the articles (`warm`): those never scored, only read as bitmaps, and
#: the costliest to read (up to every article). It finds them among the terms of this many articles.
WARM_SAMPLE = 400


def warm(index_dir: Path) -> None:
    """Open an index and build, before any search asks for them, what a search builds on first
    use: the date column and years, the facets' values and labels, the authors table, field
    lengths and the bitmaps of the most frequent terms. For a server, whose first requests (and
    those queued behind them) would otherwise pay for all of it. Frequent terms are looked for in
    a sample of the articles (one spread over the index), not the whole lexicon: the pairs'
    lexicon alone holds millions of terms. A frequent term the sample misses is built when first
    asked for, as without warming."""
    if serving_index(index_dir) is not None:
        return
    engine = open_engine(index_dir)
    live = list(members(engine.live))
    sample = live[::max(1, len(live) // WARM_SAMPLE)]
    seen: tuple[Counter, Counter, Counter] = (Counter(), Counter(), Counter())
    for d in sample:
        doc = engine.stored(d)
        text = "\n".join(doc.get(k) or "" for k in ("title", "summary", "body"))
        for counts, terms in zip(seen, sequences(text), strict=True):
            counts.update(set(terms))
    least = MAX_SHARE / 2 * len(sample)  # a term in 10% of the articles is in ~40 of 400
    for field, counts in zip(("x", "xf", "xp"), seen, strict=True):
        engine.pin(field, (t for t, n in counts.items() if n >= least), MAX_SHARE)
    for field in ("x", "xf", "t", "tf", "xp"):
        engine.lengths(field)
    engine.years()
    _authors(engine).bitmaps()
    _facets(engine, engine.live)


class _Plan:
    """A query tree against one engine: the matching set, the scored terms, the adjacency set and
    what snippets mark."""

    def __init__(self, engine: Engine, node: Node, default: str = "auto"):
        self.engine = engine
        self.default = default
        self.exact, terms, self.marks = outline(node, default)
        self.matches = self.match(node) & engine.live
        self.exact_bits = self.exact_match(node) & engine.live if self.exact else engine.live
        self.terms = engine.informative(terms)
        self.runs = list(_required_runs(node))
        self.adjacent = engine.live
        for run in self.runs:
            self.adjacent &= self._pairs(run)

    def tiers(self, matched: int, adjacent: int) -> Iterator[int]:
        """The matching documents in rank tiers: adjacent and exact, adjacent, exact, the rest."""
        for near in (adjacent, ~adjacent):
            for exact in (self.exact_bits, ~self.exact_bits):
                yield matched & near & exact

    def exact_match(self, node: Node) -> int:
        """The documents holding the query's syllables exactly as typed (diacritics, tones)."""
        e = self.engine
        match node:
            case Words(group=g, syllables=syls):
                return _all(e.term(PREFIX[g], s) for s in syls)
            case Wildcard():
                return self._wildcard(node)
            case And(items=items):
                positive = [i for i in items if not isinstance(i, Not)]
                return _all(self.exact_match(i) for i in positive) if positive else e.live
            case Or(items=items):
                bits = 0
                for i in items:
                    bits |= self.exact_match(i)
                return bits
        return e.live  # under NOT: no constraint

    def match(self, node: Node) -> int:
        e = self.engine
        match node:
            case Words(group=g, syllables=syls, phrase=phrase):
                p = PREFIX[g]
                exact = node.exact(self.default)
                bits = _all(e.term(p, s) if x else e.term(p + "f", fold(s))
                            for s, x in zip(syls, exact, strict=True))
                if len(syls) > 1 and phrase:
                    return self.verified(bits & self._pairs(node), [node])
                return bits
            case Wildcard():
                return self._wildcard(node)
            case And(items=items):
                positive = [i for i in items if not isinstance(i, Not)]
                bits = _all(self.match(i) for i in positive) if positive else e.live
                for i in items:
                    if isinstance(i, Not):
                        bits &= ~self.match(i.item)
                return bits
            case Or(items=items):
                bits = 0
                for i in items:
                    bits |= self.match(i)
                return bits
            case Not(item=item):
                return e.live & ~self.match(item)
        raise TypeError(node)

    def verified(self, bits: int, phrases: list[Words]) -> int:
        """`bits` less the documents that hold the pairs but not the whole phrase of three or more
        syllables, or of exact syllables (checked in their text when there are few)."""
        long = [(w.group, compared(w, self.default)) for w in phrases
                if len(w.syllables) > 2 or any(w.exact(self.default))]
        if not long or bits.bit_count() > VERIFY:
            return bits
        for d in members(bits):
            doc = self.engine.stored(d)
            if not all(_holds(doc, group, seq) for group, seq in long):
                bits &= ~(1 << d)
        return bits

    def _pairs(self, words: Words) -> int:
        folded = list(map(fold, words.syllables))
        if len(folded) < 2:
            return self.engine.term(PREFIX[words.group] + "f", folded[0])
        return _all(self.engine.term(PREFIX[words.group] + "p", p) for p in pairs(folded))

    def _wildcard(self, node: Wildcard) -> int:
        field_name, prefix, rx = wildcard_field(node, self.default)
        words = [w for w in self.engine.expand(field_name, prefix) if rx.fullmatch(w)]
        if len(words) > MAX_EXPANSION:
            raise QueryError(f"{node.pattern!r} stands for {len(words)} words; make it longer")
        bits = 0
        for w in words:
            bits |= self.engine.term(field_name, w)
        return bits


def _all(bitmaps: Iterator[int]) -> int:
    """Intersection of bitmaps (at least one)."""
    it = iter(bitmaps)
    bits = next(it)
    for b in it:
        if not bits:
            break
        bits &= b
    return bits


class _Narrowing:
    """What index.filters asks of the index, answered from one engine."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.term = engine.term
        self.date_range = engine.date_range

    def phrase(self, group: str, syllables: tuple[str, ...]) -> int:
        # A filter value matches folded, as the other filters do.
        return _Plan(self.engine, Words(group, syllables, phrase=True), "fold").matches


def _filter_bits(engine: Engine, filters: Filters) -> int:
    return narrow(_Narrowing(engine), filters, engine.live)


def _facets(engine: Engine, matched: int) -> dict[str, dict[str, int]]:
    """Counts of the matching articles per value of each facet, most frequent first (years in
    order). Values are as printed (`Quảng Ninh`, not its key) and work as filter values."""
    out = {name: _top({_label(engine, name, t): n for t in engine.terms(name)
                       if (n := (matched & engine.term(name, t)).bit_count())})
           for name in FACETS if name != "author"}
    out["author"] = _top(_authors(engine).counts(matched))
    by_year = {str(y): n for y, bits in sorted(engine.years().items())
               if (n := (matched & bits).bit_count())}
    undated = (matched & engine.dates()[2]).bit_count()
    if undated:
        by_year["unknown"] = undated
    out["year"] = by_year
    return out


#: Result sets up to this size count their authors one document at a time; larger ones count the
#: `AUTHOR_BITMAPS` most prolific authors of the archive with bitmaps (each count still exact).
AUTHOR_SCAN = 5_000
AUTHOR_BITMAPS = 300


class _Authors:
    """The authors of every document of an engine, read once from the `authorlist` column."""

    def __init__(self, engine: Engine):
        number: dict[str, int] = {}
        self.of = [tuple(number.setdefault(name, len(number))
                         for name in raw.decode("utf-8").split("\n")) if raw else ()
                   for raw in engine.column("authorlist")]
        self.names = list(number)
        self.live = engine.live
        self._bits: dict[int, int] | None = None

    def counts(self, matched: int) -> Counter[str]:
        if matched.bit_count() <= AUTHOR_SCAN:
            counts = Counter(a for d in members(matched) for a in self.of[d])
        else:
            counts = Counter({a: n for a, bits in self.bitmaps().items()
                              if (n := (matched & bits).bit_count())})
        return Counter({self.names[a]: n for a, n in counts.items()})

    def bitmaps(self) -> dict[int, int]:
        """Documents of each of the most prolific authors (built on first use, in one pass)."""
        if self._bits is None:
            totals = Counter(a for d in members(self.live) for a in self.of[d])
            docs: dict[int, list[int]] = {a: [] for a, _ in totals.most_common(AUTHOR_BITMAPS)}
            for d, authors in enumerate(self.of):
                for a in authors:
                    if a in docs:
                        docs[a].append(d)
            self._bits = {a: bitmap(ds, len(self.of)) & self.live for a, ds in docs.items()}
        return self._bits


_author_tables: WeakKeyDictionary[Engine, _Authors] = WeakKeyDictionary()


def _authors(engine: Engine) -> _Authors:
    if engine not in _author_tables:
        _author_tables[engine] = _Authors(engine)
    return _author_tables[engine]


def _label(engine: Engine, field: str, term: str) -> str:
    """How a filter key was printed in an article holding it (a source id is its own label)."""
    if field == "source":
        return term
    label = engine.labels.get((field, term))
    if label is None:
        label = engine.labels[(field, term)] = _first_meta(engine, field, term).get(field) or term
    return label


