"""A portal's template, learned from the pages the crawler reads: visible, and pinnable.

Pages of one portal share one template. While a source is crawled, every article page's extraction
says which element held its headline, its date, its byline and its body (`ArticlePage.evidence` and
the elements themselves); a `TemplateLearner` turns each into a short CSS selector (tag, stable
classes or id) and counts how often each selector produced the field. It also counts short text
blocks across pages: a block printed on most pages is the template's (menus, boxes, footers), not
an article's. And it generalises the article URLs into one pattern.

The result is a `LearnedTemplate`, stored as JSON under the data directory
(`DataDir.template(source)`) and shown by `archiver sources learn ID` as a `[source.selectors]`
table the archivist can paste into `sources.toml` to pin it. Extraction stays a pure function of
(url, html, hints, learned template): it applies what repetition shows (boilerplate, boxes, the
body container); the selectors are offered, and only pinned ones replace its rules.

A selector is offered as a line to paste only when it was tried pinned on pages of the first crawl
and read them the same (`pin_checks`, filled by the spider: `PortalSpider.try_pinned`): pinned, a
selector replaces the rules and with them evidence they weigh (a date line cut from the end of the
text, a listing's many headlines), and pasting every selector the pages agreed on broke 15 of 44
dev templates (articles found 100% → 0% on seven of them). The check is a sample: the pages it
tried, not every page of the portal.

The template also holds the source's **article shape** (`ArticleShape`): the URL pattern, headline
element and body element its article pages share. Some sites print no date on a post page (a real
Mezzanine blog says only "7 years, 8 months ago"), and a date is what keeps many an archive page
(an author's, a month's) out of the archive; so a page with no readable date is taken as an article
only on site-level evidence: it is no listing, it fits the shape, and a listing's teaser links to
it by its headline (`LearnedTemplate.dateless_refusal`). The shape is learned from the source's
confirmed articles (a date, structured data or the URL said so) and, on a site where none is, from
the pages listing teasers link to (`TemplateLearner.article_shape`): many of them sharing one URL
pattern and one template, and few other pages of that pattern judged no article.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

from cssselect import SelectorError
from lxml import etree

from archiver.extract.bylines import parse_byline
from archiver.extract.dates import find_date
from archiver.extract.headline import matches_name, names
from archiver.extract.layout import element_text, is_teaser_text, subtree_lines
from archiver.extract.links import matches_hint, url_target
from archiver.extract.text import fold_diacritics, normalize_text
from archiver.record import article_id

#: Fields whose selectors are learned (the names `[source.selectors]` takes).
FIELDS = ("title", "published", "authors", "body")
#: A selector is settled (offered to pin, evidence on a page's kind) only above this hit rate, over
#: at least this many pages.
SETTLED_HIT_RATE = 0.95
MIN_PAGES = 5
#: A text block on at least this share of a source's pages belongs to the template.
BOILERPLATE_SHARE = 0.6
#: Only short blocks are counted (menu items, box headings, footer lines).
MAX_BLOCK_CHARS = 200
#: A URL pattern is offered when at least this share of article URLs fit it.
PATTERN_SHARE = 0.8
#: A repeated block this short, and no sentence, is a box's heading ("Tin cùng chuyên mục").
MAX_HEADING_WORDS = 8
#: The body container is believed on a page when it held the body on at least this share of pages
#: (below `SETTLED_HIT_RATE`, but still the template's own).
BODY_CONTAINER_SHARE = 0.6
#: A repeated box is cut from the body only while it holds less than this share of the body's text.
MAX_BOX_SHARE = 0.5
#: A box lists other pages: at least this many links.
MIN_BOX_LINKS = 2
#: A URL pattern is an article shape only when, of the source's pages it fits, at most this share
#: were judged no article (listings, static pages) ...
MAX_OTHER_SHARE = 0.1
#: ... and at least this share show the shape (confirmed articles, or pages a teaser names).
MIN_SHAPE_SHARE = 0.5
#: A segment of the article pages' paths names their sections (`section_segment`) when its
#: values are at most this many, each held by this many articles on average.
MAX_SECTIONS = 50
MIN_SECTION_PAGES = 2
#: The most common page shapes tried as the article shape's pattern (`article_shape`): the
#: pages another shape's pattern fits show it too, so a shape seen on few pages may be the one.
MAX_SHAPE_KEYS = 10
#: Pages the learner keeps for the article shape, of each kind (a bound on a long crawl's memory).
MAX_SHAPE_PAGES = 5000
#: What a refusal of a page that is an article in all but its date opens with
#: (`dateless_refusal`): the spider holds such a page until the crawl has seen what its listings
#: link to.
DATELESS = "no date read"
#: Words of the label a link prints before a post's title ("Xem thêm về", "Read more about").
MAX_LABEL_WORDS = 4
#: Arrows around a previous or next post's title in its link (`teaser_title`), and spaces.
PAGER_ARROWS = "←→«»‹›⟵⟶⇐⇒ \u00a0"
#: A number glued to a word in a URL shape's literal text (`tin5403`, `muc68_1`).
_GLUED_ID = re.compile(r"(?<=[^\W\d])\d+")
#: What parts two segments of a URL's path and query (`url_shape` generalises each) ...
_URL_STEP = re.compile(r"(/|[?&=])")
#: A slug's closing id, and the few letters glued before it (`-n8639`, `-c82`, `-post123`): news
#: scripts and newspapers' CMSes (Thanh Niên's and Zing's `-post123456.html`) write what the
#: page is before its record's id: "n" a news item, "c" a category, "post" an article.
_SLUG_ID = re.compile(r"-(?P<kind>[^\W\d_]{0,5})\d+$")
#: That word and id as `url_shape` writes them with `kinds` (`-n\\d+`).
_KIND_TAIL = re.compile(r"-[^\W\d_]+\\d\+")
#: ... and of a URL shape, where the `?` is escaped (not the characters inside `[^/?&]`).
_PATTERN_STEP = re.compile(r"(/|\\\?|&|=)(?![^\[]*\])")
#: Words of an id, and how many of the element's first words make it an anchor of its text.
_ID_WORD = re.compile(r"[^\W_]+")
MIN_ANCHOR_WORDS = 2
#: Class names that carry no layout meaning, or change per page (ids with numbers).
_UNSTABLE = re.compile(r"\d|^(?:active|current|selected|odd|even|first|last|clearfix|row|col)$")


def element_selector(el: etree._Element) -> str | None:
    """A short CSS selector for an element, from its own tag, id or stable classes, with its
    parent's when that alone is only a tag ("div.news-detail h2")."""
    def own(node: etree._Element) -> str:
        tag = node.tag if isinstance(node.tag, str) else ""
        ident = node.get("id", "")
        if ident and not _UNSTABLE.search(ident) and re.fullmatch(r"[\w-]+", ident) \
                and not is_text_anchor(node, ident):
            return f"{tag}#{ident}"
        classes = [c for c in node.get("class", "").split()
                   if re.fullmatch(r"[A-Za-z_][\w-]*", c) and not _UNSTABLE.search(c)]
        return tag + "".join(f".{c}" for c in classes[:2])

    if not isinstance(el.tag, str) or el.tag in ("html", "body"):
        return None
    mine = own(el)
    if mine == el.tag and (parent := el.getparent()) is not None and parent.tag not in (
            "html", "body"):
        theirs = own(parent)
        return f"{theirs} {mine}" if theirs != parent.tag else None
    return mine


