"""Extraction: a pure function from a fetched page (URL + decoded HTML) to the article's fields.

`ArticlePage` is a page object in web-poet's sense: it knows nothing of how the page was fetched. Each
field is a small method; a source's `selectors` override a family's, a family's override the generic
heuristics, and trafilatura finds the body on templates nobody described.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import etree
from parsel import Selector

from archiver.extract.boilerplate import is_boilerplate, is_caption, strip_lead_prefix
from archiver.extract.bylines import parse_byline, split_trailing_byline
from archiver.extract.dates import find_date, parse_date
from archiver.extract.text import normalize_text
from archiver.families import Family, detect
from archiver.families.base import select
from archiver.record import clean_url, to_iso

# Elements that never hold article text.
SKIP_TAGS = {"script", "style", "noscript", "template", "form", "select", "option", "button",
             "nav", "aside", "iframe", "svg", "input", "textarea", "header", "footer"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
              "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table",
              "tbody", "thead", "tr", "td", "th", "pre", "center", "head", "list", "item"}
IMAGE_TAGS = {"img", "graphic"}
CAPTION_CLASS = re.compile(r"caption|chuthich|chu-thich|image|img-desc|photo-desc|\bdesc\b", re.I)
#: Untyped text under an image longer than this is body text, not a caption.
CAPTION_MAX_WORDS = 20
DOCUMENT_EXT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|rar|zip|7z)(\?|$)", re.I)
#: XPath predicate: not part of the masthead (the site's name is often an h1 in the header).
NOT_MASTHEAD = ("not(ancestor::header) and not(ancestor::a) and not(ancestor-or-self::*["
                "contains(@class,'logo') or contains(@class,'brand') or contains(@id,'logo')])")
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:»]\s+")
#: Where a lead sits when the family says nothing: a class naming it, or schema.org's description.
GENERIC_SUMMARY = (", ".join(f"{tag}[class{op}{name}]" for tag in ("p", "div", "h2")
                             for name in ("sapo", "lead", "summary", "tomtat", "chapeau",
                                          "description")
                             for op in ("~=", "$=")) + ", [itemprop=description]:not(meta)",)
#: Elements whose markup says they hold the byline.
GENERIC_AUTHORS = ("[itemprop=author]:not(meta), [rel=author], [class~=byline], [class~=author], "
                   "[class$=-author], [class$=-by], [class~=tacgia]",)
META_PUBLISHED = ("meta[property='article:published_time']::attr(content)",
                  "meta[itemprop=datePublished]::attr(content)",
                  "meta[name=pubdate]::attr(content)", "time[itemprop=datePublished]::attr(datetime)")
META_MODIFIED = ("meta[property='article:modified_time']::attr(content)",
                 "meta[itemprop=dateModified]::attr(content)")


@dataclass
class Block:
    """A run of text in reading order, or an image; the unit captions and bylines are judged on."""

    text: str = ""
    image: str | None = None
    css_class: str = ""
    in_figure: bool = False


class ArticlePage:
    """The fields of one article page."""

    def __init__(self, url: str, html: str, *, family: Family | None = None,
                 platform: str = "auto", selectors: dict[str, str] | None = None):
        self.url = url
        self.html = html
        self.sel = Selector(text=html or "<html></html>")
        self.family = family or detect(self.sel, url, platform)
        self.overrides = selectors or {}

    # -- plumbing ---------------------------------------------------------------------------
    def _first(self, field: str, generic: tuple[str, ...] = ()) -> Selector | None:
        exprs = ([self.overrides[field]] if field in self.overrides else []) + list(
            getattr(self.family, field, ())) + list(generic)
        for expr in exprs:
            for found in select(self.sel, expr):
                if isinstance(found.root, str) or _text(found.root):
                    return found
        return None

    def _first_text(self, field: str, generic: tuple[str, ...] = ()) -> str | None:
        found = self._first(field, generic)
        if found is None:
            return None
        text = found.root if isinstance(found.root, str) else _text(found.root)
        return normalize_text(text) or None

    @cached_property
    def json_ld(self) -> dict:
        """The page's JSON-LD article object, if any (NewsArticle, Article, BlogPosting)."""
        for raw in self.sel.xpath("//script[@type='application/ld+json']/text()").getall():
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            for obj in data if isinstance(data, list) else data.get("@graph", [data]):
                if isinstance(obj, dict) and str(obj.get("@type", "")).endswith(
                        ("Article", "BlogPosting", "Report")):
                    return obj
        return {}

    @cached_property
    def _title_el(self) -> Selector | None:
        found = self._first("title")
        return found if found is not None else self._headline_guess()

    def _headline_guess(self) -> Selector | None:
        """The heading the page's `<title>` or og:title names (a site's logo is often the h1),
        else the first h1 outside the page header."""
        names = [n for n in (self.json_ld.get("headline"),
                             self.sel.css("meta[property='og:title']::attr(content)").get(),
                             self.sel.css("title::text").get()) if isinstance(n, str)]
        names = [normalize_text(n) for n in names]
        names += [seg for n in names for seg in TITLE_SEPARATORS.split(n)]
        headings = self.sel.xpath(f"(//h1|//h2|//h3)[{NOT_MASTHEAD}]")
        for heading in headings:
            text = normalize_text(_text(heading.root))
            if len(text) >= 10 and text in names:
                return heading
        return next((h for h in headings if h.root.tag == "h1" and normalize_text(_text(h.root))),
                    None)

    # -- fields -------------------------------------------------------------------------------
    def title(self) -> str | None:
        return self._title

    @cached_property
    def _title(self) -> str | None:
        if self._title_el is not None:
            return normalize_text(_text(self._title_el.root)) or None
        for fallback in (self.json_ld.get("headline"),
                         self.sel.css("meta[property='og:title']::attr(content)").get()):
            if isinstance(fallback, str) and normalize_text(fallback):
                return normalize_text(fallback)
        return None

    def published(self) -> tuple[str | None, datetime | None]:
        """(raw text as on the page, parsed time): machine-readable first, then visible text."""
        if "published" in self.overrides:
            return self._date_from(self._first_text("published"))
        for value in [*(self.sel.css(q).get() for q in META_PUBLISHED),
                      self.json_ld.get("datePublished")]:
            if isinstance(value, str) and (parsed := parse_date(value)):
                return value.strip(), parsed
        raw, parsed = self._date_from(self._first_text("published"))
        if parsed:
            return raw, parsed
        return self._date_near_title()

    def _date_from(self, text: str | None) -> tuple[str | None, datetime | None]:
        found = find_date(text) if text else None
        return found if found else (None, None)

    def _near_title(self) -> list[str]:
        """Text lines right after the headline, then right before it: where portals print the
        date and the byline."""
        title = self._title_el
        if title is None or isinstance(title.root, str):
            return []
        after = title.xpath("following::text()[normalize-space()]").getall()[:25]
        before = title.xpath("preceding::text()[normalize-space()]").getall()[-6:][::-1]
        return [normalize_text(t) for t in after + before]

    def _date_near_title(self) -> tuple[str | None, datetime | None]:
        for line in self._near_title():
            if found := find_date(line):
                return found
        return None, None

    def modified(self) -> datetime | None:
        for value in [*(self.sel.css(q).get() for q in META_MODIFIED),
                      self.json_ld.get("dateModified")]:
            if isinstance(value, str) and (parsed := parse_date(value)):
                return parsed
        return None

    def summary(self) -> str | None:
        return self._summary

    @cached_property
    def _summary(self) -> str | None:
        for text in (self._first_text("summary", GENERIC_SUMMARY), self._bold_lead()):
            text = strip_lead_prefix(text) if text else None
            if text and text != self.title() and not is_boilerplate(text):
                return text
        return None

    def _bold_lead(self) -> str | None:
        """A first body paragraph set wholly in bold is the lead (a common CMS habit)."""
        root = self._body_root
        first = next((el for el in root.iterdescendants("p", "div") if normalize_text(_text(el))), None) \
            if root is not None else None
        if first is None:
            return None
        text = normalize_text(_text(first))
        bold = normalize_text(" ".join(_text(b) for b in first.iter("strong", "b", "hi")))
        return text if bold == text and len(text.split()) >= 8 else None

    def category(self) -> str | None:
        text = self._first_text("category")
        return text if text and not is_boilerplate(text) else None

    def tags(self) -> list[str]:
        exprs = [self.overrides["tags"]] if "tags" in self.overrides else list(self.family.tags)
        for expr in exprs:
            tags = [normalize_text(_text(t.root)) for t in select(self.sel, expr)]
            if tags := [t for t in dict.fromkeys(tags) if t]:
                return tags
        keywords = self.sel.css("meta[name=keywords]::attr(content), "
                                "meta[name=news_keywords]::attr(content)").get()
        if keywords:
            return [t for t in dict.fromkeys(normalize_text(k) for k in keywords.split(",")) if t]
        return []

    def canonical_url(self) -> str:
        """`<link rel=canonical>` when it points at an article page of the same site, else the URL."""
        href = self.sel.css("link[rel=canonical]::attr(href)").get()
        if href:
            canon = urljoin(self.url, href.strip())
            same_site = urlsplit(canon).hostname == urlsplit(self.url).hostname
            if same_site and urlsplit(canon).path not in ("", "/"):
                return clean_url(canon)
        return clean_url(self.url)

    # -- body ----------------------------------------------------------------------------------
    @cached_property
    def _body_root(self) -> etree._Element | None:
        found = self._first("body")
        if found is not None and not isinstance(found.root, str):
            return found.root
        doc = trafilatura.bare_extraction(self.html, url=self.url, include_images=True,
                                          include_comments=False, include_tables=True,
                                          with_metadata=False, output_format="python")
        return getattr(doc, "body", None) if doc is not None else None

    @cached_property
    def _content(self) -> tuple[list[str], list[dict], list[str]]:
        """(body paragraphs, images with captions, authors from a closing byline)."""
        root = self._body_root
        if root is None:
            return [], [], []
        excluded = {id(e.root) for expr in self.family.body_exclude
                    for e in Selector(root=root).css(expr)}
        blocks = list(_blocks(root, excluded))
        paragraphs, images = _split_captions(blocks, self.url)
        title, summary = self.title(), self.summary()
        paragraphs = [p for p in paragraphs
                      if p not in (title, summary) and not is_boilerplate(p)
                      and not _is_date_line(p)]
        paragraphs, authors = split_trailing_byline(paragraphs)
        return paragraphs, images, authors

    def body(self) -> str | None:
        return "\n\n".join(self._content[0]) or None

    def images(self) -> list[dict]:
        return self._content[1]

    def authors(self) -> list[str]:
        text = self._first_text("authors", GENERIC_AUTHORS)
        if text and (names := parse_byline(text) or parse_byline(text, closing=True)):
            return names
        if self._content[2]:
            return self._content[2]
        for line in self._near_title()[:12]:
            if names := parse_byline(line):
                return names
        return []

    def attachments(self) -> list[dict]:
        root = self._body_root
        scope = Selector(root=root) if root is not None else self.sel
        out: dict[str, dict] = {}
        for link in [*scope.css("a[href]"), *self.sel.css("a[href*='/Attachments/']")]:
            href = link.attrib.get("href", "")
            if DOCUMENT_EXT.search(href):
                url = urljoin(self.url, href.strip())
                out.setdefault(url, {"url": url, "title": normalize_text(_text(link.root)) or None})
        return list(out.values())

    def fields(self) -> dict:
        """Everything the page says about the article, as record fields (no crawl metadata)."""
        raw, published = self.published()
        modified = self.modified()
        return {
            "url": self.canonical_url(),
            "title": self.title(),
            "summary": self.summary(),
            "body": self.body(),
            "authors": self.authors(),
            "published": to_iso(published) if published else None,
            "published_raw": raw if published else None,
            "modified": to_iso(modified) if modified else None,
            "category": self.category(),
            "tags": self.tags(),
            "images": self.images(),
            "attachments": self.attachments(),
            "language": "vi",
            "family": self.family.name,
        }


