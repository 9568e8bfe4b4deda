"""The article record (shared/docs/article-record.md): its identity, its content hash, its URL."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan.clean import TRACKERS_RE
from w3lib.url import canonicalize_url

SCHEMA_VERSION = 1

#: Every field of the record, in the order files are written.
FIELDS = (
    "id", "url", "source", "source_name", "province", "district",
    "title", "summary", "body", "authors", "published", "published_raw", "modified",
    "category", "tags", "images", "attachments", "language",
    "fetched_at", "first_seen", "last_seen", "version", "content_hash", "status",
)

#: Bumped whenever `clean_url` or `article_id` change what they give for a URL: an archive whose ids were
#: computed under older rules is re-keyed by `archiver migrate` (archiver.archive.migrate).
URL_RULES_VERSION = 2

#: Parameters courlan's tracker patterns catch that select content on these portals (`cid`: a
#: category or content id in PHP portals, `eid`/`uid`: an event or unit, `keyword`: a search).
CONTENT_PARAMS = frozenset({"cid", "eid", "uid", "keyword", "kwd"})
#: Trackers courlan does not know: Zalo's share parameters, server session ids.
MORE_TRACKERS = frozenset({"zarsrc", "zacc", "gidzl", "phpsessid", "jsessionid", "aspsessionid",
                           "sessid", "cfid", "cftoken"})


def is_tracking_param(name: str) -> bool:
    """A parameter that only says where a click came from or whose session it was, by courlan's
    maintained tracker list (AdGuard's, ClearURLs' and Firefox's query stripping rules)."""
    name = name.lower()
    if name in CONTENT_PARAMS:
        return False
    return name in MORE_TRACKERS or TRACKERS_RE.search(name) is not None


@lru_cache(maxsize=65536)  # menus and sidebars repeat the same links on every page
def clean_url(url: str) -> str:
    """The URL a person would cite: no fragment, no tracking parameters, lower-case host; every
    other parameter kept, in its order (`?from=20` pages a listing, `?id=5` is the article)."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not is_tracking_param(k)]
    netloc = parts.netloc.lower()
    if parts.port in (80, 443) and parts.scheme in ("http", "https"):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


@lru_cache(maxsize=65536)
def article_id(url: str) -> str:
    """Stable id: a hash of the canonical URL, blind to scheme, `www.` and query order."""
    canon = canonicalize_url(clean_url(url))
    key = canon.split("://", 1)[-1]
    key = key.removeprefix("www.")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(title: str | None, body: str | None) -> str:
    """What decides a new version: the normalised title and body, nothing else."""
    text = f"{title or ''}\n\n{body or ''}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ordered(record: dict) -> dict:
    """The record with the schema's fields first, in schema order, then any extra fields."""
    out = {name: record.get(name) for name in FIELDS}
    out.update((k, v) for k, v in record.items() if k not in out)
    return out