def is_text_anchor(el: etree._Element, ident: str) -> bool:
    """Whether the element's id is made from its own text, as Markdown renderers give every
    heading an anchor (markdown-it-anchor in VitePress and VuePress, Python-Markdown's `toc`,
    kramdown's auto ids, Hugo's Goldmark): `<h1 id="chuyen-doi-so-trong">Chuyển đổi số trong…`.
    Such an id changes with every page's title, so it names no element of the template."""
    words = _ID_WORD.findall(fold_diacritics(ident).casefold())
    text = _ID_WORD.findall(fold_diacritics(normalize_text(element_text(el))).casefold())
    return len(words) >= MIN_ANCHOR_WORDS and text[:len(words)] == words


def _escape(text: str) -> str:
    """`re.escape` for only the characters that need it, so the pattern reads like the URL."""
    return re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", text)


def _finds_text(root: etree._Element, selector: str) -> bool:
    """Whether the CSS selector finds an element with text; a selector lxml cannot read finds
    nothing."""
    try:
        return any(element_text(el).strip() for el in root.cssselect(selector))
    except (ValueError, SelectorError):
        return False


def url_shape(url: str, *, kinds: bool = False) -> str:
    """The URL's path and query as a regular expression, numbers and slugs generalised:
    `/tin-tuc/abc-def-123.html` → `^/tin-tuc/[^/?&]+-\\d+\\.html$`; with `kinds`, the word glued
    to a slug's closing id is kept (`_SLUG_ID`)."""
    target = url_target(url)
    out = []
    for segment in _URL_STEP.split(target):
        if re.fullmatch(r"\d+", segment):
            out.append(r"\d+")
        elif re.search(r"\d", segment) and re.search(r"[a-z]", segment, re.I) and "-" in segment:
            stem, dot, ext = segment.rpartition(".")
            tail = _SLUG_ID.search(stem or segment)
            kind = _escape(tail["kind"]) if tail and kinds else ""
            out.append("[^/?&]+" + (rf"-{kind}\d+" if tail and (kinds or not tail["kind"]) else "")
                       + (_escape(dot + ext) if stem and dot else ""))
        elif segment.count("-") >= 2:  # a slug
            out.append("[^/?&]+")
        else:
            out.append(_escape(segment))
    return "^" + "".join(out) + "$"


