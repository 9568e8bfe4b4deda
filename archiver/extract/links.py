"""Which links a crawl follows and which pages may be archived: named URL rules, then the family's."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from archiver.extract.text import normalize_text
from archiver.families import Family
from archiver.record import clean_url

#: Pages that are never articles, whatever they look like: search, contact, calendar, login, tags,
#: print views, the site map, feeds.
NEVER_ARTICLE = re.compile(
    r"tim-?kiem|timkiem|/search|[?&](q|keyword|tukhoa|searchtext)=|lien-?he|contact|gop-?y|"
    r"lich-?cong-?tac|lichcongtac|calendar|dang-?nhap|login|/admin|/tag/|/tags/|"
    r"/print/|[?&]print=|/in-?bai|so-?do-?cong|sitemap|/rss|/feed|\.rss$|\.xml$",
    re.IGNORECASE)
#: Links never fetched: print views and search results duplicate content; login and calendars lead
#: nowhere an archive needs; mail, phone and script links are not pages.
NEVER_FOLLOW = re.compile(
    r"^(mailto|tel|javascript|data):|[?&]replytocom=|/print/|[?&]print=|/in-?bai|tim-?kiem|timkiem|/search|"
    r"[?&](q|keyword|tukhoa|searchtext)=|dang-?nhap|login|/admin|lich-?cong-?tac|lichcongtac|"
    r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|svg|mp3|mp4|avi|flv|ico|css|js)(\?|$)",
    re.IGNORECASE)
#: Words of a "next page" link, once arrows and brackets are stripped.
NEXT_WORDS = {"tiếp", "sau", "trang sau", "tiếp theo", "trang tiếp", "next", "xem tiếp"}
NEXT_SYMBOLS = {"»", "›", ">", ">>", "→"}
ARROWS = "<>»›«‹→←[]() \u00a0"
MAX_NEXT_TEXT = 30
#: A page number in a URL: `?page=2`, `&trang=3`, `&_101_cur=2`, `/page-2/`, `/trang/3`.
PAGE_NUMBER = re.compile(r"([?&](?:page|trang|pg|pageindex|paged|\w*_cur|cur)=)(\d+)"
                         r"|(/(?:page|trang)[-/]?)(\d+)(?=/?$|/?\?)", re.IGNORECASE)


def in_domains(url: str, domains: tuple[str, ...]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def site_links(sel: Selector, base_url: str, domains: tuple[str, ...]) -> list[str]:
    """Every followable in-site link of a page, cleaned of tracking parameters, in page order."""
    return list(link_texts(sel, base_url, domains))


def link_texts(sel: Selector, base_url: str, domains: tuple[str, ...]) -> dict[str, str]:
    """Every followable in-site link of a page (as `site_links`) → the longest text a link to it
    carries: a listing's teaser title, evidence for the headline of the page it leads to."""
    base = sel.css("base::attr(href)").get() or base_url
    out: dict[str, str] = {}
    for el in sel.root.iter("a", "area"):
        href = (el.get("href") or "").strip()
        if not href or href.startswith("#") or NEVER_FOLLOW.search(href):
            continue
        try:
            url = clean_url(urljoin(base, href))
        except ValueError:  # a malformed href ("http://[x/"): not a link anyone can follow
            continue
        if url.startswith(("http://", "https://")) and in_domains(url, domains):
            text = normalize_text(el.text_content()) if el.tag == "a" else ""
            if len(text) > len(out.get(url, "")) or url not in out:
                out[url] = text
    return out


def next_pages(sel: Selector, base_url: str) -> list[str]:
    """Pagination links of a listing: rel=next, "Tiếp"/"Sau"/"»", or the same URL with its page
    number one higher."""
    found = [urljoin(base_url, h) for h in sel.css("a[rel~=next]::attr(href)").getall()]
    current = page_key(base_url)
    for a in sel.root.iter("a"):
        href = a.get("href")
        if not href:
            continue
        raw = "".join(a.itertext()).strip()
        if len(raw) <= MAX_NEXT_TEXT and _says_next(normalize_text(raw).lower(), a.get("title")):
            found.append(urljoin(base_url, href))
        elif PAGE_NUMBER.search(href):
            url = urljoin(base_url, href)
            key = page_key(url)
            if key[0] == current[0] and key[1] == current[1] + 1:
                found.append(url)
    return list(dict.fromkeys(clean_url(u) for u in found))


def _says_next(text: str, title: str | None) -> bool:
    words = text.strip(ARROWS)
    return words in NEXT_WORDS or (title or "").lower() in NEXT_WORDS \
        or (bool(text) and not words and text.replace(" ", "") in NEXT_SYMBOLS)


def page_key(url: str) -> tuple[str, int]:
    """(the URL without its page number, the page number; 1 when it has none)."""
    m = next(reversed(list(PAGE_NUMBER.finditer(url))), None)
    if m is None:
        return url.rstrip("/"), 1
    number = int(m.group(2) or m.group(4))
    rest = url[:m.start()] + (m.group(1)[0] if m.group(1) and m.group(1)[0] == "?" else "") \
        + url[m.end():].lstrip("&")
    return rest.rstrip("/?&"), number


def feed_links(sel: Selector, base_url: str) -> list[str]:
    """RSS/Atom feeds a page announces."""
    return [urljoin(base_url, h) for h in sel.css(
        "link[rel=alternate][type*=rss]::attr(href), link[rel=alternate][type*=atom]::attr(href)"
    ).getall()]


def url_kind(url: str, family: Family, article_hint: str | None = None,
             listing_hint: str | None = None) -> str | None:
    """What the URL alone says: "never" (not archivable), "article", "listing", or None."""
    if NEVER_ARTICLE.search(url) or (family.duplicate_url and family.duplicate_url.search(url)):
        return "never"
    if article_hint and re.search(article_hint, url):
        return "article"
    if listing_hint and re.search(listing_hint, url):
        return "listing"
    if family.article_url and family.article_url.search(url):
        return "article"
    if family.listing_url and family.listing_url.search(url):
        return "listing"
    return None
