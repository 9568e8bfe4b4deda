"""Which links a crawl follows and which pages may be archived: named URL rules, then the family's."""

from __future__ import annotations

import re
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree
from parsel import Selector

from archiver.extract.layout import is_teaser_text
from archiver.extract.text import normalize_text
from archiver.families import Family
from archiver.record import clean_url

#: Pages that are never articles, whatever they look like: search, contact, calendar, login, tags,
#: print views, the site map, feeds (RSS and Atom by their paths or extensions: a feed's entries
#: parsed as HTML look like one article, its first entry's author for a headline).
NEVER_ARTICLE = re.compile(
    r"tim-?kiem|timkiem|/search|[?&](q|keyword|tukhoa|searchtext)=|lien-?he|contact|gop-?y|"
    r"lich-?cong-?tac|lichcongtac|calendar|dang-?nhap|login|/admin|/tag/|/tags/|"
    r"/print/|[?&]print=|/in-?bai|so-?do-?cong|sitemap|/rss|/feed|\.(?:rss|atom|xml)$",
    re.IGNORECASE)
#: Links never fetched: print views, embed views and search results duplicate content; login and
#: calendars lead nowhere an archive needs; mail, phone and script links are not pages. The embed
#: view is the one WordPress's oEmbed iframe of another post of the site loads (developer docs,
#: `get_post_embed_url`: the permalink with `embed/`, or `?embed=true`): the post cut to its excerpt.
NEVER_FOLLOW = re.compile(
    r"^(mailto|tel|javascript|data):|[?&]replytocom=|/print/|[?&]print=|/embed/?(?:[?#]|$)|[?&]embed=true|"
    r"/in-?bai|tim-?kiem|timkiem|/search|"
    r"[?&](q|keyword|tukhoa|searchtext)=|dang-?nhap|login|/admin|lich-?cong-?tac|lichcongtac|"
    r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|svg|mp3|mp4|avi|flv|ico|css|js)(\?|$)",
    re.IGNORECASE)
#: Words of a "next page" link, once arrows and brackets are stripped.
NEXT_WORDS = {"tiếp", "sau", "trang sau", "tiếp theo", "trang tiếp", "next", "xem tiếp"}
NEXT_SYMBOLS = {"»", "›", ">", ">>", "→"}
ARROWS = "<>»›«‹→←[]() \u00a0"
MAX_NEXT_TEXT = 30
#: A page number in a URL: `?page=2`, `&trang=3`, `&_101_cur=2`, `/page-2/`, `/trang/3`, and
#: with the extension ASP and static-page portals give every address, `/trang-2.htm`.
PAGE_NUMBER = re.compile(r"([?&](?:page|trang|pg|pageindex|paged|\w*_cur|cur)=)(\d+)"
                         r"|(/(?:page|trang)[-/]?)(\d+)(?=(?:\.html?|\.aspx)?/?(?:$|\?))",
                         re.IGNORECASE)


#: The start of a link element, as `cap_links` counts them.
LINK_START = re.compile(r"<(?:a|area)[\s>]", re.IGNORECASE)


def cap_links(html: str, limit: int) -> str | None:
    """The page cut just before its link number `limit + 1`, or None when it has no more than
    `limit` links. A page of 300,000 links is a trap, not an article: reading all of it would hold
    the crawl (and Ctrl-C) for minutes and gigabytes; its first links are followed all the same."""
    for n, m in enumerate(LINK_START.finditer(html), 1):
        if n > limit:
            return html[:m.start()]
    return None


#: Ports a URL may leave out; any other port is another site, even on the same host.
DEFAULT_PORTS = {"http": 80, "https": 443}


def site_key(url: str) -> str | None:
    """`host` or `host:port` (a port other than its scheme's default): what tells two sites
    apart. None for a URL without a host or with a malformed port."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    keep = port is not None and port != DEFAULT_PORTS.get(parts.scheme)
    return f"{parts.hostname.lower()}:{port}" if keep else parts.hostname.lower()


def in_domains(url: str, domains: tuple[str, ...] | list[str]) -> bool:
    """Whether the URL belongs to one of the domains (`host` or `host:port`), subdomains included.
    The port counts: `127.0.0.1:8001` is not the site of `127.0.0.1:8000`, so neither a redirect
    nor a canonical link can carry a crawl, or an article's identity, to another site."""
    key = site_key(url)
    if key is None:
        return False
    host, _, port = key.partition(":")
    for domain in domains:
        name, _, want = domain.lower().partition(":")
        if (host == name or host.endswith("." + name)) and port == want:
            return True
    return False