def _selector(el: etree._Element) -> str:
    """`element_selector`, or the bare tag where neither the element nor its parent has an id
    or class to name it by."""
    return element_selector(el) or str(el.tag)


def page_shape(url: str, headline: etree._Element | None,
               body: etree._Element | None) -> tuple[str, str, str] | None:
    """(URL shape, headline selector, body selector) of a page: what one source's article pages
    share, whatever their text (the body's is "" where a body finder rebuilt the body from
    scattered blocks); None for a page with no headline element."""
    if headline is None:
        return None
    return id_shape(url), _selector(headline), _selector(body) if body is not None else ""


def id_shape(url: str) -> str:
    """`url_shape` with the numbers written into a word generalised too: `/tintuc/tin5403.htm`
    → `^/tintuc/tin\\d+\\.htm$`. Old static-file portals and ASP pages name each article
    file by its record's id glued to a prefix (`tin5403.htm`, `news_12.asp`); the prefix says
    what the file is ("tin", news; "muc", a section's list), the number which one. So does the
    word glued to a slug's closing id (`_SLUG_ID`)."""
    return _GLUED_ID.sub(r"\\d+", url_shape(url, kinds=True))


def shared_segments(pattern: str, targets: list[str]) -> str:
    """`pattern` (a `url_shape`) with each segment it generalises as a slug written out where
    the targets (the paths and queries of a source's article pages) share it
    (`section_segment`): the sections its articles live in (`/tin-tuc-su-kien/5403/…`,
    `?mod=news&op=kinh-te/…`), which a slug's dashes made look like a title's. A site's lists
    of articles, and its tag, author and month archives, sit in other sections
    (`/chuyen-muc/68/trang-1.aspx`, `/vi/tag/ocop.html`): the narrowed pattern leaves them out
    where the slug-shaped one took them in."""
    parts = _PATTERN_STEP.split(pattern)
    split = [_URL_STEP.split(t) for t in targets]
    for i, part in enumerate(parts):
        if part == "[^/?&]+" and split and all(len(s) == len(parts) for s in split) \
                and (section := section_segment([s[i] for s in split])):
            parts[i] = section
    return "".join(parts)


def directories_generalised(pattern: str) -> str:
    """`pattern` (a `url_shape`) with each directory written out in it generalised: the
    sections a site names in words with no dash or with spaces (VitePress's folders "Kinh tế",
    "Văn hóa - Xã hội"), which `url_shape` keeps as they are, one shape per section, until
    `shared_segments` writes out the ones its articles live in."""
    parts = _PATTERN_STEP.split(pattern)
    return "".join("[^/?&]+" if 0 < i < len(parts) - 1 and parts[i + 1] == "/" and part
                   and not re.search(r"\\d|\[", part) else part
                   for i, part in enumerate(parts))


def kinds_dropped(pattern: str) -> str:
    """`pattern` (an `id_shape`) without the words it keeps glued to a slug's closing id
    (`_SLUG_ID`): where a slug's last title word runs into the id (VNPT's SharePoint
    `…-Nong-Thon-Moi6589.aspx`), the word is the title's, different on every page, no kind."""
    return _KIND_TAIL.sub("", pattern)


def section_segment(values: list[str]) -> str | None:
    """The path segment the article pages hold at one step, as a pattern, when it names their
    sections rather than each page: one value, or a few that each hold `MIN_SECTION_PAGES`
    articles on average (at most `MAX_SECTIONS`). Portals file each article under its section's
    slug (`/vi/kinh-te/<slug>.4804.html`, `/tin-tuc-su-kien/<slug>`: NukeViet's, and most
    portal products' `/<section>/<article>` addresses); a title's slug differs on every page."""
    distinct = sorted(set(values))
    if len(distinct) == 1:
        return _escape(distinct[0])
    if len(distinct) <= MAX_SECTIONS and len(distinct) * MIN_SECTION_PAGES <= len(values):
        return "(?:" + "|".join(map(_escape, distinct)) + ")"
    return None


