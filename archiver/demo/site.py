"""A sample portal as a set of pages, and the truth its articles were rendered from.

`build_site` decides which pages exist (home, paginated category listings, articles, print views,
contact/calendar/search/map pages, robots.txt, optional sitemap and RSS, images and attachments)
and encodes them; `families/` decides how each looks. Rendering is linear in the number of
articles: only listings and the sitemap/feed touch more than a page's neighbours.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import math
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from archiver.demo.articles import load_draft
from archiver.demo.families import (
    Category,
    Context,
    Entry,
    Family,
    Home,
    Listing,
    Neighbours,
    renderer,
)
from archiver.demo.families.base import clip, local, slugify
from archiver.demo.model import Attachment, Image, SampleArticle
from archiver.record import VN_TZ

#: Path prefixes robots.txt forbids. The home page links into both.
DISALLOWED = ("/admin/", "/tim-kiem/")
CATEGORY_ORDER = ("Tin tức - Sự kiện", "Chỉ đạo điều hành", "Kinh tế", "Văn hóa - Xã hội",
                  "Thông báo")
HOME_LATEST = 6
FEED_ITEMS = 20
DRAFT_PATH = "/admin/xem-truoc/{slug}.html"
FEED_LINK = '\n<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss" />'
XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
# A well-formed 1×1 JPEG, served for every image.
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwc"
    "KDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAA"
    "AAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==")
FILE_TYPES = {"pdf": "application/pdf", "doc": "application/msword",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


@dataclass(frozen=True)
class Page:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Site:
    """Every page of one sample portal, keyed by path-with-query, and the truth of its articles."""

    family: str
    name: str
    base_url: str
    pages: dict[str, Page]
    articles: dict[str, SampleArticle]  # absolute canonical URL → the article as published here
    fail_once: set[str]                 # paths answering 500 on their first request
    non_articles: list[str]             # every path in `pages` that is not an article
    disallowed: tuple[str, ...] = DISALLOWED

    def url(self, path: str) -> str:
        return self.base_url + path

    def path(self, url: str) -> str:
        return url.removeprefix(self.base_url)


def build_site(family: str, articles: Iterable[SampleArticle], base_url: str, *,
               page_size: int = 5, sitemap: bool = False, feed: bool = False,
               name: str | None = None) -> Site:
    """Render `articles` as a portal of `family` served at `base_url` (no trailing slash needed)."""
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, not {page_size}")
    fam = renderer(family, page_size)
    base = base_url.rstrip("/")
    newest = sorted(articles, key=lambda a: (a.published, a.slug), reverse=True)
    if len({a.slug for a in newest}) != len(newest):
        raise ValueError("two articles share a slug; a slug must be unique within a site")
    cats = _categories(fam, newest)
    ids = stable_ids((a.slug for a in newest), *fam.id_range)
    quirks = {q: newest[min(k, len(newest) - 1)].slug
              for q, k in (("nfd", 1), ("double_escaped", 3)) if q in fam.quirks and newest}

    entries, truth = [], {}
    for a in newest:
        published = _as_published(fam, a, ids[a.slug])
        shown = _nfd(published) if quirks.get("nfd") == a.slug else published
        cat = cats[a.category]
        path = fam.article_path(cat, a.slug, ids[a.slug], a.published)
        entry = Entry(shown, ids[a.slug], path, cat)
        entries.append(entry)
        truth[base + entry.path] = published
    by_cat: dict[Category, list[Entry]] = {c: [] for c in cats.values()}
    for e in entries:
        by_cat[e.category].append(e)

    notices = next((es for c, es in by_cat.items() if c.name == "Thông báo"), [])
    ctx = Context(fam, base, name or fam.site_name, fam.unit, list(cats.values()),
                  featured=entries[:5], most_read=sorted(entries, key=lambda e: -e.views)[:5],
                  notices=notices[:5], week=_monday(newest[0].published if newest else None),
                  feed=feed, quirks=quirks)
    pages: dict[str, Page] = {}

    def add(paths: Iterable[str], text: str, validators: datetime | None = None) -> None:
        page = _page(text.encode("utf-8"), fam.content_type, fam.headers, validators)
        for path in paths:
            pages[path] = page

    for cat, es in by_cat.items():
        for i, e in enumerate(es):
            near = Neighbours(related=es[i + 1:i + 4], others=es[max(0, i - 3):i])
            add([e.path], fam.article(ctx, e, near), e.article.published)
            if printed := fam.print_path(e):
                add([printed], fam.print_view(ctx, e))
        pages_n = math.ceil(len(es) / page_size)
        for n in range(1, pages_n + 1):
            chunk = es[(n - 1) * page_size:n * page_size]
            listing = Listing(cat, chunk, n, pages_n, len(es), (n - 1) * page_size + 1)
            main = fam.listing(ctx, listing)
            add([fam.listing_path(cat, n), *fam.listing_aliases(cat, n)],
                fam.page(ctx, cat.name, main, crumbs=[(cat.name, ctx.listing(cat))]))

    draft = _draft(fam, cats)
    if draft:
        add([draft.path], fam.article(ctx, draft, Neighbours([], [])))
    home = Home(entries[:HOME_LATEST], [(c, es[:4]) for c, es in list(by_cat.items())[:3]], draft)
    head = FEED_LINK if feed else ""
    add(["/", *fam.home_aliases], fam.page(ctx, ctx.name, fam.home(ctx, home), head=head))
    for kind in ("contact", "calendar", "search", "sitemap"):
        add([ctx.static(kind)], fam.static(ctx, kind))

    pages["/robots.txt"] = _page(_robots(base, sitemap).encode(), "text/plain; charset=utf-8")
    if sitemap:
        pages["/sitemap.xml"] = _page(_sitemap(base, by_cat, fam).encode(), XML)
    if feed:
        pages["/rss"] = _page(_rss(ctx, entries[:FEED_ITEMS]).encode(), RSS)
    for e in entries:
        _add_assets(pages, e.article)

    article_paths = {e.path for e in entries}
    fail_once = {entries[min(2, len(entries) - 1)].path} if entries else set()
    return Site(family, ctx.name, base, pages, truth, fail_once,
                sorted(p for p in pages if p not in article_paths))


def stable_ids(keys: Iterable[str], low: int, high: int) -> dict[str, int]:
    """An id in [low, high) for each key that depends on the key alone, so adding or editing other
    articles never moves an article's URL (a rare collision moves up to the next free id)."""
    ids: dict[str, int] = {}
    taken: set[int] = set()
    span = high - low
    for key in sorted(set(keys)):
        if len(taken) >= span:
            raise ValueError(f"more than {span} articles for ids in [{low}, {high})")
        n = zlib.crc32(key.encode("utf-8")) % span
        while low + n in taken:
            n = (n + 1) % span
        taken.add(low + n)
        ids[key] = low + n
    return ids


