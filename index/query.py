"""Search the index: a typed query and filters in, ranked hits with snippets out.

A query tree (`index.parse`) becomes a set of matching documents, split into rank tiers, and a list of
scored terms. Each syllable matches on its folded form, so `quy che` finds "Quy chế". Relevance ranks
in tiers: articles holding each run of bare words adjacent come first, and within that, when the query
carries diacritics, those holding the syllables exactly as typed (`bạn` before `bán`); inside a tier,
BM25 over the folded syllables, the title and the adjacent pairs orders the hits. Filters are built
directly as document sets, never through a query parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from whoosh import index as whoosh_index

from index.analysis import fold, pairs, syllables
from index.engine import Engine, contains, members
from index.filters import Filters, narrow
from index.parse import And, Node, Not, Or, QueryError, Wildcard, Words, parse
from index.snippet import Marks, Snippet, snippet, spans

SORTS = ("relevance", "newest", "oldest")
PREFIX = {"text": "x", "title": "t", "author": "a"}
#: Weights of the scored terms: a folded syllable, the same in the title, an adjacent pair.
FOLDED, TITLE, PAIR = 1.0, 0.5, 1.0
#: A wildcard may stand for at most this many distinct words.
MAX_EXPANSION = 2000
#: Pair terms can all be present without the phrase (`a b … b c` for "a b c"): phrases of three or
#: more syllables are checked in the text of up to this many candidates (beyond, pairs are trusted).
VERIFY = 50

__all__ = ["Hit", "IndexMissing", "QueryError", "SearchResults", "SORTS", "iter_matching_ids",
           "search"]


class IndexMissing(LookupError):
    """There is no index to search (or it is empty)."""


@dataclass
class Hit:
    rank: int
    id: str
    url: str | None
    title: str
    source: str | None
    published: str | None
    status: str | None
    score: float
    snippet: str
    spans: list[tuple[int, int]]  # marked syllables in `snippet`
    title_spans: list[tuple[int, int]]
    attachment: dict | None = None  # {url, title} of the attachment the snippet comes from

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class SearchResults:
    query: str
    total: int
    offset: int
    hits: list[Hit]
    limit: int
    facets: dict[str, dict[str, int]] | None = None


def search(index_dir: Path, query: str, filters: Filters | None = None, sort: str = "relevance",
           limit: int = 10, offset: int = 0, facets: bool = False) -> SearchResults:
    """The hits ranked `offset` … `offset + limit` of a query, with the total and, on demand,
    counts by source and by year over the whole result set."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    engine = open_engine(index_dir)
    plan = _Plan(engine, parse(query))
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
    hits = [_hit(engine, plan.marks, rank, d, score)
            for rank, (score, d) in enumerate(ranked[offset:need], offset + 1)]
    return SearchResults(query, total, offset, hits, limit,
                         _facets(engine, matched) if facets else None)


def iter_matching_ids(index_dir: Path, query: str | None,
                      filters: Filters | None = None) -> Iterator[str]:
    """Ids of every matching article (every article when `query` is None), oldest first, ties
    and undated articles by id: a stable order for exports."""
    engine = open_engine(index_dir)
    matched = (_Plan(engine, parse(query)).matches if query else engine.live)
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


