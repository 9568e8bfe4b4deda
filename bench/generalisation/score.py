"""Scoring one crawled site's archive against the truth it was built from.

Counts, not shares, are kept per site so totals pool articles across sites (a site with more
articles weighs more), and a share is computed only when printed. Body F1 is the per-page F1 of
`bench.extraction_quality.Match` (4-token shingles), the same metric as issue 2's gate.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta

from w3lib.url import canonicalize_url

from bench.extraction_quality import Match
from bench.generalisation.api import SampleArticle

VN_OFFSET = timedelta(hours=7)
#: Issue 10's targets for held-out templates extracted with no selectors: (field, at least/most, value).
TARGETS = (("found", ">=", 0.99), ("non_articles", "<=", 0.01), ("title", ">=", 0.99),
           ("published", ">=", 0.99), ("authors", ">=", 0.95), ("f1_mean", ">=", 0.97),
           ("caption_leak", "<=", 0.01), ("sidebar_leak", "<=", 0.01))


@dataclass(frozen=True)
class Truth:
    """What a served site holds: its articles by canonical URL, the text printed around them that
    must never reach a body (`foreign`), and its non-article URLs."""

    name: str
    group: str
    articles: Mapping[str, SampleArticle]
    non_articles: frozenset[str] = frozenset()
    foreign: tuple[str, ...] = ()


@dataclass
class Tally:
    """Counts for one site, or summed over several."""

    truth: int = 0
    found: int = 0
    archived: int = 0
    others: int = 0          # archived records that are not truth articles
    title: int = 0
    published: int = 0
    authors: int = 0
    category: int = 0
    tags: int = 0
    attachments: int = 0
    captions: int = 0
    captions_leaked: int = 0
    sidebar_leaked: int = 0  # articles whose body holds teaser, sidebar or comment text
    f1: list[float] = field(default_factory=list)

    def __add__(self, other: Tally) -> Tally:
        return Tally(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    def shares(self) -> dict[str, float | None]:
        """Each figure as a share in [0, 1]; None where nothing was there to measure."""
        def of(n: int, d: int) -> float | None:
            return n / d if d else None
        return {
            "found": of(self.found, self.truth), "non_articles": of(self.others, self.archived),
            "title": of(self.title, self.found), "published": of(self.published, self.found),
            "authors": of(self.authors, self.found),
            "f1_mean": sum(self.f1) / len(self.f1) if self.f1 else None,
            "f1_min": min(self.f1) if self.f1 else None,
            "caption_leak": of(self.captions_leaked, self.captions),
            "sidebar_leak": of(self.sidebar_leaked, self.found),
            "category": of(self.category, self.found), "tags": of(self.tags, self.found),
            "attachments": of(self.attachments, self.found),
        }

    def misses(self) -> list[str]:
        """The targets these counts miss, as "title 80.0% < 99%"; empty when all are met."""
        shares, out = self.shares(), []
        for name, way, target in TARGETS:
            value = shares[name]  # None: nothing to measure, e.g. no article found
            if value is not None and (value < target if way == ">=" else value > target):
                out.append(f"{name} {100 * value:.1f}% {'<' if way == '>=' else '>'} "
                           f"{100 * target:g}%")
        return out


def tally(truth: Truth, records: Iterable[dict]) -> Tally:
    """Compare the archived records of one site with its truth."""
    by_url: dict[str, dict] = {}
    for r in records:
        by_url.setdefault(same_url(r["url"]), r)
    articles = {same_url(url): a for url, a in truth.articles.items()}
    t = Tally(truth=len(articles), archived=len(by_url))
    t.others = sum(url not in articles for url in by_url)
    titles = {url: a.title for url, a in articles.items()}
    for url, a in articles.items():
        r = by_url.get(url)
        if r is None:
            continue
        t.found += 1
        got = nfc(r.get("body") or "")
        t.title += nfc(r.get("title") or "") == a.title
        t.published += same_minute(r.get("published"), a.published)
        t.authors += [nfc(x) for x in r.get("authors") or []] == a.authors
        t.category += nfc(r.get("category") or "") == a.category
        t.tags += {nfc(x) for x in r.get("tags") or []} == set(a.tags)
        t.attachments += ({same_url(f["url"]) for f in r.get("attachments") or []}
                          == {same_url(absolute(url, f.url)) for f in a.attachments})
        captions = [flat(i.caption) for i in a.images if i.caption]
        t.captions += len(captions)
        t.captions_leaked += sum(c in flat(got) for c in captions)
        foreign = [flat(x) for x in truth.foreign] + [flat(x) for u, x in titles.items() if u != url]
        t.sidebar_leaked += any(x and x in flat(got) and x not in flat(a.body) for x in foreign)
        t.f1.append(Match.of(a.body, got).f1)
    return t


def same_url(url: str) -> str:
    """A URL in one spelling of the many that address the same page (`%2F` or `/` in a query,
    parameter order), so an archive is not marked wrong for writing an equivalent URL."""
    return canonicalize_url(url)


def same_minute(value: str | None, truth: datetime | None) -> bool:
    """`value` is the truth's instant to the minute, written with the +07:00 offset; or, where the
    page prints no date (a truth of None, bench/mezzanine), there is no value: a date taken from
    anything else is not the article's."""
    if truth is None or not value:
        return truth is None and not value
    try:
        got = datetime.fromisoformat(value)
    except ValueError:
        return False
    return (got.utcoffset() == VN_OFFSET
            and got.replace(second=0, microsecond=0) == truth.replace(second=0, microsecond=0))


def absolute(page_url: str, path: str) -> str:
    """A site-relative path as an absolute URL on the page's host."""
    if "://" in path:
        return path
    scheme, rest = page_url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}{path}"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def flat(text: str | None) -> str:
    """NFC text with whitespace collapsed, for "does this text appear in that one"."""
    return re.sub(r"\s+", " ", nfc(text or "")).strip()