def resolve(base_url: str, href: str) -> str | None:
    """The clean absolute http(s) URL a link leads to, or None when it cannot be fetched: another
    scheme, no host, `user:pass@`, a port that is not a number in 1-65535, a malformed IPv6 host
    (`http://[object Object]/x`). One such href must never cost the page's other links."""
    try:
        url = clean_url(urljoin(base_url, href.strip()))
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or port == 0 \
            or "@" in parts.netloc:  # `user:pass@`: credentials, or a host in disguise
        return None
    return url


def site_links(sel: Selector, base_url: str, domains: tuple[str, ...],
               malformed: list[str] | None = None) -> list[str]:
    """Every followable in-site link of a page, cleaned of tracking parameters, in page order.
    Hrefs that cannot be fetched are skipped, and appended to `malformed` when given."""
    return list(link_texts(sel, base_url, domains, malformed))


def _thumbnail_overlays(link: etree._Element) -> set[etree._Element]:
    """The elements printed over a thumbnail inside a link: beside the `<img>` in a box of its own
    within the link (`<a><span class="thumb"><img><span>02:35</span></span><span>Title</span></a>`).
    Video and photo teasers lay a running time ("02:35"), a play sign ("►") or a photo count over
    the picture (newsroom CMSs of Vietnamese papers and radio-TV stations, YouTube-style video
    lists, WordPress video themes); that text is no part of the title the link gives. An `<img>`
    right in the link has no such box: the link's text beside it is its caption or title."""
    out: set[etree._Element] = set()
    for img in link.iter("img"):
        box = img.getparent()
        if box is not None and box is not link:
            out.update(el for el in box if el is not img)
    return out