class _Plan:
    """A query tree against one engine: the matching set, the scored terms, the adjacency set and
    what snippets mark."""

    def __init__(self, engine: Engine, node: Node):
        self.engine = engine
        self.exact = any(fold(s) != s for w in _leaves(node) if isinstance(w, Words)
                         for s in w.syllables)
        self.matches = self.match(node) & engine.live
        self.exact_bits = self.exact_match(node) & engine.live if self.exact else engine.live
        terms: list[tuple[tuple[str, str], float]] = []
        sequences, patterns = [], []
        for leaf in _leaves(node, positive_only=True):
            if isinstance(leaf, Words):
                terms += self._scored(leaf)
                sequences.append(tuple(map(fold, leaf.syllables)))
            else:
                patterns.append(leaf.pattern)
        self.marks = Marks(tuple(sequences), tuple(patterns))
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
                if len(syls) > 1 and phrase:
                    return self.verified(self._pairs(node), [node])
                return _all(e.term(p + "f", fold(s)) for s in syls)
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
        syllables (checked in their text when there are few)."""
        long = [(w.group, tuple(map(fold, w.syllables))) for w in phrases if len(w.syllables) > 2]
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
        exact = fold(node.pattern) != node.pattern
        field_name = PREFIX[node.group] + ("" if exact else "f")
        prefix = re.split(r"[*?]", node.pattern, maxsplit=1)[0]
        rx = re.compile(re.escape(node.pattern).replace(r"\*", ".*").replace(r"\?", "."))
        words = [w for w in self.engine.expand(field_name, prefix) if rx.fullmatch(w)]
        if len(words) > MAX_EXPANSION:
            raise QueryError(f"{node.pattern!r} stands for {len(words)} words; make it longer")
        bits = 0
        for w in words:
            bits |= self.engine.term(field_name, w)
        return bits

    def _scored(self, words: Words) -> list[tuple[tuple[str, str], float]]:
        """The scored terms of some words: ((field, text), weight)."""
        p = PREFIX[words.group]
        out = []
        for s in words.syllables:
            out.append(((p + "f", fold(s)), FOLDED))
            if words.group == "text":
                out.append((("tf", fold(s)), TITLE))
        out += [((p + "p", pair), PAIR) for pair in pairs(list(map(fold, words.syllables)))]
        return out


def _holds(doc: dict, group: str, seq: tuple[str, ...]) -> bool:
    """Whether a document's text (of a group) holds the folded syllables adjacent."""
    if group == "title":
        text = doc.get("title") or ""
    elif group == "author":
        text = "\n".join(doc.get("meta", {}).get("authors") or [])
    else:
        text = "\n".join(doc.get(k) or "" for k in ("title", "summary", "body"))
    words = [fold(s) for s in syllables(text)]
    n = len(seq)
    return any(tuple(words[i:i + n]) == seq for i in range(len(words) - n + 1))


def _all(bitmaps: Iterator[int]) -> int:
    """Intersection of bitmaps (at least one)."""
    it = iter(bitmaps)
    bits = next(it)
    for b in it:
        if not bits:
            break
        bits &= b
    return bits


def _leaves(node: Node, positive_only: bool = False) -> Iterator[Words | Wildcard]:
    match node:
        case Words() | Wildcard():
            yield node
        case And(items=items) | Or(items=items):
            for i in items:
                yield from _leaves(i, positive_only)
        case Not(item=item):
            if not positive_only:
                yield from _leaves(item)


def _required_runs(node: Node) -> Iterator[Words]:
    """Runs of bare words every hit must hold: their adjacency decides the first rank tier."""
    match node:
        case Words(phrase=False) if len(node.syllables) > 1:
            yield node
        case And(items=items):
            for i in items:
                yield from _required_runs(i)


class _Narrowing:
    """What index.filters asks of the index, answered from one engine."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.term = engine.term
        self.date_range = engine.date_range

    def phrase(self, group: str, syllables: tuple[str, ...]) -> int:
        return _Plan(self.engine, Words(group, syllables, phrase=True)).matches


def _filter_bits(engine: Engine, filters: Filters) -> int:
    return narrow(_Narrowing(engine), filters, engine.live)


def _facets(engine: Engine, matched: int) -> dict[str, dict[str, int]]:
    by_source = {s: n for s in engine.terms("source")
                 if (n := (matched & engine.term("source", s)).bit_count())}
    by_year = {str(y): n for y, bits in sorted(engine.years().items())
               if (n := (matched & bits).bit_count())}
    undated = (matched & engine.dates()[2]).bit_count()
    if undated:
        by_year["unknown"] = undated
    return {"source": by_source, "year": by_year}


def _hit(engine: Engine, marks: Marks, rank: int, docnum: int, score: float) -> Hit:
    doc = engine.stored(docnum)
    meta = doc.get("meta", {})
    snip: Snippet = snippet([doc.get("summary"), doc.get("body")], marks)
    attachment = None
    for a in doc.get("attachments") or []:  # the attachment holding most of the words, if any
        if len((held := snippet([a["text"]], marks)).spans) > len(snip.spans):
            snip, attachment = held, {"url": a["url"], "title": a["title"]}
    return Hit(rank=rank, id=doc["id"], url=meta.get("url"), title=doc.get("title") or "",
               source=meta.get("source"), published=meta.get("published"),
               status=meta.get("status"), score=round(score, 4), snippet=snip.text,
               spans=list(snip.spans), title_spans=spans(doc.get("title") or "", marks),
               attachment=attachment)
