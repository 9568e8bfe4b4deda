"""What either engine's search shares: what a query tree asks (the scored terms, the runs that
rank adjacent hits first, the wildcard fields, what snippets mark), and what a search gives back
(hits with their snippets, results, facets' shape).

The Whoosh search (`index.query`) and the Tantivy one (`index.tantivy_engine`) both import this
module; it imports neither, so their imports point one way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from index.analysis import Term, fold, occurrences, pairs, syllables, term
from index.parse import And, Node, Not, Or, Wildcard, Words
from index.snippet import Marks, Snippet, snippet, spans

SORTS = ("relevance", "newest", "oldest")
#: What `source_places` tells of each source.
PLACE = ("source_name", "province", "district")
PREFIX = {"text": "x", "title": "t", "author": "a"}
#: Weights of the scored terms: a folded syllable, the same in the title, an adjacent pair.
FOLDED, TITLE, PAIR = 1.0, 0.5, 1.0
#: A wildcard may stand for at most this many distinct words.
MAX_EXPANSION = 2000
#: Pair terms can all be present without the phrase (`a b … b c` for "a b c"): phrases of three or
#: more syllables are checked in the text of up to this many candidates (beyond, pairs are trusted).
VERIFY = 50


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


def outline(node: Node, default: str) -> tuple[bool, list[tuple[tuple[str, str], float]], Marks]:
    """What a query tree asks of any engine: whether a syllable typed with diacritics is matched
    folded (then its exact form ranks first, `bạn` before `bán`), the scored terms ((field, text),
    weight) and what snippets mark."""
    exact = any(fold(s) != s and not x for w in _leaves(node) if isinstance(w, Words)
                for s, x in zip(w.syllables, w.exact(default), strict=True))
    terms: list[tuple[tuple[str, str], float]] = []
    sequences, patterns = [], []
    for leaf in _leaves(node, positive_only=True):
        if isinstance(leaf, Words):
            terms += _scored(leaf, default)
            sequences.append(compared(leaf, default))
        else:
            patterns.append((leaf.pattern, leaf.exact(default)))
    return exact, terms, Marks(tuple(sequences), tuple(patterns))


def compared(words: Words, default: str) -> tuple[Term, ...]:
    """The syllables of some words as they are compared: exactly or folded."""
    return tuple(map(term, words.syllables, words.exact(default)))


def wildcard_field(node: Wildcard, default: str) -> tuple[str, str, re.Pattern]:
    """Where a wildcard looks (its group's exact or folded field), the literal prefix of its
    pattern and the pattern as a regular expression over that field's terms."""
    exact = node.exact(default)
    pattern = node.pattern if exact else fold(node.pattern)
    prefix = re.split(r"[*?]", pattern, maxsplit=1)[0]
    rx = re.compile(re.escape(pattern).replace(r"\*", ".*").replace(r"\?", "."))
    return PREFIX[node.group] + ("" if exact else "f"), prefix, rx


def _scored(words: Words, default: str) -> list[tuple[tuple[str, str], float]]:
    """The scored terms of some words: ((field, text), weight)."""
    p = PREFIX[words.group]
    out = []
    for s, exact in zip(words.syllables, words.exact(default), strict=True):
        suffix, text = ("", s) if exact else ("f", fold(s))
        out.append(((p + suffix, text), FOLDED))
        if words.group == "text":
            out.append((("t" + suffix, text), TITLE))
    out += [((p + "p", pair), PAIR) for pair in pairs(list(map(fold, words.syllables)))]
    return out


def _holds(doc: dict, group: str, seq: tuple[Term, ...]) -> bool:
    """Whether a document's text (of a group) holds the query terms adjacent."""
    if group == "title":
        text = doc.get("title") or ""
    elif group == "author":
        text = "\n".join(doc.get("meta", {}).get("authors") or [])
    else:
        text = "\n".join(doc.get(k) or "" for k in ("title", "summary", "body"))
    return bool(occurrences(syllables(text), seq))


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


#: Facets of a search besides "year", each counted over the whole result set.
FACETS = ("source", "province", "district", "category", "author")
#: Values listed per facet (the most frequent; years are all listed).
FACET_VALUES = 50


def _top(counts: dict[str, int]) -> dict[str, int]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return dict(ranked[:FACET_VALUES])


def make_hit(doc: dict, marks: Marks, rank: int, score: float) -> Hit:
    """A hit from an indexed document's stored fields (id, meta, title, summary, body,
    attachments)."""
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
