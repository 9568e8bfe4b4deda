"""The sources file: TOML `[[source]]` tables → validated `Source` objects.

Every mistake is reported as one line naming the file, the source and the field, so an archivist can fix
a file of hundreds of portals without reading a traceback.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from archiver.extract.links import site_key
from archiver.families import FAMILIES
from archiver.families.base import is_xpath
from archiver.schedule import ScheduleError, parse_interval, parse_schedule

#: Fields a `[source.selectors]` table may override.
SELECTOR_FIELDS = ("title", "summary", "body", "published", "authors", "category", "tags")
#: What `platform` may say: a family by name, or "auto" to detect it page by page.
PLATFORMS = ("auto", *FAMILIES)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\Z")
#: The longest politeness delay, in seconds: `inf` or `1e308` would hang a crawl (and its Ctrl-C).
MAX_DELAY = 3600


class SourcesError(Exception):
    """A sources file that cannot be used; the message is one line."""


@dataclass(frozen=True)
class Source:
    id: str
    start_urls: tuple[str, ...]
    name: str | None = None
    province: str | None = None
    district: str | None = None
    allowed_domains: tuple[str, ...] = ()
    delay: float = 1.0
    platform: str = "auto"
    article_pattern: str | None = None
    listing_pattern: str | None = None
    schedule: str | None = None
    full_every: str | None = None
    stop_after_known: int = 20
    selectors: dict[str, str] = field(default_factory=dict)

    @property
    def domains(self) -> tuple[str, ...]:
        """The allowed domains, defaulting to the hosts of the start URLs (with their port when it is
        not the scheme's default: another port is another site)."""
        if self.allowed_domains:
            return self.allowed_domains
        return tuple(dict.fromkeys(site_key(u) or "" for u in self.start_urls))


KEYS = {f for f in Source.__dataclass_fields__}


def load_sources(path: Path | str) -> list[Source]:
    """Read and validate a sources file; raises SourcesError with a one-line message."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: no sources file (give --sources or set ARCHIVER_SOURCES)") from None
    except UnicodeDecodeError as exc:
        raise SourcesError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: TOML error: {exc}") from None
    unknown = set(data) - {"source"}
    if unknown:
        raise SourcesError(f"{path}: unknown top-level key {sorted(unknown)[0]!r} "
                           "(sources are [[source]] tables)")
    tables = data.get("source", [])
    if not isinstance(tables, list):
        raise SourcesError(f"{path}: 'source' must be an array of tables ([[source]])")
    sources: list[Source] = []
    seen: set[str] = set()
    for n, table in enumerate(tables, 1):
        source = _parse_source(table, f"{path}: source #{n}")
        if source.id in seen:
            raise SourcesError(f"{path}: source {source.id!r}: id: duplicate id")
        seen.add(source.id)
        sources.append(source)
    return sources


def select_sources(sources: list[Source], ids: tuple[str, ...] | list[str]) -> list[Source]:
    """The sources named by `ids` (all when empty); an unknown id is an error."""
    if not ids:
        return sources
    by_id = {s.id: s for s in sources}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise SourcesError(f"unknown source id {missing[0]!r} (known: {', '.join(by_id) or 'none'})")
    return [by_id[i] for i in ids]


def _parse_source(table: object, where: str) -> Source:
    if not isinstance(table, dict):
        raise SourcesError(f"{where}: must be a table")
    sid = table.get("id")
    if not isinstance(sid, str) or not ID_PATTERN.match(sid):
        raise SourcesError(f"{where}: id: {'missing' if sid is None else repr(sid)} "
                           "(a slug: lower-case letters, digits, '-' or '_')")
    where = where.rsplit(": ", 1)[0] + f": source {sid!r}"

    def fail(key: str, why: str) -> SourcesError:
        return SourcesError(f"{where}: {key}: {why}")

    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key (known: {', '.join(sorted(KEYS))})")
    for key in ("name", "province", "district", "platform", "article_pattern", "listing_pattern",
                "schedule", "full_every"):
        if key in table and not isinstance(table[key], str):
            raise fail(key, "must be a string")

    start_urls = table.get("start_urls")
    if isinstance(start_urls, str):
        start_urls = [start_urls]
    if not start_urls or not isinstance(start_urls, list):
        raise fail("start_urls", "missing (a list of http(s) URLs)")
    for url in start_urls:
        if not is_http_url(url):
            raise fail("start_urls", f"{url!r} is not an http(s) URL")
    domains = table.get("allowed_domains", [])
    if not isinstance(domains, list) or not all(
            isinstance(d, str) and re.fullmatch(r"[A-Za-z0-9.-]+(:\d+)?", d) for d in domains):
        raise fail("allowed_domains", "must be a list of host names")
    delay = table.get("delay", 1.0)
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay <= MAX_DELAY:
        raise fail("delay", f"{delay!r} is not a number of seconds from 0 to {MAX_DELAY}")
    stop_after = table.get("stop_after_known", 20)
    if isinstance(stop_after, bool) or not isinstance(stop_after, int) or stop_after < 1:
        raise fail("stop_after_known", f"{stop_after!r} is not a whole number ≥ 1")
    platform = table.get("platform", "auto")
    if platform not in PLATFORMS:
        raise fail("platform", f"{platform!r} is not one of {', '.join(PLATFORMS)}")
    for key in ("article_pattern", "listing_pattern"):
        if key in table:
            try:
                re.compile(table[key])
            except re.error as exc:
                raise fail(key, f"bad regular expression ({exc})") from None
    try:
        if "schedule" in table:
            parse_schedule(table["schedule"])
        if "full_every" in table:
            parse_interval(table["full_every"])
    except ScheduleError as exc:
        raise fail("full_every" if "full_every" in str(exc) else "schedule", str(exc)) from None
    selectors = table.get("selectors", {})
    if not isinstance(selectors, dict):
        raise fail("selectors", "must be a table of field = selector")
    for name, expr in selectors.items():
        if name not in SELECTOR_FIELDS:
            raise fail(f"selectors.{name}", f"unknown field (known: {', '.join(SELECTOR_FIELDS)})")
        if not isinstance(expr, str) or not expr.strip():
            raise fail(f"selectors.{name}", "must be a CSS or XPath string")
        why = selector_error(expr)
        if why:
            raise fail(f"selectors.{name}", f"bad selector {expr!r} ({why})")
    return Source(
        id=sid, start_urls=tuple(start_urls), name=table.get("name"),
        province=table.get("province"), district=table.get("district"),
        allowed_domains=tuple(d.lower() for d in domains), delay=float(delay), platform=platform,
        article_pattern=table.get("article_pattern"), listing_pattern=table.get("listing_pattern"),
        schedule=table.get("schedule"), full_every=table.get("full_every"),
        stop_after_known=stop_after, selectors=dict(selectors),
    )


def selector_error(expr: str) -> str | None:
    """Why a CSS or XPath selector cannot be compiled, or None when it can."""
    try:
        if is_xpath(expr):
            Selector(text="<html></html>").xpath(expr)
        else:
            HTMLTranslator().css_to_xpath(expr)
    except Exception as exc:  # parsel/cssselect raise several unrelated types
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None


def is_http_url(url: object) -> bool:
    """An http(s) URL with a host, a port in 1-65535 if any, no `user:pass@` and no whitespace
    or control characters (a trailing newline included)."""
    if not isinstance(url, str) or re.search(r"[\x00-\x20\x7f]", url):
        return False
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return False
    return (parts.scheme in ("http", "https") and bool(parts.hostname) and port != 0
            and "@" not in parts.netloc)