def _text_without(el: etree._Element, skip: set[etree._Element]) -> str:
    """The element's text (as `text_content`: no comments), leaving out the subtrees in `skip`."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child not in skip:
            parts.append(_text_without(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def link_name(link: etree._Element) -> str:
    """The title a link gives the page it leads to: its visible words (`link_title`) or, where
    those are no post's title ("Xem chi tiết", "Đọc tiếp", none beside a thumbnail), the one its
    markup gives instead: the `title` attribute listings put the headline in over a "read more"
    link (HTML's advisory title, what a browser shows on hover), or the `alt` of a thumbnail that
    is all the link holds (HTML: an image that is a link's only content names the link by its
    alt text). A listing whose headline is plain text beside such links still names its posts."""
    text = link_title(link)
    if is_teaser_text(text):
        return text
    imgs = list(link.iter("img"))
    alt = normalize_text(imgs[0].get("alt") or "") if len(imgs) == 1 and not text else ""
    given = max((normalize_text(link.get("title") or ""), alt), key=len)
    return given if is_teaser_text(given) else text


def link_title(link: etree._Element) -> str:
    """The words a link shows for the page it leads to: its text, without what is printed over
    a thumbnail in it (`_thumbnail_overlays`)."""
    skip = _thumbnail_overlays(link)
    return normalize_text(_text_without(link, skip) if skip else link.text_content())


#: The elements that load another document of the site into the page: HTML 4.01's frames
#: (section 16, "Frames": a `frameset` page has no body of its own, its `frame src` documents are
#: its content, and what `noframes` holds is raw text to a frames-capable parser) and the inline
#: frame. The HTML Standard counts a frame's document as part of the page (a nested browsing
#: context); Heritrix's ExtractorHTML and `wget -r` follow `frame src` and `iframe src` as links.
FRAMES = ("frame", "iframe")


def link_target(el: etree._Element) -> str:
    """Where a link element leads: an `a`'s or `area`'s `href`, a frame's `src` (`FRAMES`)."""
    return (el.get("src" if el.tag in FRAMES else "href") or "").strip()


def link_texts(sel: Selector, base_url: str, domains: tuple[str, ...],
               malformed: list[str] | None = None) -> dict[str, str]:
    """Every followable in-site link of a page (as `site_links`), the documents its frames load
    among them (`FRAMES`), → the longest text a link to it carries: a listing's teaser title,
    evidence for the headline of the page it leads to (none for a frame)."""
    base = sel.css("base::attr(href)").get() or base_url
    if resolve(base_url, base) is None:
        base = base_url
    out: dict[str, str] = {}
    for el in sel.root.iter("a", "area", *FRAMES):
        href = link_target(el)
        if not href or href.startswith("#") or NEVER_FOLLOW.search(href):
            continue
        url = resolve(base, href)
        if url is None:
            if malformed is not None and not href.startswith(("ftp:", "news:", "skype:", "sms:")):
                malformed.append(href)
        elif in_domains(url, domains):
            text = link_name(el) if el.tag == "a" else ""
            if url not in out or len(text) > len(out[url]):
                out[url] = text
    return out


def next_pages(sel: Selector, base_url: str) -> list[str]:
    """Pagination links of a listing: rel=next, "Tiếp"/"Sau"/"»", or the same URL with its page
    number one higher."""
    found = list(sel.css("a[rel~=next]::attr(href)").getall())
    current = page_key(base_url)
    for a in sel.root.iter("a"):
        href = a.get("href")
        if not href:
            continue
        raw = "".join(a.itertext()).strip()
        if len(raw) <= MAX_NEXT_TEXT and _says_next(normalize_text(raw).lower(), a.get("title")):
            found.append(href)
        elif PAGE_NUMBER.search(href) and (url := resolve(base_url, href)):
            key = page_key(url)
            if key[0] == current[0] and key[1] == current[1] + 1:
                found.append(url)
    return list(dict.fromkeys(u for h in found if (u := resolve(base_url, h))))


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


#: A blog's listing pages as most generators number them: `/` then `/page/2/`, `/page/3/`, …
GUESSED_PAGE = re.compile(r"/(?:page/(\d+)/?)?")


def guessed_next_page(url: str) -> str | None:
    """`/page/N+1/` of a site's home page (`/`) or of its page `/page/N/`, for a listing whose next
    link is drawn by script and so absent from its HTML; None for any other URL."""
    parts = urlsplit(url)
    m = GUESSED_PAGE.fullmatch(parts.path or "/")
    if m is None or parts.query:
        return None
    return parts._replace(path=f"/page/{int(m.group(1) or 1) + 1}/", fragment="").geturl()


def feed_links(sel: Selector, base_url: str) -> list[str]:
    """RSS/Atom feeds a page announces."""
    hrefs = sel.css("link[rel=alternate][type*=rss]::attr(href), "
                    "link[rel=alternate][type*=atom]::attr(href)").getall()
    return [url for h in hrefs if (url := resolve(base_url, h))]


def ends_in_page_number(url: str) -> bool:
    """Whether the URL's path ends in a page-number segment (`/page-5/`, `/page/2/`, `/trang-3`):
    the offset paging of a listing (NukeViet's news module pages a category as `…/Cat-41/page-5/`,
    WordPress as `…/page/2/`), never an article, even where the segment fits a family's article
    shape (NukeViet 3's `…/Cat-41/Slug-1234/`: "page-5" reads as a slug and an id)."""
    return any(m.group(3) for m in PAGE_NUMBER.finditer(urlsplit(url).path))


def url_target(url: str) -> str:
    """The URL's path and query: what article patterns are matched against; a `/` escaped in
    the query (`%2F`) read as the path step it is (`index.php?mod=news&op=kinh-te%2Fslug-4804`:
    NukeViet's and other PHP portals' routes name the section and the article in one query
    value, and a crawler's URL cleaning escapes the `/`, its link did not); the path
    percent-decoded, so that a section named in Vietnamese (VitePress's folder "Kinh tế", written
    `Kinh%20t%E1%BA%BF`) reads as one word, not as numbers glued to letters."""
    parts = urlsplit(url)
    query = re.sub("%2[Ff]", "/", parts.query)
    return unquote(parts.path) + (f"?{query}" if query else "")


def matches_hint(hint: str, url: str) -> bool:
    """Whether a URL pattern (a source's `article_pattern` or `listing_pattern`, a learned
    template's) fits the URL, in any of the forms one is written in: against the whole URL, as an
    archivist writes it (`ChiTietTinTuc`, `https?://x\\.vn/tin/`); against the path and query, as
    `archiver sources learn` prints it (`^/tin/[^/?&]+-\\d+\\.html$`), so a learned pattern
    pasted into sources.toml to pin it is honoured; and against them decoded (`url_target`), as
    templates are learned now, or as sent, as one learned before paths were decoded was."""
    parts = urlsplit(url)
    sent = parts.path + (f"?{parts.query}" if parts.query else "")
    return any(re.search(hint, form) for form in (url, sent, url_target(url)))


def url_kind(url: str, family: Family, article_hint: str | None = None,
             listing_hint: str | None = None) -> str | None:
    """What the URL alone says: "never" (not archivable), "article", "listing", or None."""
    if NEVER_ARTICLE.search(url) or (family.duplicate_url and family.duplicate_url.search(url)):
        return "never"
    if article_hint and matches_hint(article_hint, url):
        return "article"
    if listing_hint and matches_hint(listing_hint, url):
        return "listing"
    if ends_in_page_number(url):
        return "listing"
    if family.article_url and family.article_url.search(url):
        return "article"
    if family.listing_url and family.listing_url.search(url):
        return "listing"
    return None