def teaser_title(text: str) -> str:
    """A link's text without the arrows a theme prints around a previous or next post's title
    ("← Title", "Title →", "« Title": Mezzanine's, and WordPress's `previous_post_link` default
    "&laquo; %link"): the rest is the post's title, as a listing's teaser gives it."""
    return text.strip(PAGER_ARROWS)


def names_its_teaser(title: str | None, teaser: str | None) -> bool:
    """Whether a listing's teaser link names the page: the link's text (`teaser_title`) is as
    long as a post's title (`is_teaser_text`) and is the page's headline (whole, or cut short
    with "…"). This is how listings, home pages and "recent posts" boxes link a post; a menu, an
    archive box or a tag cloud links a section, a month, a writer or a tag in a few words, and
    the archive page it leads to is headed by those few words."""
    if not title or not teaser:
        return False
    teaser = teaser_title(teaser)
    return is_teaser_text(teaser) and (matches_name(title, names(teaser))
                                       or labels_the_title(title, teaser)
                                       or opens_with_the_title(title, teaser))


def opens_with_the_title(title: str, teaser: str) -> bool:
    """Whether a link's text is the page's whole headline and then more: a card made one link
    (Bootstrap's card with `stretched-link`, the `<a class="card">` of portal and tourism themes,
    WordPress block themes' linked post template) holds the post's title and, after it, its
    excerpt or its date, and its text reads them run together ("TitleThe excerpt…"). A
    headline-long title opening the link names that page; a section's, a tag's or a month's
    archive is headed by a few words, which no teaser opens with whole."""
    title, teaser = normalize_text(title), normalize_text(teaser)
    return is_teaser_text(title) and len(teaser) > len(title) and teaser.startswith(title)


def labels_the_title(title: str, teaser: str) -> bool:
    """Whether a link's text is a short label and then the page's whole headline: Drupal's
    teaser link "Read more<span class=visually-hidden> about Title</span>" ("Xem thêm về
    Title"), and the previous/next post links of blog themes that print their label over the
    title (Hugo PaperMod's "« Trước" / "Sau »" above it, read run together: "TrướcTitle"). A
    headline-long title ends the link, so the link names that page, whatever the label's
    language."""
    title, teaser = normalize_text(title), normalize_text(teaser)
    label = teaser[:-len(title)] if is_teaser_text(title) and teaser.endswith(title) else None
    return label is not None and 0 < len(label.split()) <= MAX_LABEL_WORDS


@dataclass(frozen=True)
class ArticleShape:
    """What the article pages of one source share, whatever their text: the URL pattern, the
    element holding the headline and the one holding the body (`page_shape`)."""

    pattern: str
    title: str
    body: str
    #: Pages that showed it: articles confirmed by a date, structured data or their URL, and
    #: pages with no date that a listing teaser names ...
    pages: int
    #: ... of which these are the latter (counted so when taken for articles since).
    teased: int
    #: Pages its URL pattern fits that were judged no article (a stub, a page no rule reads).
    others: int

    def describe(self) -> str:
        """The shape in words, for `archiver try` and `archiver sources learn`."""
        body = f"body in {self.body}" if self.body else "body rebuilt from scattered blocks"
        whence = (f"{self.pages - self.teased} confirmed articles" if not self.teased else
                  f"{self.pages - self.teased} confirmed articles and {self.teased} pages "
                  "listing teasers link to" if self.teased < self.pages else
                  f"{self.teased} pages listing teasers link to")
        return (f"URL {self.pattern}, headline in {self.title}, {body}; seen on {whence}, "
                f"{self.others} other pages of that URL pattern")

    def misfit(self, url: str, headline: etree._Element | None,
               body: etree._Element | None) -> str | None:
        """How a page differs from the shape, in words; None when it fits."""
        key = page_shape(url, headline, body)
        if key is None:
            return "it has no headline element"
        if not re.search(self.pattern, url_target(url)):
            return f"its URL does not fit the articles' pattern {self.pattern}"
        if key[1] != self.title:
            return f"its headline is in {key[1]}, the articles' in {self.title}"
        if key[2] != self.body:
            return (f"its body is in {key[2] or 'scattered blocks'}, the articles' in "
                    f"{self.body or 'scattered blocks'}")
        return None