def _categories(fam: Family, newest: list[SampleArticle]) -> dict[str, Category]:
    names = sorted({a.category for a in newest},
                   key=lambda c: (CATEGORY_ORDER.index(c) if c in CATEGORY_ORDER else 99, c))
    keys = stable_ids(names, 10, 1000)
    cats = {n: Category(n, slugify(n), keys[n]) for n in names}
    slugs = [c.slug for c in cats.values()]
    if len(set(slugs)) != len(slugs) or "" in slugs:
        raise ValueError(f"category names must have distinct ASCII aliases: {names}")
    return cats


def _as_published(fam: Family, a: SampleArticle, id: int) -> SampleArticle:
    """The article as this family shows it: its files where the family keeps them, its tags
    only if the family shows tags."""
    return dataclasses.replace(
        a,
        images=[Image(fam.asset_path(i.url, id, a.published), i.caption) for i in a.images],
        attachments=[Attachment(fam.asset_path(f.url, id, a.published), f.title)
                     for f in a.attachments],
        tags=list(a.tags) if fam.shows_tags else [])


def _nfd(a: SampleArticle) -> SampleArticle:
    """The article as typed by a decomposing input method (the truth stays NFC)."""
    def d(text):
        return None if text is None else unicodedata.normalize("NFD", text)
    return dataclasses.replace(
        a, title=d(a.title), summary=d(a.summary), byline=d(a.byline),
        paragraphs=[d(p) for p in a.paragraphs],
        images=[Image(i.url, d(i.caption)) for i in a.images],
        attachments=[Attachment(f.url, d(f.title)) for f in a.attachments])


