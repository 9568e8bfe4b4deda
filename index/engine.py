"""Query execution over an open index: document sets as bitmaps, BM25 scores, top hits.

Whoosh's matchers walk posting lists one Python call per document, and with a filter they give up
skipping, so a frequent syllable (in most of 100,000 articles) with a source filter costs hundreds of
milliseconds. Here a term's documents become a bitmap (a Python int, bit d = document d), so AND, OR,
NOT, filters, counts and facets are single big-int operations. Scores are BM25 (Whoosh's formula) over
the terms that tell documents apart (not those in most of them); the top hits of a small candidate set
come from scoring every candidate, of a large one from the Threshold Algorithm over score-ordered
postings. Posting arrays, bitmaps and score tables are cached per open index, within fixed budgets.
"""

from __future__ import annotations

import bisect
import heapq
import math
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from whoosh.index import EmptyIndexError, Index
from whoosh.util.times import datetime_to_long, long_to_datetime

from index.codec import deleted_docs, postings

K1, B = 1.2, 0.75  # Whoosh's BM25F defaults
#: Terms in more than this share of the documents are not scored (see `Engine.informative`).
MAX_SHARE = 0.1
ALWAYS_SCORED = 5000
#: Candidate sets up to this size are scored one by one; larger ones by the Threshold Algorithm.
SCORE_ALL = 3000
#: Cached posting arrays, in postings summed over terms (8 bytes each), and cached score tables
#: (terms; a frequent syllable's table holds ~100 bytes per document).
CACHE_POSTINGS = 16_000_000
CACHE_SCORES = 24
#: Bytes of cached term bitmaps (12.5 kB each for 100,000 articles).
CACHE_BITMAPS = 64 << 20
#: Cached date-range bitmaps (a range asked again, e.g. a year of the facets, is not rebuilt).
CACHE_RANGES = 64


def bitmap(ids: Iterator[int] | list[int] | array, size: int) -> int:
    """The bitmap of a set of document numbers (numpy sets the bits: a Python loop over the
    postings of a syllable in most articles cost more than reading them)."""
    docs = np.fromiter(ids, np.int64) if isinstance(ids, Iterator) else np.asarray(ids, np.int64)
    flags = np.zeros(((size + 7) >> 3) << 3, np.bool_)
    flags[docs] = True
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


def members(bits: int) -> Iterator[int]:
    """Document numbers in a bitmap, ascending."""
    raw = np.frombuffer(bits.to_bytes((bits.bit_length() + 7) >> 3, "little"), np.uint8)
    return iter(np.flatnonzero(np.unpackbits(raw, bitorder="little")).tolist())


def contains(bits: int) -> Callable[[int], bool]:
    """A fast membership test for one bitmap."""
    raw = bits.to_bytes((bits.bit_length() + 7) >> 3 or 1, "little")
    limit = len(raw) << 3

    def test(d: int) -> bool:
        return d < limit and raw[d >> 3] >> (d & 7) & 1

    return test


def informative(terms: list[tuple[tuple[str, str], float]], doc_freq: Callable[[str, str], int],
                doc_count: int, share: float = MAX_SHARE) -> list[tuple[tuple[str, str], float]]:
    """The terms worth scoring: those in at most `share` of the documents (the rest add about the
    same to every hit, and cost the most to score), or the rarest one if all are that common. Small
    indexes score every term. Every engine scores the same terms."""
    limit = max(share * doc_count, ALWAYS_SCORED)
    dfs = [(doc_freq(f, t), (f, t), w) for (f, t), w in terms]
    kept = [(key, w) for df, key, w in dfs if df <= limit]
    return kept or [min(dfs)[1:]] if dfs else []


def version(ix: Index) -> tuple[int, tuple[str, ...]]:
    """What identifies a committed version of a Whoosh index: its generation and the random ids of
    its segments. The generation alone is not enough: a rebuilt index (`--rebuild`, a change of
    engine and back, a new schema version) counts its commits from the start again, and after as
    many as the old one had it looked current to a server still answering from the old files."""
    toc = ix._read_toc()
    return toc.generation, tuple(segment.segid for segment in toc.segments)


@dataclass(frozen=True)
class Postings:
    """A term's postings in every segment: docnums (deleted ones too) and frequencies."""

    ids: array
    weights: array
    idf: float


