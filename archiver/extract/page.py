"""Extraction: a pure function from a fetched page (URL + decoded HTML) to the article's fields.

`ArticlePage` is a page object in web-poet's sense: it knows nothing of how the page was fetched. Each
field is a small method; a source's `selectors` override a family's, a family's override the generic
heuristics, and trafilatura finds the body on templates nobody described.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from functools import cached_property
from itertools import chain, islice, takewhile
from urllib.parse import urljoin, urlsplit

import trafilatura
from cssselect import SelectorError
from lxml import etree
from parsel import Selector

from archiver.extract.attachment_links import (
    DOCUMENT_EXT,
    FILE_BOX_LINES,
    in_file_list,
    links_a_document,
    links_only_documents,
)
from archiver.extract.body import FOUND_BODY, excluded_parts, find_body, link_dense
from archiver.extract.boilerplate import (
    before_related,
    has_no_words,
    is_boilerplate,
    is_link_list,
    is_navigation,
    is_related_heading,
    strip_lead_prefix,
)
from archiver.extract.bylines import (
    ACCESSIBLE_AUTHOR,
    archive_link_author,
    byline_in,
    credits_no_writer,
    is_account_name,
    label_and_value,
    links_an_author_archive,
    names_after_label,
    names_the_site,
    parse_byline,
    parse_source_line,
    person_icon_byline,
    source_writer,
    split_names,
    split_trailing_byline,
)
from archiver.extract.captions import (
    IMAGE_TAGS,
    body_blocks,
    caption_near,
    clean_image_url,
    image_source,
    picture_source,
    split_captions,
)
from archiver.extract.dates import (
    LAST_EDIT,
    META_LINE_WORDS,
    calendar_leaf,
    ends_with_edit_label,
    find_date,
    find_published,
    is_date_labelled,
    is_date_line,
    is_edit_line,
    is_meta_line,
    is_publish_line,
    is_update_line,
    is_view_day_line,
    parse_date,
    publish_labelled_date,
    url_day,
    with_time_line,
)
from archiver.extract.headline import (
    blogger_post_names,
    find_named,
    headline_text,
    in_masthead,
    is_home_link,
    line_before_date,
    matches_name,
    names,
)
from archiver.extract.layout import (
    INLINE_TAGS,
    as_facts,
    card_lines,
    icon_box,
    in_own_landmark,
    in_page_footer,
    in_teaser_row,
    inside_box,
    inside_not_content,
    is_link_line,
    is_teaser_link,
    lines_after,
    lines_before,
    links_a_category,
    marked_parts,
    meta_box,
    not_content,
    post_furniture,
    same_document,
    subtree_lines,
)
from archiver.extract.layout import element_text as _text
from archiver.extract.microformats import UPDATED_CLASSES, has_class, is_rdfa_update, page_times
from archiver.extract.signatures import BOX_TITLE_WORDS, closing_signature, titles_a_box
from archiver.extract.structured import Structured, structured
from archiver.extract.template import (
    LearnedTemplate,
    before_repeated_heading,
    element_selector,
    own_keywords,
    repeated_boxes,
)
from archiver.extract.text import label_text, normalize_text
from archiver.families import Family, detect
from archiver.families.base import select
from archiver.record import clean_url, to_iso

#: Where a lead sits when the family says nothing: a class naming it, or schema.org's description.
GENERIC_SUMMARY = (", ".join(f"{tag}[class{op}{name}]" for tag in ("p", "div", "h2", "h3")
                             for name in ("sapo", "lead", "summary", "tomtat", "chapeau",
                                          "description", "intro", "excerpt", "abstract")
                             for op in ("~=", "$=")) + ", [itemprop=description]:not(meta)",)
#: Elements whose markup says they hold the byline (also in CamelCase, "NewsAuthor", and as an
#: ASP.NET label's id, "…_lblAuthor"; and as a BEM element, "post__author", "card__authors").
GENERIC_AUTHORS = ("[itemprop=author]:not(meta), [rel=author], [class~=byline], [class~=author], "
                   "[class$=-author], [class$=-by], [class~=tacgia], [class*=author__name], "
                   "[class*=__author], [class*=author-name], [class*=post-author], [class$=Author], "
                   "[id$=lblAuthor]", ACCESSIBLE_AUTHOR)
#: Text nodes that may be a "Từ khóa:" / "Tags:" / "Thẻ" label (Drupal's field label gets its colon
#: from CSS; XPath `contains` is fast; the label itself is then checked by `is_link_list`).
TAG_LABEL_WORDS = ("ừ khóa", "ừ khoá", "Ừ KHÓA", "Ừ KHOÁ", "ags:", "AGS:", "ags :", "&#7915; kh",
                   "&#x1eeb; kh", "&#x1EEB; kh", "Thẻ", "THẺ")
TAG_LABEL = ("//text()[contains(.,'ừ khóa') or contains(.,'ừ khoá') or contains(.,'Ừ KHÓA') or "
             "contains(.,'Ừ KHOÁ') or contains(.,'ags:') or contains(.,'AGS:') or "
             "contains(.,'ags :') or contains(.,'Thẻ') or contains(.,'THẺ')]/..")
#: Static site generators (`<meta name="generator">`) whose description defaults to the post's
#: own opening: Jekyll's jekyll-seo-tag writes `page.excerpt` (the first paragraph), Docusaurus's
#: blog the first paragraph of the Markdown, Hugo's themes `.Summary`, Hexo's `excerpt`.
EXCERPT_GENERATORS = re.compile(r"^\s*(?:jekyll|docusaurus|hugo|hexo)\b", re.I)
#: Inline styles that set a paragraph apart as the lead (bold or italic set by CSS).
STYLED_LEAD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-style\s*:\s*italic", re.I)
#: Italics set by an inline style, and the headings a page builder's lead may be printed as
#: (`ArticlePage._italic_heading_lead`).
ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
LEAD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: A paragraph class that sets it in a large size: WordPress's block editor writes
#: `has-large-font-size` (or x-large) on the paragraph an editor enlarges, which is the lead.
LARGE_LEAD = re.compile(r"(?<![\w-])has-(?:x{1,2}-)?large-font-size(?![\w-])")
#: Byline elements tried before giving up on the markup (a page may mark dozens of "author" links).
MAX_BYLINE_ELEMENTS = 6
#: A meta line naming the post's section after a label: "In" (Pelican), "Trong" (Vietnamese
#: "in"), "Chuyên mục:", "Danh mục:", "Posted in", "Filed under", "Category:", and Joomla K2's
#: item view, which prints its `K2_PUBLISHED_IN` string before the category link in
#: `div.itemCategory` ("Published in", Vietnamese "Đăng trong", "Đăng tại").
SECTION_LINE = re.compile(r"(?:posted in|filed under|published in|đăng trong|đăng tại|được đăng "
                          r"trong|in|trong|thuộc|chuyên mục|danh mục"
                          r"|categor(?:y|ies))\s*:?\s+(?P<name>.+?)\.?", re.IGNORECASE)
#: A header meta line naming the section as text: "Chuyên mục: Văn hóa - Xã hội - Đăng lúc 08:30",
#: "Danh mục: Tin tức | 14/03/2019"; the name ends at a bar, or at a dash before the date's facts.
SECTION_TEXT_LINE = re.compile(
    r"(?:chuyên mục|danh mục)\s*:\s*(?P<name>[^|•·]+?)\s*(?:$|[|•·]|[-–—,]\s*(?=(?:ngày|đăng"
    r"|cập nhật|lượt xem|lúc|thứ|chủ nhật|\d)))", re.IGNORECASE)
#: A post's licence or copyright notice, by its class or id ("license-box", "post-copyright",
#: "article-licensing", "ban-quyen"): where blog themes print the post's author.
LICENCE_BOX = ("//*[contains(@class,'license') or contains(@class,'licence') or "
               "contains(@class,'copyright') or contains(@class,'ban-quyen') or "
               "contains(@id,'license') or contains(@id,'copyright')]"
               "[not(ancestor::*[contains(@class,'license') or contains(@class,'licence') or "
               "contains(@class,'copyright')])]")
#: What `LICENCE_BOX`'s class and id words hold in either case ("License", "licence",
#: "Copyright", "ban-quyen"): a page without any of them has no licence box to search.
LICENCE_BOX_STEMS = ("icen", "opyright", "ban-quyen")
#: Lines after the headline that still belong to the article's header (date, byline, lead).
HEADER_LINES = 25
#: A line this long is body text: the article's header has ended.
BODY_LINE_WORDS = 30
#: Lines right under the headline where a bare name ("Hoàng Anh") is taken as the byline.
BARE_NAME_LINES = 2
#: A section's name is this short at most.
SECTION_WORDS = 8
#: Lines before the headline looked at (a date printed above it, or in the breadcrumb row).
LINES_BEFORE = 6
#: Lines after the body's last paragraph where a bare date line still closes the article.
CLOSING_LINES = 4
#: A card of another post (its title, lead, day and opening) holds this much text at most.
TEASER_CARD_CHARS = 800
#: Blocks that hold running text: a `<time>` in a long one is a date the text mentions.
TEXT_BLOCKS = {"p", "li", "td", "dd", "blockquote"}
#: How far after the headline a labelled date ("Ngày đăng: …") is looked for, past the body.
LABELLED_DATE_LINES = 400


class ArticlePage:
    """The fields of one article page.

    `hint` is the link text that led to the page (a listing's teaser title): evidence for which
    element is the headline. `template` is what was learned about the page's source
    (`archiver.extract.template`): its well-settled selectors (a source's own `selectors` win over
    them) and the text blocks its pages repeat, which are never body text.
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

    # -- headline -----------------------------------------------------------------------------
    @cached_property
    def headline_element(self) -> etree._Element | None:
        """The headline's element; None when there is none or it came from metadata (a string)."""
        title = self._title_el
        return None if title is None or isinstance(title.root, str) else title.root

    @cached_property
    def _title_el(self) -> Selector | None:
        found = self._first("title")
        if found is not None and not isinstance(found.root, str) and in_masthead(found.root) \
                and self.evidence.get("title", "").startswith("family: h1"):
            found = None  # a family's bare `h1` fallback met the site's logo
        if found is not None and self.evidence["title"].startswith("family") \
                and not isinstance(found.root, str) and self._evidence_disagrees(found.root):
            found = None  # the family's selector met another heading than the page names
        if found is not None:
            return found
        el = self._headline_guess()
        return Selector(root=el) if el is not None else None

    @cached_property
    def _names(self) -> set[str]:
        """Comparison keys of what the page says its headline is (`archiver.extract.headline`)."""
        return names(self.hint, self.meta.headline,
                     self.sel.css("meta[property='og:title']::attr(content)").get(),
                     self.sel.css("title::text").get(), *blogger_post_names(self.sel.root))

    def _evidence_disagrees(self, el: etree._Element) -> bool:
        """The page names a headline, the element's text is none of those names, and an element
        with one of those names exists: a family's guess to overrule."""
        wanted = self._names
        if not wanted or matches_name(_text(el), wanted):
            return False
        return find_named(self.sel.root, wanted) is not None

    def _headline_guess(self):  # noqa: ANN202 - an lxml element or None
        """The element the evidence names (link text, structured headline, og:title, `<title>`),
        else the first `<h1>` outside the masthead, else the line before the first date line."""
        root = self.sel.root
        if (el := find_named(root, self._names)) is not None:
            self.evidence["title"] = "named by link text / og:title / <title>"
            return el
        for h1 in root.iter("h1"):
            if normalize_text(_text(h1)) and not in_masthead(h1) and not inside_not_content(h1):
                self.evidence["title"] = "first <h1>"
                return h1
        if (el := line_before_date(root)) is not None:
            self.evidence["title"] = "line before the first date"
            return el
        return None

    def title(self) -> str | None:
        return self._title

    def names_its_headline(self) -> bool:
        """Whether the page itself names the headline it was read with (the link text that led
        to it, a structured headline, og:title, `<title>`): a fact about the page, whichever rule
        found the headline, so a pinned headline selector weighs the same as the rules' own find."""
        return bool(self._title) and bool(self._names) and matches_name(self._title, self._names)

    @cached_property
    def _title(self) -> str | None:
        if self._title_el is not None:
            root = self._title_el.root
            text = normalize_text(root if isinstance(root, str) else headline_text(root))
            if text:
                return text
        for fallback in (self.meta.headline,
                         self.sel.css("meta[property='og:title']::attr(content)").get()):
            if isinstance(fallback, str) and normalize_text(fallback):
                self.evidence["title"] = "structured data only"
                return normalize_text(fallback)
        return None

    # -- dates --------------------------------------------------------------------------------
    def published(self) -> tuple[str | None, datetime | None]:
        """(raw text as on the page, parsed time). In order: the source's selector, structured
        data, a `<time datetime>` of the article, the family's selector, the date line nearest
        the headline, a labelled date line ("Ngày đăng: …") further down."""
        return self._published

    @cached_property
    def _published(self) -> tuple[str | None, datetime | None]:
        if "published" in self.overrides:
            return self._date_from(self._first_text("published"))
        if self.meta.published and (parsed := parse_date(self.meta.published)):
            self.evidence["published"] = "structured data"
            return self.meta.published.strip(), parsed
        if found := self._article_time():
            return found
        raw, parsed = self._date_from(self._first_text("published"))
        if parsed:
            return raw, parsed
        self.evidence.pop("published", None)
        raw, parsed = self._date_near_title()
        if parsed:
            return raw, parsed
        for rule in (self._time_text, self._card_date):
            raw, parsed = rule()
            if parsed:
                return raw, parsed
        raw, parsed = self._last_edited()
        return (raw, parsed) if parsed else self._url_day()

    def _url_day(self) -> tuple[str | None, datetime | None]:
        """The day the article's address states (`dates.url_day`: WordPress's day-and-name
        permalinks, dated news paths), its canonical address's first: the last resort, for a
        page that prints no date of its own; the day only, at 00:00."""
        for url in dict.fromkeys((self.canonical_url(), self.url)):
            if found := url_day(url):
                self.evidence["published"] = "the day in the article's address"
                return found
        return None, None

    def _last_edited(self) -> tuple[str | None, datetime | None]:
        """The page's last-edit time ("Last edited <time datetime>" in its footer) when it is the
        page's only `<time datetime>` and nothing else on the page dates it. An edit time is no
        publish time in general, but a page that prints nothing else says when its text was
        last put up: a wiki or static generator without version history dates a page by its
        file, which for a post written once is its publish time, and an edited one is archived
        as of its edit (the text the archive holds). A listing prints many times, so one alone
        is the page's own; a time of a post's card or header was taken before this."""
        times = list(islice((t for t in self.sel.root.iter("time") if t.get("datetime")), 2))
        if len(times) != 1:
            return None, None
        time_el = times[0]
        before = time_el.getprevious()
        label = (before.tail if before is not None else time_el.getparent().text) or ""
        if not ends_with_edit_label(normalize_text(label)) or not (
                parsed := parse_date(time_el.get("datetime"))):
            return None, None
        self.evidence["published"] = LAST_EDIT
        self.elements["published"] = time_el
        return time_el.get("datetime").strip(), parsed

    def _time_text(self) -> tuple[str | None, datetime | None]:
        """The text of the article's `<time>` element that has no `datetime`: HTML's `time`
        element takes its value from its text when the attribute is missing ("the datetime value
        of a time element is … otherwise the child text content"), and themes print
        `<time class="entry-date">14/03/2019 08:30</time>` anywhere in the post, above a run of
        share buttons or in the entry footer after the tags, out of the header's reach. Not one
        of a widget, a comment, a teaser row or card, nor one inside running text."""
        times = [t for t in self.sel.root.iter("time") if t.get("datetime") is None]
        for t in self._ordered_from_title(times):
            block = next((a for a in t.iterancestors() if a.tag not in INLINE_TAGS), t)
            if self._outside_article(t) or in_teaser_row(t) or self._in_teaser_card(t) \
                    or block.tag in TEXT_BLOCKS and len(_text(block).split()) > META_LINE_WORDS:
                continue
            if found := find_date(normalize_text(_text(t))):
                self.evidence["published"] = "text of the article's <time>"
                self.elements["published"] = t
                return found
        return None, None

    def _card_date(self) -> tuple[str | None, datetime | None]:
        """The date line of the post's card in a sidebar (`layout.dated_card`): a theme that
        prints the date nowhere near the headline and nowhere machine-readable."""
        box = self._meta_box
        for line, el in card_lines(box) if box is not None else ():
            if is_date_line(line) and (found := find_date(line)):
                self.evidence["published"] = "date line of the post's card beside the text"
                self.elements["published"] = el
                return found
        return None, None

    def _date_from(self, text: str | None) -> tuple[str | None, datetime | None]:
        found = find_date(text) if text else None
        return found if found else (None, None)

    def _article_time(self) -> tuple[str, datetime] | None:
        """A machine-readable time of the article (`<time datetime>`, hAtom's or microformats2's:
        `microformats.page_times`), not of a comment, widget or teaser: one marked as the
        publish time, else the first after the headline, else the last before it; never one
        marked as the last update."""
        values = {el: value for el, value in self._page_times if not self._outside_article(el)}
        if not values:
            return None
        times = list(values)
        marked = [t for t in times if re.search(
            r"publish|datePublished|entry-date|post-date|dc:created",
            f"{t.get('class', '')} {t.get('itemprop', '')} {t.get('property', '')}")]
        unmarked_update = [t for t in times if not is_rdfa_update(t) and (
            not re.search(r"updated|modified", t.get("class", "")) or "publish" in t.get("class", ""))]
        ordered = marked + self._ordered_from_title(unmarked_update)
        for t in ordered:
            if parsed := parse_date(values[t]):
                self.evidence["published"] = "<time datetime> of the article" if t.tag == "time" \
                    else "hAtom / microformats2 time of the article"
                self.elements["published"] = t
                return values[t].strip(), parsed
        return None

    @cached_property
    def _page_times(self) -> list[tuple[etree._Element, str]]:
        """The page's machine-readable times (`microformats.page_times`)."""
        return page_times(self.sel.root, self.html)

    def _ordered_from_title(self, elements: list) -> list:
        """Elements after the headline first (in document order), then those before it."""
        if self.headline_element is None or len(elements) < 2:
            return elements
        order = {el: i for i, el in enumerate(self.sel.root.iter())}
        at = order.get(self.headline_element, 0)
        after = [e for e in elements if order.get(e, 0) > at]
        return after + [e for e in reversed(elements) if order.get(e, 0) <= at]

    @cached_property
    def _header_lines(self) -> list[tuple[str, etree._Element]]:
        """(line, element) of the article's header: after the headline until the body starts,
        then the few lines before the headline (nearest first). Body paragraphs are left out."""
        if self.headline_element is None:
            return []
        body = set(self.paragraphs())
        after = []
        for i, (line, el) in enumerate(lines_after(self.headline_element)):
            if self._is_lead(line):
                continue  # a long standfirst between the headline and the meta line
            if i >= HEADER_LINES or len(line.split()) >= BODY_LINE_WORDS or is_related_heading(line):
                break
            if line not in body:
                after.append((line, el))
        self._lines_after_headline = len(after)
        return after + list(islice(lines_before(self.headline_element), LINES_BEFORE))

    def _is_lead(self, line: str) -> bool:
        """The line is the article's lead (standfirst, sapo: `summary`). Themes print it right
        under the headline and the meta line (byline, date) after it: Bootstrap's `p.lead` in
        CodeRed and other Wagtail/Django themes, a news portal's sapo above "Tác giả | Ngày
        đăng". However long, it is part of the header, not the start of the body."""
        lead = self.summary()
        return bool(lead) and (line == lead or line.endswith(lead))

    def _repeats_headline(self, line: str) -> bool:
        """The line holds the headline's own text: a copy of the title printed near it (the
        Sphinx Book theme's print-only `<h1>`, a breadcrumb's last step). A date in it is the
        title's ("… các xã mới từ ngày 1/7/2025"), an event's, not the publish date."""
        return bool(self._title) and self._title in line

    def _date_near_title(self) -> tuple[str | None, datetime | None]:
        lines = self._header_lines
        for i, (line, el) in enumerate(lines):
            if is_meta_line(line) and not is_edit_line(line) and not in_teaser_row(el) \
                    and not self._repeats_headline(line) and not is_view_day_line(line) \
                    and not (is_update_line(line) and self._labels_a_publish_date) \
                    and (found := find_published(line)):
                self.evidence["published"] = "date line nearest the headline"
                self.elements["published"] = el
                # the time of day may sit on its own line below the date, or above it (the
                # lines after the headline and those before it are two runs: no neighbours)
                seam = self._lines_after_headline
                return with_time_line(found, *(lines[j][0] for j in (i + 1, i - 1)
                                               if 0 <= j < len(lines) and (j < seam) == (i < seam)))
        raw, parsed = self._calendar_leaf_date()
        return (raw, parsed) if parsed else self._labelled_date()

    def _calendar_leaf_date(self) -> tuple[str | None, datetime | None]:
        """The date of a calendar leaf by the headline (`dates.calendar_leaf`): the day, month and
        year in elements of their own, read as one date. The block is the element of a header
        line (its pieces run together: "14Tháng 32019") or its parent (each piece a line); never
        a teaser's."""
        for _line, el in self._header_lines:
            if in_teaser_row(el) or self._in_teaser_card(el):
                continue
            for block in (el, el.getparent()):
                if block is None:
                    continue
                parts = [t for t in (normalize_text(x) for x in block.itertext()) if t]
                if found := calendar_leaf(parts):
                    self.evidence["published"] = "calendar leaf by the headline"
                    self.elements["published"] = block
                    return found
        return None, None

    def _labelled_date(self) -> tuple[str | None, datetime | None]:
        """A date line with a label ("Ngày đăng: …", "Cập nhật: …") anywhere in the article after
        the headline, or a bare date line closing the text (among the few lines after its last
        paragraph: the byline, the source, the files): templates that print the date below the
        body."""
        if self.headline_element is None:
            return None, None
        last = self.paragraphs()[-1] if self.paragraphs() else None
        past_text = None  # lines since the body's last paragraph
        for line, el in islice(lines_after(self.headline_element), LABELLED_DATE_LINES):
            if is_related_heading(line):
                break
            if in_teaser_row(el) or self._in_teaser_card(el):
                continue
            if is_date_labelled(line) and not is_edit_line(line) and not (
                    is_update_line(line) and self._labels_a_publish_date) \
                    and not self._is_teaser_item(el) and (found := find_published(line)):
                self.evidence["published"] = "labelled date line"
                self.elements["published"] = el
                return found
            if past_text is not None:
                past_text += 1
                if past_text <= CLOSING_LINES and is_date_line(line) \
                        and not self._is_teaser_item(el) and (found := find_date(line)):
                    self.evidence["published"] = "date line closing the text"
                    self.elements["published"] = el
                    return found
            elif last is not None and (line == last or last.endswith(line)):
                past_text = 0
        return None, None

    @cached_property
    def _labels_a_publish_date(self) -> bool:
        """A short line of the article's header, or after its headline before any related list
        (a teaser's excepted), labels a publish date ("Ngày xuất bản: …"): then a "Cập nhật: …"
        line gives the update time, not the publish time (`dates.is_update_line`)."""
        after = takewhile(lambda x: not is_related_heading(x[0]), islice(
            lines_after(self.headline_element), LABELLED_DATE_LINES)) \
            if self.headline_element is not None else ()
        return any(is_meta_line(line) and publish_labelled_date(line) and not in_teaser_row(el)
                   for line, el in chain(self._header_lines, after))

    def _in_teaser_card(self, el: etree._Element) -> bool:
        """`el` sits in a card of another post: a small box (`TEASER_CARD_CHARS`) whose heading
        links another page by its title. The "Related" or "Tin khác" cards after an article
        (Bootstrap's `.card` in CodeRed and other Wagtail themes, WordPress's related posts) each
        print their own post's day below the text: never the article's."""
        for box in islice(el.iterancestors("div", "li", "article", "section"), 3):
            if len(_text(box)) > TEASER_CARD_CHARS or self.headline_element in box.iter():
                return False
            if any(is_teaser_link(a) and not self._links_itself(a)
                   for h in box.iter("h2", "h3", "h4", "h5", "h6") for a in h.iter("a")):
                return True
        return False

    def _is_teaser_item(self, el: etree._Element) -> bool:
        """`el`, a line's element (or the block it is inline in), links another post by its
        title: an item of a list of posts with their dates (WordPress's Recent Posts widget prints
        `<li><a>title</a> <span class="post-date">date</span></li>`, portals' "Tin mới" boxes
        "title (14/03/2019)"), whose date is that post's, however near the end of the text. An
        item is small (`TEASER_CARD_CHARS`): a cell that holds the headline, the meta line and the
        text inline (old portals' print views) is no item, whatever it links. The post's own tag
        links name terms, not posts, however long ("quy chế dân chủ ở cơ sở"): BlazeBlogger's
        footer prints them on the date's line (`<span class="tags">`, blaze-make's
        `format_information`)."""
        item = next((a for a in chain((el,), el.iterancestors()) if a.tag not in INLINE_TAGS), el)
        tags = self._marked_links("tags")
        return len(_text(item)) <= TEASER_CARD_CHARS and any(
            is_teaser_link(a) and not self._links_itself(a) and normalize_text(_text(a)) not in tags
            for a in item.iter("a"))

    def _links_itself(self, link: etree._Element) -> bool:
        """The link leads to this page (a headline printed as a link to its own post)."""
        try:
            return clean_url(urljoin(self.url, link.get("href", ""))) == clean_url(self.url)
        except ValueError:
            return False

    def modified(self) -> datetime | None:
        """The last update: structured data's, else the article's own hAtom / microformats2
        `updated` time (`microformats.UPDATED_CLASSES`)."""
        if value := self.meta.modified:
            return parse_date(value)
        return next((parsed for el, value in self._page_times
                     if has_class(el, UPDATED_CLASSES) and not self._outside_article(el)
                     and (parsed := parse_date(value))), None)

    # -- lead, section, tags, identity ------------------------------------------------------------
    def summary(self) -> str | None:
        return self._summary

    @cached_property
    def _summary(self) -> str | None:
        for text in (self._first_text("summary", GENERIC_SUMMARY), self._bold_lead(),
                     self._italic_heading_lead(), self._described_lead()):
            text = strip_lead_prefix(text) if text else None
            if text and text != self.title() and not is_boilerplate(text) \
                    and not self._template_line(text):
                return text
        return None

    def _first_paragraph(self) -> etree._Element | None:
        """The body's first `p` or `div` with text after the headline, past the date, byline and
        tool lines a body holding the headline also holds: where an unmarked lead sits."""
        root = self._body_root
        if root is None:
            return None
        before = self._above_headline(root)
        for el in root.iterdescendants("p", "div"):
            text = normalize_text(_text(el))
            if el in before or not text or (el.getparent() in before):
                continue
            if is_date_line(text) or is_boilerplate(text) or parse_byline(text):
                continue
            return el
        return None

    def _above_headline(self, root: etree._Element) -> set[etree._Element]:
        """The elements of `root` that are the headline or come before it (a kicker, a byline
        printed above it), when the body found holds the headline: never body text."""
        headline = self.headline_element
        if headline is None or not any(a is root for a in headline.iterancestors()):
            return set()
        out, node = {headline}, headline
        while node is not root:
            out.update(node.itersiblings(preceding=True))
            node = node.getparent()
        return out

    def _described_lead(self) -> str | None:
        """A first body paragraph that the page's own description (og:description, `<meta
        name=description>`, JSON-LD) repeats word for word is the lead, however bare its markup:
        CMSs fill the description from the sapo field."""
        first, described = self._first_paragraph(), self.meta.description
        if first is None or not described or self._excerpt_description():
            return None
        text = normalize_text(_text(first))
        return text if len(text.split()) >= 8 and text == normalize_text(described) else None

    def _excerpt_description(self) -> bool:
        """The page's generator writes its description from the post's first paragraph
        (`EXCERPT_GENERATORS`): that paragraph repeats in the description because it is the
        text's opening, not a sapo the editor wrote apart, and stays in the body."""
        generator = self.sel.xpath("//meta[@name='generator']/@content").get()
        return bool(generator and EXCERPT_GENERATORS.match(generator))

    def _bold_lead(self) -> str | None:
        """A first body paragraph set wholly in bold (or italics) is the lead (a CMS habit), and so
        is one set in a large size by its class (`LARGE_LEAD`)."""
        first = self._first_paragraph()
        if first is None:
            return None
        text = normalize_text(_text(first))
        if len(text.split()) < 8:
            return None
        if STYLED_LEAD.search(first.get("style", "")) or LARGE_LEAD.search(first.get("class", "")):
            return text
        for marks in (("strong", "b", "hi"), ("em", "i")):
            styled = normalize_text(" ".join(_text(b) for b in first.iter(*marks)))
            if styled == text:
                return text
        by_style = [el for el in first.iterdescendants() if STYLED_LEAD.search(el.get("style", ""))]
        return text if by_style and normalize_text(" ".join(_text(e) for e in by_style)) == text \
            else None

    def _italic_heading_lead(self) -> str | None:
        """A heading that opens the body, a sentence or more set in italics by its inline style,
        is the lead: a page builder has no lead field, and the editor types the sapo into a
        heading element styled apart (WPBakery's "Custom Heading", `[vc_custom_heading]`, prints
        its font options as the heading's `style`: `h2.vc_custom_heading` with
        `font-style:italic`). A section heading is short and keeps the theme's style; a heading
        is bold by default, so only italics set one apart."""
        root = self._body_root
        if root is None:
            return None
        before = self._above_headline(root)
        for el in root.iterdescendants():
            if not isinstance(el.tag, str) or el in before or el.getparent() in before:
                continue
            if el.tag in LEAD_HEADINGS:
                text = normalize_text(_text(el))
                return text if ITALIC_STYLE.search(el.get("style", "")) \
                    and len(text.split()) >= 8 else None
            if (el.text or "").strip():
                return None  # the body opens with text that is no heading
        return None

    def category(self) -> str | None:
        """The family's or source's selector, the breadcrumb's last step before the headline, a
        link marked as the category, a link labelled as the section, a section link printed just
        above the headline, `article:section`."""
        selected = (normalize_text(_text(c.root)) if not isinstance(c.root, str) else c.root
                    for c in islice(self._candidates("category"), 5))
        later = (rule() for rule in (self._breadcrumb_leaf,
                                     lambda: next(iter(self._marked_links("category")), None),
                                     self._labelled_section, self._category_link_in_header,
                                     self._section_link_above_headline,
                                     self._section_label_text))
        for text in chain(selected, later):
            if text and text != self.title() and not is_boilerplate(text) \
                    and len(text.split()) <= 12:
                return label_text(text)
        section = label_text(normalize_text(self.meta.section or ""))
        return section or None

    def _category_link_in_header(self) -> str | None:
        """The first link to a category archive (`layout.links_a_category`) in the article's
        header, after the headline and before the text: the post meta of blog themes printing
        the post's category as a bare link behind a folder icon (Puput, WordPress and Django
        themes), with no class, rel or label. The sidebar's list of every category is no header
        line, so it never answers."""
        for _line, el in self._header_lines[:self._lines_after_headline]:
            for link in _links_of(el):
                if links_a_category(link) and (text := normalize_text(_text(link))):
                    self.evidence["category"] = "category archive link under the headline"
                    return text
        return None

    def _section_link_above_headline(self) -> str | None:
        """A short link among the few lines above the headline (the section it was filed in)."""
        if self.headline_element is None:
            return None
        for line, el in islice(lines_before(self.headline_element), LINES_BEFORE):
            link = el if el.tag == "a" else next(el.iterancestors("a"), None)
            if link is None and len(el) == 1 and el[0].tag == "a":
                link = el[0]
            elif link is None and is_navigation(line) and len(steps := list(el.iter("a"))) > 1:
                link = steps[-1]  # an unmarked trail "Trang chủ / Tin tức": its last step
                line = normalize_text(_text(link))
            elif link is None and (link := _kicker_link(el)) is not None:
                line = normalize_text(_text(link))
            if link is not None and is_boilerplate(line):
                continue  # a tool link ("In trang", "Gửi email") above the headline: look on
            if link is not None and len(line.split()) <= SECTION_WORDS and not is_navigation(line) \
                    and not _in_page_link(link) and not _in_link_row(link) \
                    and not _names_its_path(link, line, self.url):
                self.evidence["category"] = "section link above the headline"
                return line
        return None

    def _labelled_section(self) -> str | None:
        """A short link that a section label alone precedes on its line, in the article's header,
        its meta box, or its footer (before any related box): "In <a>Kinh tế</a>." and
        "Category: <a>…</a>" (Pelican's themes), "Trong <a>Kinh tế</a>" (MkDocs Material's "in"),
        "Chuyên mục: <a>…</a>", "Filed under <a>…</a>"."""
        if self.headline_element is None:
            return None
        after = takewhile(lambda found: not is_related_heading(found[0]),
                          islice(lines_after(self.headline_element), LABELLED_DATE_LINES))
        boxed = ((normalize_text(_text(a.getparent())), a.getparent())
                 for a in (self._meta_box.iter("a") if self._meta_box is not None else ()))
        for line, el in chain(self._header_lines, after, boxed):
            if not (m := SECTION_LINE.fullmatch(line)) or len(m["name"].split()) > SECTION_WORDS:
                continue
            if any(normalize_text(_text(a)) == m["name"] and not _in_page_link(a)
                   for a in ([el] if el.tag == "a" else el.iter("a"))):
                self.evidence["category"] = "labelled section link"
                return m["name"]
        return None

    def _section_label_text(self) -> str | None:
        """The section a header meta line names as plain text after its label, up to the next
        fact (a bar, or a dash before the date, its label or the views): "Chuyên mục: Văn hóa -
        Xã hội - Đăng lúc 08:30, ngày 14-03-2019", the grey line of old ASP and PHP portals'
        print views that link nothing (portals.md: "Chuyên mục:", "Danh mục:")."""
        for line, _el in self._header_lines[:self._lines_after_headline]:
            if (m := SECTION_TEXT_LINE.match(line)) and len(m["name"].split()) <= SECTION_WORDS:
                self.evidence["category"] = "section named in the header's meta line"
                return m["name"]
        return None

    def _breadcrumb_leaf(self) -> str | None:
        for trail in self.parts["breadcrumb"]:
            steps = list(trail.iter("li")) or [e for e in trail.iter("a", "span") if not len(e)]
            texts = [_crumb_step(step) for step in steps]
            texts = [t for t in texts if t and t != self.title() and not is_navigation(t)
                     and not has_no_words(t) and not is_date_line(t)]
            if texts:
                self.evidence["category"] = "breadcrumb"
                return texts[-1]
        return None

    def tags(self) -> list[str]:
        exprs = ([self.overrides["tags"]] if "tags" in self.overrides else []) + [
            *self.family.tags]
        for expr in exprs:
            try:
                found = select(self.sel, expr)
            except (ValueError, SelectorError):
                continue
            tags = [normalize_text(_text(t.root)) for t in found if not isinstance(t.root, str)]
            if tags := [t for t in dict.fromkeys(tags) if t]:
                return tags
        if tags := self._marked_links("tags") or self._labelled_tags():
            return tags
        for found in (self.meta.tags, own_keywords(self.template, self.meta.keywords),
                      self.meta.og_tags):
            if tags := [t for t in dict.fromkeys(normalize_text(k) for k in found) if t]:
                return tags
        return []

    def _labelled_tags(self) -> list[str]:
        """A "Từ khóa:" / "Tags:" block: the links after the label, or its comma-separated text.
        A "Thẻ" that is itself a link is no label: it is a menu's link to the site's tag index
        (Jekyll's minima lists its pages in the header)."""
        if not any(word in self.html for word in TAG_LABEL_WORDS):
            return []
        for label in self.sel.xpath(TAG_LABEL):
            if label.root.tag in ("script", "style", "title", "a") or not is_link_list(
                    normalize_text(_text(label.root)) or "x") or next(
                    label.root.iterancestors("a"), None) is not None:
                continue
            container = label.root
            for _ in range(3):  # the label's element, or the box around label and links
                links = [normalize_text(_text(a)) for a in container.iter("a")]
                if links := [t for t in links if t]:
                    return list(dict.fromkeys(links))
                if container.getparent() is None:
                    break
                container = container.getparent()
            rest = normalize_text(_text(label.root)).split(":", 1)[-1]
            if tags := [t for t in dict.fromkeys(normalize_text(k) for k in re.split(r"[,;]", rest))
                        if t]:
                return tags
        return []

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

    # -- body ----------------------------------------------------------------------------------
    @cached_property
    def _body_root(self) -> etree._Element | None:
        found = self._first("body")
        if found is not None and not isinstance(found.root, str):
            return found.root
        if (el := find_body(self.sel.root, self.headline_element)) is not None:
            self.evidence["body"] = FOUND_BODY
            return self._learned_container(el)
        self.evidence["body"] = "trafilatura"
        doc = trafilatura.bare_extraction(self.html, url=self.url, include_images=True,
                                          include_comments=False, include_tables=True,
                                          with_metadata=False, output_format="python")
        return getattr(doc, "body", None) if doc is not None else None

    def _learned_container(self, found: etree._Element) -> etree._Element:
        """The learned body container (`LearnedTemplate.body_container`) when the page has it
        with text and the body found is not within it: text outside the element the source's
        pages keep their text in is a box around it or beside it, not body."""
        selector = self.template.body_container() if self.template else None
        if not selector or "body" in self.overrides:
            return found
        try:
            matches = select(self.sel, selector)
        except (ValueError, SelectorError):
            return found
        if len(matches) == 1 and not isinstance(el := matches[0].root, str) and el is not found \
                and not any(a is el for a in found.iterancestors()) and _text(el).strip():
            return el
        return found

    @cached_property
    def _content(self) -> tuple[list[str], list[dict], list[str]]:
        """(body paragraphs, images with captions, authors from a closing byline)."""
        root = self._body_root
        if root is None:
            return [], [], []
        # the elements themselves, not their ids: lxml's proxies die and their ids are reused
        excluded = {e.root for expr in self.family.body_exclude
                    for e in Selector(root=root).css(expr)}
        if self.evidence.get("body") == FOUND_BODY:
            excluded |= excluded_parts(root) | self._above_headline(root) \
                | post_furniture(root, self.parts["tags"])
        template = self.template or LearnedTemplate("")
        own = same_document(root, self.sel.root)
        if own:
            excluded |= repeated_boxes(root, template.box_headings)
        title, summary = self.title(), self.summary()
        paragraphs, images = split_captions(body_blocks(root, excluded), self.url, summary)
        paragraphs = before_related(paragraphs)
        if not own:
            paragraphs = before_repeated_heading(paragraphs, template.box_headings)
        captions = self._caption_from_page(images, paragraphs)
        for image in images:  # a line every page prints under its pictures is the template's
            if self._template_line(image["caption"]):
                image["caption"] = None
        # a writer who signs every article repeats too: the line is read as a byline, never body
        paragraphs = [p for p in paragraphs
                      if p not in (title, summary) and not is_boilerplate(p)
                      and not is_date_line(p) and not is_publish_line(p) and p not in captions
                      and (not self._template_line(p, body=True) or parse_byline(p, closing=True))]
        paragraphs, authors = split_trailing_byline(paragraphs)
        paragraphs = [p for p in paragraphs if not self._template_line(p, body=True)]
        # a byline or "by …" line printed above the text belongs to the header, not the body
        while paragraphs and len(paragraphs[0].split()) <= 12 and (names := parse_byline(
                paragraphs[0])):
            authors = authors or names
            paragraphs = paragraphs[1:]
        return paragraphs, images, authors

    @cached_property
    def _line_counts(self) -> Counter[str]:
        return Counter(line for line, _ in subtree_lines(self.sel.root))

    def _template_line(self, text: str | None, *, body: bool = False) -> bool:
        """The text is a block the source's pages repeat (`LearnedTemplate.repeats`; in their
        bodies, for a body's paragraph) and this page prints once: printed twice, it is this
        article's own text that a box of the template quotes on every page (the lead of a
        featured article in "Tin nổi bật")."""
        t = self.template
        return t is not None and (t.repeats_in_body(text) if body else t.repeats(text)) \
            and self._line_counts[text] < 2

    def _caption_from_page(self, images: list[dict], paragraphs: list[str]) -> set[str]:
        """Captions a body finder (trafilatura) dropped, read from the page around each image
        (`captions.caption_near`); an image it dropped whose caption it kept as a paragraph is
        the body's image too. Returns the captions: text no paragraph may be."""
        if self.evidence.get("body") != "trafilatura":
            return set()
        known = {image["url"]: image for image in images}
        kept = set(paragraphs)
        for el in self.sel.root.iter(*IMAGE_TAGS, "picture"):
            if el.getparent() is not None and el.getparent().tag == "picture":
                continue  # read with its <picture>
            if not (src := picture_source(el) if el.tag == "picture" else image_source(el)):
                continue
            url = clean_image_url(urljoin(self.url, src))
            if (image := known.get(url)) is not None:
                image["caption"] = image["caption"] or caption_near(el)
            elif (caption := caption_near(el)) in kept:
                known[url] = {"url": url, "caption": caption}
                images.append(known[url])
        return {image["caption"] for image in images if image["caption"]}

    def paragraphs(self) -> list[str]:
        """The body's paragraphs in reading order, as `body` joins them: what the listing tests
        (`archiver.extract.listing`) judge a page by."""
        return self._content[0]

    @cached_property
    def own_body_element(self) -> etree._Element | None:
        """The page's own element holding the body; None when no body was found or a body finder
        rebuilt it in another tree (trafilatura), whose elements are not the page's."""
        root = self._body_root
        return root if root is not None and same_document(root, self.sel.root) else None

    def body(self) -> str | None:
        return "\n\n".join(self.paragraphs()) or None

    def images(self) -> list[dict]:
        return self._content[1]

    def authors(self) -> list[str]:
        """The byline element, a closing byline, a byline in the article's header, a labelled
        byline after the body ("Tác giả: …"), then structured data's authors."""
        for found in islice(self._candidates("authors", GENERIC_AUTHORS), MAX_BYLINE_ELEMENTS):
            if names := self._writers(byline_in(found)):
                return names
        self.evidence.pop("authors", None)
        self.elements.pop("authors", None)
        if names := self._writers(self._author_archive_links()):
            self.evidence["authors"] = "links to the author archive under the headline"
            return names
        if self._content[2]:
            self.evidence["authors"] = "closing byline"
            return self._content[2]
        lines = self._header_lines[:12]
        for i, (line, el) in enumerate(lines):
            # a bare name is a byline only right under the headline ("Hoàng Anh"), or as the
            # kicker right above it when it is no link (a section's label above it is one)
            seam = self._lines_after_headline
            bare = i < min(BARE_NAME_LINES, seam) or i == seam and not is_link_line(line, el)
            if i >= self._lines_after_headline and (
                    next(el.iterancestors("li"), el).tag == "li" or is_link_line(line, el)):
                continue  # above the headline, a list item or a link is a menu's or a box's
            if i < seam and (names := names_after_label(line, [x for x, _ in lines[i + 1:seam]])):
                self.evidence["authors"] = "labelled names near the headline"
                self.elements["authors"] = el
                return names
            if 0 < i < self._lines_after_headline and lines[i - 1][0].endswith(":"):
                line = f"{lines[i - 1][0]} {line}"  # "Tác giả:" in its own cell, the name in the next
            else:
                line = as_facts(line, el)
            if names := parse_byline(line) or (bare and parse_byline(line, closing=True)) or (
                    i < seam and person_icon_byline(el)):
                self.evidence["authors"] = "byline near the headline"
                self.elements["authors"] = el
                return names
        if names := self._byline_after_body():
            self.evidence["authors"] = "labelled byline after the body"
            return names
        card = list(card_lines(self._meta_box)) if self._meta_box is not None else []
        for line, el in card:
            if names := parse_byline(line):
                self.evidence["authors"] = "labelled byline in the post's card beside the text"
                self.elements["authors"] = el
                return names
        if names := self._writers(self._author_archive_links(card)):
            self.evidence["authors"] = "links to the author archive in the post's card"
            return names
        if names := self._licence_box_authors():
            self.evidence["authors"] = "author in the post's licence box"
            return names
        if names := self._credited(split_names(self.meta.authors)):
            self.evidence["authors"] = "structured data"
            return names
        if names := self._credited(self._meta_authors()):
            self.evidence["authors"] = "author metas (a profile URL named by the page's link)"
            return names
        self.evidence.pop("authors", None)
        return []

    def _writers(self, names: list[str]) -> list[str]:
        """The names a byline gives but an account named for the site itself (`names_the_site`)."""
        return [n for n in names if not names_the_site(n, self._site_names)]

    @cached_property
    def _site_names(self) -> list[str]:
        """The site's name as the page prints it: the text (or a logo's `alt`) of the links to its
        home page, where every theme puts the site's title (WordPress's `bloginfo('name')` in a
        link with `rel="home"`, a brand link beside the logo)."""
        names = []
        for link in self.sel.root.iter("a"):
            if is_home_link(link):
                names += [normalize_text(_text(link)), *(normalize_text(img.get("alt") or "")
                                                         for img in link.iter("img"))]
        return [n for n in dict.fromkeys(names) if n]

    def _credited(self, names: list[str]) -> list[str]:
        """The names structured data gives as authors that the page does not declare as the
        site's owner (`Structured.owners`) and that are no administrator account
        (`is_account_name`): a theme that prints no byline still writes the site's owner, or
        the account that posted, as every post's author."""
        return [n for n in names if n not in self.meta.owners and not is_account_name(n)]

    def _licence_box_authors(self) -> list[str]:
        """The author a post's licence box names: Creative Commons' attribution asks for the
        title, author, source and licence of the work (its "TASL" best practice), and blog
        themes print them in a box under each post, marked as the licence or copyright notice
        (Hexo's Fluid `license-box`: an "Author" cell, the name in the next; NexT's and
        Butterfly's `post-copyright`: "Post author: …", "Author: …"; Vietnamese "Tác giả bài
        viết", "Bản quyền"). The box names the post's own author, or the site's where the post
        names none, as the byline the theme prints. The site footer's copyright line is not
        content and never read here."""
        if self.headline_element is None or not any(s in self.html for s in LICENCE_BOX_STEMS):
            return []
        for box in self.sel.root.xpath(LICENCE_BOX):
            if inside_not_content(box) or in_page_footer(box, self.headline_element):
                continue
            lines = [line for line, _ in subtree_lines(box)]
            for i, line in enumerate(lines):
                if names := names_after_label(line, lines[i + 1:]) or parse_byline(line) or (
                        i + 1 < len(lines) and label_and_value(line, lines[i + 1])):
                    return names
        return []

    def _author_archive_links(self, lines: list[tuple[str, etree._Element]] | None = None,
                              ) -> list[str]:
        """The writers named by links to their author archive (`links_an_author_archive`) in the
        article's header, after the headline and before the text (or in the given `lines`, the
        post's card): the byline of blog themes that mark it by an icon only (Puput's `fa-user`,
        ABlog's postcard with Font Awesome), with no class or rel saying "author". A CMS links
        its author field to that archive, so the link names the writer whatever its text looks
        like (a user name in lower case is still the name the site publishes)."""
        names: list[str] = []
        for _line, el in self._header_lines[:self._lines_after_headline] if lines is None else lines:
            for link in _links_of(el):
                if links_an_author_archive(link.get("href", "")) and (
                        name := archive_link_author(normalize_text(_text(link)))) \
                        and name not in names:
                    self.elements.setdefault("authors", link)
                    names.append(name)
        return names

    def _meta_authors(self) -> list[str]:
        """Every name the author metas give: a CMS writes one `article:author` per writer, and
        `<meta name=author>` may hold them all or only the site's name (which is no person)."""
        return split_names([*self.meta.meta_authors, *self._profile_link_texts()], whole=False)

    def _profile_link_texts(self) -> list[str]:
        """The texts of the page's links to the writers' profile URLs (`article:author` as
        OpenGraph defines it): the profile is the author archive the page links by name."""
        wanted: dict[str, str | None] = {}
        for value in self.meta.author_urls:
            try:
                wanted[clean_url(urljoin(self.url, value))] = None
            except ValueError:
                continue
        if not wanted:
            return []
        for link in self.sel.root.iter("a"):
            href = (link.get("href") or "").strip()
            try:
                target = clean_url(urljoin(self.url, href)) if href else None
            except ValueError:
                continue
            if target in wanted and wanted[target] is None:
                wanted[target] = normalize_text(_text(link)) or None
        return [t for t in wanted.values() if t]

    def _beside_the_text(self, el: etree._Element) -> bool:
        """The element sits in the article's own box: under the parent or grandparent of the
        element holding the text (a cell of the article's table, a block of its column), not in a
        sidebar or a footer printed after the article (a sidebar's box of author archive links,
        titled in a cell spanning its table, lists every writer of the site)."""
        box = self.own_body_element
        for _ in range(2):
            if box is not None and box.getparent() is not None and box.getparent().tag != "body":
                box = box.getparent()
        return box is not None and box is not self.own_body_element and inside_box(el, box)

    def _byline_after_body(self) -> list[str]:
        """A labelled byline ("Tác giả: …", "PV", "T/h: …"), a signature set apart right under
        the text (`closing_signature`) or a closing name line after the body's last paragraph,
        before any related-links box; photo and editors' credits and the title of a box of the
        article's facts (`titles_a_box`) may come between."""
        paragraphs = self.paragraphs()
        if not paragraphs or self.headline_element is None:
            return []
        last, passed, writers, previous, seen = paragraphs[-1], False, [], "", 0
        lines = list(islice(lines_after(self.headline_element), LABELLED_DATE_LINES + 1))
        for i, (line, el) in enumerate(lines):
            if is_related_heading(line):
                break
            if not passed:
                passed = line == last or last.endswith(line)
                continue
            seen += 1
            if seen == 1 and self._beside_the_text(el) and (names := closing_signature(line, el)):
                return names
            # a label in its own cell or block ("Tác giả:" | "Minh Hà") reads with the next line;
            # a line labelled itself reads alone after another box's label ("Tệp đính kèm:")
            line, alone, previous = (f"{previous} {line}" if previous.endswith(":") else line), \
                line, line
            if self._beside_the_text(el) and not in_page_footer(el, self.headline_element) and (
                    names := names_after_label(
                        alone, [x for x, _ in lines[i + 1:i + 1 + MAX_BYLINE_ELEMENTS]])):
                return names  # "Tác giả" (its colon added by CSS) over the names, one a line
            if names := parse_byline(line) or line != alone and parse_byline(alone):
                # the byline's element may print one writer per line ("By <a>…</a> <a>…</a>")
                for more, more_el in lines[i + 1:i + 1 + MAX_BYLINE_ELEMENTS]:
                    if more_el is not el or not (found := parse_byline(more, closing=True)):
                        break
                    names += found
                return names
            writers = writers or source_writer(line) or []
            if links_a_document(el) or in_file_list(el):
                continue  # "Tải về: Kế hoạch số 45/KH-UBND" between the text and its byline
            if credits_no_writer(line) or titles_a_box(el) and len(line.split()) <= BOX_TITLE_WORDS \
                    and self._beside_the_text(el) and i + 1 < len(lines) \
                    and lines[i + 1][0].endswith(":"):
                continue  # "Ảnh: …", "Biên tập: …"; "Thông tin bài viết" over the article's facts
            if len(line.split()) > 12 or find_date(line) is None and not is_boilerplate(line) \
                    and parse_byline(line, closing=True) is None and not line.endswith(":") \
                    and parse_source_line(line) is None:
                break
        return writers

    def attachments(self) -> list[dict]:
        """Documents linked from the body and from a file box right under it
        (`_file_box_links`); when a body finder rebuilt the body (and dropped file blocks), from
        the page outside sidebars, menus and comments."""
        root = self._body_root
        rebuilt = root is None or self.evidence.get("body") == "trafilatura"
        scope = self.sel if rebuilt else Selector(root=root)
        out: dict[str, dict] = {}
        for link in [*(a.root for a in scope.css("a[href]")), *self._file_box_links(),
                     *(a.root for a in self.sel.css("a[href*='/Attachments/']"))]:
            href = link.get("href", "")
            if DOCUMENT_EXT.search(href) and not (rebuilt and inside_not_content(link)):
                try:
                    url = urljoin(self.url, href.strip())
                except ValueError:
                    continue
                out.setdefault(url, {"url": url, "title": normalize_text(_text(link)) or None})
        return list(out.values())

    def _file_box_links(self) -> list[etree._Element]:
        """Document links in the blocks right after the page's own body, up to a related box or
        `FILE_BOX_LINES` lines: where templates print the article's files apart from its text
        (NukeViet's "Tải tệp tin" panel, a "Văn bản đính kèm" table). A sidebar's list of
        documents sits in a widget or further on; a block longer than a file box is not one."""
        body = self.own_body_element
        if body is None or not any(DOCUMENT_EXT.search(a.get("href", ""))
                                   for a in body.xpath("following::a[@href]")):
            return []
        links: list[etree._Element] = []
        seen, node = 0, body
        while node is not None and node.tag != "body" and not not_content(node):
            for block in node.itersiblings():
                if not isinstance(block.tag, str):
                    continue
                # a box of files alone is the article's, however its class, heading ("Văn bản
                # liên quan") or a file's long title make it look like related teasers
                files = links_only_documents(block)
                if not_content(block) and not files:
                    continue
                lines = [line for line, _ in subtree_lines(block)]
                seen += len(lines) + sum(1 for _ in block.iter("a"))  # teaser links have no lines
                if seen > FILE_BOX_LINES or any(is_related_heading(line) for line in lines) \
                        and not files:
                    return links
                links += [a for a in block.iter("a") if DOCUMENT_EXT.search(a.get("href", ""))
                          and (files or not inside_not_content(a))]
            node = node.getparent()
        return links

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


#: What themes print between breadcrumb steps, often inside a step's own `<li>`.
CRUMB_SEPARATORS = " »>/|›·→"


def _crumb_step(step: etree._Element) -> str:
    """A breadcrumb step's name without the separator a theme prints inside the step's element
    (Joomla's `<li><a>Kinh tế</a><span class="divider"> / </span></li>`): the separator is
    layout, and a category read with it would differ from the same section read elsewhere."""
    return normalize_text(_text(step)).strip(CRUMB_SEPARATORS)


#: A run of at least this many links, mostly link text, is a menu or a link box (a breadcrumb
#: "Trang chủ › Tin tức › Kinh tế" has three).
LINK_ROW_LINKS = 4


def _links_of(el: etree._Element) -> list[etree._Element]:
    """The links a line's element stands for: itself, the link around it, or those inside it."""
    if el.tag == "a":
        return [el]
    return list(el.iterancestors("a")) or list(el.iter("a"))


def _in_link_row(link: etree._Element) -> bool:
    """Whether `link` is one item of a menu or link box: the nearest element around it that holds
    another link holds `LINK_ROW_LINKS` or more and is mostly link text.

    A portal's main menu (a table row or list of section links) often ends right above the
    headline; its last section is not the article's section, whichever it is. Nor is the last
    name in a sidebar box of archive and author links. A section link printed alone on its line
    (or in a breadcrumb) sits in an element holding the article's text, which is not link-dense."""
    node = link.getparent()
    while node is not None and next(islice(node.iter("a"), 1, None), None) is None:
        node = node.getparent()
    return node is not None and len(list(islice(node.iter("a"), LINK_ROW_LINKS))) >= \
        LINK_ROW_LINKS and link_dense(node)


def _kicker_link(el: etree._Element) -> etree._Element | None:
    """The link a meta line above the headline opens with when the rest of the line is its date
    ("<a>Thời sự</a> 14-03-2019 | 08:30"): the section a news template prints as the kicker
    beside the date (IBM WebSphere Portal's WCM news, and the "category | time" line of
    Vietnamese news CMSes). A link after other text, or before anything but a date, is not one."""
    children = [c for c in el if isinstance(c.tag, str)]
    if not children or children[0].tag != "a" or (el.text or "").strip():
        return None
    rest = normalize_text(" ".join([children[0].tail or ""] + [_text(c) + (c.tail or "")
                                                              for c in children[1:]]))
    return children[0] if rest and is_date_line(rest) else None


def _in_page_link(link: etree._Element) -> bool:
    """The link leads to a place on the page itself (`href="#…"`): a "skip to content" or "back
    to top" link, never the section the article was filed in."""
    return (link.get("href") or "").strip().startswith("#")


def _names_its_path(link: etree._Element, text: str, base: str) -> bool:
    """The link's text is the last path segment of its target (resolved against the page's URL
    `base`), letter for letter ("posts" for `../` from `/posts/a-post/`): a step of a wiki's path
    of pages (ikiwiki's `PARENTLINKS` prints each parent page by its file's name), a directory,
    not a section an editor titled ("Tin tức", "Video", written with a capital)."""
    try:
        target = urlsplit(urljoin(base, (link.get("href") or "").strip()))
    except ValueError:
        return False
    segment = target.path.rstrip("/").rsplit("/", 1)[-1]
    return bool(segment) and text == segment


def extract_article(url: str, html: str, *, platform: str = "auto",
                    selectors: dict[str, str] | None = None) -> dict:
    """The article fields of a page: the function the spider, the tests and the benchmarks call."""
    return ArticlePage(url, html, platform=platform, selectors=selectors).fields()