@dataclass
class LearnedTemplate:
    """What the crawler learned about one source's pages."""

    source: str
    pages: int = 0
    #: field → selector → pages it produced the field on.
    hits: dict[str, dict[str, int]] = field(default_factory=dict)
    article_pattern: str | None = None
    #: Text blocks printed on most pages: the template's, never an article's body.
    boilerplate: list[str] = field(default_factory=list)
    #: The blocks among them printed inside the body's element on most pages: the only ones taken
    #: out of a body (a featured article's lead repeats in a box on every page, but in one body
    #: only: its own). None in a template stored before it was learned: `boilerplate` then.
    body_boilerplate: list[str] | None = None
    #: When the crawl that learned it started: that crawl already applied it, from its first pages.
    crawl: str | None = None
    #: field → selector → [pages read the same with it pinned (with the fields before it in
    #: `FIELDS` that passed), pages it was tried on]: every verdict, every field of an article.
    pin_checks: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    #: The source's article shape (`ArticleShape`'s fields) when its pages showed one: what a page
    #: with no readable date must fit to be taken (`dateless_refusal`).
    article_shape: dict | None = None
    #: `<meta name="keywords">` values on most article pages (`BOILERPLATE_SHARE`): the site's,
    #: not an article's (`own_keywords`).
    site_keywords: list[str] = field(default_factory=list)

    def shape(self) -> ArticleShape | None:
        """The source's article shape, when one was learned."""
        return ArticleShape(**self.article_shape) if self.article_shape else None

    def origin(self) -> str:
        """Where the template comes from, in words: "learned from 12 pages in the crawl of …"."""
        return f"learned from {self.pages} pages" + (f" in the crawl of {self.crawl}"
                                                     if self.crawl else "")

    @cached_property
    def _repeated(self) -> frozenset[str]:
        return frozenset(self.boilerplate)

    def repeats(self, text: str | None) -> bool:
        """The text is a block the template prints on most pages: never a lead, a caption or body."""
        return bool(text) and text in self._repeated

    @cached_property
    def _in_bodies(self) -> frozenset[str]:
        return self._repeated if self.body_boilerplate is None else frozenset(
            self.body_boilerplate)

    def repeats_in_body(self, text: str | None) -> bool:
        """The text is a block the template prints inside the body's element on most pages."""
        return bool(text) and text in self._in_bodies

    @cached_property
    def box_headings(self) -> frozenset[str]:
        """The repeated blocks that read as a box's heading (`is_box_heading`)."""
        return frozenset(t for t in self.boilerplate if is_box_heading(t))

    def body_container(self) -> str | None:
        """The selector that held the body on most pages (`BODY_CONTAINER_SHARE`), once learned
        from enough pages."""
        best = self.best("body") if self.pages >= MIN_PAGES else None
        return best[0] if best and best[1] >= BODY_CONTAINER_SHARE else None

    def fits(self, url: str, root: etree._Element) -> bool | None:
        """Site-level evidence on whether a page is one of the source's articles: True when its URL
        has the learned article shape and the learned headline and date selectors both find text
        in the page (`root`); False when its URL has another shape and neither finds any; None
        when the template cannot tell (too few pages, no pattern or selectors, or mixed signs)."""
        settled = self.settled()
        selectors = [settled[f] for f in ("title", "published") if f in settled]
        if not self.article_pattern or not selectors:
            return None
        shaped = matches_hint(self.article_pattern, url)
        found = [_finds_text(root, s) for s in selectors]
        if shaped and len(selectors) == 2 and all(found):
            return True
        if not shaped and not any(found):
            return False
        return None

    def best(self, name: str) -> tuple[str, float] | None:
        """The field's most frequent selector and its hit rate."""
        counts = self.hits.get(name) or {}
        if not counts or not self.pages:
            return None
        selector, n = max(counts.items(), key=lambda kv: kv[1])
        return selector, n / self.pages

    def settled(self) -> dict[str, str]:
        """The selectors the pages agree on (see `SETTLED_HIT_RATE`): evidence for `fits`, and
        offered to pin where also `pinnable`. Extraction never takes them in place of its own rules unless the
        archivist pins them: they were read off those very rules' results, and in their place they
        lose the evidence the rules weigh (a headline the page names, a family's URL rules) — put
        in place during a crawl, they took found from 100% to 0% on six dev and real sites."""
        if self.pages < MIN_PAGES:
            return {}
        return {name: best[0] for name in FIELDS
                if (best := self.best(name)) and best[1] >= SETTLED_HIT_RATE}

    def pinnable(self, name: str) -> str | None:
        """The field's settled selector when it also read the same pinned on every page it was
        tried on (at least `MIN_PAGES`); None otherwise."""
        if (selector := self.settled().get(name)) is None:
            return None
        same, tried = self.pin_checks.get(name, {}).get(selector, (0, 0))
        return selector if tried >= MIN_PAGES and same == tried else None

    def to_toml(self) -> str:
        """The template as lines to paste into the source's entry in `sources.toml`: the selectors
        that read the same pinned (`pinnable`); the others as comments saying why not."""
        lines = [f"# {self.origin()} (source {self.source!r})"]
        if self.article_pattern:
            lines.append(f"article_pattern = {json.dumps(self.article_pattern)}")
        lines.append("[source.selectors]")
        for name in FIELDS:
            if not (best := self.best(name)):
                lines.append(f"# {name}: no selector settled on")
                continue
            line = f"{name} = {json.dumps(best[0], ensure_ascii=False)}  # hit rate {best[1]:.0%}"
            same, tried = self.pin_checks.get(name, {}).get(best[0], (0, 0))
            if self.pinnable(name):
                lines.append(f"{line}, read the same pinned on {tried} of {tried} pages")
            elif best[1] < SETTLED_HIT_RATE:
                lines.append(f"# {line}; not offered: below {SETTLED_HIT_RATE:.0%}")
            elif not tried:
                lines.append(f"# {line}; not offered: never tried pinned")
            elif same < tried:
                lines.append(f"# {line}; not offered: pinned, it read otherwise on {tried - same} "
                             f"of {tried} pages")
            else:
                lines.append(f"# {line}; not offered: tried pinned on only {tried} pages")
        if shape := self.shape():
            lines.append(f"# article shape (a page with no readable date that fits it, no "
                         f"listing, named by a listing teaser is an article): {shape.describe()}")
        if self.boilerplate:
            lines.append(f"# {len(self.boilerplate)} text blocks repeat on most pages "
                         "(template boilerplate), e.g.:")
            lines += [f"#   {text[:70]}" for text in self.boilerplate[:5]]
        return "\n".join(lines)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> LearnedTemplate | None:
        """The stored template, or None when there is none or it cannot be read."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None


class TemplateLearner:
    """Counts, across a source's article pages, what `LearnedTemplate` keeps."""

    def __init__(self, source: str, crawl: str | None = None,
                 pin_checks: dict[str, dict[str, list[int]]] | None = None):
        self.source = source
        self.crawl = crawl
        #: Kept from the stored template: a check holds for its selector whatever crawl made it.
        self.pin_checks = {name: dict(c) for name, c in (pin_checks or {}).items()}
        self.pages = 0
        self.hits: dict[str, Counter[str]] = {name: Counter() for name in FIELDS}
        self.blocks: Counter[str] = Counter()
        self.body_blocks: Counter[str] = Counter()
        self.keywords: Counter[str] = Counter()
        self.shapes: Counter[str] = Counter()
        #: For the article shape, by page id: the articles (target, `page_shape`); the pages
        #: that are articles in all but their date (target, `page_shape`, headline); the pages
        #: judged no article (target); and the longest teaser text a listing links a page with.
        self.articles: dict[str, tuple[str, tuple[str, str, str]]] = {}
        self.dateless: dict[str, tuple[str, tuple[str, str, str], str]] = {}
        self.others: dict[str, str] = {}
        self.teasers: dict[str, str] = {}

    def add(self, url: str, elements: dict[str, etree._Element | None], blocks: set[str],
            body_blocks: set[str] = frozenset(), keywords: Iterable[str] = ()) -> None:
        """One article page: the element that held each field, the page's short text blocks,
        those of them inside the body's element, and its `<meta name="keywords">` values."""
        self.keywords.update({normalize_text(k) for k in keywords} - {""})
        self.pages += 1
        self.shapes[url_shape(url)] += 1
        if key := page_shape(url, elements.get("title"), elements.get("body")):
            _keep(self.articles, article_id(url), (url_target(url), key))
        for name, el in elements.items():
            if el is not None and (selector := element_selector(el)):
                self.hits[name][selector] += 1
        self.blocks.update(b for b in blocks if len(b) <= MAX_BLOCK_CHARS)
        self.body_blocks.update(b for b in body_blocks if len(b) <= MAX_BLOCK_CHARS)

    def add_dateless(self, url: str, elements: dict[str, etree._Element | None],
                     title: str) -> None:
        """A page that is an article in all but its date (no listing, no static page)."""
        if key := page_shape(url, elements.get("title"), elements.get("body")):
            _keep(self.dateless, article_id(url), (url_target(url), key, title))

    def add_other(self, url: str) -> None:
        """A page judged no article for another reason than its date (a listing, a static page)."""
        _keep(self.others, article_id(url), url_target(url))

    def add_teaser(self, url: str, text: str) -> None:
        """A link from a page judged no article (a listing) to `url`, with the text `text`."""
        pid, text = article_id(url), teaser_title(text)
        if is_teaser_text(text) and len(text) > len(self.teasers.get(pid, "")):
            _keep(self.teasers, pid, text)

    def teaser(self, url: str) -> str | None:
        """The longest teaser text a listing links `url` with, so far."""
        return self.teasers.get(article_id(url))

    def article_shape(self) -> ArticleShape | None:
        """The shape most of the source's article pages show (`page_shape`), from its confirmed
        articles and from its pages with no date that a listing teaser names
        (`names_its_teaser`): of the `MAX_SHAPE_KEYS` most common, the one whose URL pattern
        (narrowed to the articles' sections: `shared_segments`) fits most pages showing its
        headline and body elements, at least `MIN_PAGES` (a section named by a word with no dash,
        a generated slug ending in a number, shape pages apart that one pattern joins), and
        fits few pages judged no article (`MAX_OTHER_SHARE`: a listing's, a static
        page's pattern is no article's) and mostly pages that show it (`MIN_SHAPE_SHARE`: a
        pattern that author or tag archives share, where a few happen to be named by a teaser,
        is no article's either). None when no shape is that clear."""
        showing = dict(self.articles)
        teased = {pid for pid, (_, _, title) in self.dateless.items()
                  if names_its_teaser(title, self.teasers.get(pid))}
        showing |= {pid: self.dateless[pid][:2] for pid in teased if pid not in showing}
        targets = {**self.others, **{pid: t for pid, (t, *_) in self.dateless.items()},
                   **{pid: t for pid, (t, _) in self.articles.items()}}
        best: ArticleShape | None = None
        common = Counter(key for _, key in showing.values()).most_common(MAX_SHAPE_KEYS)
        tried = dict.fromkeys((pattern, *key[1:]) for key, _ in common for pattern in (
            key[0], directories_generalised(key[0]), directories_generalised(kinds_dropped(key[0]))))
        for key in tried:
            pattern = re.compile(key[0])
            fitting = [pid for pid, target in targets.items() if pattern.search(target)]
            shown = [pid for pid in fitting if pid in showing and showing[pid][1][1:] == key[1:]]
            if (narrow := shared_segments(key[0], [targets[pid] for pid in shown])) != key[0]:
                key, pattern = (narrow, *key[1:]), re.compile(narrow)
                fitting = [pid for pid in fitting if pattern.search(targets[pid])]
                shown = [pid for pid in shown if pid in fitting]
            others = sum(pid in self.others for pid in fitting)
            if len(shown) >= MIN_PAGES and others <= MAX_OTHER_SHARE * len(fitting) \
                    and len(shown) >= MIN_SHAPE_SHARE * len(fitting) \
                    and (best is None or len(shown) > best.pages):
                best = ArticleShape(key[0], key[1], key[2], len(shown),
                                    sum(pid in teased for pid in shown), others)
        return best

    def tried_pinned(self, name: str, selector: str, same: int, tried: int) -> None:
        """`selector`, pinned for the field `name` (with the fields before it that passed), read
        `same` of `tried` pages as the rules did."""
        self.pin_checks.setdefault(name, {})[selector] = [same, tried]

    def result(self) -> LearnedTemplate:
        pattern, n = self.shapes.most_common(1)[0] if self.shapes else (None, 0)
        boilerplate = [text for text, n in self.blocks.most_common(200)
                       if self.pages >= MIN_PAGES and n / self.pages >= BOILERPLATE_SHARE]
        return LearnedTemplate(
            source=self.source, pages=self.pages, crawl=self.crawl,
            hits={name: dict(c.most_common(5)) for name, c in self.hits.items() if c},
            article_pattern=pattern if self.pages and n / self.pages >= PATTERN_SHARE else None,
            boilerplate=boilerplate,
            body_boilerplate=[text for text in boilerplate
                              if self.body_blocks[text] / self.pages >= BOILERPLATE_SHARE],
            pin_checks={name: dict(c) for name, c in self.pin_checks.items()},
            article_shape=asdict(shape) if (shape := self.article_shape()) else None,
            site_keywords=[k for k, n in self.keywords.most_common(50)
                           if self.pages >= MIN_PAGES and n / self.pages >= BOILERPLATE_SHARE])


