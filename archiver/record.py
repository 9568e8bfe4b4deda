"""The article record (shared/docs/article-record.md): its identity, its content hash, its URL."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

SCHEMA_VERSION = 1

#: Every field of the record, in the order files are written.
FIELDS = (
    "id", "url", "source", "source_name", "province", "district",
    "title", "summary", "body", "authors", "published", "published_raw", "modified",
    "category", "tags", "images", "attachments", "language",
    "fetched_at", "first_seen", "last_seen", "version", "content_hash", "status",
)

#: Query parameters that only say where a click came from; they never select content.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "zarsrc", "zacc", "gidzl", "ref", "refer", "referer", "from", "src",
    "source", "share", "vn_source", "vn_medium", "vn_campaign", "vn_content", "vn_term",
})


def is_tracking_param(name: str) -> bool:
    name = name.lower()
    return name.startswith(("utm_", "pk_", "mtm_")) or name in TRACKING_PARAMS


@lru_cache(maxsize=65536)  # menus and sidebars repeat the same links on every page
def clean_url(url: str) -> str:
    """The URL a person would cite: no fragment, no tracking parameters, lower-case host."""
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


#: The types each field may have in a stored record (the schema above); `problem` checks them.
TEXT_FIELDS = ("title", "summary", "body", "source_name", "province", "district", "published_raw",
               "category", "language", "content_hash", "status")
LIST_FIELDS = ("authors", "tags", "images", "attachments")
TIME_FIELDS = ("published", "modified", "fetched_at", "first_seen", "last_seen")


def problem(record: dict) -> str | None:
    """What makes a stored record unusable (a title that is a number, `url` null, a date no
    datetime can hold), or None. Readers skip such a record with a warning: one hand-edited or
    foreign line must never stop an index, a crawl or an export of the rest."""
    for name in ("id", "url", "source"):
        if not isinstance(record.get(name), str) or not record[name]:
            return f"{name} is {record.get(name)!r}, not text"
    for name in TEXT_FIELDS:
        if not isinstance(record.get(name), str | None):
            return f"{name} is a {type(record[name]).__name__}, not text"
    for name in LIST_FIELDS:
        if not isinstance(record.get(name), list | None):
            return f"{name} is a {type(record[name]).__name__}, not a list"
    version = record.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        return f"version is {version!r}, not a whole number"
    for name in TIME_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
        except (AttributeError, ValueError, OverflowError):
            return f"{name} {value!r} is not a date and time"
    return None


def content_hash(title: str | None, body: str | None) -> str:
    """What decides a new version: the normalised title and body, nothing else."""
    text = f"{title or ''}\n\n{body or ''}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ordered(record: dict) -> dict:
    """The record with the schema's fields first, in schema order, then any extra fields."""
    out = {name: record.get(name) for name in FIELDS}
    out.update((k, v) for k, v in record.items() if k not in out)
    return out