def _text(el: etree._Element) -> str:
    """Visible text of an element, `<br>` as a line break, scripts and styles left out."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript"):
            pass
        elif node.tag == "br":
            parts.append("\n")
        else:
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
    walk(el)
    return "".join(parts)


def _blocks(root: etree._Element, excluded: set[int]) -> list[Block]:
    """The element's content as blocks in reading order (inline runs split at block edges)."""
    out: list[Block] = []
    run: list[str] = []

    def flush(node_class: str = "") -> None:
        text = "".join(run)
        run.clear()
        for line in text.split("\n"):
            if line := normalize_text(line):
                out.append(Block(text=line, css_class=node_class))

    def walk(node: etree._Element, css: str, in_figure: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if id(node) in excluded or tag in SKIP_TAGS or (not tag and node.tag is not etree.Comment):
            return
        if tag in IMAGE_TAGS:
            flush(css)
            src = next((v for k in ("data-src", "data-original", "src")
                        if (v := (node.get(k) or "").strip()) and not v.startswith("data:")), "")
            if src:
                out.append(Block(image=src, in_figure=in_figure))
            return
        if tag == "br":
            run.append("\n")
            return
        if tag in BLOCK_TAGS:
            flush(css)
            css = f"{css} {node.get('class', '')}".strip() if tag != "div" or node.get("class") \
                else css
            in_figure = in_figure or tag in ("figure", "figcaption")
        if node.text and tag:
            run.append(node.text)
        for child in node:
            walk(child, css, in_figure)
            if child.tail:
                run.append(child.tail)
        if tag in BLOCK_TAGS:
            flush(css)
            if out and in_figure and tag == "figcaption":
                out[-1].in_figure = True

    walk(root, "", False)
    flush()
    return out


def _split_captions(blocks: list[Block], base_url: str) -> tuple[list[str], list[dict]]:
    """Separate image captions from body text. A caption is the text right under an image when it
    is in a figure, styled or worded as a caption, or short; worded-as-caption text elsewhere is
    dropped from the body too."""
    paragraphs: list[str] = []
    images: list[dict] = []
    under_image = False
    for block in blocks:
        if block.image:
            images.append({"url": clean_image_url(urljoin(base_url, block.image)), "caption": None})
            under_image = True
            continue
        styled = block.in_figure or bool(CAPTION_CLASS.search(block.css_class))
        worded = is_caption(block.text)
        if under_image and (styled or worded or len(block.text.split()) <= CAPTION_MAX_WORDS):
            previous = images[-1]["caption"]
            images[-1]["caption"] = f"{previous} {block.text}" if previous else block.text
            under_image = block.in_figure  # a figcaption may run over several lines
        elif not worded:
            paragraphs.append(block.text)
            under_image = False
    return paragraphs, images


def clean_image_url(url: str) -> str:
    """The original image: SharePoint's `renditionID` only selects a resized copy."""
    return re.sub(r"([?&])renditionID=\d+&?", r"\1", url).rstrip("?&")


def _is_date_line(text: str) -> bool:
    found = find_date(text)
    return bool(found) and len(text) <= len(found[0]) + 40


def extract_article(url: str, html: str, *, platform: str = "auto",
                    selectors: dict[str, str] | None = None) -> dict:
    """The article fields of a page: the function the spider, the tests and the benchmarks call."""
    return ArticlePage(url, html, platform=platform, selectors=selectors).fields()


#: Less body text than this is not an article (a stub, a menu page, an error page).
MIN_BODY_CHARS = 200
#: A page whose body is mostly teasers (link titles) is a listing, not an article.
MAX_TEASER_SHARE = 0.3


def teaser_share(page: ArticlePage) -> float:
    """Share of body paragraphs that hold the whole text of a link on the page (a teaser title)."""
    paragraphs = page._content[0]
    if not paragraphs:
        return 0.0
    link_texts = {t for t in (normalize_text(x) for x in page.sel.css("a").xpath("string()").getall())
                  if len(t.split()) >= 4}
    return sum(any(t in p for t in link_texts) for p in paragraphs) / len(paragraphs)


def looks_like_article(page: ArticlePage, fields: dict, *, url_says_article: bool) -> bool:
    """An article has a title and a body; when its URL does not say so, also a date and no list
    of teasers for a body."""
    if not fields["title"] or len(fields["body"] or "") < MIN_BODY_CHARS:
        return False
    if url_says_article:
        return True
    return bool(fields["published"]) and teaser_share(page) < MAX_TEASER_SHARE
