"""Extraction: a pure function from a fetched page (URL + decoded HTML) to the article's fields.

`ArticlePage` is a page object in web-poet's sense: it knows nothing of how the page was fetched. Each
field is a small method; a source's `selectors` override a family's, a family's override the generic
heuristics, and trafilatura finds the body on templates nobody described.

One module per field: `ArticlePage` inherits its fields' parts, each a class of methods in a module
of its own (`page_headline`: the headline and the header lines around it; `page_dates`; `page_lead`;
`page_category`; `page_tags`; `page_body`: body text and images; `page_authors`;
`page_attachments`). The fields depend on one another (the date is looked for in the header lines
the lead bounds, the byline among the lines after the body), so the parts are no separate objects
but pieces of one: every part reads the others' results through `self`, and the page's state is set
up here alone (`__init__`: the parsed tree, the family, the pinned selectors, `evidence` and
`elements`). This module keeps that state, the plumbing every part selects through (`_candidates`,
`meta`, `parts`, `_outside_article`), the page's identity (`canonical_url`), what template learning
reads, and `fields()`, the record the parts compose. The parts import nothing from here, so the
modules need one another one way (tests/test_extract_imports.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cached_property
from itertools import chain, takewhile
from urllib.parse import urljoin, urlsplit

from cssselect import SelectorError
from lxml import etree
from parsel import Selector

from archiver.extract.layout import element_text as _text
from archiver.extract.layout import (
    icon_box,
    in_own_landmark,
    inside_box,
    inside_not_content,
    marked_parts,
    meta_box,
    subtree_lines,
)
from archiver.extract.page_attachments import AttachmentParts
from archiver.extract.page_authors import AuthorParts
from archiver.extract.page_body import BodyParts
from archiver.extract.page_category import CategoryParts
from archiver.extract.page_dates import DateParts
from archiver.extract.page_headline import HeadlineParts
from archiver.extract.page_lead import LeadParts
from archiver.extract.page_tags import TagParts
from archiver.extract.structured import Structured, structured
from archiver.extract.template import LearnedTemplate, element_selector
from archiver.extract.text import normalize_text
from archiver.families import Family, detect
from archiver.families.base import select
from archiver.record import clean_url, to_iso


class ArticlePage(HeadlineParts, DateParts, LeadParts, CategoryParts, TagParts, BodyParts, AuthorParts,
                  AttachmentParts):
    """The fields of one article page.

    `hint` is the link text that led to the page (a listing's teaser title): evidence for which
    element is the headline. `template` is what was learned about the page's source
    (`archiver.extract.template`): its well-settled selectors (a source's own `selectors` win over
    them) and the text blocks its pages repeat, which are never body text.

    The fields' methods are in the parts it inherits (this module's docstring says why); their
    order does not matter, as no two parts define the same name.
    """

    def __init__(self, url: str, html: str, *, family: Family | None = None,
                 platform: str = "auto", selectors: dict[str, str] | None = None,
                 hint: str | None = None, template: LearnedTemplate | None = None):
        self.url = url
        # decomposed (NFD) text, as some Vietnamese input methods write it: composed once here,
        # so labels ("Từ khóa:") and names are found by the same comparisons as anywhere else
        self.html = html if unicodedata.is_normalized("NFC", html or "") else unicodedata.normalize(
            "NFC", html)
        # always the HTML parser, as a browser parses any page served as text/html (HTML
        # Standard, "parsing HTML documents"): parsel would read an XHTML page that opens with
        # `<?xml …?>` as XML, every element then in the XHTML namespace, out of reach of the
        # rules' plain names (`//h1`, `a[href]`)
        self.sel = Selector(text=self.html or "<html></html>", type="html")
        self.family = family or detect(self.sel, url, platform)
        self.template = template
        self.overrides = dict(selectors or {})  # pinned; a learned template's are offered, not applied
        self.hint = hint
        #: Which rule produced each field ("family", "structured data", "date line nearest the
        #: headline", …): what `archiver try` shows.
        self.evidence: dict[str, str] = {}
        #: The element each field was read from, where there is one: what template learning counts.
        self.elements: dict[str, etree._Element] = {}
        self._lines_after_headline = 0  # how many of `_header_lines` follow the headline

    # -- plumbing ---------------------------------------------------------------------------
    def _candidates(self, field: str, generic: tuple[str, ...] = ()) -> Iterator[Selector]:
        """Elements (or attribute strings) with text that the field's rules select, rule by rule:
        the source's or learned selector, the family's, then the generic ones."""
        exprs = ([("override", self.overrides[field])] if field in self.overrides else []) + [
            ("family", e) for e in getattr(self.family, field, ())] + [
            ("generic", e) for e in generic]
        for origin, expr in exprs:
            try:
                found_all = select(self.sel, expr)
            except (ValueError, SelectorError):  # a mistyped selector: the next rule decides
                continue
            for found in found_all:
                if origin == "generic" and not isinstance(found.root, str) \
                        and self._outside_article(found.root):
                    continue  # a widget's or a comment's author, date, lead
                if isinstance(found.root, str) or _text(found.root).strip():
                    self.evidence[field] = f"{origin}: {expr}" if origin != "generic" else (
                        "generic rule, matched "
                        + (element_selector(found.root) or str(found.root.tag)
                           if not isinstance(found.root, str) else "an attribute"))
                    if not isinstance(found.root, str):
                        self.elements[field] = found.root
                    yield found

    @cached_property
    def _meta_box(self) -> etree._Element | None:
        """The sidebar beside the post holding its own date, writers and section
        (`archiver.extract.layout.meta_box`)."""
        return None if self.headline_element is None else meta_box(self.sel.root, self.headline_element)

    def _outside_article(self, el: etree._Element) -> bool:
        """The element sits in a widget, a menu or comments (`inside_not_content`), not in the
        post's own meta box."""
        return inside_not_content(el) and not inside_box(el, self._meta_box)

    def _first(self, field: str, generic: tuple[str, ...] = ()) -> Selector | None:
        return next(self._candidates(field, generic), None)

    def _first_text(self, field: str, generic: tuple[str, ...] = ()) -> str | None:
        found = self._first(field, generic)
        if found is None:
            return None
        text = found.root if isinstance(found.root, str) else _text(found.root)
        return normalize_text(text) or None

    @cached_property
    def parts(self) -> dict[str, list]:
        """Tag and category links and breadcrumbs (`archiver.extract.layout.marked_parts`)."""
        return marked_parts(self.sel.root, self.html)

    @cached_property
    def meta(self) -> Structured:
        """What JSON-LD, microdata and OpenGraph say (`archiver.extract.structured`)."""
        return structured(self.sel, self.html)

    def _marked_links(self, role: str) -> list[str]:
        """Texts of the links marked as `role` ("tags", "category") outside widgets and
        comments, in page order, without repeats. Tags may also be printed as marked items
        without links (`<span class="x-tag">`, a theme whose tags lead nowhere), and in a
        `<nav>`/`<aside>` of the post's own `<article>` (`in_own_landmark`)."""
        texts: list[str] = []
        # a category printed in the tag row (the primary tag) is still the category
        others = {id(e) for r, found in self.parts.items() if r != role
                  and (role, r) != ("category", "tags") for e in found}
        for el in map(icon_box, self.parts[role]):
            if any(id(a) in others for a in el.iterancestors()):
                continue  # a `rel=tag` link inside the category box is the category
            chip = role == "tags" and not len(el)
            for a in ([el] if el.tag == "a" or chip else el.iter("a")):
                if any(id(x) in others for x in takewhile(lambda x, box=el: x is not box, chain(
                        [a], a.iterancestors()))):
                    continue  # the primary tag printed in the tag row is the category
                if (text := normalize_text(_text(a)).lstrip("#").strip()) and text not in texts \
                        and (not self._outside_article(a) or (
                            role == "tags" and self._own_article is not None
                            and in_own_landmark(a, self._own_article))):
                    texts.append(text)
        return texts

    @cached_property
    def _own_article(self) -> etree._Element | None:
        """The `<article>` element around the headline, when there is one."""
        return None if self.headline_element is None else next(self.headline_element.iterancestors("article"),
                                                         None)

    # -- identity ------------------------------------------------------------------------------
    def canonical_url(self) -> str:
        """`<link rel=canonical>` when it points at a page of the same site (scheme, host and port)
        other than the home page, else the URL. A malformed one (a bad port, a stray `[`) is
        ignored."""
        href = self.sel.css("link[rel=canonical]::attr(href)").get()
        if href:
            try:
                canon = urljoin(self.url, href.strip())
                mine, theirs = urlsplit(self.url), urlsplit(canon)
                same_site = (theirs.scheme, theirs.hostname, theirs.port) == (
                    mine.scheme, mine.hostname, mine.port)
                if same_site and theirs.path not in ("", "/"):
                    return clean_url(canon)
            except ValueError:
                pass
        return clean_url(self.url)

    # -- what template learning reads ---------------------------------------------------------
    def field_elements(self) -> dict[str, etree._Element]:
        """The page's own element each field was read from (after `fields()`): headline, date,
        byline, body; a body a body finder rebuilt has none."""
        out = dict(self.elements)
        if self.headline_element is not None:
            out["title"] = self.headline_element
        if self.own_body_element is not None:
            out["body"] = self.own_body_element
        return {k: v for k, v in out.items() if k in ("title", "published", "authors", "body")}

    def short_blocks(self) -> set[str]:
        """The page's short text lines: what template learning counts across pages."""
        return {line for line, _el in subtree_lines(self.sel.root) if len(line) <= 200}

    def body_lines(self) -> set[str]:
        """The short text lines inside the body's own element (the body's paragraphs where a body
        finder rebuilt it): which of the repeated lines a template prints in its bodies."""
        root = self.own_body_element
        lines = (line for line, _el in subtree_lines(root)) if root is not None else iter(
            self.paragraphs())
        return {line for line in lines if len(line) <= 200}

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


def extract_article(url: str, html: str, *, platform: str = "auto",
                    selectors: dict[str, str] | None = None) -> dict:
    """The article fields of a page: the function the spider, the tests and the benchmarks call."""
    return ArticlePage(url, html, platform=platform, selectors=selectors).fields()
