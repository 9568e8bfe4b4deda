"""The article record (docs/record.md): its fields, identity, URL, content hash, versions and times."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan.clean import TRACKERS_RE
from w3lib.url import canonicalize_url

SCHEMA_VERSION = 1
#: Vietnam time: every portal publishes in it, and every parsed date carries it.
VN_TZ = timezone(timedelta(hours=7))

#: Every field of the record, in the order files are written: (name, type, meaning). docs/record.md
#: is generated from this table; a change of name or meaning needs a migration.
SCHEMA = (
    ("id", "str", "stable identity: a hash of the canonical URL, the same across re-crawls"),
    ("url", "str", "canonical URL: the page's same-site `rel=canonical`, else the fetched URL "
                   "without tracking parameters and fragment"),
    ("source", "str", "id of the source in the sources file"),
    ("source_name", "str | null", "the source's name, copied at crawl time"),
    ("province", "str | null", "the source's province, copied at crawl time"),
    ("district", "str | null", "the source's district, copied at crawl time"),
    ("title", "str", "headline, NFC, whitespace collapsed"),
    ("summary", "str | null", "the lead (sapo) when the page has one"),
    ("body", "str", "article text, NFC, paragraphs joined by a blank line; no captions, bylines, "
                    "sidebars or footers"),
    ("authors", "list[str]", "names from the byline (\"Tin, ảnh: Minh Hà\" → [\"Minh Hà\"]); "
                             "empty when none. A CMS's administrator account printed as the "
                             "poster (\"Đăng bởi Admin\", `admin`, \"Super User\", \"Quản trị "
                             "viên\") names no writer and is left out; a person's user name "
                             "(`nguyenducphong`) or a desk (\"Ban Biên tập\", \"PV\") is kept "
                             "as printed"),
    ("published", "str | null", "ISO 8601 with offset, +07:00 for Vietnamese sites"),
    ("published_raw", "str | null", "the date text exactly as on the page"),
    ("modified", "str | null", "ISO 8601, when the page states an update time"),
    ("category", "str | null", "section or breadcrumb leaf (\"Tin tức - Sự kiện\")"),
    ("tags", "list[str]", "keywords the page lists"),
    ("images", "list[{url, caption}]", "images in the article with their captions"),
    ("attachments", "list[{url, title, …}]", "documents (PDF, DOC/DOCX, XLS/XLSX) linked from the "
                                             "article; once fetched also media_type, size, sha256 "
                                             "and text, else error"),
    ("language", "str", "ISO 639-1, `vi` for these portals"),
    ("fetched_at", "str", "UTC time of the fetch that produced this version"),
    ("first_seen", "str", "UTC time the archive first saw the article"),
    ("last_seen", "str", "UTC time the archive last saw the article when this version was written "
                         "(later sightings: data/state/<source>.sightings.jsonl)"),
    ("version", "int", "1 for the first capture; +1 each time the title or body changes"),
    ("content_hash", "str", "sha256 of the normalised title + body: what decides a new version"),
    ("status", "str", "`live`, or `removed` once two crawls found the page gone (404/410, or a "
                      "redirect to a page that is not the article)"),
)
FIELDS = tuple(name for name, _, _ in SCHEMA)

#: Bumped whenever `clean_url` or `article_id` change what they give for a URL: an archive whose ids were
#: computed under older rules is re-keyed by `archiver migrate` (archiver.archive.migrate).
URL_RULES_VERSION = 2

#: Parameters courlan's tracker patterns catch that select content on these portals (`cid`: a
#: category or content id in PHP portals, `eid`/`uid`: an event or unit, `keyword`: a search).
CONTENT_PARAMS = frozenset({"cid", "eid", "uid", "keyword", "kwd"})
#: Trackers courlan does not know: Zalo's share parameters, server session ids.
MORE_TRACKERS = frozenset({"zarsrc", "zacc", "gidzl", "phpsessid", "jsessionid", "aspsessionid",
                           "sessid", "sessionid", "cfid", "cftoken"})


def is_tracking_param(name: str) -> bool:
    """A parameter that only says where a click came from or whose session it was, by courlan's
    maintained tracker list (AdGuard's, ClearURLs' and Firefox's query stripping rules). Its
    patterns are read as whole words of the name (`utm_…`, `…_source`, `fbclid`), so that a
    portal's own parameter merely containing one (Liferay's `_101_keywords`) is kept."""
    name = name.lower()
    if name in CONTENT_PARAMS:
        return False
    if name in MORE_TRACKERS:
        return True
    found = TRACKERS_RE.search(name)
    return found is not None and (found.end() == len(name) or name[found.end() - 1] == "_"
                                  or name[found.end()] in "_-")


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


def next_version(version: int, old_hash: str | None, new_hash: str) -> int:
    """A version is a distinct title + body (a new article is version 1): the number goes up only
    when the content hash changed, whatever else about the record did."""
    return version + (new_hash != old_hash)


def utc_now() -> str:
    """The time of every capture and run: `2025-01-31T08:00:00Z`."""
    return format_utc(datetime.now(UTC))


def format_utc(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def to_iso(dt: datetime) -> str:
    """A publish time as the record holds it: `2022-09-22T15:15:00+07:00` (seconds, an offset)."""
    if dt.tzinfo is None:
        raise ValueError(f"naive datetime has no offset: {dt!r}")
    return dt.isoformat(timespec="seconds")


def published_at(record: dict) -> datetime | None:
    """The record's publish time in Vietnam wall time, naive: what filters, the index and exports
    compare and sort by. None when absent or unreadable."""
    return publish_time(record.get("published"))


def publish_time(value: object) -> datetime | None:
    """An ISO 8601 publish time as Vietnam wall time, naive; None when absent or unreadable."""
    try:
        dt = datetime.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None
    if dt is not None and dt.tzinfo is not None:
        dt = dt.astimezone(VN_TZ).replace(tzinfo=None)
    return dt


def ordered(record: dict) -> dict:
    """The record with the schema's fields first, in schema order, then any extra fields."""
    out = {name: record.get(name) for name in FIELDS}
    out.update((k, v) for k, v in record.items() if k not in out)
    return out