def own_keywords(template: LearnedTemplate | None, keywords: Iterable[str]) -> list[str]:
    """The page's `<meta name="keywords">` values less the site's (`site_keywords`): a site that
    prints one list on every page (BlazeBlogger's `blog.keywords`, which blaze-make writes on
    every page after a post's own `--keywords`; a portal's hosted template) says what the site
    is about, not what one article is tagged with. Only repetition across the site's pages
    tells them apart, so it is the learned template's to say; without one, every value."""
    site = frozenset(template.site_keywords) if template is not None else frozenset()
    return [k for k in dict.fromkeys(normalize_text(k) for k in keywords) if k and k not in site]


def _keep(pages: dict, pid: str, value: object) -> None:
    """`pages[pid] = value`, unless `pages` already holds `MAX_SHAPE_PAGES` other pages."""
    if pid in pages or len(pages) < MAX_SHAPE_PAGES:
        pages[pid] = value


def dateless_refusal(template: LearnedTemplate | None, url: str, *,
                     headline: etree._Element | None, body: etree._Element | None,
                     title: str | None, hint: str | None) -> str | None:
    """Why a page that is an article in all but its date (no listing, no static page: the
    caller's to judge) is not taken, opening with `DATELESS`; None when it is. Site-level
    evidence stands in for the date: the page fits its source's article shape (the template's
    `ArticleShape`: its URL, its `headline` and `body` elements) and a listing's teaser links to
    it by its headline (`names_its_teaser`: `title`, and `hint`, the link text that led to it). A
    post page that prints no date (Mezzanine's "7 years, 8 months ago") is both; an author's or a
    month's archive that shows one post, or a static page, is neither."""
    shape = template.shape() if template is not None else None
    if shape is None:
        return f"{DATELESS}, and no article shape learned for its source yet"
    if why := shape.misfit(url, headline, body):
        return f"{DATELESS}, and {why}"
    if not names_its_teaser(title, hint):
        return f"{DATELESS}, and " + (
            f"the link that led to it ({hint!r}) is no listing teaser naming its headline"
            if hint else "no listing teaser led to it (its link text is unknown)")
    return None