@dataclass
class TermScores:
    """BM25 of one term in each document holding it; `order` lists them best first (built lazily)."""

    by_doc: dict[int, float]
    _order: list[int] | None = None

    @property
    def order(self) -> list[int]:
        if self._order is None:
            self._order = sorted(self.by_doc, key=self.by_doc.__getitem__, reverse=True)
        return self._order


class Engine:
    """One open searcher and the caches built on it; valid until the index changes."""

    def __init__(self, ix: Index):
        self.ix = ix
        self.searcher = ix.searcher()
        self.reader = self.searcher.reader()
        self.size = self.reader.doc_count_all()
        #: The committed version read: the generation of the segments this reader opened.
        self.version = (self.reader.generation(),
                        tuple(leaf.segment().segid for leaf, _ in self.reader.leaf_readers()))
        deleted = bitmap(deleted_docs(self.reader), self.size)
        self.live = ((1 << self.size) - 1) & ~deleted
        self._bits: OrderedDict[tuple[str, str], int] = OrderedDict()
        self._pinned: dict[tuple[str, str], int] = {}
        self._max_bits = max(256, CACHE_BITMAPS // ((self.size >> 3) + 1))
        self._postings: OrderedDict[tuple[str, str], Postings] = OrderedDict()
        self._scores: OrderedDict[tuple[str, str], TermScores] = OrderedDict()
        self._cached = 0
        self._lengths: dict[str, tuple[list[int], float]] = {}
        self._dates: tuple[list[int], list[int], int] | None = None
        self._years: dict[int, int] | None = None
        self._ranges: OrderedDict[tuple[int, int], int] = OrderedDict()
        self._lexicons: dict[str, list[str]] = {}
        self._ranks: dict[int, int] | None = None
        self._ids: list[str] | None = None
        self._columns: dict[str, list] = {}
        #: Display form of filter keys (`quang ninh` → "Quảng Ninh"), filled by index.query.
        self.labels: dict[tuple[str, str], str] = {}

    def up_to_date(self) -> bool:
        """Whether the index on disk is still the committed version this engine read (and built
        its caches on): see `version`."""
        try:
            return version(self.ix) == self.version
        except (OSError, EmptyIndexError):  # removed, or being rebuilt
            return False

    def close(self) -> None:
        self.searcher.close()

    # Document sets

    def term(self, field: str, text: str) -> int:
        """Bitmap of the live documents holding a term."""
        key = (field, text)
        bits = self._pinned.get(key)
        if bits is not None:
            return bits
        bits = self._bits.get(key)
        if bits is None:
            bits = self._bits[key] = bitmap(self.postings(field, text).ids, self.size) & self.live
            if len(self._bits) > self._max_bits:
                self._bits.popitem(last=False)
        else:
            self._bits.move_to_end(key)
        return bits

    def pin(self, field: str, texts: Iterable[str], share: float) -> None:
        """Build now, and keep for good, the bitmaps of those of `texts` (terms of a field) in
        more than `share` of the documents: a query's first use of a syllable in most articles
        reads and decodes ~100,000 postings, which a server would otherwise pay, and make the
        requests queued behind it wait for, in the middle of answering."""
        for text in texts:
            key = (field, text)
            if key not in self._pinned and self.reader.doc_frequency(field, text) > share * self.size:
                self._pinned[key] = bitmap(postings(self.reader, field, text)[0], self.size) & self.live

    def terms(self, field: str) -> list[str]:
        """Every term of a field, as text, read once (the facets list them for every search):
        meant for the metadata fields, whose terms are few."""
        if field not in self._lexicons:
            self._lexicons[field] = [t.decode("utf-8") for t in self.reader.lexicon(field)]
        return self._lexicons[field]

    def expand(self, field: str, prefix: str) -> Iterator[str]:
        for tbytes in self.reader.expand_prefix(field, prefix):
            yield tbytes.decode("utf-8")

    def date_range(self, start: datetime | None, end: datetime | None) -> int:
        """Bitmap of documents published in [start, end)."""
        keys, order, _ = self.dates()
        lo = bisect.bisect_left(keys, datetime_to_long(start)) if start else 0
        hi = bisect.bisect_left(keys, datetime_to_long(end)) if end else len(keys)
        bits = self._ranges.get((lo, hi))
        if bits is None:
            bits = self._ranges[(lo, hi)] = bitmap(order[lo:hi], self.size) & self.live
            if len(self._ranges) > CACHE_RANGES:
                self._ranges.popitem(last=False)
        else:
            self._ranges.move_to_end((lo, hi))
        return bits

    def dates(self) -> tuple[list[int], list[int], int]:
        """Publish times (as Whoosh longs) ascending, the documents in that order, and the bitmap
        of documents without a date."""
        if self._dates is None:
            stamped, undated = [], []
            missing = self.reader.schema["published"].column_type.default_value()
            for leaf, offset in self.reader.leaf_readers():
                column = leaf.column_reader("published", translate=False)
                for d, value in enumerate(column):
                    if value == missing:
                        undated.append(d + offset)
                    else:
                        stamped.append((value, d + offset))
            stamped.sort()
            self._dates = ([v for v, _ in stamped], [d for _, d in stamped],
                           bitmap(undated, self.size) & self.live)
        return self._dates

    def doc_ids(self) -> list[str]:
        """The article id of every document number (from the id column, not stored fields)."""
        if self._ids is None:
            self._ids = self.column("id")
        return self._ids

    def column(self, field: str) -> list:
        """A column field's value for every document number, read once."""
        if field not in self._columns:
            self._columns[field] = [v for leaf, _ in self.reader.leaf_readers()
                                    for v in leaf.column_reader(field)]
        return self._columns[field]

    def years(self) -> dict[int, int]:
        """Bitmap of documents per publish year."""
        if self._years is None:
            keys, order, _ = self.dates()
            self._years = {}
            if keys:
                first = _year_of(keys[0])
                last = _year_of(keys[-1])
                for year in range(first, last + 1):
                    bits = self.date_range(datetime(year, 1, 1), datetime(year + 1, 1, 1))
                    if bits:
                        self._years[year] = bits
        return self._years

    # Scores

    def postings(self, field: str, text: str) -> Postings:
        """A term's posting arrays and idf, cached (8 bytes a posting)."""
        key = (field, text)
        cached = self._postings.get(key)
        if cached is not None:
            self._postings.move_to_end(key)
            return cached
        ids, weights = postings(self.reader, field, text)
        idf = math.log(self.reader.doc_count() / (len(ids) + 1)) + 1
        found = self._postings[key] = Postings(ids, weights, idf)
        self._cached += len(ids)
        while self._cached > CACHE_POSTINGS and len(self._postings) > 1:
            _, old = self._postings.popitem(last=False)
            self._cached -= len(old.ids)
        return found

    def scores(self, field: str, text: str) -> TermScores:
        """BM25 of a term in each live document holding it (for the Threshold Algorithm)."""
        key = (field, text)
        cached = self._scores.get(key)
        if cached is not None:
            self._scores.move_to_end(key)
            return cached
        p = self.postings(field, text)
        bm25 = self._bm25(field, p.idf)
        live = contains(self.live)
        by_doc = {d: bm25(tf, d) for d, tf in zip(p.ids, p.weights, strict=True) if live(d)}
        scores = self._scores[key] = TermScores(by_doc)
        if len(self._scores) > CACHE_SCORES:
            self._scores.popitem(last=False)
        return scores

    def _bm25(self, field: str, idf: float) -> Callable[[float, int], float]:
        lengths, avg = self.lengths(field)
        k = K1 * (1 - B)
        per_length = K1 * B / avg

        def bm25(tf: float, d: int) -> float:
            return idf * tf * (K1 + 1) / (tf + k + per_length * lengths[d])

        return bm25

    def lengths(self, field: str) -> tuple[list[int], float]:
        """Each document's length in a field (in terms), and the average."""
        if field not in self._lengths:
            lengths: list[int] = []
            for leaf, _ in self.reader.leaf_readers():
                lengths.extend(leaf.doc_field_length(d, field) or 1
                               for d in range(leaf.doc_count_all()))
            avg = (self.reader.field_length(field) / max(self.reader.doc_count(), 1)) or 1.0
            self._lengths[field] = (lengths, avg)
        return self._lengths[field]

    def informative(self, terms: list[tuple[tuple[str, str], float]],
                    share: float = MAX_SHARE) -> list[tuple[tuple[str, str], float]]:
        return informative(terms, self.reader.doc_frequency, self.reader.doc_count(), share)

    def top(self, terms: list[tuple[tuple[str, str], float]], allowed: int, count: int,
            need: int) -> list[tuple[float, int]]:
        """The `need` best (score, docnum) among the `count` documents of `allowed`, best first
        (ties by docnum); `terms` are ((field, text), weight). Small sets are scored document by
        document, large ones by the Threshold Algorithm."""
        if need <= 0 or not allowed:
            return []
        if count <= SCORE_ALL or not terms:
            return self._score_all(terms, list(members(allowed)), need)
        return self._threshold(terms, allowed, need)

    def _score_all(self, terms: list[tuple[tuple[str, str], float]], candidates: list[int],
                   need: int) -> list[tuple[float, int]]:
        totals = dict.fromkeys(candidates, 0.0)
        for (field, text), w in terms:
            p = self.postings(field, text)
            bm25 = self._bm25(field, p.idf)
            ids, tfs = p.ids, p.weights
            if len(ids) < 8 * len(candidates):  # walk the short posting list
                for i, d in enumerate(ids):
                    if d in totals:
                        totals[d] += w * bm25(tfs[i], d)
            else:  # look each candidate up in the long one
                n = len(ids)
                for d in candidates:
                    i = bisect.bisect_left(ids, d)
                    if i < n and ids[i] == d:
                        totals[d] += w * bm25(tfs[i], d)
        return heapq.nsmallest(need, ((s, d) for d, s in totals.items()),
                               key=lambda sd: (-sd[0], sd[1]))

    def _threshold(self, terms: list[tuple[tuple[str, str], float]], allowed: int,
                   need: int) -> list[tuple[float, int]]:
        """Fagin's Threshold Algorithm: walk the score-ordered lists in step, score each new
        document fully, stop when the need-th best beats what any unseen document could reach."""
        ok = contains(allowed)
        lists = [(t.order, t.by_doc, w) for t, w in
                 ((self.scores(field, text), w) for (field, text), w in terms)]
        best: list[tuple[float, int]] = []  # min-heap of (score, -docnum)
        seen: set[int] = set()
        depth = 0
        while True:
            bound, active = 0.0, False
            for order, by_doc, w in lists:
                if depth >= len(order):
                    continue
                active = True
                d = order[depth]
                bound += w * by_doc[d]
                if d in seen:
                    continue
                seen.add(d)
                if ok(d):
                    item = (sum(w2 * b2.get(d, 0.0) for _, b2, w2 in lists), -d)
                    if len(best) < need:
                        heapq.heappush(best, item)
                    elif item > best[0]:
                        heapq.heapreplace(best, item)
            depth += 1
            if not active or (len(best) >= need and best[0][0] >= bound):
                break
        ranked = [(s, -nd) for s, nd in sorted(best, reverse=True)]
        if len(ranked) < need:  # allowed documents no list reaches: unscored, in docnum order
            got = {d for _, d in ranked}
            for d in members(allowed):
                if d not in got:
                    ranked.append((0.0, d))
                    if len(ranked) >= need:
                        break
        return ranked

    def by_date(self, allowed: int, count: int, need: int, newest: bool) -> list[int]:
        """The first `need` documents of `allowed` by publish time (undated ones last)."""
        keys, order, undated = self.dates()
        if count * 8 < self.size:  # sparse: sort the few candidates
            rank = self._rank()
            ranked = sorted(members(allowed & ~undated), key=rank.__getitem__, reverse=newest)
        else:
            ok = contains(allowed)
            ranked = []
            for d in reversed(order) if newest else order:
                if ok(d):
                    ranked.append(d)
                    if len(ranked) >= need:
                        break
        if len(ranked) < need:
            ranked.extend(members(allowed & undated))
        return ranked[:need]

    def _rank(self) -> dict[int, int]:
        """Position of each dated document in publish order."""
        if self._ranks is None:
            _, order, _ = self.dates()
            self._ranks = {d: i for i, d in enumerate(order)}
        return self._ranks

    def stored(self, docnum: int) -> dict:
        return self.searcher.stored_fields(docnum)


def _year_of(value: int) -> int:
    return long_to_datetime(value).year