def _draft(fam: Family, cats: dict[str, Category]) -> Entry | None:
    """The robots-disallowed page laid out like an article; absent when the site has no sections."""
    if not cats:
        return None
    draft = load_draft()
    cat = cats.get(draft.category) or next(iter(cats.values()))
    return Entry(draft, fam.id_range[1], DRAFT_PATH.format(slug=draft.slug), cat)


def _monday(when: datetime | None) -> datetime:
    day = local(when) if when else datetime(2025, 1, 6, tzinfo=VN_TZ)
    return (day - timedelta(days=day.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)


def _page(body: bytes, content_type: str, headers: dict[str, str] | None = None,
          modified: datetime | None = None) -> Page:
    """A 200 page; with `modified`, also the validators a conditional request is checked against."""
    headers = dict(headers or {})
    if modified is not None:
        headers["ETag"] = f'"{hashlib.sha1(body).hexdigest()[:20]}"'
        headers["Last-Modified"] = format_datetime(modified.astimezone(UTC), usegmt=True)
    return Page(200, content_type, body, headers)


def _add_assets(pages: dict[str, Page], a: SampleArticle) -> None:
    for image in a.images:
        pages.setdefault(image.url, _page(JPEG, "image/jpeg", modified=a.published))
    for f in a.attachments:
        ext = f.url.rsplit(".", 1)[-1].lower()
        body = (f"%PDF-1.4\n% {f.title}\n%%EOF\n" if ext == "pdf" else f.title).encode("utf-8")
        pages.setdefault(f.url, _page(body, FILE_TYPES.get(ext, "application/octet-stream"),
                                      modified=a.published))


def _robots(base: str, sitemap: bool) -> str:
    lines = ["User-agent: *", *(f"Disallow: {p}" for p in DISALLOWED)]
    if sitemap:
        lines += ["", f"Sitemap: {base}/sitemap.xml"]
    return "\n".join(lines) + "\n"


def _sitemap(base: str, by_cat: dict[Category, list[Entry]], fam: Family) -> str:
    def url(path: str, when: datetime | None) -> str:
        lastmod = f"<lastmod>{local(when).isoformat()}</lastmod>" if when else ""
        return f"<url><loc>{escape(base + path)}</loc>{lastmod}</url>"
    newest = max((es[0].article.published for es in by_cat.values() if es), default=None)
    urls = [url("/", newest)]
    for cat, es in by_cat.items():
        urls.append(url(fam.listing_path(cat, 1), es[0].article.published if es else None))
        urls += [url(e.path, e.article.published) for e in es]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(urls) + "\n</urlset>\n")


def _rss(ctx: Context, entries: list[Entry]) -> str:
    def item(e: Entry) -> str:
        a, link = e.article, escape(ctx.abs(e.path))
        about = a.summary or clip(next(iter(a.paragraphs), ""), 40)
        return (f"<item><title>{escape(a.title)}</title><link>{link}</link>"
                f'<guid isPermaLink="true">{link}</guid><description>{escape(about)}</description>'
                f"<category>{escape(e.category.name)}</category>"
                f"<pubDate>{format_datetime(local(a.published))}</pubDate></item>")
    built = format_datetime(local(entries[0].article.published)) if entries else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>\n'
            f"<title>{escape(ctx.name)}</title><link>{escape(ctx.base_url)}/</link>"
            f"<description>Tin tức mới nhất - {escape(ctx.name)}</description>"
            f"<language>vi</language><lastBuildDate>{built}</lastBuildDate>"
            f'<atom:link href="{escape(ctx.abs("/rss"))}" rel="self" '
            'type="application/rss+xml" />\n'
            + "\n".join(item(e) for e in entries) + "\n</channel></rss>\n")