def is_box_heading(text: str) -> bool:
    """A short line that is no sentence: how templates head their boxes ("Tin liên quan", "Các
    tin đã đưa", "Xem thêm"); learned from repetition, so no list of them is needed. A writer's
    name or a date repeats too (a box's teasers print them on every page) but heads nothing."""
    words = text.split()
    return 0 < len(words) <= MAX_HEADING_WORDS and not text.rstrip().endswith(
        (".", "!", "?", ";")) and find_date(text) is None and not parse_byline(text, closing=True)


def repeated_boxes(root: etree._Element, headings: frozenset[str]) -> set[etree._Element]:
    """The boxes inside `root` that a repeated heading heads: the template's, never body text,
    however much their entries change from page to page (the teasers of "Tin cùng chuyên mục").
    A box is the heading's nearest ancestor under `root` that holds more than the heading; where
    the heading stands directly in `root` (a flat column), or that ancestor holds most of `root`'s
    text (`MAX_BOX_SHARE`: the body itself), the heading and what follows it. A box lists things:
    it holds `MIN_BOX_LINKS` links at least (a label over its value, "Tác giả:", is no box)."""
    if not headings:
        return set()
    whole = len(normalize_text(element_text(root)))
    out: set[etree._Element] = set()
    for line, el in subtree_lines(root):
        if line not in headings or el is root or el in out or any(
                a in out for a in el.iterancestors()):
            continue
        node = el
        while (parent := node.getparent()) is not None and parent is not root \
                and len(normalize_text(element_text(parent))) <= len(line):
            node = parent
        boxes = ([[parent]] if parent is not None and parent is not root else []) + [
            [node, *node.itersiblings()]]
        for box in boxes:
            links = sum(1 for b in box for a in b.iter("a") if element_text(a).strip())
            if links >= MIN_BOX_LINKS and sum(
                    len(normalize_text(element_text(b))) for b in box) < MAX_BOX_SHARE * whole:
                out.update(box)
                break
    return out


def before_repeated_heading(paragraphs: list[str], headings: frozenset[str]) -> list[str]:
    """The paragraphs before a repeated box heading, for a body a body finder rebuilt (no
    elements to cut boxes from): what follows the heading is the box, while it is the lesser part."""
    whole = sum(map(len, paragraphs))
    for i, text in enumerate(paragraphs):
        if i and text in headings and sum(map(len, paragraphs[i:])) < MAX_BOX_SHARE * whole:
            return paragraphs[:i]
    return paragraphs
